import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { storageStateFor } from "./support/accounts";
import { transition } from "./support/api";
import { REFERENCE_HEADLINE, REFERENCE_PATH } from "./support/reference-story";
import { E2E_BASE_URL } from "./support/settings";

const signedOut = { cookies: [], origins: [] };

async function contexts(browser: Browser) {
  const [reporter, editor, admin] = await Promise.all(
    (["reporter", "editor", "admin"] as const).map((role) => browser.newContext({ baseURL: E2E_BASE_URL, storageState: storageStateFor(role) })),
  );
  return { reporter: reporter!, editor: editor!, admin: admin! };
}

/** A story in `section`, written and published through the API; returns its id and address. */
async function publish(people: { reporter: { request: APIRequestContext }; editor: { request: APIRequestContext } }, section: string, headline: string) {
  const created = await people.reporter.request.post("/api/v1/articles", { data: { headline, bodyText: "نص الخبر.", section, language: "ar" } });
  expect(created.status()).toBe(201);
  const { id, slug } = (await created.json()) as { id: string; slug: string };
  expect((await transition(people.reporter.request, id, "in_review", 1)).status()).toBe(200);
  expect((await transition(people.editor.request, id, "approved", 2)).status()).toBe(200);
  expect((await transition(people.editor.request, id, "published", 3)).status()).toBe(200);
  return { id, path: `/${section}/${encodeURIComponent(slug)}` };
}

test("a section's page lists its stories newest first, and the story page links back to it", async ({ browser }) => {
  const reader = await (await browser.newContext({ baseURL: E2E_BASE_URL, storageState: signedOut })).newPage();
  const response = await reader.goto("/world");
  expect(response?.status()).toBe(200);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("أهم أخبار العالم");
  const newest = reader.locator("main ol > li").first().getByRole("heading");
  const headline = (await newest.textContent())!;
  await newest.getByRole("link").click();
  await expect(reader.getByRole("heading", { level: 1, name: headline })).toBeVisible();
  await reader.locator("article header").getByRole("link", { name: "أهم أخبار العالم" }).click();
  await expect(reader).toHaveURL(/\/world$/);
  await reader.context().close();
});

test("older stories come twenty at a time; a tampered cursor, an unknown or hidden section are not found; an old section address redirects", async ({
  browser,
}) => {
  const people = await contexts(browser);
  const stamp = Date.now();
  const made = await people.admin.request.post("/api/v1/sections", {
    data: { slug: `desk-${stamp}`, nameAr: `قسم الصفحات ${stamp}`, nameEn: `Pages ${stamp}` },
  });
  expect(made.status()).toBe(201);
  const section = (await made.json()) as { id: string; slug: string; version: number };
  const headlines: string[] = [];
  for (let i = 1; i <= 21; i++) {
    headlines.push(`خبر رقم ${i} في قسم الصفحات ${stamp}`);
    await publish(people, section.slug, headlines.at(-1)!);
  }
  const reader = await (await browser.newContext({ baseURL: E2E_BASE_URL, storageState: signedOut })).newPage();
  await reader.goto(`/${section.slug}`);
  const items = reader.locator("main ol > li");
  await expect(items).toHaveCount(20);
  await expect(items.first().getByRole("heading")).toHaveText(headlines[20]!);
  await expect(items.last().getByRole("heading")).toHaveText(headlines[1]!);
  await reader.getByRole("link", { name: "أخبار أقدم" }).click();
  await expect(reader).toHaveURL(new RegExp(`/${section.slug}/older/[A-Za-z0-9_-]+$`));
  await expect(items).toHaveCount(1);
  await expect(items.first().getByRole("heading")).toHaveText(headlines[0]!);
  await expect(reader.getByRole("link", { name: "أخبار أقدم" })).toHaveCount(0);
  await reader.getByRole("link", { name: "أحدث الأخبار" }).click();
  await expect(items).toHaveCount(20);

  for (const path of [`/${section.slug}/older/garbage`, `/${section.slug}/older/${"A".repeat(3000)}`, "/no-such-section", "/%D8%A3%D8%B1%D8%B4%D9%8A%D9%81"]) {
    expect((await reader.request.get(path)).status(), path).toBe(404);
  }

  const moved = await people.admin.request.patch(`/api/v1/sections/${section.id}`, { data: { slug: `moved-${stamp}`, version: section.version } });
  expect(moved.status()).toBe(200);
  const redirect = await reader.request.get(`/${section.slug}`, { maxRedirects: 0 });
  expect(redirect.status()).toBe(308);
  expect(redirect.headers().location).toBe(`/moved-${stamp}`);
  const hidden = await people.admin.request.patch(`/api/v1/sections/${section.id}`, { data: { hidden: true, version: section.version + 1 } });
  expect(hidden.status()).toBe(200);
  await expect.poll(async () => (await reader.request.get(`/moved-${stamp}`)).status()).toBe(404);
  await Promise.all([people.reporter.close(), people.editor.close(), people.admin.close(), reader.context().close()]);
});

test("an unpublished story answers 410 Gone with a short Arabic page; a spiked one 404", async ({ browser }) => {
  const people = await contexts(browser);
  const story = await publish(people, "egypt", `خبر يُسحب بعد نشره ${Date.now()}`);
  const reader = await (await browser.newContext({ baseURL: E2E_BASE_URL, storageState: signedOut })).newPage();
  expect((await reader.goto(story.path))?.status()).toBe(200);
  expect((await transition(people.editor.request, story.id, "unpublished", 4, { reason: "Legal check." })).status()).toBe(200);
  await expect.poll(async () => (await reader.request.get(story.path)).status()).toBe(410);
  const gone = await reader.goto(story.path);
  expect(gone?.status()).toBe(410);
  await expect(reader.locator("html")).toHaveAttribute("lang", "ar");
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("لم تعد هذه القصة منشورة");
  await expect(reader.getByRole("link", { name: "إلى الصفحة الرئيسية" })).toHaveAttribute("href", "/");

  const created = await people.reporter.request.post("/api/v1/articles", {
    data: { headline: `خبر مستبعد ${Date.now()}`, bodyText: "نص.", section: "egypt", language: "ar" },
  });
  const { id, slug } = (await created.json()) as { id: string; slug: string };
  expect((await transition(people.editor.request, id, "archived", 1, { reason: "Duplicate." })).status()).toBe(200);
  expect((await reader.request.get(`/egypt/${encodeURIComponent(slug)}`)).status()).toBe(404);
  await Promise.all([people.reporter.close(), people.editor.close(), people.admin.close(), reader.context().close()]);
});

test("the reference story's page carries its canonical address, link-preview tags and NewsArticle structured data in Arabic", async ({ page }) => {
  await page.goto(REFERENCE_PATH);
  await expect(page.getByRole("heading", { level: 1, name: REFERENCE_HEADLINE })).toBeVisible();
  const url = page.url();
  const meta = (property: string) => page.locator(`meta[property="${property}"], meta[name="${property}"]`).first().getAttribute("content");
  expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toBe(url);
  expect(await meta("og:type")).toBe("article");
  expect(await meta("og:title")).toBe(REFERENCE_HEADLINE);
  expect(await meta("og:url")).toBe(url);
  expect(await meta("og:site_name")).toBe("غرفة الأخبار");
  expect(await meta("og:locale")).toBe("ar_AR");
  expect(await meta("article:published_time")).toBe("2018-06-16T23:58:00.000Z");
  expect(await meta("article:section")).toBe("أهم أخبار العالم");
  expect(await meta("twitter:card")).toBe("summary");

  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(1);
  const data = JSON.parse(blocks[0]!) as Record<string, unknown>;
  expect(data["@context"]).toBe("https://schema.org");
  expect(data["@type"]).toBe("NewsArticle");
  expect(REFERENCE_HEADLINE.startsWith((data.headline as string).replace(/…$/, ""))).toBe(true);
  expect(data.datePublished).toBe("2018-06-16T23:58:00.000Z");
  expect(Date.parse(data.dateModified as string)).toBeGreaterThanOrEqual(Date.parse("2018-06-16T23:58:00.000Z"));
  expect(data.inLanguage).toBe("ar");
  expect(data.articleSection).toBe("أهم أخبار العالم");
  // Her author page's address is her name as a slug (letter forms folded, as in story addresses).
  expect(data.author).toEqual([{ "@type": "Person", name: "سارة منصور", url: `${E2E_BASE_URL}/author/${encodeURIComponent("ساره-منصور")}` }]);
  expect(data.publisher).toMatchObject({ "@type": "NewsMediaOrganization", name: "غرفة الأخبار" });
  expect(data.mainEntityOfPage).toEqual({ "@type": "WebPage", "@id": url });
  expect(data.url).toBe(url);

  // Sharing needs no one's script: plain links carrying the story's address.
  const share = page.getByRole("navigation", { name: "شارك القصة" });
  for (const [name, host] of [
    ["WhatsApp", "wa.me"],
    ["Telegram", "t.me"],
    ["X", "x.com"],
    ["Facebook", "www.facebook.com"],
  ] as const) {
    const href = (await share.getByRole("link", { name, exact: true }).getAttribute("href"))!;
    expect(new URL(href).host).toBe(host);
    expect(decodeURIComponent(href)).toContain(url);
  }
  await expect(share.getByRole("textbox")).toHaveValue(url);
  await expect(page.getByTestId("reading-time")).toHaveText(/^قراءة في \d+ دقائق|^قراءة في \d+ دقيقة/);
});

test("wire copy published later shows its dateline, in the newsroom's zone, above the text", async ({ browser }) => {
  const people = await contexts(browser);
  const headline = `Storm closes ports ${Date.now()}`;
  const imported = await people.reporter.request.post("/api/v1/articles/import?section=world&year=2026", {
    headers: { "Content-Type": "text/plain" },
    data: `${headline}\n\n11/02 09:15\n\nAuthorities closed three ports.\n`,
  });
  expect(imported.status()).toBe(201);
  const { id, slug, version } = (await imported.json()) as { id: string; slug: string; version: number };
  expect((await transition(people.reporter.request, id, "in_review", version)).status()).toBe(200);
  expect((await transition(people.editor.request, id, "approved", version + 1)).status()).toBe(200);
  expect((await transition(people.editor.request, id, "published", version + 2)).status()).toBe(200);
  const reader = await (await browser.newContext({ baseURL: E2E_BASE_URL, storageState: signedOut })).newPage();
  await reader.goto(`/world/${encodeURIComponent(slug)}`);
  // An English story inside the Arabic site: left to right, in its own language.
  await expect(reader.locator("article")).toHaveAttribute("dir", "ltr");
  await expect(reader.locator("article")).toHaveAttribute("lang", "en");
  await expect(reader.locator("html")).toHaveAttribute("dir", "rtl");
  const dateline = reader.getByTestId("dateline").locator("time");
  await expect(dateline).toHaveAttribute("datetime", "2026-11-02T07:15:00.000Z");
  await expect(dateline).toHaveText("2 November 2026 at 09:15");
  await Promise.all([people.reporter.close(), people.editor.close(), people.admin.close(), reader.context().close()]);
});

test("a byline links to the author's page: their name and published stories, nothing about their role; nobody else has a page", async ({ browser }) => {
  const reader = await (await browser.newContext({ baseURL: E2E_BASE_URL, storageState: signedOut })).newPage();
  await reader.goto(REFERENCE_PATH);
  await reader.locator("article header").getByRole("link", { name: "سارة منصور" }).click();
  await expect(reader).toHaveURL(`${E2E_BASE_URL}/author/${encodeURIComponent("ساره-منصور")}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("سارة منصور");
  await expect(reader.locator("main")).not.toContainText(/مراسل|محرر|reporter|editor/i);
  // Her oldest story is the reference one, on the last of her pages (every test's story is hers too).
  const first = reader.url();
  for (let page = 0; page < 50 && (await reader.getByRole("link", { name: REFERENCE_HEADLINE }).count()) === 0; page++) {
    await expect(reader.locator("main li")).toHaveCount(20);
    const older = reader.getByRole("link", { name: "أخبار أقدم" });
    const next = new URL((await older.getAttribute("href"))!, reader.url()).href;
    await older.click();
    // Every page after the first has the same heading: only the address says the next one has loaded.
    await reader.waitForURL(next);
    await expect(reader.getByRole("heading", { level: 1 })).toContainText("سارة منصور");
  }
  await expect(reader.getByRole("link", { name: REFERENCE_HEADLINE })).toBeVisible();
  await reader.goto(first);
  const canonical = await reader.locator('link[rel="canonical"]').getAttribute("href");
  expect(canonical).toBe(`${E2E_BASE_URL}/author/${encodeURIComponent("ساره-منصور")}`);

  // The admin has written nothing: no page. Unknown, malformed and tampered addresses are not found either.
  const addresses: [string, number][] = [
    ["/author/laila-hassan", 404],
    ["/author/no-such-person", 404],
    [`/author/${"a".repeat(300)}`, 404],
    [`/author/${encodeURIComponent("ساره-منصور")}/older/forged`, 404],
    // A broken escape is refused at the edge.
    ["/author/%E0%A4%A", 400],
  ];
  for (const [path, status] of addresses) expect((await reader.request.get(path)).status(), path).toBe(status);
  await reader.context().close();
});
