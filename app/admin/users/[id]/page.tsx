import type { Metadata } from "next";
import Link from "next/link";
import { AccessButtons } from "@/app/admin/users/access-buttons";
import { FirstPasswordForm } from "@/app/admin/users/first-password-form";
import { roleOptions, siteOptions } from "@/app/admin/users/options";
import { UserForm } from "@/app/admin/users/user-form";
import { Section } from "@/components/section";
import { readForPage, requirePageUser } from "@/lib/auth/page-guard";
import { formatDateTime } from "@/lib/format";
import { readUserForAdmin } from "@/lib/users/manage-users";

export const metadata: Metadata = { title: "Edit a user" };

export default async function AdminUserPage({ params }: PageProps<"/admin/users/[id]">) {
  const admin = await requirePageUser("user.manage");
  const user = await readForPage(async () => readUserForAdmin(admin, (await params).id));
  const signIn = [user.hasPassword && "a password", user.externalId && "the identity provider"].filter(Boolean);
  return (
    <div className="space-y-8">
      <p>
        <Link href="/admin/users" className="underline">
          All users
        </Link>
      </p>
      <h1 className="text-2xl font-bold">
        {user.displayName} <span className="font-mono text-lg text-gray-700">({user.username})</span>
      </h1>
      <dl className="grid max-w-2xl grid-cols-[auto_1fr] gap-x-4 gap-y-1" data-testid="user-facts">
        <dt className="font-semibold">Status</dt>
        <dd>{user.active ? "Active" : "Deactivated"}</dd>
        <dt className="font-semibold">Signs in with</dt>
        <dd>{signIn.join(" or ") || "nothing yet"}</dd>
        <dt className="font-semibold">Last sign-in</dt>
        <dd>
          {user.lastSignInAt
            ? `${formatDateTime(user.lastSignInAt)} (${user.lastSignInMethod === "oidc" ? "identity provider" : "password"})`
            : "Never"}
        </dd>
        {user.mustChangePassword && (
          <>
            <dt className="font-semibold">Password</dt>
            <dd>Chooses their own at next sign-in</dd>
          </>
        )}
      </dl>
      <UserForm user={user} roles={roleOptions()} sites={await siteOptions(admin)} />
      <Section id="access-title" title="Access">
        <div className="flex flex-wrap gap-4">
          <AccessButtons user={user} isSelf={user.id === admin.id} />
        </div>
        {user.hasPassword && <FirstPasswordForm userId={user.id} username={user.username} />}
      </Section>
    </div>
  );
}
