import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// `npx playwright install` cannot download browsers on machines without internet:
// Debian's Chromium (`apt-get install chromium`) is used when present. Elsewhere, set
// CHROMIUM_PATH, or run `npx playwright install chromium` where downloads are allowed.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "tests/e2e",
  // Each worker runs its own server on a fresh database, and each test seeds its own people and
  // places (tests/e2e/fixtures.ts): tests run in parallel and in any order.
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? "list" : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  use: {
    trace: "retain-on-failure",
    locale: "en-GB",
    timezoneId: "Europe/London",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        },
      },
    },
  ],
});
