import { expect, test, type APIRequestContext } from "@playwright/test";
import { storageStateFor } from "../support/accounts";
import { apiAs, createDraft, storyState, transition } from "../support/api";
import { auditCount, createTestUser, storiesCreatedBy, updateTestUser } from "../support/database";

const MISSING = "00000000-0000-4000-8000-000000000000";

test.describe("articles API as the reporter", () => {
  test.use({ storageState: storageStateFor("reporter") });

  test("creates a draft and sees only the steps a reporter may take", async ({ request }) => {
    const response = await request.post("/api/v1/articles", {
      data: { headline: "رغم إعلان إفلاسها.. «كامبريدج أناليتيكا» تعود", bodyText: "فقرة.\n\nاقرأ المزيد: خبر آخر", section: "world", language: "ar" },
    });
    expect(response.status()).toBe(201);
    const created = await response.json();
    expect(created).toEqual({ id: expect.any(String), version: 1, status: "draft", slug: expect.any(String) });
    expect(response.headers().location).toBe(`/api/v1/articles/${created.id}`);

    const story = await (await request.get(`/api/v1/articles/${created.id}`)).json();
    expect(story.working.body.content[1]).toEqual({ type: "relatedStory", attrs: { articleId: null, headline: "خبر آخر" } });
    expect(story.allowedTransitions.map((t: { to: string }) => t.to)).toEqual(["in_review"]);
    expect(story.authors.map((a: { name: string }) => a.name)).toEqual(["سارة منصور"]);
  });

  test("bad input gets a 4xx with a message per field, and writes nothing", async ({ request }) => {
    const marker = `marker${Date.now()}`;
    const cases: [string, unknown, number, string][] = [
      ["empty headline", { headline: " ", bodyText: marker, section: "world", language: "ar" }, 400, "headline"],
      ["10,000-character headline", { headline: `${marker} ${"x".repeat(10_000)}`, bodyText: "x", section: "world", language: "ar" }, 400, "headline"],
      ["unknown section", { headline: `${marker} h`, bodyText: "x", section: "atlantis", language: "ar" }, 400, "section"],
      [
        "body that is not a document",
        { headline: `${marker} h`, body: { type: "doc", content: [{ type: "img", attrs: { src: "x" } }] }, section: "world", language: "ar" },
        400,
        "body",
      ],
      ["status smuggled in", { headline: `${marker} h`, bodyText: "x", section: "world", language: "ar", status: "published" }, 400, "_"],
    ];
    for (const [label, data, status, field] of cases) {
      const response = await request.post("/api/v1/articles", { data });
      expect(response.status(), label).toBe(status);
      const { error } = await response.json();
      expect(error.code, label).toBe("invalid");
      expect(Object.keys(error.fields), label).toContain(field);
    }
    const malformed = await request.post("/api/v1/articles", {
      data: Buffer.from(`{"headline": "${marker}"`),
      headers: { "content-type": "application/json" },
    });
    expect(malformed.status()).toBe(400);
    expect((await malformed.json()).error.code).toBe("malformed");
    const form = await request.post("/api/v1/articles", { form: { headline: marker } });
    expect(form.status()).toBe(415);
    const found = await (await request.get(`/api/v1/articles?q=${marker}`)).json();
    expect(found.items).toEqual([]);
  });

  test("bad edits and malformed bodies on every route get 4xx and change nothing", async ({ browser }) => {
    const fresh = await createTestUser("reporter");
    const api = await apiAs(browser, fresh.email, fresh.password);
    const id = await createDraft(api.request, "مسودة للتجربة");
    const before = await storyState(api.request, id);
    const edits: [unknown, string][] = [
      [{ version: 1, headline: "" }, "headline"],
      [{ version: 1, headline: "x".repeat(10_000) }, "headline"],
      [{ version: 1, section: "atlantis" }, "section"],
      [
        {
          version: 1,
          body: {
            type: "doc",
            content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }],
          },
        },
        "body",
      ],
      [{ version: 1, bodyText: "   " }, "bodyText"],
      [{ headline: "no version" }, "version"],
      [{ version: 1, deadline: "tomorrow" }, "deadline"],
    ];
    for (const [data, field] of edits) {
      const response = await api.request.patch(`/api/v1/articles/${id}`, { data });
      expect(response.status(), field).toBe(400);
      expect(Object.keys((await response.json()).error.fields), field).toContain(field);
    }
    for (const path of [`/api/v1/articles/${id}`, `/api/v1/articles/${id}/transitions`, `/api/v1/articles/${id}/notes`]) {
      const method = path.endsWith(id) ? "patch" : "post";
      const response = await api.request[method](path, { data: Buffer.from("{oops"), headers: { "content-type": "application/json" } });
      expect(response.status(), path).toBe(400);
      expect((await response.json()).error.code, path).toBe("malformed");
    }
    expect(await storyState(api.request, id)).toEqual(before);
    expect(await storiesCreatedBy(fresh.id)).toBe(1);
    await api.close();
  });

  test("unknown statuses, ids that do not exist or are not ids", async ({ request }) => {
    const list = await request.get("/api/v1/articles?status=live");
    expect(list.status()).toBe(400);
    expect((await list.json()).error.fields.status).toMatch(/Unknown status/);
    expect((await request.get(`/api/v1/articles/${MISSING}`)).status()).toBe(404);
    const notAnId = await request.get("/api/v1/articles/1%20OR%201=1");
    expect(notAnId.status()).toBe(404);
    expect((await notAnId.json()).error.fields.id).toBe("Ids are UUIDs.");
    const id = await createDraft(request);
    const bad = await transition(request, id, "live", 1);
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.fields.to).toMatch(/Unknown status/);
  });

  test("forbidden steps are refused with 403 and change nothing", async ({ request, browser }) => {
    const id = await createDraft(request);
    expect((await transition(request, id, "in_review", 1)).status()).toBe(200);
    const inReview = await storyState(request, id);

    const approve = await transition(request, id, "approved", 2);
    expect(approve.status()).toBe(403);
    expect((await approve.json()).error.code).toBe("forbidden");
    const editInReview = await request.patch(`/api/v1/articles/${id}`, { data: { version: 2, headline: "تعديل" } });
    expect(editInReview.status()).toBe(403);
    expect(await storyState(request, id)).toEqual(inReview);

    const editor = await apiAs(browser, "editor@newsroom.test", "newsroom-editor");
    expect((await transition(editor.request, id, "approved", 2)).status()).toBe(200);
    await editor.close();
    const publish = await transition(request, id, "published", 3);
    expect(publish.status()).toBe(403);
    expect((await storyState(request, id)).status).toBe("approved");

    const other = await createTestUser("reporter");
    const otherApi = await apiAs(browser, other.email, other.password);
    const theirs = await createDraft(otherApi.request);
    const before = await storyState(otherApi.request, theirs);
    const steal = await request.patch(`/api/v1/articles/${theirs}`, { data: { version: 1, headline: "ليس لي" } });
    expect(steal.status()).toBe(403);
    expect(await storyState(otherApi.request, theirs)).toEqual(before);
    await otherApi.close();
  });
});

test.describe("articles API as editors", () => {
  test.use({ storageState: storageStateFor("editor") });

  test("two editors approving at once: one 200, one 409, one audit row", async ({ request, browser }) => {
    const reporter = await apiAs(browser, "reporter@newsroom.test", "newsroom-reporter");
    const id = await createDraft(reporter.request);
    expect((await transition(reporter.request, id, "in_review", 1)).status()).toBe(200);
    await reporter.close();
    const admin = await apiAs(browser, "admin@newsroom.test", "newsroom-admin");
    const [a, b] = await Promise.all([transition(request, id, "approved", 2), transition(admin.request, id, "approved", 2)]);
    expect([a.status(), b.status()].sort()).toEqual([200, 409]);
    const loser = a.status() === 409 ? a : b;
    expect((await loser.json()).error.message).toMatch(/Someone else changed this story/);
    expect(await auditCount(id, "article.approve")).toBe(1);

    const [p, q] = await Promise.all([transition(request, id, "published", 3), transition(admin.request, id, "published", 3)]);
    expect([p.status(), q.status()].sort()).toEqual([200, 409]);
    expect(await auditCount(id, "article.publish")).toBe(1);
    await admin.close();
  });

  test("steps that need more say what is missing (422), stale versions get 409", async ({ request, browser }) => {
    const reporter = await apiAs(browser, "reporter@newsroom.test", "newsroom-reporter");
    const id = await createDraft(reporter.request);
    await transition(reporter.request, id, "in_review", 1);
    await reporter.close();

    const noReason = await transition(request, id, "changes_requested", 2);
    expect(noReason.status()).toBe(422);
    expect((await noReason.json()).error.fields.reason).toBeTruthy();
    const stale = await request.patch(`/api/v1/articles/${id}`, { data: { version: 1, headline: "قديم" } });
    expect(stale.status()).toBe(409);
    expect((await transition(request, id, "approved", 2)).status()).toBe(200);

    const past = await transition(request, id, "scheduled", 3, { publishAt: "2020-01-01T10:00:00+02:00" });
    expect(past.status()).toBe(422);
    expect((await past.json()).error.fields.publishAt).toMatch(/future/);
    const noZone = await transition(request, id, "scheduled", 3, { publishAt: "2030-01-01 10:00" });
    expect(noZone.status()).toBe(400);
    expect((await storyState(request, id)).status).toBe("approved");
  });

  test("an editor who wrote a story cannot approve it", async ({ request }) => {
    const id = await createDraft(request);
    await transition(request, id, "in_review", 1);
    const own = await transition(request, id, "approved", 2);
    expect(own.status()).toBe(403);
    expect((await own.json()).error.message).toMatch(/cannot approve their own story/);
  });

  test("deadline and assigned editor, notes", async ({ request }) => {
    const id = await createDraft(request);
    const me = (await (await request.get(`/api/v1/articles/${id}`)).json()).authors[0].id;
    const deadline = "2030-01-01T18:00:00+02:00";
    const set = await request.patch(`/api/v1/articles/${id}`, { data: { version: 1, deadline, assignedEditorId: me } });
    expect(set.status()).toBe(200);
    const story = await (await request.get(`/api/v1/articles/${id}`)).json();
    expect(story.deadline).toBe("2030-01-01T16:00:00.000Z");
    expect(story.assignedEditor.id).toBe(me);

    expect((await request.post(`/api/v1/articles/${id}/notes`, { data: { body: "  " } })).status()).toBe(400);
    expect((await request.post(`/api/v1/articles/${id}/notes`, { data: { body: "تحقق من الرقم" } })).status()).toBe(201);
    const notes = await (await request.get(`/api/v1/articles/${id}/notes`)).json();
    expect(notes.map((n: { body: string }) => n.body)).toEqual(["تحقق من الرقم"]);
  });

  test("the list pages by key without gaps or repeats", async ({ request }) => {
    const seen = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response: Awaited<ReturnType<APIRequestContext["get"]>> = await request.get(
        `/api/v1/articles?limit=2&sort=created_desc${cursor ? `&cursor=${cursor}` : ""}`,
      );
      expect(response.status()).toBe(200);
      const body = (await response.json()) as { items: { id: string }[]; nextCursor: string | null };
      for (const item of body.items) {
        expect(seen.has(item.id)).toBe(false);
        seen.add(item.id);
      }
      cursor = body.nextCursor;
      pages++;
    } while (cursor && pages < 50);
    expect(seen.size).toBeGreaterThan(2);
  });
});

test("without a session the API answers 401; a deactivated user gets 403", async ({ playwright, browser }) => {
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const response = await anonymous.get("/api/v1/articles");
  expect(response.status()).toBe(401);
  expect((await response.json()).error.code).toBe("unauthenticated");
  await anonymous.dispose();

  const user = await createTestUser("editor");
  const api = await apiAs(browser, user.email, user.password);
  const id = await createDraft(api.request);
  await updateTestUser(user.id, { active: false });
  const refused = await transition(api.request, id, "in_review", 1);
  expect(refused.status()).toBe(403);
  expect((await api.request.get("/api/v1/articles")).status()).toBe(403);
  await updateTestUser(user.id, { active: true });
  expect((await storyState(api.request, id)).status).toBe("draft");
  await api.close();
});

test("a published story's old address redirects permanently to its new one", async ({ browser, playwright }) => {
  const reporter = await apiAs(browser, "reporter@newsroom.test", "newsroom-reporter");
  const editor = await apiAs(browser, "editor@newsroom.test", "newsroom-editor");
  const id = await createDraft(reporter.request, `عنوان أول ${Date.now()}`);
  await transition(reporter.request, id, "in_review", 1);
  await transition(editor.request, id, "approved", 2);
  await transition(editor.request, id, "published", 3);
  const before = await (await editor.request.get(`/api/v1/articles/${id}`)).json();
  expect((await editor.request.patch(`/api/v1/articles/${id}`, { data: { version: 4, slug: `عنوان أوضح ${Date.now()}` } })).status()).toBe(200);
  const after = await (await editor.request.get(`/api/v1/articles/${id}`)).json();

  const reader = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const oldAddress = `/world/${encodeURIComponent(before.slug)}`;
  const response = await reader.get(oldAddress, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(decodeURIComponent(new URL(response.headers().location ?? "", "http://x").pathname)).toBe(`/world/${after.slug}`);
  expect((await reader.get(oldAddress)).status()).toBe(200);
  await reader.dispose();
  await reporter.close();
  await editor.close();
});

test.describe("revisions API", () => {
  test.use({ storageState: storageStateFor("reporter") });

  test("lists versions, reads one and restores it as a new version", async ({ request }) => {
    const id = await createDraft(request, "نسخة أولى");
    expect((await request.patch(`/api/v1/articles/${id}`, { data: { version: 1, headline: "نسخة ثانية" } })).status()).toBe(200);
    const revisions = await (await request.get(`/api/v1/articles/${id}/revisions`)).json();
    expect(revisions.map((r: { headline: string }) => r.headline)).toEqual(["نسخة ثانية", "نسخة أولى"]);
    const first = revisions[1].id;
    expect((await (await request.get(`/api/v1/articles/${id}/revisions/${first}`)).json()).headline).toBe("نسخة أولى");

    const stale = await request.post(`/api/v1/articles/${id}/revisions/${first}/restore`, { data: { version: 1 } });
    expect(stale.status()).toBe(409);
    const restored = await request.post(`/api/v1/articles/${id}/revisions/${first}/restore`, { data: { version: 2 } });
    expect(restored.status()).toBe(200);
    expect(await restored.json()).toMatchObject({ version: 3 });
    expect((await storyState(request, id)).headline).toBe("نسخة أولى");

    const notARevision = await request.get(`/api/v1/articles/${id}/revisions/42`);
    expect(notARevision.status()).toBe(404);
    expect((await notARevision.json()).error.fields.rev).toBe("Revision ids are UUIDs.");
  });
});
