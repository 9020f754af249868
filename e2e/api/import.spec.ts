import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { storageStateFor } from "../support/accounts";

const fixture = readFileSync("db/seed/article-ar-wire.txt");

test.describe("import API", () => {
  test.use({ storageState: storageStateFor("reporter") });

  test("copy of a story the desk has is refused with a link to it, unless the caller imports it anyway", async ({ request }) => {
    const twin = await request.post("/api/v1/articles/import?year=2018", { data: fixture, headers: { "content-type": "text/plain; charset=utf-8" } });
    expect(twin.status()).toBe(409);
    const { error } = (await twin.json()) as { error: { reason: string; params: { id: string; headline: string } } };
    expect(error.reason).toBe("import_duplicate");
    expect((await request.get(`/api/v1/articles/${error.params.id}`)).status()).toBe(200);
  });

  test("the same copy under another headline is refused as nearly the text of a story the desk has", async ({ request }) => {
    const retitled = fixture
      .toString("utf8")
      .replace("رغم إعلان إفلاسها.. «كامبريدج أناليتيكا» تعود للظهور في حملة إعادة انتخاب ترامب", `عنوان جديد للبرقية نفسها ${Date.now()}`);
    const near = await request.post("/api/v1/articles/import?year=2018", { data: retitled, headers: { "content-type": "text/plain; charset=utf-8" } });
    expect(near.status()).toBe(409);
    const { error } = (await near.json()) as { error: { reason: string; message: string; params: { id: string; headline: string } } };
    expect(error).toMatchObject({ reason: "import_near_duplicate", params: { headline: expect.stringContaining("كامبريدج أناليتيكا") } });
    expect(error.message).toContain("nearly");
    expect((await request.get(`/api/v1/articles/${error.params.id}`)).status()).toBe(200);
  });

  test("plain text becomes a draft with the document body and the unresolved references", async ({ request }) => {
    const response = await request.post("/api/v1/articles/import?year=2018&allowDuplicate=true", {
      data: fixture,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
    expect(response.status()).toBe(201);
    const story = await response.json();
    expect(story).toMatchObject({ status: "draft", version: 1, section: { slug: "world" }, datelineAt: "2018-06-16T23:58:00.000Z" });
    expect(story.working.body.content.filter((b: { type: string }) => b.type === "paragraph")).toHaveLength(24);
    expect(story.unresolved).toHaveLength(3);
    expect(response.headers().location).toBe(`/api/v1/articles/${story.id}`);
  });

  test("an uploaded .txt file works the same way", async ({ request }) => {
    const response = await request.post("/api/v1/articles/import", {
      multipart: { file: { name: "wire.txt", mimeType: "text/plain", buffer: fixture }, section: "egypt", year: "2018", allowDuplicate: "true" },
    });
    expect(response.status()).toBe(201);
    expect((await response.json()).section.slug).toBe("egypt");
  });

  test("garbage is refused with a clear message", async ({ request }) => {
    const cases: [string, Parameters<typeof request.post>[1], number][] = [
      ["empty", { data: "", headers: { "content-type": "text/plain" } }, 422],
      ["binary", { data: Buffer.from([0, 1, 2, 0xff, 0xfe, 0]), headers: { "content-type": "text/plain" } }, 422],
      ["no headline", { data: "Comments\n\nعاجل", headers: { "content-type": "text/plain" } }, 422],
      ["5 MB", { data: Buffer.alloc(5_000_000, "a"), headers: { "content-type": "text/plain" } }, 413],
      ["JSON instead of text", { data: { text: "x" } }, 415],
      ["a year that is not one", { data: fixture, headers: { "content-type": "text/plain" }, params: { year: "last" } }, 400],
    ];
    for (const [label, options, status] of cases) {
      const response = await request.post("/api/v1/articles/import", options);
      expect(response.status(), label).toBe(status);
      const { error } = await response.json();
      expect(error.message.length, label).toBeGreaterThan(10);
    }
  });
});
