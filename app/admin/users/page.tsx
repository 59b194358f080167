import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/page-guard";
import { humanize } from "@/lib/format";
import { listUsers } from "@/lib/users/list-users";
import { UserActiveToggle } from "@/app/admin/users/user-active-toggle";
import { TableHead, tableClass } from "@/components/table";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const user = await requirePageUser("user.manage");
  const users = await listUsers(user);
  return (
    <section aria-labelledby="users-title" className="space-y-4">
      <h1 id="users-title" className="text-2xl font-bold">
        Users
      </h1>
      <table className={tableClass}>
        <TableHead columns={["Username", "Name", "Roles", "Home site", "Status", <span className="sr-only">Actions</span>]} />
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
