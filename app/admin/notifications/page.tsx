import type { Metadata } from "next";
import { deleteWebhookAction, retryFailedAction } from "@/app/admin/notifications/actions";
import { WebhookForm } from "@/app/admin/notifications/webhook-form";
import { Pager } from "@/components/pager";
import { RowActionButton } from "@/components/row-action-button";
import { Section } from "@/components/section";
import { Cell, DataTable, Row, RowHeader } from "@/components/table";
import { requirePageUser } from "@/lib/auth/page-guard";
import { formatDateTime, humanize } from "@/lib/format";
import { notifyConfig } from "@/lib/notify/config";
import { readDeliveryReport } from "@/lib/notify/delivery-report";
import { listWebhooks } from "@/lib/notify/webhooks";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage({ searchParams }: PageProps<"/admin/notifications">) {
  const user = await requirePageUser("notifications.manage");
  const query = await searchParams;
  const [report, webhooks] = await Promise.all([
    readDeliveryReport(user, { page: [query.page].flat()[0] }),
    listWebhooks(user),
  ]);
  const config = notifyConfig();
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">Notifications</h1>
      <ul className="list-disc pl-6" data-testid="channels">
        <li>Email: {config.smtpUrl ? `on, from ${config.mailFrom}` : "off (SMTP_URL is not set)"}</li>
        <li>Microsoft Teams: {config.teamsWebhookUrl ? "on" : "off (TEAMS_WEBHOOK_URL is not set)"}</li>
        <li>
          Webhooks: {webhooks.items.length} {webhooks.items.length === 1 ? "receiver" : "receivers"}
        </li>
      </ul>

      <Section id="delivery-title" title="Delivery of each change">
        {report.total === 0 ? (
          <p>No changes have been notified yet.</p>
        ) : (
          <DataTable columns={["When", "Change", "Delivery", "Action"]} testId="deliveries">
            {report.items.map((event) => {
              const failed = event.channels.reduce((sum, channel) => sum + channel.counts.FAILED, 0);
              return (
                <Row key={event.id} top testId={`event-${event.id}`}>
                  <Cell className="whitespace-nowrap">{formatDateTime(event.createdAt)}</Cell>
                  <RowHeader>{event.summary}</RowHeader>
                  <Cell>
                    {event.channels.length === 0 ? (
                      "Nobody to tell"
                    ) : (
                      <ul>
                        {event.channels.map((channel) => (
                          <li key={channel.channel}>
                            {humanize(channel.channel)}: {channel.counts.SENT} sent, {channel.counts.PENDING} waiting
                            {channel.counts.FAILED > 0 && (
                              <strong className="text-red-800">
                                , {channel.counts.FAILED} failed ({channel.lastError})
                              </strong>
                            )}
                          </li>
                        ))}
                      </ul>
                    )}
                  </Cell>
                  <Cell>
                    {failed > 0 && (
                      <RowActionButton
                        action={retryFailedAction}
                        fields={{ eventId: event.id }}
                        context={`for the change of ${formatDateTime(event.createdAt)}`}
                        label="Retry failed"
                      />
                    )}
                  </Cell>
                </Row>
              );
            })}
          </DataTable>
        )}
        <Pager label="Delivery of each change" param="page" page={report} query={query} />
      </Section>

      <Section id="webhooks-title" title="Webhooks for other systems">
        <p>
          Each delivery is a JSON POST signed with the receiver&apos;s secret: <code>X-Estate-Signature: sha256=…</code>{" "}
          (HMAC-SHA256 of the body), <code>X-Estate-Delivery</code> (the same on every retry: drop repeats) and{" "}
          <code>X-Estate-Event</code>.
        </p>
        {webhooks.items.length > 0 && (
          <DataTable columns={["Address", "Events", "Added", "Action"]} testId="webhooks">
            {webhooks.items.map((hook) => (
              <Row key={hook.id}>
                <RowHeader className="break-all">{hook.url}</RowHeader>
                <Cell>{hook.events.join(", ")}</Cell>
                <Cell>{formatDateTime(hook.createdAt)}</Cell>
                <Cell>
                  <RowActionButton
                    action={deleteWebhookAction}
                    fields={{ webhookId: hook.id }}
                    context={hook.url}
                    label="Remove"
                  />
                </Cell>
              </Row>
            ))}
          </DataTable>
        )}
        <WebhookForm />
      </Section>
    </div>
  );
}
