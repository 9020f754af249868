import { expect, test } from "@playwright/test";
import { child, children, parseXml, text } from "../lib/site/xml-testing";
import { publishedStory } from "./support/published-story";
import { E2E_BASE_URL } from "./support/settings";

// The demo editor works in Arabic.
test("an editor publishes an update with a correction; readers see it on the story, in the feed, in the structured data and on /corrections", async ({
  browser,
}) => {
  const headline = `خبر يُصحَّح ${Date.now()}`;
  const publicText = `صُحّح عدد المصابين إلى 12 بعد أن ذُكر خطأً أنه 21 (${Date.now()}).`;
  const { id, reporter, editor } = await publishedStory(browser, headline);
  const desk = await editor.newPage();
  await desk.goto(`/dashboard/articles/${id}`);
  const form = desk.locator('form[data-transition="publish_update"]');
  await form.getByText("أرفق تصحيحًا").click();
  await form.getByLabel("ما كان خطأ").fill("عدد المصابين 21");
  await form.getByLabel("الصواب").fill("عدد المصابين 12");
  // Left without the readers' text: refused with a message on that field, and what was typed stays.
  await form.getByRole("button", { name: "نشر التحديث" }).click();
  await expect(form.getByText("اكتب نص التصحيح الذي يقرؤه القراء.")).toBeVisible();
  await expect(form.getByLabel("ما كان خطأ")).toHaveValue("عدد المصابين 21");
  await form.getByLabel("نص التصحيح للقراء").fill(publicText);
  await form.getByRole("button", { name: "نشر التحديث" }).click();
  await expect(desk.locator("li", { hasText: "· نشر تصحيح" })).toHaveCount(1);

  const reader = await (await browser.newContext({ baseURL: E2E_BASE_URL, storageState: { cookies: [], origins: [] } })).newPage();
  await reader.goto("/corrections");
  const listed = reader.getByRole("listitem").filter({ hasText: publicText });
  await expect(listed).toHaveCount(1);
  await listed.getByRole("link", { name: headline }).click();
  const foot = reader.getByTestId("corrections");
  await expect(foot.getByRole("heading", { name: "تصحيح" })).toBeVisible();
  await expect(foot.getByRole("listitem")).toHaveText([new RegExp(publicText.replace(/[().]/g, "\\$&"))]);

  const data = JSON.parse((await reader.locator('script[type="application/ld+json"]').textContent())!) as { correction?: { "@type": string; text: string }[] };
  expect(data.correction).toEqual([expect.objectContaining({ "@type": "CorrectionComment", text: publicText })]);

  const rss = parseXml(await (await reader.request.get("/feeds/world/rss.xml")).text());
  const item = children(child(rss, "rss", "channel"), "item").find((i) => text(child(i, "title")) === headline)!;
  expect(text(child(item, "content:encoded"))).toContain(publicText);

  // The first publication of a story cannot carry one: nothing was wrong yet.
  const draft = await reporter.request.post("/api/v1/articles", { data: { headline: `${headline} ب`, bodyText: "نص.", section: "world", language: "ar" } });
  const draftId = ((await draft.json()) as { id: string }).id;
  const refused = await reporter.request.post(`/api/v1/articles/${draftId}/transitions`, {
    data: { to: "in_review", version: 1, correction: { wrong: "أ", correct: "ب", publicText: "ج" } },
  });
  expect(refused.status()).toBe(422);
  await Promise.all([reporter.close(), editor.close(), reader.context().close()]);
});
