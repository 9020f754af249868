import { expect, test } from "@playwright/test";
import { isolate } from "@/lib/arabic/bidi";
import { storageStateFor } from "./support/accounts";
import { apiAs, transition } from "./support/api";

test.use({ storageState: storageStateFor("admin"), locale: "en-US" });

test("an admin adds, renames, orders and re-addresses a section; its stories' old addresses answer a permanent redirect; with stories it can only be hidden", async ({
  page,
  browser,
  playwright,
}) => {
  const stamp = Date.now().toString(36);
  await page.goto("/admin/sections");
  await page.getByLabel("Arabic name").first().fill("تقنية");
  await page.getByLabel("English name").first().fill(`Tech ${stamp}`);
  await page.getByLabel("Address").first().fill(`tech-${stamp}`);
  await page.getByRole("button", { name: "Add section" }).click();
  const row = page.locator(`li[data-section="tech-${stamp}"]`);
  await expect(row).toBeVisible();
  await expect(page.locator("li[data-section]").last()).toHaveAttribute("data-section", `tech-${stamp}`);
  // The section's name sits isolated (FSI … PDI) inside the label, as what an admin typed.
  await row.getByRole("button", { name: `Move ${isolate(`Tech ${stamp}`)} up` }).click();
  await expect(page.locator("li[data-section]").nth(-2)).toHaveAttribute("data-section", `tech-${stamp}`);

  // A story published in it.
  const reporter = await apiAs(browser, "reporter@newsroom.test", "newsroom-reporter");
  const editor = await apiAs(browser, "editor@newsroom.test", "newsroom-editor");
  const created = await reporter.request.post("/api/v1/articles", {
    data: { headline: `هواتف جديدة ${stamp}`, bodyText: "نص.", section: `tech-${stamp}`, language: "ar" },
  });
  const { id, slug } = (await created.json()) as { id: string; slug: string };
  await transition(reporter.request, id, "in_review", 1);
  await transition(editor.request, id, "approved", 2);
  expect((await transition(editor.request, id, "published", 3)).status()).toBe(200);

  await page.reload();
  const moved = page.locator(`li[data-section="tech-${stamp}"]`);
  await moved.getByLabel("Address").fill(`technology-${stamp}`);
  await moved.getByRole("button", { name: "Save" }).click();
  await expect(page.locator(`li[data-section="technology-${stamp}"]`)).toBeVisible();

  const reader = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const old = await reader.get(`/tech-${stamp}/${encodeURIComponent(slug)}`, { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(decodeURIComponent(new URL(old.headers().location ?? "", "http://x").pathname)).toBe(`/technology-${stamp}/${slug}`);
  expect((await reader.get(`/tech-${stamp}/${encodeURIComponent(slug)}`)).status()).toBe(200);

  // It has a story now: no delete button, and the API refuses; hiding works.
  const current = page.locator(`li[data-section="technology-${stamp}"]`);
  await expect(current.getByRole("button", { name: "Delete" })).toHaveCount(0);
  const sections = (await (await page.request.get("/api/v1/sections")).json()) as { id: string; slug: string }[];
  const sectionId = sections.find((s) => s.slug === `technology-${stamp}`)!.id;
  const refused = await page.request.delete(`/api/v1/sections/${sectionId}`);
  expect(refused.status()).toBe(422);
  await current.getByLabel("Hidden").check();
  await current.getByRole("button", { name: "Save" }).click();
  const hidden = async () =>
    ((await (await page.request.get("/api/v1/sections")).json()) as { slug: string; hidden: boolean }[]).find((s) => s.slug === `technology-${stamp}`)?.hidden;
  await expect.poll(hidden).toBe(true);

  // Reserved and taken addresses are refused with a message.
  await page.getByLabel("Arabic name").first().fill("إدارة");
  await page.getByLabel("English name").first().fill("Admin");
  await page.getByLabel("Address").first().fill("admin");
  await page.getByRole("button", { name: "Add section" }).click();
  await expect(page.locator("#new-slug-error")).toContainText("belongs to the application");
  expect((await page.request.post("/api/v1/sections", { data: { slug: `tech-${stamp}`, nameAr: "أ", nameEn: "A" } })).status()).toBe(400);

  await reader.dispose();
  await reporter.close();
  await editor.close();
});

test("editors and reporters get 403 from the sections pages and API", async ({ browser }) => {
  for (const role of ["editor", "reporter"] as const) {
    const context = await browser.newContext({ storageState: storageStateFor(role) });
    const page = await context.newPage();
    expect((await page.goto("/admin/sections"))?.status()).toBe(403);
    for (const response of await Promise.all([
      context.request.get("/api/v1/sections"),
      context.request.post("/api/v1/sections", { data: { slug: "x", nameAr: "x", nameEn: "x" } }),
      context.request.patch("/api/v1/sections/00000000-0000-4000-8000-000000000000", { data: { hidden: true } }),
      context.request.delete("/api/v1/sections/00000000-0000-4000-8000-000000000000"),
      context.request.post("/api/v1/sections/00000000-0000-4000-8000-000000000000/move", { data: { direction: "up" } }),
    ])) {
      expect(response.status(), `${role} ${response.url()}`).toBe(403);
    }
    await context.close();
  }
});
