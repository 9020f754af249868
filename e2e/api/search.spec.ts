import { expect, test } from "@playwright/test";
import { storageStateFor } from "../support/accounts";
import { expectApiError } from "../security/fixtures";

test.describe("search API as the reporter", () => {
  test.use({ storageState: storageStateFor("reporter") });

  test("a story is found the moment its save returns, by words spelt another way, with why it matched", async ({ request }) => {
    const stamp = `مختبر${Date.now().toString(36)}`;
    const created = await request.post("/api/v1/articles", {
      data: { headline: `إعادة فتح الموانئ ${stamp}`, bodyText: `أعلنت الهيئة إعادة فتح الموانئ بعد العاصفة ${stamp}.`, section: "world", language: "ar" },
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const response = await request.get(`/api/v1/search?q=${encodeURIComponent(`اعاده فتح ${stamp}`)}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("private, no-store");
    const page = (await response.json()) as {
      items: { id: string; status: string; snippet: { headline: { text: string; match: boolean }[] } }[];
      nextCursor: string | null;
      correctedQuery: string | null;
    };
    expect(page.items.map((item) => item.id)).toEqual([id]);
    expect(page.items[0]!.status).toBe("draft");
    expect(page.items[0]!.snippet.headline.filter((part) => part.match).map((part) => part.text)).toEqual([`إعادة فتح`, stamp]);
    expect(page.correctedQuery).toBeNull();
  });

  test("bad input gets a 400 with a message on its field", async ({ request }) => {
    const cases: [string, string][] = [
      ["", "q"],
      ["q=", "q"],
      [`q=${"ب".repeat(201)}`, "q"],
      ["q=...", "q"],
      ["q=x&from=2026-02-30", "from"],
      ["q=x&to=yesterday", "to"],
      ["q=x&from=2026-05-02&to=2026-05-01", "to"],
      ["q=x&status=lost", "status"],
      ["q=x&sort=popular", "sort"],
      ["q=x&limit=0", "limit"],
      ["q=x&cursor=garbage", "cursor"],
      ["q=x&section=atlantis", "section"],
      ["q=x&author=nobody", "author"],
    ];
    for (const [query, field] of cases) {
      const error = await expectApiError(await request.get(`/api/v1/search?${query}`), 400);
      expect(Object.keys(error.fields ?? {}), query).toContain(field);
    }
  });

  test("any text is words, never syntax: no query gets a 500", async ({ request }) => {
    for (const q of [
      "& | ! <-> :*",
      "ترامب <-> كامبريدج",
      "'",
      '"""',
      "\\",
      "'; select pg_sleep(5); --",
      "a:*",
      "!!ترامب",
      "-",
      "(ترامب)",
      "%",
      "ـــ",
      "\u202Eترامب",
    ]) {
      const response = await request.get(`/api/v1/search?q=${encodeURIComponent(q)}`);
      expect([200, 400], `${q}: ${await response.text()}`).toContain(response.status());
    }
  });
});

test("search answers the signed-out with 401, in the API's error shape", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  await expectApiError(await anonymous.get("/api/v1/search?q=ترامب"), 401);
  await anonymous.dispose();
});
