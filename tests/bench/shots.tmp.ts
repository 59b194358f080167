import { chromium } from "@playwright/test";
import { BENCH_BASE, startBenchServer } from "./bench-server";
import { signIn } from "./http-client";
async function main() {
  const server = await startBenchServer(
    { url: "postgresql://postgres@127.0.0.1:5432/estate_large", kind: "PostgreSQL", stop: async () => {} },
    { NEXT_DIST_DIR: ".next" },
  );
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
  for (const [user, path, name] of [
    ["commander", "/levels?page=2", "levels"],
    ["commander", "/estate", "estate"],
    ["admin", "/admin/audit", "audit"],
  ]) {
    const cookie = await signIn(BENCH_BASE, user);
    for (const width of [1366, 390]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const [n, v] = cookie.split("=");
      await context.addCookies([{ name: n, value: v, url: BENCH_BASE }]);
      const page = await context.newPage();
      await page.goto(BENCH_BASE + path);
      await page.screenshot({ path: `/tmp/shot-${name}-${width}.png`, fullPage: false });
      if (name === "levels") {
        await page.getByRole("navigation", { name: /pages/ }).scrollIntoViewIfNeeded();
        await page.screenshot({ path: `/tmp/shot-${name}-pager-${width}.png` });
      }
      await context.close();
    }
  }
  await browser.close();
  await server.stop();
  process.exit(0);
}
void main();
