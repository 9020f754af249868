import { expect, test, type APIRequestContext } from "@playwright/test";
import { expectApiError, inBatches, makeTargets, signedIn, stateOf } from "./fixtures";
import { STATE_CHANGES, type StateChange, type Target } from "./state-changing-routes";
import { Tally } from "./tally";

const tally = new Tally("oversize and malformed bodies");

/** The largest JSON body a route reads (server/api/define-route.ts), and the import's copy (lib/validation/import.ts). */
const MAX_JSON_BYTES = 2 * 1024 * 1024;
const MAX_IMPORT_BYTES = 1_000_000;

/** The routes that read a JSON body: every state change with one. */
const JSON_ROUTES = STATE_CHANGES.filter((c) => c.body !== undefined);

/** A JSON object of exactly `bytes` bytes. */
function jsonOfSize(bytes: number): string {
  const frame = '{"padding":""}';
  return `{"padding":"${"a".repeat(bytes - frame.length)}"}`;
}

/** `levels` objects inside one another, written without recursion. */
const nestedObjects = (levels: number) => `${'{"a":'.repeat(levels)}1${"}".repeat(levels)}`;
/** `levels` arrays inside one another. */
const nestedArrays = (levels: number) => `${"[".repeat(levels)}${"]".repeat(levels)}`;
/** A body of `levels` bullet lists, each in the previous one's only item. */
function nestedLists(levels: number): string {
  const open = '{"type":"bulletList","content":[{"type":"listItem","content":[';
  return `{"type":"doc","content":[${open.repeat(levels)}{"type":"paragraph","content":[{"type":"text","text":"x"}]}${"]}]}".repeat(levels)}]}`;
}
/** The same depth in the fewest bytes: 100,000 levels of it still fit under the body limit. */
const nestedContent = (levels: number) => `{"type":"doc","content":[${'{"content":['.repeat(levels)}${"]}".repeat(levels)}]}`;

/** Replaces one field of a would-succeed JSON body with raw JSON text. */
function withField(body: unknown, field: string, rawJson: string): string {
  const marker = "__FIELD_VALUE__";
  return JSON.stringify({ ...(body as object), [field]: marker }).replace(`"${marker}"`, rawJson);
}

type Case = { label: string; data: string | Buffer; contentType?: string | null; status: number; code: string; field?: string };

/** Every hostile body for one route, with the answer it must get; the costliest ones only on the first route. */
function casesFor(change: StateChange, target: Target, first: boolean): Case[] {
  const body = change.body!(target);
  const fields = Object.keys(body as object);
  const json = (label: string, data: string | Buffer, status: number, code: string, field?: string): Case => ({ label, data, status, code, field });
  const cases: Case[] = [
    json("2 MB + 1 byte", jsonOfSize(MAX_JSON_BYTES + 1), 413, "too_large"),
    json("exactly 2 MB, read and refused for its content", jsonOfSize(MAX_JSON_BYTES), 400, "invalid"),
    json("invalid UTF-8", Buffer.concat([Buffer.from('{"headline":"'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}')]), 400, "malformed"),
    json("an overlong UTF-8 slash", Buffer.concat([Buffer.from('{"a":"'), Buffer.from([0xc0, 0xaf]), Buffer.from('"}')]), 400, "malformed"),
    json("cut off", JSON.stringify(body).slice(0, -3), 400, "malformed"),
    json("empty", "", 400, "malformed"),
    json("single quotes", JSON.stringify(body).replaceAll('"', "'"), 400, "malformed"),
    json("NaN", withField(body, fields[0]!, "NaN"), 400, "malformed"),
    json("an array", "[]", 400, "invalid"),
    json("null", "null", 400, "invalid"),
    json("a number", "1", 400, "invalid"),
    json("100,000 nested arrays", nestedArrays(100_000), 400, "invalid"),
    json("100,000 nested objects", nestedObjects(100_000), 400, "invalid"),
    json("__proto__", `{"__proto__":{"role":"admin","active":true},${JSON.stringify(body).slice(1)}`, 400, "invalid", "_"),
    json("constructor.prototype", `{"constructor":{"prototype":{"role":"admin"}},${JSON.stringify(body).slice(1)}`, 400, "invalid", "_"),
    json(`${fields[0]}: __proto__ inside`, withField(body, fields[0]!, '{"__proto__":{"polluted":true}}'), 400, "invalid", fields[0]),
  ];
  if (first) cases.push(json("5 MB", jsonOfSize(5 * MAX_JSON_BYTES), 413, "too_large"), json("a string", '"x"', 400, "invalid"));
  for (const field of fields) {
    cases.push(
      json(`${field}: 10,000 nested objects`, withField(body, field, nestedObjects(10_000)), 400, "invalid", field),
      json(`${field}: 200,000 numbers`, withField(body, field, `[${"1,".repeat(199_999)}1]`), 400, "invalid", field),
      json(`${field}: 1e400`, withField(body, field, "1e400"), 400, "invalid", field),
    );
    if (first) cases.push(json(`${field}: 100,000 nested arrays`, withField(body, field, nestedArrays(100_000)), 400, "invalid", field));
    // Half of a surrogate pair, which JSON can spell and no stored text can hold.
    if (typeof (body as Record<string, unknown>)[field] === "string" && !["section", "language", "role", "direction", "to", "email"].includes(field)) {
      cases.push(json(`${field}: a lone surrogate`, withField(body, field, '"x\\ud800y"'), 400, "invalid", field));
    }
  }
  if (fields.includes("headline")) {
    for (const [label, doc] of [
      ["1,000 nested lists", nestedLists(1_000)],
      ["100,000 nested lists", nestedContent(100_000)],
      ["100,000 nested arrays", `{"type":"doc","content":${nestedArrays(100_000)}}`],
      ["2,001 blocks", `{"type":"doc","content":[${Array(2001).fill('{"type":"paragraph"}').join(",")}]}`],
      [
        "a javascript: link",
        '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"x","marks":[{"type":"link","attrs":{"href":"javascript:alert(1)"}}]}]}]}',
      ],
      ["a lone surrogate", '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"\\udc00"}]}]}'],
      ["a __proto__ node", '{"type":"doc","content":[{"type":"paragraph","__proto__":{"type":"image"}}]}'],
    ] as const) {
      const { bodyText: _text, ...rest } = body as Record<string, unknown>;
      cases.push(json(`body: ${label}`, withField(rest, "body", doc), 400, "invalid", "body"));
    }
  }
  const types = first
    ? ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml", "application/jsonx", "text/json", null]
    : ["text/plain", "application/x-www-form-urlencoded", null];
  for (const contentType of types) {
    cases.push({ label: `sent as ${contentType ?? "no content type"}`, data: JSON.stringify(body), contentType, status: 415, code: "unsupported_media_type" });
  }
  return cases;
}

async function send(request: APIRequestContext, change: StateChange, target: Target, c: Case) {
  const headers: Record<string, string> = {};
  if (c.contentType !== null) headers["Content-Type"] = c.contentType ?? "application/json";
  return request.fetch(change.path(target), {
    method: change.method,
    data: typeof c.data === "string" ? Buffer.from(c.data) : c.data,
    headers,
    maxRedirects: 0,
  });
}

for (const [group, routes] of [
  ["stories", JSON_ROUTES.filter((c) => c.route.startsWith("/api/v1/articles"))],
  ["sections and people", JSON_ROUTES.filter((c) => !c.route.startsWith("/api/v1/articles"))],
] as const) {
  test(`every JSON route for ${group} refuses oversize, malformed, deeply nested and polluting bodies with a 4xx and the API's error shape, and changes nothing`, async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const admin = await signedIn(browser, "admin");
    const target = await makeTargets(admin.request, `bodies-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`);
    const before = await stateOf(admin.request, target);

    for (const [index, change] of routes.entries()) {
      await inBatches(casesFor(change, target, index === 0), 3, async (c) => {
        const what = `${change.method} ${change.route}: ${c.label}`;
        const response = await tally.check(await send(admin.request, change, target, c), what);
        const error = await expectApiError(response, c.status, c.code).catch((e: Error) => {
          throw new Error(`${what}: ${e.message}`);
        });
        if (c.field) expect(Object.keys(error.fields ?? {}), `${what}: ${JSON.stringify(error)}`.slice(0, 400)).toContain(c.field);
        // A field message says what to fix, briefly: never an echo of a huge or deep value.
        expect(JSON.stringify(error).length, what).toBeLessThan(2_000);
      });
    }

    expect(await stateOf(admin.request, target)).toEqual(before);
    const sections = (await (await admin.request.get("/api/v1/sections")).json()) as { slug: string }[];
    expect(sections.filter((s) => s.slug === "forged")).toEqual([]);
    await admin.close();
  });
}

test("times a database cannot hold are refused with a 400, not a server error", async ({ browser }) => {
  const editor = await signedIn(browser, "editor");
  const created = await editor.request.post("/api/v1/articles", {
    data: { headline: `أوقات ${Date.now()}`, bodyText: "نص.", section: "world", language: "ar" },
  });
  const { id } = (await created.json()) as { id: string };
  for (const time of [
    "0000-01-01T00:00:00Z",
    "0001-01-01T00:00:00+14:00",
    "9999-12-31T23:59:59-14:00",
    "+275760-09-13T00:00:00Z",
    "2026-02-30T00:00:00Z",
    "1e400",
  ]) {
    const deadline = await tally.check(await editor.request.patch(`/api/v1/articles/${id}`, { data: { version: 1, deadline: time } }), `deadline ${time}`);
    expect((await expectApiError(deadline, 400, "invalid")).fields).toHaveProperty("deadline");
    const publishAt = await tally.check(
      await editor.request.post(`/api/v1/articles/${id}/transitions`, { data: { to: "scheduled", version: 1, publishAt: time } }),
      `publishAt ${time}`,
    );
    expect((await expectApiError(publishAt, 400, "invalid")).fields).toHaveProperty("publishAt");
  }
  const story = (await (await editor.request.get(`/api/v1/articles/${id}`)).json()) as { version: number; deadline: string | null };
  expect(story).toMatchObject({ version: 1, deadline: null });
  await editor.close();
});

test("the import refuses copy at and over 1 MB with 413, other content types with 415, and creates nothing", async ({ browser }) => {
  const reporter = await signedIn(browser, "reporter");
  const stamp = `استيراد${Date.now().toString(36)}`;
  /** Copy of exactly `bytes` bytes: a headline, then paragraphs of Arabic words (two bytes a letter). */
  const copy = (bytes: number) => {
    const head = `${stamp}\n\n`;
    const paragraph = `${"كلمة ".repeat(400).trim()}\n\n`;
    const count = Math.floor((bytes - Buffer.byteLength(head)) / Buffer.byteLength(paragraph));
    const text = head + paragraph.repeat(count);
    return text + "x".repeat(bytes - Buffer.byteLength(text));
  };
  const post = (data: string | Buffer, contentType: string | null, query = "?section=world") =>
    reporter.request.post(`/api/v1/articles/import${query}`, { data, headers: contentType ? { "Content-Type": contentType } : {} });
  const cases: [string, () => Promise<import("@playwright/test").APIResponse>, number, string][] = [
    ["exactly 1 MB (more than one story holds)", () => post(copy(MAX_IMPORT_BYTES), "text/plain; charset=utf-8"), 413, "too_large"],
    ["1 MB + 1 byte", () => post(copy(MAX_IMPORT_BYTES + 1), "text/plain"), 413, "too_large"],
    ["5 MB", () => post(copy(5 * MAX_IMPORT_BYTES), "text/plain"), 413, "too_large"],
    [
      "a 1 MB + 1 byte file",
      () =>
        reporter.request.post("/api/v1/articles/import", {
          multipart: { section: "world", file: { name: "wire.txt", mimeType: "text/plain", buffer: Buffer.from(copy(MAX_IMPORT_BYTES + 1)) } },
        }),
      413,
      "too_large",
    ],
    ["as JSON", () => post(JSON.stringify({ text: `${stamp}\n\nفقرة.` }), "application/json"), 415, "unsupported_media_type"],
    ["as a urlencoded form", () => post(`text=${encodeURIComponent(`${stamp}\n\nفقرة.`)}`, "application/x-www-form-urlencoded"), 415, "unsupported_media_type"],
    ["with no content type", () => post(Buffer.from(`${stamp}\n\nفقرة.`), null), 415, "unsupported_media_type"],
    ["invalid UTF-8", () => post(Buffer.concat([Buffer.from(`${stamp}\n\n`), Buffer.from([0xff, 0xfe, 0xfd])]), "text/plain"), 422, "unprocessable"],
    [
      "a multipart form without a file",
      () => reporter.request.post("/api/v1/articles/import", { multipart: { section: "world", text: `${stamp}\n\nفقرة.` } }),
      400,
      "invalid",
    ],
    [
      "a broken multipart body",
      () => post('--x\r\nContent-Disposition: form-data; name="file"\r\n\r\nno end', "multipart/form-data; boundary=x"),
      400,
      "invalid",
    ],
  ];
  for (const [label, run, status, code] of cases) {
    await expectApiError(await tally.check(await run(), `import ${label}`), status, code).catch((e: Error) => {
      throw new Error(`import ${label}: ${e.message}`);
    });
  }
  const mine = (await (await reporter.request.get(`/api/v1/articles?q=${encodeURIComponent(stamp)}`)).json()) as { items: unknown[] };
  expect(mine.items).toEqual([]);
  await reporter.close();
});
