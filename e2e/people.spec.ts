import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support/accounts";
import { BodyEditor } from "./support/body-editor";
import { expireLinksOf } from "./support/database";
import { E2E_BASE_URL } from "./support/settings";

const signedOut = { cookies: [], origins: [] };

test("an admin adds a reporter who sets a password, writes a draft, and is turned away at once when deactivated", async ({ browser }) => {
  test.setTimeout(60_000);
  const admin = await (await browser.newContext({ baseURL: E2E_BASE_URL, locale: "en-US", storageState: storageStateFor("admin") })).newPage();
  const email = `new.reporter.${Date.now()}@example.test`;
  await admin.goto("/admin/users");
  await admin.getByLabel("Name", { exact: true }).fill("نادية فريد");
  await admin.getByLabel("Email", { exact: true }).fill(email);
  await admin.getByLabel("Role", { exact: true }).selectOption("reporter");
  await admin.getByRole("button", { name: "Add and get the invitation link" }).click();
  const link = await admin.getByTestId("one-time-link").getByRole("textbox").inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);

  // The new reporter, in a browser of their own.
  const reporterContext = await browser.newContext({ baseURL: E2E_BASE_URL, locale: "ar-EG", storageState: signedOut });
  const reporter = await reporterContext.newPage();
  await reporter.goto(new URL(link).pathname);
  await expect(reporter.getByRole("heading", { level: 1 })).toHaveText("أهلًا، نادية فريد");
  await reporter.getByLabel("كلمة المرور الجديدة").fill("password123456");
  await reporter.getByLabel("كلمة المرور نفسها مرة أخرى").fill("password123456");
  await reporter.getByRole("button", { name: "عيّن كلمة المرور" }).click();
  await expect(reporter.locator("#password-error")).toHaveText("كلمة المرور هذه شائعة جدًا؛ يلزم اختيار غيرها.");
  await reporter.getByLabel("كلمة المرور الجديدة").fill("ورق-الصحف-لا-ينام-2026");
  await reporter.getByLabel("كلمة المرور نفسها مرة أخرى").fill("ورق-الصحف-لا-ينام-2026");
  await reporter.getByRole("button", { name: "عيّن كلمة المرور" }).click();
  // Setting the password signs them in, straight to the desk.
  await expect(reporter).toHaveURL("/dashboard");
  await expect(reporter.getByRole("heading", { level: 1 })).toHaveText("مرحبًا، نادية فريد");

  await reporter.goto("/dashboard/articles/new");
  await reporter.getByLabel("العنوان").fill("مسودة المراسلة الجديدة");
  await new BodyEditor(reporter).paste({ "text/plain": "فقرة أولى من المسودة." });
  await reporter.getByRole("button", { name: "إنشاء مسودة" }).click();
  await expect(reporter).toHaveURL(/\/dashboard\/articles\/[0-9a-f-]{36}$/);
  const draftId = /articles\/([0-9a-f-]{36})$/.exec(reporter.url())![1]!;

  // The admin deactivates them; their very next click lands on sign-in.
  // Found by search: the roster's first page may be full of other tests' people.
  await admin.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await admin.locator(`tr[data-person="${email}"]`).getByRole("link").click();
  await admin.getByLabel("May sign in").selectOption("false");
  await admin.getByRole("button", { name: "Save", exact: true }).click();
  await expect(admin.getByTestId("person-form").getByRole("status")).toHaveText("✓ Saved.");

  await reporter.getByRole("link", { name: "القصص" }).click();
  await expect(reporter).toHaveURL((url) => url.pathname === "/login");
  const story = await admin.context().request.get(`/api/v1/articles/${draftId}`);
  expect(story.status()).toBe(200);
  expect(((await story.json()) as { authors: { name: string }[] }).authors.map((a) => a.name)).toEqual(["نادية فريد"]);

  // The link worked once; used again it is refused with a clear page, as is a tampered one.
  await reporter.goto(new URL(link).pathname);
  await expect(reporter.getByTestId("link-refused")).toContainText("استُخدم هذا الرابط من قبل");
  await reporter.goto(`/invite/${"x".repeat(43)}`);
  await expect(reporter.getByTestId("link-refused")).toContainText("هذا الرابط غير صالح");
  await reporterContext.close();
  await admin.context().close();
});

test("an expired link is refused with a page that says so, and sets nothing", async ({ browser }) => {
  const admin = await browser.newContext({ baseURL: E2E_BASE_URL, storageState: storageStateFor("admin") });
  const created = await admin.request.post("/api/v1/users", { data: { name: "متأخر", email: `late.${Date.now()}@example.test`, role: "reporter" } });
  const { id, invitationUrl } = (await created.json()) as { id: string; invitationUrl: string };
  await expireLinksOf(id);
  const page = await (await browser.newContext({ baseURL: E2E_BASE_URL, locale: "ar-EG", storageState: signedOut })).newPage();
  await page.goto(new URL(invitationUrl).pathname);
  await expect(page.getByTestId("link-refused")).toContainText("انتهت صلاحية هذا الرابط");
  await expect(page.getByLabel("كلمة المرور الجديدة")).toHaveCount(0);
  const person = (await (await admin.request.get(`/api/v1/users/${id}`)).json()) as { passwordSet: boolean };
  expect(person.passwordSet).toBe(false);
  await page.context().close();
  await admin.close();
});

test.describe("admin only", () => {
  for (const role of ["editor", "reporter"] as const) {
    test(`an ${role} gets 403 on every admin page and admin API call`, async ({ browser }) => {
      const context = await browser.newContext({ baseURL: E2E_BASE_URL, locale: "en-US", storageState: storageStateFor(role) });
      const page = await context.newPage();
      const adminId = "00000000-0000-4000-8000-000000000000";
      for (const path of ["/admin", "/admin/users", `/admin/users/${adminId}`, "/admin/audit"]) {
        expect((await page.goto(path))?.status(), path).toBe(403);
      }
      const api = context.request;
      const calls = [
        api.get("/api/v1/users"),
        api.post("/api/v1/users", { data: { name: "x", email: "x@example.test", role: "admin" } }),
        api.get(`/api/v1/users/${adminId}`),
        api.patch(`/api/v1/users/${adminId}`, { data: { role: "admin" } }),
        api.patch("/api/v1/users/not-an-id", { data: { role: "admin" } }),
        api.post(`/api/v1/users/${adminId}/password-reset`),
        api.get("/api/v1/audit"),
        api.get("/api/v1/audit/export"),
      ];
      for (const response of await Promise.all(calls)) expect(response.status(), response.url()).toBe(403);
      await context.close();
    });
  }
});

test.describe("the people API", () => {
  test.use({ storageState: storageStateFor("admin") });

  // The last-admin guard is tested in db/services/people.test.ts, where the number of admins is known;
  // here other tests add admins in parallel.
  test("refuses bad input with a message per field and writes nothing", async ({ request }) => {
    const stamp = Date.now();
    const email = `someone.${stamp}@example.test`;
    // The list's search matches parts of addresses: refused ones are unique so that no other test's person matches them.
    const [refusedRole, refusedName] = [`refused-role.${stamp}@example.test`, `refused-name.${stamp}@example.test`];
    const created = await request.post("/api/v1/users", { data: { name: "شخص", email, role: "editor" } });
    expect(created.status()).toBe(201);
    const { id, invitationUrl, mailed } = (await created.json()) as { id: string; invitationUrl: string; mailed: string };
    // No SMTP_URL in the test environment: the link is only handed over.
    expect(mailed).toBe("off");
    expect(invitationUrl).toMatch(/^https?:\/\/[^/]+\/invite\/[A-Za-z0-9_-]{43}$/);

    const cases: [Record<string, unknown>, string][] = [
      [{ name: "x", email: refusedRole, role: "superuser" }, "role"],
      [{ name: "x", email: "not an email", role: "reporter" }, "email"],
      [{ name: "x", email: email.toUpperCase(), role: "reporter" }, "email"],
      [{ name: "ن".repeat(10_000), email: refusedName, role: "reporter" }, "name"],
    ];
    for (const [data, field] of cases) {
      const response = await request.post("/api/v1/users", { data });
      expect(response.status(), JSON.stringify(data).slice(0, 80)).toBe(400);
      const body = (await response.json()) as { error: { fields: Record<string, string> } };
      expect(body.error.fields[field], field).toEqual(expect.any(String));
    }
    for (const written of [refusedRole, refusedName]) {
      const found = (await (await request.get(`/api/v1/users?q=${encodeURIComponent(written)}`)).json()) as { items: unknown[] };
      expect(found.items, written).toEqual([]);
    }
    const same = (await (await request.get(`/api/v1/users?q=${encodeURIComponent(email)}`)).json()) as { items: unknown[] };
    expect(same.items).toHaveLength(1);

    expect((await request.patch(`/api/v1/users/${id}`, { data: { role: "owner" } })).status()).toBe(400);
    expect((await request.patch(`/api/v1/users/${id}`, { data: {} })).status()).toBe(400);
    const renamed = await request.patch(`/api/v1/users/${id}`, { data: { name: "شخص آخر", role: "reporter" } });
    expect(await renamed.json()).toMatchObject({ name: "شخص آخر", role: "reporter", active: true });
    const reset = await request.post(`/api/v1/users/${id}/password-reset`);
    expect(reset.status()).toBe(201);
  });
});

test.describe("the audit log", () => {
  test.use({ storageState: storageStateFor("admin"), locale: "en-US" });

  test("shows who did what with before and after, filters, links to the object, and exports CSV", async ({ page, request }) => {
    const email = `audited.${Date.now()}@example.test`;
    const created = await request.post("/api/v1/users", { data: { name: "شخص للتدقيق", email, role: "reporter" } });
    const { id } = (await created.json()) as { id: string };
    expect((await request.patch(`/api/v1/users/${id}`, { data: { role: "editor" } })).status()).toBe(200);

    await page.goto(`/admin/audit?objectId=${id}`);
    const rows = page.locator("tbody tr");
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toHaveAttribute("data-audit", "user.role_changed");
    // A sentence: the action in words, the person by name (linked), the field and its values translated.
    await expect(rows.first()).toContainText("Changed the role شخص للتدقيق");
    await expect(rows.first()).toContainText("Role:");
    await expect(rows.first()).toContainText("Reporter → Editor");
    await page.getByLabel("Action").selectOption({ label: "Invited a person" });
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(rows).toHaveCount(1);
    await rows.first().getByRole("link", { name: "شخص للتدقيق" }).click();
    await expect(page).toHaveURL(`/admin/users/${id}`);

    await page.goto("/admin/audit?from=2026-02-30");
    await expect(page.getByRole("alert").filter({ hasText: "There is no such day." })).toBeVisible();

    const csv = await request.get(`/api/v1/audit/export?objectId=${id}`);
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    const text = await csv.text();
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split("\n");
    expect(lines[0]).toBe("id,time,actor_id,actor,action,object_type,object_id,object_name,before,after,ip");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain("user.role_changed");
    expect(lines[2]).toContain("user.invited");
    expect(lines[2]).toContain("شخص للتدقيق");
  });
});
