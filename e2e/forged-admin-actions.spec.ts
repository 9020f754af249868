import { expect, test, type Request } from "@playwright/test";
import { storageStateFor } from "./support/accounts";
import { E2E_BASE_URL } from "./support/settings";

/**
 * A Server Action is a POST any signed-in browser can send. Here an admin's
 * real "add a person" call is captured and replayed with an editor's and a
 * reporter's session: the server must refuse and write nothing.
 */
test("an admin's Server Action replayed by an editor or a reporter changes nothing", async ({ browser }) => {
  const admin = await browser.newContext({ baseURL: E2E_BASE_URL, locale: "en-US", storageState: storageStateFor("admin") });
  const page = await admin.newPage();
  await page.goto("/admin/users");
  const stamp = Date.now();
  await page.getByLabel("Name", { exact: true }).fill("Captured");
  await page.getByLabel("Email", { exact: true }).fill(`captured.${stamp}@example.test`);
  const sent = page.waitForRequest((r: Request) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await page.getByRole("button", { name: "Add and get the invitation link" }).click();
  const captured = await sent;
  await expect(page.getByTestId("one-time-link")).toBeVisible();
  const actionId = captured.headers()["next-action"]!;
  const contentType = captured.headers()["content-type"]!;

  for (const role of ["editor", "reporter"] as const) {
    const email = `forged.${role}.${stamp}@example.test`;
    const body = captured.postDataBuffer()!.toString("utf8").replace(`captured.${stamp}@example.test`, email);
    expect(body).toContain(email);
    const context = await browser.newContext({ baseURL: E2E_BASE_URL, storageState: storageStateFor(role) });
    const response = await context.request.post("/admin/users", {
      headers: { "next-action": actionId, "content-type": contentType, accept: "text/x-component" },
      data: body,
    });
    expect(response.status(), role).toBe(403);
    const found = (await (await admin.request.get(`/api/v1/users?q=${encodeURIComponent(email)}`)).json()) as { items: unknown[] };
    expect(found.items, role).toEqual([]);
    await context.close();
  }
  await admin.close();
});
