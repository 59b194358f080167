import { PolicyReminderBanner } from "@/components/policy-reminder";
import { SiteHeader } from "@/components/site-header";
import type { CurrentUser } from "@/lib/auth/session";
import type { PolicyReminder } from "@/lib/policy/read-policy";

type Props = {
  title: string;
  user: CurrentUser;
  alarmWork: number | null;
  reminder: PolicyReminder | null;
  stylesheets: string[];
  /** A small script of the page's own, inlined with the request's CSP nonce. */
  script?: { nonce: string; code: string };
  children: React.ReactNode;
};

/**
 * The root layout's document for a page served as plain HTML (lib/plain-page): the same header,
 * navigation, reminder and stylesheet as every other page, without the App Router's scripts.
 */
export function PlainDocument({ title, user, alarmWork, reminder, stylesheets, script, children }: Props) {
  return (
    <html lang="en-GB">
      {/* Rendered by react-dom/server for a route handler, not by Next.js: a plain <head> is right. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · Estate Security`}</title>
        <meta
          name="description"
          content="Security response levels for the police estate, and temporary police alarms."
        />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        {stylesheets.map((href) => (
          <link key={href} rel="stylesheet" href={href} />
        ))}
      </head>
      <body className="min-h-screen bg-gray-50 font-sans text-gray-900">
        <a href="#main" className="skip-link">
          Skip to main content
        </a>
        <SiteHeader user={user} alarmWork={alarmWork} linkAs="a" />
        {reminder && <PolicyReminderBanner reminder={reminder} user={user} linkAs="a" />}
        <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6">
          {children}
        </main>
        {script && <script nonce={script.nonce} dangerouslySetInnerHTML={{ __html: script.code }} />}
      </body>
    </html>
  );
}
