import type { Metadata } from "next";
import Link from "next/link";
import { AccessButtons } from "@/app/admin/users/access-buttons";
import { FilterForm } from "@/components/filter-form";
import { Pager } from "@/components/pager";
import { Cell, DataTable, Row, RowHeader } from "@/components/table";
import { requirePageUser } from "@/lib/auth/page-guard";
import { ALL_ROLES } from "@/lib/auth/permissions";
import { formatDateTime, humanize } from "@/lib/format";
import { listUsers } from "@/lib/users/list-users";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage({ searchParams }: PageProps<"/admin/users">) {
  const user = await requirePageUser("user.manage");
  const query = await searchParams;
  const users = await listUsers(user, query);
  const filtered = Boolean(users.filter.q || users.filter.role || users.filter.status);
  return (
    <section aria-labelledby="users-title" className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 id="users-title" className="text-2xl font-bold">
          Users
        </h1>
        <Link href="/admin/users/new" className="underline">
          Add a user
        </Link>
      </div>
      <FilterForm
        search={{ name: "q", label: "Name or username", value: users.filter.q ?? "" }}
        filters={[
          {
            name: "role",
            label: "Role",
            value: users.filter.role ?? "",
            allLabel: "All roles",
            options: ALL_ROLES.map((role) => ({ value: role, label: humanize(role) })),
          },
          {
            name: "status",
            label: "Status",
            value: users.filter.status ?? "",
            allLabel: "Active and deactivated",
            options: [
              { value: "active", label: "Active" },
              { value: "deactivated", label: "Deactivated" },
            ],
          },
        ]}
      >
        {filtered && (
          <Link href="/admin/users" className="py-2 underline">
            Clear filters
          </Link>
        )}
      </FilterForm>
      <p role="status" data-testid="users-count">
        {users.total.toLocaleString("en-GB")} {users.total === 1 ? "user" : "users"}
        {filtered && (users.total === 1 ? " matches the filter" : " match the filter")}.
      </p>
      {users.total > 0 && (
        <DataTable
          columns={[
            "Username",
            "Name",
            "Roles",
            "Sites",
            "Last sign-in",
            "Status",
            <span key="actions" className="sr-only">
              Actions
            </span>,
          ]}
          sorting={{
            keys: ["username", "name", null, "site", null, "status", null],
            current: users.sort,
            query,
            pageParam: "page",
          }}
          testId="users"
        >
          {users.items.map((row) => (
            <Row key={row.id}>
              <Cell className="font-mono">
                <Link href={`/admin/users/${row.id}`} className="underline">
                  {row.username}
                </Link>
              </Cell>
              <RowHeader className="font-medium">{row.displayName}</RowHeader>
              <Cell>{row.roles.map(humanize).join(", ")}</Cell>
              <Cell>
                {row.homeSite ? `${row.homeSite.name} (${row.homeSite.code})` : "—"}
                {row.leadSites.length > 0 && <span className="block">Also leads {row.leadSites.join(", ")}</span>}
              </Cell>
              <Cell>
                {row.lastSignInAt ? formatDateTime(row.lastSignInAt) : "Never"}
                <span className="block text-sm text-gray-700">
                  {row.signsInWith.length ? `With ${row.signsInWith.join(" or ")}` : "No way to sign in yet"}
                </span>
              </Cell>
              <Cell>
                {row.active ? "Active" : "Deactivated"}
                {row.isLockedOut && <strong className="block text-red-800">Locked out</strong>}
              </Cell>
              <td className="space-y-1 p-2">
                <AccessButtons user={row} isSelf={row.id === user.id} />
              </td>
            </Row>
          ))}
        </DataTable>
      )}
      <Pager label="Users" param="page" page={users} query={query} />
    </section>
  );
}
