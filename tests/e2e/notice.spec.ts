import { apiAs, expect, login, setForceLevel, test } from "./fixtures";

/** Pages in a PDF: one `/Type /Page` object each (the page tree is `/Type /Pages`). */
const pageCount = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

// The notice is printed for a site's entrances: it must be one A4 sheet at every level, with the
// "dial 999" line on it.
for (const level of ["NORMAL", "HEIGHTENED", "EXCEPTIONAL"] as const) {
  test(`the printed notice fits one A4 page at ${level}`, async ({ page, playwright, baseURL, cast }) => {
    await setForceLevel(await apiAs(playwright, baseURL!, cast.commander.username), level);
    await login(page, cast.staff.username);
    await page.goto(`/notice/${cast.site.id}`);
    await expect(page.locator("[data-level]")).toHaveText(new RegExp(level));
    await expect(page.getByText("In an emergency dial 999.")).toBeVisible();
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    expect(pageCount(pdf)).toBe(1);
  });
}
