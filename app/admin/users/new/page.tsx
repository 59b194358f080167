import type { Metadata } from "next";
import Link from "next/link";
import { UserForm } from "@/app/admin/users/user-form";
import { requirePageUser } from "@/lib/auth/page-guard";
import { roleOptions, siteOptions } from "@/app/admin/users/options";

export const metadata: Metadata = { title: "Add a user" };

export default async function NewUserPage() {
  const user = await requirePageUser("user.manage");
  return (
    <section aria-labelledby="new-user-title" className="space-y-4">
      <p>
        <Link href="/admin/users" className="underline">
          All users
        </Link>
      </p>
      <h1 id="new-user-title" className="text-2xl font-bold">
        Add a user
      </h1>
      <p>
        For break-glass and demonstration accounts. Everyone else is provisioned from the force&apos;s identity provider
        and signs in through it.
      </p>
      <UserForm roles={roleOptions()} sites={await siteOptions(user)} />
    </section>
  );
}
