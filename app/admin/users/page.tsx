import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/page-guard";
import { humanize } from "@/lib/format";
import { listUsers } from "@/lib/users/list-users";
import { UserActiveToggle } from "@/app/admin/users/user-active-toggle";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const user = await requirePageUser("user.manage");
  const users = await listUsers(user);
  return (
    <section aria-labelledby="users-title" className="space-y-4">
      <h1 id="users-title" className="text-2xl font-bold">
        Users
      </h1>
      <table className="w-full border-collapse bg-white text-left text-sm">
        <thead>
          <tr className="border-b-2 border-gray-400">
            <th scope="col" className="p-2">Username</th>
            <th scope="col" className="p-2">Name</th>
            <th scope="col" className="p-2">Roles</th>
            <th scope="col" className="p-2">Home site</th>
            <th scope="col" className="p-2">Status</th>
            <th scope="col" className="p-2"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {users.map((row) => (
            <tr key={row.id} className="border-b border-gray-200">
              <td className="p-2 font-mono">{row.username}</td>
              <th scope="row" className="p-2 font-medium">{row.displayName}</th>
              <td className="p-2">{row.roles.map(humanize).join(", ")}</td>
              <td className="p-2">{row.homeSite ? `${row.homeSite.name} (${row.homeSite.code})` : "—"}</td>
              <td className="p-2">{row.active ? "Active" : "Deactivated"}</td>
              <td className="p-2">
                {row.id !== user.id && <UserActiveToggle userId={row.id} username={row.username} active={row.active} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
