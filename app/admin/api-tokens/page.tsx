import type { Metadata } from "next";
import { revokeApiTokenAction } from "@/app/admin/api-tokens/actions";
import { TokenForm } from "@/app/admin/api-tokens/token-form";
import { Pager } from "@/components/pager";
import { RowActionButton } from "@/components/row-action-button";
import { Section } from "@/components/section";
import { Cell, DataTable, Row, RowHeader } from "@/components/table";
import { listApiTokens } from "@/lib/api-tokens/manage-tokens";
import { requirePageUser } from "@/lib/auth/page-guard";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "API tokens" };

const statusOf = (token: { revokedAt: Date | null; expiresAt: Date }, now: Date) =>
  token.revokedAt ? `Revoked ${formatDateTime(token.revokedAt)}` : token.expiresAt <= now ? "Expired" : "Active";

/** Tokens for other systems (access control, command and control): never a person, never personal data. */
export default async function ApiTokensPage({ searchParams }: PageProps<"/admin/api-tokens">) {
  const user = await requirePageUser("user.manage");
  const query = await searchParams;
  const tokens = await listApiTokens(user, { page: [query.page].flat()[0] });
  const now = new Date();
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">API tokens</h1>
      <p className="max-w-3xl">
        Other systems read the posture, check addresses for hazard markers, list alarm requests or change a level with a
        token. A token is never a person: it cannot open anyone&apos;s personal data, and every hazard check it makes is
        logged against it. The{" "}
        <a href="/api-docs" className="underline">
          API reference
        </a>{" "}
        lists what each scope opens.
      </p>
      <Section id="new-token-title" title="Create a token">
        <TokenForm />
      </Section>
      <Section id="tokens-title" title="Tokens">
        {tokens.total === 0 ? (
          <p>No tokens yet.</p>
        ) : (
          <DataTable
            columns={["Name", "Scopes", "Created", "Expires", "Last used", "Status", "Action"]}
            testId="api-tokens"
          >
            {tokens.items.map((token) => (
              <Row key={token.id}>
                <RowHeader>
                  {token.name} <code className="block text-sm text-gray-700">{token.prefix}…</code>
                </RowHeader>
                <Cell>{token.scopes.join(", ")}</Cell>
                <Cell>
                  {formatDateTime(token.createdAt)} by {token.createdBy.displayName}
                </Cell>
                <Cell>{formatDateTime(token.expiresAt)}</Cell>
                <Cell>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : "Never"}</Cell>
                <Cell>{statusOf(token, now)}</Cell>
                <td className="p-2">
                  {!token.revokedAt && (
                    <RowActionButton
                      action={revokeApiTokenAction}
                      fields={{ tokenId: token.id }}
                      context={token.name}
                      label="Revoke"
                      confirm={`Revoke "${token.name}"? The system holding it is refused from its next request.`}
                    />
                  )}
                </td>
              </Row>
            ))}
          </DataTable>
        )}
        <Pager label="API tokens" param="page" page={tokens} query={query} />
      </Section>
    </div>
  );
}
