import { expect, type Browser } from "@playwright/test";
import { storageStateFor } from "./accounts";
import { createDraft, transition } from "./api";
import { E2E_BASE_URL } from "./settings";

/** A story written by the reporter and published by the editor, through the API; with both people's contexts. */
export async function publishedStory(browser: Browser, headline: string) {
  const reporter = await browser.newContext({ baseURL: E2E_BASE_URL, storageState: storageStateFor("reporter") });
  const editor = await browser.newContext({ baseURL: E2E_BASE_URL, storageState: storageStateFor("editor") });
  const id = await createDraft(reporter.request, headline);
  expect((await transition(reporter.request, id, "in_review", 1)).status()).toBe(200);
  expect((await transition(editor.request, id, "approved", 2)).status()).toBe(200);
  expect((await transition(editor.request, id, "published", 3)).status()).toBe(200);
  return { id, reporter, editor };
}
