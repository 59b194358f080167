import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { humanize } from "@/lib/format";
import { NAV_ITEMS } from "@/components/nav-items";
import { SignOutButton } from "@/components/sign-out-button";

/**
 * The banner and main navigation. `linkAs="a"` for a page rendered without the React client
 * runtime (the staff posture page), where links are plain anchors.
 */
export function SiteHeader({
  user,
  alarmWork,
  linkAs: LinkTo = Link,
}: {
  user: CurrentUser | null;
  alarmWork: number | null;
  linkAs?: typeof Link | "a";
}) {
  const items =
    user && !user.mustChangePassword
      ? NAV_ITEMS.filter((item) => item.permissions.some((permission) => can(user.roles, permission)))
      : [];
  return (
    <header className="bg-brand text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        {/* Home sends staff on to their plain posture page: an ordinary link, not a prefetched one. */}
        <a href="/" className="text-xl font-bold tracking-tight">
          Estate Security
        </a>
        {user && (
          <div className="flex items-center gap-4 text-sm">
            <p>
              <span className="font-semibold">{user.displayName}</span>{" "}
              <span className="text-blue-100" data-testid="user-roles">
                ({user.roles.map(humanize).join(", ")})
              </span>
            </p>
            <LinkTo href="/account/password" className="underline">
              Password
            </LinkTo>
            <SignOutButton />
          </div>
        )}
      </div>
      {items.length > 0 && (
        <nav aria-label="Main" className="bg-[#142a52]">
          <ul className="mx-auto flex max-w-6xl flex-wrap gap-1 px-4">
            {items.map(({ plain, ...item }) => {
              const ItemLink = plain ? "a" : LinkTo;
              return (
                <li key={item.href}>
                  <ItemLink href={item.href} className="inline-block px-3 py-2 hover:underline">
                    {item.label}
                    {item.counted && alarmWork ? (
                      <span className="ml-1 rounded-full bg-amber-300 px-2 text-sm font-bold text-black">
                        {alarmWork}
                        <span className="sr-only"> waiting for you</span>
                      </span>
                    ) : null}
                  </ItemLink>
                </li>
              );
            })}
          </ul>
        </nav>
      )}
    </header>
  );
}
