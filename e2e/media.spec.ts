import sharp from "sharp";
import { expect, test, type Browser } from "@playwright/test";
import { storageStateFor } from "./support/accounts";
import { createDraft, storyState, transition } from "./support/api";
import { BodyEditor } from "./support/body-editor";
import { StoryPage } from "./support/story-page";
import { E2E_BASE_URL } from "./support/settings";

async function as(browser: Browser, role: "reporter" | "editor" | null) {
  const storageState = role ? storageStateFor(role) : { cookies: [], origins: [] };
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, locale: "ar-EG", storageState });
  return { page: await context.newPage(), request: context.request, close: () => context.close() };
}

/** A photo as a camera leaves it: with the photographer's name and where it was taken. */
const cameraPhoto = () =>
  sharp({ create: { width: 2400, height: 1350, channels: 3, background: { r: 40, g: 90, b: 150 } } })
    .jpeg()
    .withExif({ IFD0: { Artist: "Camera Owner Name" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "33/1 53/1 0/1" } })
    .toBuffer();

test("a reporter's photo goes on a story only once described; published, readers get a figure with srcset, its preview image, and no camera metadata", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const [reporter, editor, reader] = [await as(browser, "reporter"), await as(browser, "editor"), await as(browser, null)];
  const upload = await reporter.request.post("/api/v1/media", {
    multipart: {
      file: { name: "مرفأ.jpg", mimeType: "image/jpeg", buffer: await cameraPhoto() },
      credit: "أ ف ب",
      caption: `المرفأ صباح الاثنين ${Date.now()}`,
    },
  });
  expect(upload.status()).toBe(201);
  const image = (await upload.json()) as { id: string; caption: string; variants: { url: string; format: string; width: number }[] };

  const headline = `المرفأ يعود إلى العمل ${Date.now()}`;
  const id = await createDraft(reporter.request, headline);
  // The reporter picks it on the story's page.
  await reporter.page.goto(`/dashboard/articles/${id}`);
  const panel = reporter.page.locator("form", { has: reporter.page.getByRole("heading", { name: "الصورة الرئيسية" }) });
  await panel.getByRole("radio", { name: new RegExp(image.caption) }).check();
  await panel.getByRole("button", { name: "حفظ الصورة" }).click();
  await expect(panel.getByRole("status")).toContainText("حُفظت الصورة الرئيسية.");
  expect(((await storyState(reporter.request, id)) as unknown as { featuredImageId: string }).featuredImageId).toBe(image.id);
  const refused = await transition(reporter.request, id, "in_review", 2);
  expect(refused.status()).toBe(422);
  expect((await refused.json()).error).toMatchObject({ reason: "media_alt_missing", message: expect.stringContaining("alt text") });
  expect((await storyState(reporter.request, id)).status).toBe("draft");

  const alt = "رافعات وحاويات على رصيف المرفأ";
  expect((await reporter.request.patch(`/api/v1/media/${image.id}`, { data: { alt } })).status()).toBe(200);
  expect((await transition(reporter.request, id, "in_review", 2)).status()).toBe(200);
  expect((await transition(editor.request, id, "approved", 3)).status()).toBe(200);
  expect((await transition(editor.request, id, "published", 4)).status()).toBe(200);
  const used = (await (await editor.request.get(`/api/v1/media/${image.id}`)).json()) as { usedBy: { id: string }[] };
  expect(used.usedBy.map((s) => s.id)).toEqual([id]);
  expect((await editor.request.delete(`/api/v1/media/${image.id}`)).status()).toBe(409);

  const { slug } = (await storyState(editor.request, id)) as unknown as { slug: string };
  await reader.page.goto(`/world/${encodeURIComponent(slug)}`);
  const figure = reader.page.locator("figure[data-testid=story-picture]");
  await expect(figure.locator("figcaption")).toContainText(image.caption);
  await expect(figure.locator("figcaption")).toContainText("أ ف ب");
  const img = figure.getByRole("img", { name: alt });
  await expect(img).toHaveAttribute("width", "2400");
  await expect(img).toHaveAttribute("height", "1350");
  await expect(figure.locator('source[type="image/avif"]')).toHaveAttribute("srcset", /320w.*1600w/);
  await expect(figure.locator('source[type="image/webp"]')).toHaveAttribute("srcset", /320w.*1600w/);
  await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);

  const ogImage = await reader.page.locator('meta[property="og:image"]').getAttribute("content");
  expect(ogImage).toMatch(/^http.*\/media\/v\/[0-9a-f]{32}\.jpg$/);
  await expect(reader.page.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
  await expect(reader.page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  const preview = await reader.request.get(new URL(ogImage!).pathname);
  expect(preview.status()).toBe(200);
  expect(preview.headers()["content-type"]).toBe("image/jpeg");
  expect(preview.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  for (const bytes of [await preview.body(), await (await reader.request.get(image.variants[0]!.url)).body()]) {
    const read = await sharp(bytes).metadata();
    expect([read.exif, read.xmp]).toEqual([undefined, undefined]);
    expect(bytes.includes("Camera Owner Name")).toBe(false);
  }
  // The section page's card shows it beside the headline.
  await reader.page.goto("/world");
  const card = reader.page.locator("li", { has: reader.page.getByRole("link", { name: headline }) });
  await expect(card.getByRole("img", { name: alt })).toHaveAttribute("loading", "lazy");
  await expect(card.locator('source[type="image/webp"]')).toHaveAttribute("srcset", /320w/);

  // The original stays with the desk.
  expect((await reader.request.get(`/api/v1/media/${image.id}/original`)).status()).toBe(401);
  const original = await reporter.request.get(`/api/v1/media/${image.id}/original`);
  expect(original.headers()["content-disposition"]).toMatch(/^attachment/);
  expect((await sharp(await original.body()).metadata()).exif).toBeDefined();

  // The library shows where it is used.
  await editor.page.goto(`/dashboard/media?q=${encodeURIComponent(image.caption)}`);
  const item = editor.page.getByTestId("media-item");
  await expect(item).toHaveCount(1);
  await expect(item.getByTestId("media-used")).toHaveText("في قصة واحدة");
  await expect(item.locator(`a[href="/dashboard/articles/${id}"]`)).toHaveCount(1);
  await Promise.all([reporter.close(), editor.close(), reader.close()]);
});

test("in the library a reporter drops pictures in with a credit, sees each one's progress and outcome, and a bad file is refused in Arabic with the fields kept", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const reporter = await as(browser, "reporter");
  const page = reporter.page;
  await page.goto("/dashboard/media");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("مكتبة الصور");
  const caption = `ساحة الشهداء مساء الأحد ${Date.now()}`;
  await page.getByLabel("التعليق", { exact: true }).fill(caption);
  const photo = (
    await sharp({ create: { width: 900, height: 600, channels: 3, background: "#557799" } })
      .png()
      .toBuffer()
  ).toString("base64");

  // Without a credit the file goes up and the server names the field.
  await page.locator('input[type="file"]').setInputFiles({ name: "ساحة.png", mimeType: "image/png", buffer: Buffer.from(photo, "base64") });
  await expect(page.getByTestId("media-upload").first()).toHaveAttribute("data-state", "failed");
  await expect(page.locator("#" + (await page.getByLabel("المصدر (المصوّر أو الوكالة)", { exact: true }).getAttribute("id")) + "-error")).toContainText(
    "اكتب مصدر الصورة",
  );
  await expect(page.getByLabel("التعليق", { exact: true })).toHaveValue(caption);

  await page.getByLabel("المصدر (المصوّر أو الوكالة)", { exact: true }).fill("رويترز");
  await page.getByTestId("media-drop").evaluate(
    async (zone, files) => {
      const transfer = new DataTransfer();
      for (const f of files) transfer.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
      zone.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    [
      { name: "ساحة.png", type: "image/png", base64: photo },
      { name: "script.jpg", type: "image/jpeg", base64: Buffer.from("#!/bin/sh\nrm -rf ~\n").toString("base64") },
    ],
  );
  const uploads = page.getByTestId("media-upload");
  await expect(uploads.filter({ hasText: "ساحة.png" }).first()).toHaveAttribute("data-state", "done");
  const refused = uploads.filter({ hasText: "script.jpg" });
  await expect(refused).toHaveAttribute("data-state", "failed");
  await expect(refused.getByRole("alert")).toHaveText("هذا الملف ليس صورة بصيغة JPEG أو PNG أو WebP أو AVIF، أيًّا كان اسمه.");
  await expect(page.getByLabel("المصدر (المصوّر أو الوكالة)", { exact: true })).toHaveValue("رويترز");

  const item = page.getByTestId("media-item").filter({ hasText: caption });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText("بلا نص بديل");
  await expect(item).toContainText("رويترز");
  await expect(item.getByTestId("media-used")).toHaveText("غير مستخدمة");
  await reporter.close();
});

test("a reporter drags a photo into the body, is stopped from submitting it undescribed, describes it in place; published, readers get it as a lazy figure in the text", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const [reporter, editor, reader] = [await as(browser, "reporter"), await as(browser, "editor"), await as(browser, null)];
  const id = await createDraft(reporter.request, `السوق القديم يفتح أبوابه ${Date.now()}`);
  const page = reporter.page;
  await page.goto(`/dashboard/articles/${id}`);
  const body = new BodyEditor(page);
  await body.caretAtEnd();

  const caption = `باعة السوق القديم صباح الجمعة ${Date.now()}`;
  const photo = (await cameraPhoto()).toString("base64");
  await body.root().evaluate((el, base64) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], "سوق.jpg", { type: "image/jpeg" }));
    const box = el.getBoundingClientRect();
    el.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true, clientX: box.left + 20, clientY: box.bottom - 10 }));
  }, photo);
  const panel = page.getByTestId("picture-panel");
  await expect(panel.getByTestId("picture-files")).toContainText("سوق.jpg");
  await panel.getByLabel("المصدر (المصوّر أو الوكالة)", { exact: true }).fill("رويترز");
  await panel.getByLabel("التعليق", { exact: true }).fill(caption);
  await panel.getByRole("button", { name: "ارفع الصورة وضعها في النص" }).click();
  await expect(panel).toBeHidden();

  const block = body.root().locator("figure[data-picture-block]");
  await expect(block).toHaveCount(1);
  await expect(block).toContainText(caption);
  await expect(block).toContainText("الصورة: رويترز");
  await expect(block.getByTestId("picture-undescribed")).toBeVisible();
  await body.expectSaved();
  const mediaId = await block.getAttribute("data-media-id");
  const saved = (await storyState(reporter.request, id)) as unknown as { working: { body: { content: { type: string; attrs?: unknown }[] } } };
  expect(saved.working.body.content).toContainEqual({
    type: "image",
    attrs: { mediaId },
  });

  // Submitting is refused until the picture is described, and says why.
  const story = new StoryPage(page);
  await story.take("submit");
  await expect(story.step("submit").getByRole("alert").filter({ hasText: /\S/ })).toContainText("صورة في القصة بلا نص بديل");
  await story.expectStatus("draft");
  const alt = "باعة يعرضون التوابل في أزقة السوق القديم";
  await block.getByLabel("النص البديل: ماذا في الصورة لمن لا يراها").fill(alt);
  await block.getByRole("button", { name: "احفظ الوصف" }).click();
  await expect(block.getByTestId("picture-undescribed")).toBeHidden();
  await expect(block).toContainText(alt);
  await page.reload();
  await story.take("submit");
  await story.expectStatus("in_review");

  const { version } = await storyState(editor.request, id);
  expect((await transition(editor.request, id, "approved", version)).status()).toBe(200);
  expect((await transition(editor.request, id, "published", version + 1)).status()).toBe(200);
  const { slug } = (await storyState(editor.request, id)) as unknown as { slug: string };
  await reader.page.goto(`/world/${encodeURIComponent(slug)}`);
  const figure = reader.page.locator(".story-body figure[data-testid=story-picture]");
  await expect(figure.locator("figcaption")).toContainText(caption);
  await expect(figure.locator("figcaption")).toContainText("رويترز");
  const img = figure.getByRole("img", { name: alt });
  await expect(img).toHaveAttribute("loading", "lazy");
  await expect(img).toHaveAttribute("width", "2400");
  await expect(figure.locator('source[type="image/avif"]')).toHaveAttribute("srcset", /320w.*1600w/);
  // With no featured picture, the first one in the text is the link preview's.
  await expect(reader.page.locator('meta[property="og:image"]')).toHaveAttribute("content", /\/media\/v\/[0-9a-f]{32}\.jpg$/);
  await expect(reader.page.locator('meta[property="og:image:alt"]')).toHaveAttribute("content", alt);

  await editor.page.goto(`/dashboard/media?q=${encodeURIComponent(caption)}`);
  const item = editor.page.getByTestId("media-item");
  await expect(item.getByTestId("media-used")).toHaveText("في قصة واحدة");
  await expect(item.locator(`a[href="/dashboard/articles/${id}"]`)).toHaveCount(1);
  await Promise.all([reporter.close(), editor.close(), reader.close()]);
});

test("a picture's page: its words changed in place, a new file under the same id, and deletion refused while a story shows it", async ({ browser }) => {
  test.setTimeout(90_000);
  const [reporter, editor] = [await as(browser, "reporter"), await as(browser, "editor")];
  const caption = `جسر المدينة عند الغروب ${Date.now()}`;
  const upload = await reporter.request.post("/api/v1/media", {
    multipart: { file: { name: "جسر.jpg", mimeType: "image/jpeg", buffer: await cameraPhoto() }, credit: "أ ب", caption },
  });
  const image = (await upload.json()) as { id: string };
  const headline = `الجسر يفتح من جديد ${Date.now()}`;
  const id = await createDraft(reporter.request, headline);
  expect((await reporter.request.patch(`/api/v1/articles/${id}`, { data: { version: 1, featuredImageId: image.id } })).status()).toBe(200);

  const page = editor.page;
  await page.goto(`/dashboard/media?q=${encodeURIComponent(caption)}`);
  await page.getByRole("link", { name: caption }).click();
  await expect(page).toHaveURL(`/dashboard/media/${image.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(caption);
  await expect(page.getByTestId("media-used-by").getByRole("link", { name: headline })).toHaveAttribute("href", `/dashboard/articles/${id}`);

  const remove = page.locator("form", { has: page.getByRole("button", { name: "احذف الصورة نهائيًا" }) });
  await remove.getByRole("button").click();
  await expect(remove.getByRole("alert")).toHaveText(`الصورة مستخدمة في قصة واحدة، منها «${headline}». أزلها منها قبل الحذف.`);
  expect((await editor.request.get(`/api/v1/media/${image.id}`)).status()).toBe(200);

  const describe = page.locator("form", { has: page.getByRole("heading", { name: "وصف الصورة وحقوقها" }) });
  const better = `${caption} من الضفة الشرقية`;
  await describe.getByLabel("التعليق", { exact: true }).fill(better);
  await describe.getByLabel("النص البديل: ماذا في الصورة لمن لا يراها").fill("جسر معلق تضيئه شمس الغروب");
  await describe.getByRole("button", { name: "احفظ التغييرات" }).click();
  await expect(describe.getByRole("status")).toHaveText("✓ حُفظت التغييرات.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(better);
  const changed = (await (await editor.request.get(`/api/v1/media/${image.id}`)).json()) as { caption: string; credit: string; alt: string; version: number };
  // The credit was not touched, so it was not sent: only what changed is saved.
  expect(changed).toMatchObject({ caption: better, credit: "أ ب", alt: "جسر معلق تضيئه شمس الغروب", version: 2 });

  const wide = await sharp({ create: { width: 1000, height: 500, channels: 3, background: "#aa5522" } })
    .png()
    .toBuffer();
  await page.locator('input[type="file"]').setInputFiles({ name: "جسر-أعرض.png", mimeType: "image/png", buffer: wide });
  await expect(page.getByRole("status").filter({ hasText: "استُبدل الملف." })).toBeVisible();
  await expect(page.getByText("1000 × 500")).toBeVisible();
  const replaced = (await (await editor.request.get(`/api/v1/media/${image.id}`)).json()) as { id: string; width: number; format: string };
  expect(replaced).toMatchObject({ id: image.id, width: 1000, format: "png" });

  // Someone else's picture is shown to a reporter without the forms.
  await reporter.page.goto(`/dashboard/media/${image.id}`);
  await expect(reporter.page.getByRole("heading", { level: 1 })).toHaveText(better);
  const ownUpload = await editor.request.post("/api/v1/media", {
    multipart: { file: { name: "مكتب.png", mimeType: "image/png", buffer: wide }, credit: "غرفة الأخبار" },
  });
  const editors = (await ownUpload.json()) as { id: string };
  await reporter.page.goto(`/dashboard/media/${editors.id}`);
  await expect(reporter.page.getByText("يعدّل هذه الصورة من رفعها، أو المحررون.")).toBeVisible();
  await expect(reporter.page.getByRole("button", { name: "احفظ التغييرات" })).toHaveCount(0);
  // The form on their own picture's page, pointed at the editor's by a forged id, is refused by the server.
  await reporter.page.goto(`/dashboard/media/${image.id}`);
  const form = reporter.page.locator("form", { has: reporter.page.getByRole("heading", { name: "وصف الصورة وحقوقها" }) });
  await form.locator('input[name="id"]').evaluate((input: HTMLInputElement, other) => (input.value = other), editors.id);
  await form.getByLabel("التعليق", { exact: true }).fill("تعليق مزوّر");
  await form.getByRole("button", { name: "احفظ التغييرات" }).click();
  await expect(form.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("لا يعدّل الصورة أو يحذفها إلا من رفعها، أو محرر.");
  expect(((await (await editor.request.get(`/api/v1/media/${editors.id}`)).json()) as { caption: string }).caption).toBe("");

  // Unused, it goes, and the library no longer has it.
  const { version } = await storyState(reporter.request, id);
  expect((await reporter.request.patch(`/api/v1/articles/${id}`, { data: { version, featuredImageId: null } })).status()).toBe(200);
  await page.reload();
  await page.getByRole("button", { name: "احذف الصورة نهائيًا" }).click();
  await expect(page).toHaveURL("/dashboard/media");
  expect((await editor.request.get(`/api/v1/media/${image.id}`)).status()).toBe(404);
  await page.goto(`/dashboard/media?from=2099-01-01`);
  await expect(page.getByText("لا صور تطابق البحث.")).toBeVisible();
  await Promise.all([reporter.close(), editor.close()]);
});

test("a picture pasted alone into the body waits in the picture panel for its credit; text pasted with a picture in it stays text", async ({ browser }) => {
  const reporter = await as(browser, "reporter");
  const page = reporter.page;
  const id = await createDraft(reporter.request, `لصق الصور ${Date.now()}`);
  await page.goto(`/dashboard/articles/${id}`);
  const body = new BodyEditor(page);
  await body.caretAtEnd();
  const photo = (
    await sharp({ create: { width: 300, height: 200, channels: 3, background: "#887766" } })
      .png()
      .toBuffer()
  ).toString("base64");
  const paste = (base64: string, text: string) =>
    body.root().evaluate(
      (el, { base64, text }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], "لقطة.png", { type: "image/png" }));
        if (text) transfer.setData("text/plain", text);
        el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }));
      },
      { base64, text },
    );

  await paste(photo, "فقرة منسوخة من مستند فيه صورة.");
  await expect(body.root()).toContainText("فقرة منسوخة من مستند فيه صورة.");
  await expect(page.getByTestId("picture-panel")).toHaveCount(0);

  await paste(photo, "");
  const panel = page.getByTestId("picture-panel");
  await expect(panel.getByTestId("picture-files")).toHaveText("لقطة.png");
  await panel.getByRole("button", { name: "ارفع الصورة وضعها في النص" }).click();
  // Without a credit the server refuses, names the field, and the file waits to be sent again.
  await expect(panel.getByText("اكتب مصدر الصورة", { exact: false })).toBeVisible();
  await expect(panel.getByTestId("picture-files")).toContainText("لقطة.png");
  await expect(body.root().locator("figure[data-picture-block]")).toHaveCount(0);
  await reporter.close();
});
