import { expect, login, test } from "./fixtures";

test("each page's title names the page and the app, and the favicon is served", async ({ page, cast }) => {
  await login(page, cast.commander.username);
  for (const [path, title] of [
    ["/estate", "The estate"],
    ["/posture", "Security posture"],
    ["/levels", "Response levels"],
  ]) {
    await page.goto(path);
    await expect(page).toHaveTitle(`${title} · Estate Security`);
  }
  const icon = await page.locator("link[rel=icon]").first().getAttribute("href");
  expect(icon).toBeTruthy();
  const response = await page.request.get(icon!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("image/svg+xml");
});
