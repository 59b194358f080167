import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/page-guard";
import { humanize } from "@/lib/format";
import { listUsers } from "@/lib/users/list-users";
import { endUserSessionsAction, setUserActiveAction, unlockUserAction } from "@/app/admin/users/actions";
import { UserAccessButton } from "@/app/admin/users/user-access-button";
import { Cell, DataTable, Row, RowHeader } from "@/components/table";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const user = await requirePageUser("user.manage");
  const users = await listUsers(user);
  return (
    <section aria-labelledby="users-title" className="space-y-4">
      <h1 id="users-title" className="text-2xl font-bold">
        Users
      </h1>
      <DataTable
        columns={[
          "Username",
          "Name",
          "Roles",
          "Home site",
          "Status",
          <span key="actions" className="sr-only">
            Actions
          </span>,
        ]}
      >
        {users.map((row) => (
          <Row key={row.id}>
            <Cell className="font-mono">{row.username}</Cell>
            <RowHeader className="font-medium">{row.displayName}</RowHeader>
            <Cell>{row.roles.map(humanize).join(", ")}</Cell>
            <Cell>{row.homeSite ? `${row.homeSite.name} (${row.homeSite.code})` : "—"}</Cell>
            <Cell>
              {row.active ? "Active" : "Deactivated"}
              {row.isLockedOut && <strong className="block text-red-800">Locked out</strong>}
            </Cell>
            <td className="space-y-1 p-2">
              {row.id !== user.id && (
                <UserAccessButton
                  action={setUserActiveAction}
                  userId={row.id}
                  username={row.username}
                  label={row.active ? "Deactivate" : "Reactivate"}
                  fields={{ active: String(!row.active) }}
                />
              )}
              <UserAccessButton
                action={endUserSessionsAction}
                userId={row.id}
                username={row.username}
                label="End all sessions"
              />
              {row.isLockedOut && (
                <UserAccessButton action={unlockUserAction} userId={row.id} username={row.username} label="Unlock" />
              )}
            </td>
          </Row>
        ))}
      </DataTable>
    </section>
  );
}
