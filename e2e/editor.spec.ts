import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { storageStateFor } from "./support/accounts";
import { createDraft } from "./support/api";
import { BodyEditor } from "./support/body-editor";
import { E2E_BASE_URL } from "./support/settings";

type Body = { type: "doc"; content: { type: string; attrs?: Record<string, unknown>; content?: unknown[] }[] };

async function storedBody(request: APIRequestContext, id: string): Promise<Body> {
  const response = await request.get(`/api/v1/articles/${id}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { working: { body: Body } }).working.body;
}

async function revisionCount(request: APIRequestContext, id: string): Promise<number> {
  return ((await (await request.get(`/api/v1/articles/${id}/revisions`)).json()) as unknown[]).length;
}

test.describe("the story editor", () => {
  test.use({ storageState: storageStateFor("reporter"), locale: "ar-EG" });

  test("follows the story's language, gives each block its own direction, and formats with the toolbar", async ({ page, request }) => {
    const id = await createDraft(request);
    await page.goto(`/dashboard/articles/${id}`);
    const body = new BodyEditor(page);
    await expect(body.root()).toHaveAttribute("dir", "rtl");
    await expect(body.root()).toHaveAttribute("lang", "ar");
    await expect(body.root().locator("p").first()).toHaveAttribute("dir", "auto");

    await body.caretAtEnd();
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "عنوان فرعي" }).click();
    await body.focused();
    await page.keyboard.type("عنوان داخل النص");
    await page.keyboard.press("Enter");
    await page.keyboard.type("He said: the deal is done.");
    await body.select("the deal");
    await page.getByRole("button", { name: "عريض" }).click();
    await expect(page.getByRole("button", { name: "عريض" })).toHaveAttribute("aria-pressed", "true");
    await body.select("said");
    // Ctrl+K opens the link field, as the toolbar's button does.
    await page.keyboard.press("Control+k");
    await page.getByLabel("عنوان الرابط").fill("javascript:alert(1)");
    await page.getByRole("button", { name: "تطبيق" }).click();
    await expect(page.getByText("اكتب رابط صفحة ويب كاملًا أو عنوان بريد إلكتروني.")).toBeVisible();
    await page.getByLabel("عنوان الرابط").fill("example.com/report");
    await page.getByRole("button", { name: "تطبيق" }).click();
    await body.expectSaved();
    // A link in the editor looks like one.
    const link = body.root().locator("a", { hasText: "said" });
    expect(await link.evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe("underline");

    // An English sentence in Arabic copy keeps its own direction.
    const english = body.root().locator("p", { hasText: "He said" });
    expect(await english.evaluate((p) => getComputedStyle(p).direction)).toBe("ltr");
    expect(
      await body
        .root()
        .locator("p")
        .first()
        .evaluate((p) => getComputedStyle(p).direction),
    ).toBe("rtl");

    const stored = await storedBody(request, id);
    expect(stored.content.slice(-2)).toEqual([
      { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "عنوان داخل النص" }] },
      {
        type: "paragraph",
        content: [
          { type: "text", text: "He " },
          { type: "text", text: "said", marks: [{ type: "link", attrs: { href: "https://example.com/report" } }] },
          { type: "text", text: ": " },
          { type: "text", text: "the deal", marks: [{ type: "bold" }] },
          { type: "text", text: " is done." },
        ],
      },
    ]);
  });

  test("arrow keys move the caret the way the text runs: right-to-left in Arabic, left-to-right in English", async ({ page, request }) => {
    const id = await createDraft(request);
    await page.goto(`/dashboard/articles/${id}`);
    const body = new BodyEditor(page);
    await body.caretAtEnd();
    await page.keyboard.press("Enter");
    await page.keyboard.type("ابت");
    // In right-to-left text the right arrow goes back towards the start.
    await page.keyboard.press("ArrowRight");
    await page.keyboard.type("ث");
    await expect(body.root().locator("p").last()).toHaveText("ابثت");
    await body.caretAtEnd();
    await page.keyboard.press("Enter");
    await page.keyboard.type("abc");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.type("X");
    await expect(body.root().locator("p").last()).toHaveText("abXc");
    await page.keyboard.press("Shift+Home");
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe("abX");
    await body.expectSaved();
  });

  test("a workflow step taken while text is still unsaved saves the text first", async ({ page, request }) => {
    const id = await createDraft(request);
    await page.goto(`/dashboard/articles/${id}`);
    await page.getByLabel("العنوان").fill("عنوان كُتب قبل الإرسال مباشرة");
    await page.locator('[data-transition="submit"]').getByRole("button").click();
    await expect(page.locator("header [data-status]").first()).toHaveAttribute("data-status", "in_review");
    const story = (await (await request.get(`/api/v1/articles/${id}`)).json()) as { headline: string; status: string };
    expect(story).toMatchObject({ headline: "عنوان كُتب قبل الإرسال مباشرة", status: "in_review" });
  });

  test("pasted HTML with a script and an onerror image is stored and shown inert", async ({ page, request }) => {
    const id = await createDraft(request);
    await page.goto(`/dashboard/articles/${id}`);
    const body = new BodyEditor(page);
    await page.evaluate(() => ((window as unknown as { pwned: number }).pwned = 0));
    await body.caretAtEnd();
    await body.paste({
      "text/html":
        '<p>نص ملصوق <img src="x" onerror="window.pwned=1"><script>window.pwned=2</script><a href="javascript:window.pwned=3">رابط خبيث</a> <a href="https://example.com" onclick="window.pwned=4">رابط سليم</a></p>',
      "text/plain": "نص ملصوق",
    });
    await expect(body.root()).toContainText("نص ملصوق");
    await body.expectSaved();
    expect(await page.evaluate(() => (window as unknown as { pwned: number }).pwned)).toBe(0);
    await expect(body.root().locator("img, script, [onerror], [onclick]")).toHaveCount(0);

    const stored = JSON.stringify(await storedBody(request, id));
    expect(stored).toContain("نص ملصوق");
    expect(stored).toContain("https://example.com");
    expect(stored).not.toMatch(/javascript:|onerror|onclick|<script|"image"|"img"/i);

    await page.getByRole("link", { name: "معاينة" }).click();
    const article = page.locator("article");
    await expect(article).toContainText("نص ملصوق");
    await expect(article.locator("img, script, [onerror], [onclick], a[href^='javascript']")).toHaveCount(0);
    // The preview opened in the same document (client navigation): still nothing ran.
    expect(await page.evaluate(() => (window as unknown as { pwned: number }).pwned)).toBe(0);
  });

  test("a read-more block points at a story found by searching as you type", async ({ page, request }) => {
    const stamp = Date.now();
    const target = await createDraft(request, `قصة مرجعية للربط ${stamp}`);
    const id = await createDraft(request);
    await page.goto(`/dashboard/articles/${id}`);
    const body = new BodyEditor(page);
    await body.caretAtEnd();
    await page.getByRole("button", { name: "اقرأ المزيد…" }).click();
    await page.getByRole("combobox", { name: "ابحث في العناوين" }).fill(`مرجعية للربط ${stamp}`);
    const option = page.getByRole("option").filter({ hasText: `قصة مرجعية للربط ${stamp}` });
    await expect(option).toHaveCount(1);
    await page.keyboard.press("Enter");
    await expect(body.root().locator("[data-related-story]")).toContainText("اقرأ المزيد: قصة مرجعية للربط");
    await body.expectSaved();
    const related = (await storedBody(request, id)).content.filter((b) => b.type === "relatedStory");
    expect(related).toEqual([{ type: "relatedStory", attrs: { articleId: target, headline: expect.stringContaining("قصة مرجعية للربط") } }]);
  });

  test("an imported reference no story matched is resolved by choosing the story", async ({ page, request }) => {
    const imported = await request.post("/api/v1/articles/import?allowDuplicate=true", {
      headers: { "content-type": "text/plain; charset=utf-8" },
      data: readFileSync("db/seed/article-ar-wire.txt", "utf8"),
    });
    expect(imported.status()).toBe(201);
    const id = ((await imported.json()) as { id: string }).id;
    const stamp = Date.now();
    const target = await createDraft(request, `إعلان إفلاس أناليتيكا رسميًا ${stamp}`);

    await page.goto(`/dashboard/articles/${id}`);
    await expect(page.getByTestId("unresolved")).toContainText("«أناليتيكا» تشهر إفلاسها");
    const block = page.locator("#body-editor [data-related-story]").filter({ hasText: "«أناليتيكا» تشهر إفلاسها" });
    await expect(block).toContainText("غير مربوط بعد");
    await block.getByRole("button", { name: "اختر القصة" }).click();
    const search = block.getByRole("combobox", { name: "ابحث في العناوين" });
    // Seeded with the headline's words; its quotation marks would read as the search's phrase syntax.
    await expect(search).toHaveValue("أناليتيكا تشهر إفلاسها بعد فضيحة فيسبوك");
    await search.fill(`إفلاس أناليتيكا رسميًا ${stamp}`);
    await expect(block.getByRole("option")).toHaveCount(1);
    await search.press("Enter");
    const resolved = page.locator("#body-editor [data-related-story]").filter({ hasText: `${stamp}` });
    await expect(resolved).toContainText("اقرأ المزيد: إعلان إفلاس أناليتيكا");
    await expect(resolved).not.toContainText("غير مربوط بعد");
    await new BodyEditor(page).expectSaved();

    await page.reload();
    await expect(page.getByTestId("unresolved")).not.toContainText("«أناليتيكا» تشهر إفلاسها");
    await expect(page.getByTestId("unresolved")).toContainText("فضيحة جديدة تهز «فيسبوك»");
    const related = (await storedBody(request, id)).content.filter((b) => b.type === "relatedStory");
    expect(related.map((b) => b.attrs?.articleId)).toEqual([null, target, null]);
  });
});

test.describe("saving without losing a word", () => {
  test.use({ storageState: storageStateFor("reporter"), locale: "ar-EG" });

  test("offline: the text is kept on this device and saved when the network is back", async ({ page, context, request }) => {
    const id = await createDraft(request);
    await page.goto(`/dashboard/articles/${id}`);
    const body = new BodyEditor(page);
    await body.caretAtEnd();

    await context.setOffline(true);
    // Said the moment the connection goes, before anything is typed or sent.
    await expect(body.status()).toHaveAttribute("data-status", "offline", { timeout: 2_000 });
    await page.keyboard.type(" كُتبت بلا اتصال");
    await expect(body.status()).toHaveText("غير متصل — النص محفوظ على هذا الجهاز", { timeout: 15_000 });
    const copy = await page.evaluate((key) => window.localStorage.getItem(key), `newsroom:draft:${id}`);
    expect(copy).toContain("كُتبت بلا اتصال");
    expect(JSON.stringify(await storedBody(request, id))).not.toContain("كُتبت بلا اتصال");

    await context.setOffline(false);
    await body.expectSaved();
    expect(JSON.stringify(await storedBody(request, id))).toContain("كُتبت بلا اتصال");
    expect(await page.evaluate((key) => window.localStorage.getItem(key), `newsroom:draft:${id}`)).toBeNull();
    await page.reload();
    await expect(body.root()).toContainText("كُتبت بلا اتصال");
  });

  test("text the server never got is offered back when the story is opened again", async ({ browser, request }) => {
    const id = await createDraft(request);
    const first = await browser.newContext({ baseURL: E2E_BASE_URL, locale: "ar-EG", storageState: storageStateFor("reporter") });
    const page = await first.newPage();
    await page.goto(`/dashboard/articles/${id}`);
    const body = new BodyEditor(page);
    await body.caretAtEnd();
    await first.setOffline(true);
    await page.keyboard.type(" سطر لم يصل إلى الخادم");
    await expect(body.status()).toHaveText("غير متصل — النص محفوظ على هذا الجهاز", { timeout: 15_000 });
    // Only what the page kept on the device (its storage) has the text. The first browser stays
    // open and offline: closing it would fire the page's leaving save, which Chromium may send
    // after the page's offline emulation is gone.
    const device = await first.storageState();
    expect(JSON.stringify(await storedBody(request, id))).not.toContain("سطر لم يصل إلى الخادم");

    const second = await browser.newContext({ baseURL: E2E_BASE_URL, locale: "ar-EG", storageState: device });
    const again = await second.newPage();
    await again.goto(`/dashboard/articles/${id}`);
    const offer = again.getByTestId("backup-offer");
    await expect(offer).toContainText("على هذا الجهاز نص لهذه القصة لم يُحفظ");
    await offer.getByRole("button", { name: "استرجعه" }).click();
    const restored = new BodyEditor(again);
    await expect(restored.root()).toContainText("سطر لم يصل إلى الخادم");
    await restored.expectSaved();
    expect(JSON.stringify(await storedBody(request, id))).toContain("سطر لم يصل إلى الخادم");
    await second.close();
    await first.close();
  });

  test("a copy typed against an older version is compared before anything is overwritten", async ({ browser, request }) => {
    const id = await createDraft(request);
    const first = await browser.newContext({ baseURL: E2E_BASE_URL, locale: "ar-EG", storageState: storageStateFor("reporter") });
    const page = await first.newPage();
    await page.goto(`/dashboard/articles/${id}`);
    await first.setOffline(true);
    await page.getByLabel("العنوان").fill("عنوان كُتب بلا اتصال");
    await expect(new BodyEditor(page).status()).toHaveAttribute("data-status", "offline", { timeout: 15_000 });
    const device = await first.storageState();
    await first.close();
    // Meanwhile the story moved on at the server.
    expect((await request.patch(`/api/v1/articles/${id}`, { data: { version: 1, dek: "ملخص من جهاز آخر" } })).status()).toBe(200);

    const second = await browser.newContext({ baseURL: E2E_BASE_URL, locale: "ar-EG", storageState: device });
    const again = await second.newPage();
    await again.goto(`/dashboard/articles/${id}`);
    await again.getByTestId("backup-offer").getByRole("button", { name: "استرجعه" }).click();
    const conflict = again.getByTestId("conflict-view");
    await expect(conflict).toBeVisible();
    // The other version was this person's own, from another device.
    await expect(conflict).toContainText("محفوظة باسمك أنت، من جهاز أو نافذة أخرى");
    await expect(conflict.locator('[data-side="mine"]')).toContainText("عنوان كُتب بلا اتصال");
    await expect(conflict.locator('[data-side="theirs"]')).toContainText("ملخص من جهاز آخر");
    await conflict.getByRole("button", { name: "احتفظ بالنسختين" }).click();
    await new BodyEditor(again).expectSaved();
    const story = (await (await request.get(`/api/v1/articles/${id}`)).json()) as { headline: string; working: { dek: string } };
    expect(story.headline).toBe("عنوان كُتب بلا اتصال");
    expect(story.working.dek).toBe("ملخص من جهاز آخر");
    await second.close();
  });

  test("text still unsaved when the tab is closed is sent on the way out", async ({ page, context, request }) => {
    const id = await createDraft(request);
    await page.goto(`/dashboard/articles/${id}`);
    const body = new BodyEditor(page);
    await body.caretAtEnd();
    await page.keyboard.type(" آخر سطر قبل الإغلاق");
    // Closed well inside the two-second pause, so only the leaving save can carry it.
    await page.close({ runBeforeUnload: false });
    await expect.poll(async () => JSON.stringify(await storedBody(request, id))).toContain("آخر سطر قبل الإغلاق");
    const again = await context.newPage();
    await again.goto(`/dashboard/articles/${id}`);
    await expect(new BodyEditor(again).root()).toContainText("آخر سطر قبل الإغلاق");
    await expect(again.getByTestId("backup-offer")).toHaveCount(0);
  });

  test("two people edit at once: the second sees both versions side by side and nothing is lost", async ({ browser, request }) => {
    const id = await createDraft(request);
    const open = async (role: "reporter" | "editor") => {
      const context = await browser.newContext({ baseURL: E2E_BASE_URL, locale: "ar-EG", storageState: storageStateFor(role) });
      const page = await context.newPage();
      await page.goto(`/dashboard/articles/${id}`);
      return page;
    };
    const reporter = await open("reporter");
    const editor = await open("editor");
    await expect(reporter.getByTestId("presence")).toContainText("خالد عبد الله");

    const editorBody = new BodyEditor(editor);
    await editorBody.replace("الفقرة الثانية.", "الفقرة الثانية كما عدّلها المحرر.");
    await editorBody.expectSaved();

    const reporterBody = new BodyEditor(reporter);
    await reporterBody.replace("الفقرة الأولى من الخبر.", "الفقرة الأولى كما أعادت المراسلة كتابتها.");
    const conflict = reporter.getByTestId("conflict-view");
    await expect(conflict).toBeVisible({ timeout: 15_000 });
    await expect(reporterBody.status()).toHaveText("تعارض: حُفظت نسخة أخرى من القصة");
    await expect(conflict).toContainText("محفوظة باسم خالد عبد الله");
    // The way out comes before the versions to read.
    const keepBoth = await conflict.getByRole("button", { name: "احتفظ بالنسختين" }).boundingBox();
    const theirSide = await conflict.locator('[data-side="theirs"]').boundingBox();
    expect(keepBoth!.y).toBeLessThan(theirSide!.y);
    await expect(conflict.locator('[data-side="theirs"]')).toContainText("كما عدّلها المحرر");
    await expect(conflict.locator('[data-side="mine"]')).toContainText("كما أعادت المراسلة كتابتها");
    await expect(conflict.locator('[data-side="mine"] ins').first()).toBeVisible();
    await expect(conflict.locator('[data-side="theirs"] del').first()).toBeVisible();

    await conflict.getByRole("button", { name: "احتفظ بالنسختين" }).click();
    await expect(conflict).toHaveCount(0);
    await reporterBody.expectSaved();
    await expect(reporterBody.root()).toContainText("كما عدّلها المحرر");
    await expect(reporterBody.root()).toContainText("كما أعادت المراسلة كتابتها");
    // What only the editor's version had is marked where it sits; the reporter's own text is not.
    const marked = reporterBody.root().locator("[data-theirs]");
    await expect(marked).toHaveCount(2);
    await expect(marked.filter({ hasText: "كما عدّلها المحرر" })).toHaveCount(1);
    await expect(marked.filter({ hasText: "كما أعادت المراسلة كتابتها" })).toHaveCount(0);
    const notice = reporter.getByTestId("theirs-marked");
    await expect(notice).toContainText("أُضيفت فقرتان من نسختهم");
    const stored = JSON.stringify(await storedBody(request, id));
    expect(stored).not.toContain("theirs");
    expect(stored).toContain("كما عدّلها المحرر");
    expect(stored).toContain("كما أعادت المراسلة كتابتها");
    // Created, the editor's autosave, then both texts together on top.
    expect(await revisionCount(request, id)).toBe(3);
    await notice.getByRole("button", { name: "أزل التمييز" }).click();
    await expect(marked).toHaveCount(0);
    await expect(notice).toHaveCount(0);

    for (const page of [reporter, editor]) await page.context().close();
  });

  test("using their version still files mine in the history", async ({ browser, request }) => {
    const id = await createDraft(request);
    const editorContext = await browser.newContext({ baseURL: E2E_BASE_URL, locale: "ar-EG", storageState: storageStateFor("editor") });
    const reporterContext = await browser.newContext({ baseURL: E2E_BASE_URL, locale: "ar-EG", storageState: storageStateFor("reporter") });
    const editor = await editorContext.newPage();
    const reporter = await reporterContext.newPage();
    await editor.goto(`/dashboard/articles/${id}`);
    await reporter.goto(`/dashboard/articles/${id}`);
    await editor.getByLabel("العنوان").fill("عنوان المحرر");
    await new BodyEditor(editor).expectSaved();
    await reporter.getByLabel("العنوان").fill("عنوان المراسلة");
    await reporter.getByTestId("conflict-view").getByRole("button", { name: "استخدم نسختهم" }).click();
    await expect(reporter.getByTestId("conflict-view")).toHaveCount(0);
    await expect(reporter.getByLabel("العنوان")).toHaveValue("عنوان المحرر");
    await new BodyEditor(reporter).expectSaved();
    const revisions = (await (await request.get(`/api/v1/articles/${id}/revisions`)).json()) as { headline: string }[];
    expect(revisions.map((r) => r.headline).slice(0, 3)).toEqual(["عنوان المحرر", "عنوان المراسلة", "عنوان المحرر"]);
    await editorContext.close();
    await reporterContext.close();
  });
});
