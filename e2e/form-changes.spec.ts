import { expect, test, type APIRequestContext, type Browser, type Locator, type Page } from "@playwright/test";
import { storageStateFor } from "./support/accounts";
import { createDraft } from "./support/api";
import { E2E_BASE_URL } from "./support/settings";
import { sentValue, typeDate } from "./support/date-input";

/** Saving one change, then another, keeps the first: each form sends only what changed, against the version it showed. */

async function signedIn(browser: Browser, role: "reporter" | "editor" | "admin") {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, locale: "en-US", storageState: storageStateFor(role) });
  return { page: await context.newPage(), request: context.request, close: () => context.close() };
}

/** Clicks a form's submit button and waits for the action's answer (a status from an earlier save may still show). */
async function save(page: Page, button: Locator) {
  // The action posts to the page itself (presence heartbeats post to the API meanwhile).
  await Promise.all([page.waitForResponse((r) => r.request().method() === "POST" && r.url() === page.url()), button.click()]);
}

type AuditRow = { action: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null };

async function newestAudit(admin: APIRequestContext, objectId: string): Promise<AuditRow> {
  const response = await admin.get(`/api/v1/audit?objectId=${objectId}&limit=1`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { items: AuditRow[] }).items[0]!;
}

test("the person page: a role change, then a deactivation, leaves the role changed and audits only the deactivation", async ({ browser }) => {
  const admin = await signedIn(browser, "admin");
  const stamp = Date.now().toString(36);
  const invited = await admin.request.post("/api/v1/users", {
    data: { name: `Two saves ${stamp}`, email: `two-saves-${stamp}@example.test`, role: "reporter" },
  });
  const { id } = (await invited.json()) as { id: string };
  const { page } = admin;
  await page.goto(`/admin/users/${id}`);
  const form = page.getByTestId("person-form");

  await form.getByLabel("Role").selectOption("editor");
  await save(page, form.getByRole("button", { name: "Save", exact: true }));
  await expect(form.getByRole("status")).toHaveText("✓ Saved.");
  await expect(form.getByLabel("Role")).toHaveValue("editor");

  await form.getByLabel("May sign in").selectOption("false");
  await save(page, form.getByRole("button", { name: "Save", exact: true }));
  await expect(form.getByLabel("May sign in")).toHaveValue("false");

  await page.reload();
  await expect(form.getByLabel("Role")).toHaveValue("editor");
  await expect(form.getByLabel("May sign in")).toHaveValue("false");
  const last = await newestAudit(admin.request, id);
  expect(last).toMatchObject({ action: "user.deactivated", before: { active: true }, after: { active: false } });
  expect(Object.keys(last.after ?? {})).toEqual(["active"]);
  await admin.close();
});

test("the story's desk form: a deadline, then an assigned editor, keeps the deadline and audits only the editor", async ({ browser }) => {
  const editor = await signedIn(browser, "editor");
  const admin = await signedIn(browser, "admin");
  const id = await createDraft(editor.request, `خبر بحفظين ${Date.now()}`);
  const { page } = editor;
  await page.goto(`/dashboard/articles/${id}`);

  // The demo editor works in Arabic.
  const deadline = page.getByRole("group", { name: /^الموعد النهائي/ });
  const choice = page.getByLabel("المحرر المسؤول");
  const button = page.getByRole("button", { name: "حفظ بيانات الديسك" });
  await typeDate(deadline, "2031-05-04T10:30");
  await save(page, button);
  // The page shows the story's new version once the form has started again from what was saved.
  await expect(page.getByText("النسخة 2")).toBeVisible();
  await expect.poll(() => sentValue(deadline, "deadline")).toBe("2031-05-04T10:30");

  const someone = await choice.locator("option").nth(1).getAttribute("value");
  await choice.selectOption(someone!);
  await save(page, button);
  await expect(page.getByText("النسخة 3")).toBeVisible();
  await expect(choice).toHaveValue(someone!);

  await page.reload();
  await expect.poll(() => sentValue(deadline, "deadline")).toBe("2031-05-04T10:30");
  await expect(choice).toHaveValue(someone!);
  const last = await newestAudit(admin.request, id);
  expect(last.after).toMatchObject({ assignedEditorId: someone });
  expect(last.after).not.toHaveProperty("deadline");
  await Promise.all([editor.close(), admin.close()]);
});

test("the section form: a new English name, then hiding it, keeps the name and audits only the hiding", async ({ browser }) => {
  const admin = await signedIn(browser, "admin");
  const stamp = Date.now().toString(36);
  const created = await admin.request.post("/api/v1/sections", { data: { slug: `two-saves-${stamp}`, nameAr: `قسم ${stamp}`, nameEn: `Two ${stamp}` } });
  const { id } = (await created.json()) as { id: string };
  const { page } = admin;
  await page.goto("/admin/sections");
  const row = page.locator(`li[data-section="two-saves-${stamp}"]`);

  await row.getByLabel("English name").fill(`Renamed ${stamp}`);
  await save(page, row.getByRole("button", { name: "Save" }));
  await expect(row.getByRole("status")).toBeVisible();

  await row.getByLabel("Hidden").check();
  await save(page, row.getByRole("button", { name: "Save" }));
  await expect(row.getByLabel("Hidden")).toBeChecked();

  await page.reload();
  await expect(row.getByLabel("English name")).toHaveValue(`Renamed ${stamp}`);
  await expect(row.getByLabel("Hidden")).toBeChecked();
  const last = await newestAudit(admin.request, id);
  expect(last).toMatchObject({ action: "section.hidden", before: { hidden: false }, after: { hidden: true } });
  expect(Object.keys(last.after ?? {})).toEqual(["hidden"]);
  await admin.close();
});

test("a stale person form is refused as a conflict instead of overwriting a newer change", async ({ browser }) => {
  const admin = await signedIn(browser, "admin");
  const stamp = Date.now().toString(36);
  const invited = await admin.request.post("/api/v1/users", { data: { name: `Stale ${stamp}`, email: `stale-${stamp}@example.test`, role: "reporter" } });
  const { id } = (await invited.json()) as { id: string };
  await admin.page.goto(`/admin/users/${id}`);
  // Someone else renames the person meanwhile.
  expect((await admin.request.patch(`/api/v1/users/${id}`, { data: { name: `Renamed ${stamp}` } })).status()).toBe(200);
  const form = admin.page.getByTestId("person-form");
  await form.getByLabel("Role").selectOption("editor");
  await save(admin.page, form.getByRole("button", { name: "Save", exact: true }));
  await expect(form.getByRole("alert")).toBeVisible();
  const person = (await (await admin.request.get(`/api/v1/users/${id}`)).json()) as { name: string; role: string };
  expect(person).toMatchObject({ name: `Renamed ${stamp}`, role: "reporter" });
  await admin.close();
});
