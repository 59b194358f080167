import type { Metadata } from "next";
import "./globals.css";
import { PolicyReminder } from "@/components/policy-reminder";
import { SiteHeader } from "@/components/site-header";
import { countAlarmWork } from "@/lib/alarms/list-alarms";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = {
  title: { default: "Estate Security", template: "%s · Estate Security" },
  description: "Security response levels for the police estate, and temporary police alarms.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  const alarmWork = user ? await countAlarmWork(user) : null;
  return (
    <html lang="en-GB">
      <body className="min-h-screen bg-gray-50 font-sans text-gray-900">
        <a href="#main" className="skip-link">
          Skip to main content
        </a>
        <SiteHeader user={user} alarmWork={alarmWork} />
        {user && <PolicyReminder user={user} />}
        <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6">
          {children}
        </main>
      </body>
    </html>
  );
}
