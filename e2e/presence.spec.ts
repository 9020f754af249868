import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support/accounts";
import { createDraft } from "./support/api";
import { E2E_BASE_URL } from "./support/settings";

test("two people with the same story open see each other", async ({ browser }) => {
  const open = async (role: "reporter" | "editor") => {
    const context = await browser.newContext({ baseURL: E2E_BASE_URL, locale: "ar-EG", storageState: storageStateFor(role) });
    return context.newPage();
  };
  const reporter = await open("reporter");
  const id = await createDraft(reporter.request);
  await reporter.goto(`/dashboard/articles/${id}`);
  const editor = await open("editor");
  await editor.goto(`/dashboard/articles/${id}`);
  await expect(editor.getByTestId("presence")).toContainText("سارة منصور");
  await expect(reporter.getByTestId("presence")).toContainText("خالد عبد الله", { timeout: 15_000 });
  // The editor leaves the story: gone from the reporter's line at the next heartbeat, not 30 s later.
  await editor.goto("/dashboard");
  await expect(reporter.getByTestId("presence")).toHaveCount(0, { timeout: 12_000 });
  await reporter.context().close();
  await editor.context().close();
});
