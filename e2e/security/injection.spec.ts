import { expect, test, type APIRequestContext } from "@playwright/test";
import { inBatches, signedIn } from "./fixtures";
import { Tally } from "./tally";

const tally = new Tally("SQL, LIKE and tsquery metacharacters");

/** What a hostile user types into a search box or a query string, each reaching the server percent-encoded. */
const METACHARACTERS = [
  "'",
  "''",
  "%",
  "_",
  "\\",
  "\\%",
  ";--",
  "' OR 1=1--",
  '" OR ""="',
  "1; DROP TABLE articles;--",
  "%' OR '%'='",
  "') UNION SELECT id, email FROM users--",
  "$1",
  ":*",
  "&",
  "|",
  "!",
  "(",
  "<->",
  "a & b | !c <-> d:*",
  "😀",
  "ﻻ",
  "\u202E",
  '{"$ne":null}',
  "[]",
  "-1",
  "x".repeat(10_000),
];

const ARTICLE_PARAMS = ["q", "status", "section", "author", "language", "sort", "cursor", "limit"];
const PEOPLE_PARAMS = ["q", "cursor", "limit"];
const AUDIT_PARAMS = ["actor", "action", "objectType", "objectId", "from", "to", "cursor", "limit"];
/** Parameters whose text can reach a query; the rest (statuses, ids, days, numbers) are refused by shape first, so fewer values do. */
const FREE_TEXT = new Set(["q", "section", "cursor", "action", "objectId"]);
const SHAPED_VALUES = ["'", "%", "' OR 1=1--", ":* & !(", "😀", "x".repeat(10_000)];

const query = (params: [string, string][]) => `?${new URLSearchParams(params)}`;

/** Each value in each parameter alone, the same name twice, and JSON-ish names a strict parser must not take. */
function addresses(path: string, params: string[]): string[] {
  return [
    ...params.flatMap((param) => (FREE_TEXT.has(param) ? METACHARACTERS : SHAPED_VALUES).map((value) => `${path}${query([[param, value]])}`)),
    ...params.map(
      (param) =>
        `${path}${query([
          [param, "a"],
          [param, "b"],
        ])}`,
    ),
    `${path}?q[$ne]=1`,
    `${path}?q[]=a&q[]=b`,
    `${path}?__proto__[admin]=1`,
  ];
}

async function probe(request: APIRequestContext, address: string, allowed: number[]) {
  const response = await tally.check(await request.get(address, { maxRedirects: 0 }), address.slice(0, 120));
  expect(allowed, `${address.slice(0, 120)} → ${response.status()}`).toContain(response.status());
  return response;
}

for (const [lists, paths] of [
  [
    "stories and people",
    [
      ["/api/v1/articles", ARTICLE_PARAMS],
      ["/api/v1/users", PEOPLE_PARAMS],
    ],
  ],
  [
    "the audit log and its export",
    [
      ["/api/v1/audit", AUDIT_PARAMS],
      ["/api/v1/audit/export", AUDIT_PARAMS],
    ],
  ],
] as const) {
  test(`every list and filter parameter of the JSON API for ${lists} answers metacharacters with 200 or 400, never a server error`, async ({ browser }) => {
    test.setTimeout(90_000);
    const admin = await signedIn(browser, "admin");
    await inBatches(
      paths.flatMap(([path, params]) => addresses(path, params)),
      6,
      async (address) => {
        const response = await probe(admin.request, address, [200, 400]);
        if (response.status() === 400) {
          const { error } = (await response.json()) as { error: { code: string } };
          expect(["invalid", "malformed"], address.slice(0, 120)).toContain(error.code);
        } else if (address.startsWith("/api/v1/audit/export")) {
          expect(response.headers()["content-type"]).toContain("text/csv");
        } else {
          // What came back matches the filter literally: a quote or a wildcard widened nothing.
          // (A lone bidi control is dropped from typed text, leaving no filter at all.)
          const url = new URL(address, "http://x");
          const { items } = (await response.json()) as { items: Record<string, unknown>[] };
          for (const field of ["action", "objectId"]) {
            const wanted = url.searchParams.get(field)?.trim();
            if (wanted && wanted !== "\u202E")
              expect(
                items.every((i) => i[field] === wanted),
                address,
              ).toBe(true);
          }
        }
      },
    );
    await admin.close();
  });
}

test("% and _ and \\ in a search match themselves, in stories and people, through the API and the desk", async ({ browser }) => {
  const admin = await signedIn(browser, "admin");
  const stamp = Date.now().toString(36);
  const make = async (headline: string) => {
    const response = await admin.request.post("/api/v1/articles", { data: { headline, bodyText: "نص.", section: "world", language: "en" } });
    expect(response.status()).toBe(201);
    return headline;
  };
  const stories = {
    percent: await make(`Rates rise 100%_x ${stamp}`),
    wild: await make(`Rates rise 100ab_x ${stamp}`),
    under: await make(`Under a_b${stamp}`),
    notUnder: await make(`Under axb${stamp}`),
    slash: await make(`Slash c\\d${stamp}`),
    noSlash: await make(`Slash cd${stamp}`),
    quote: await make(`O'Brien; DROP TABLE articles;-- ${stamp}`),
  };
  const invite = async (name: string) => {
    const response = await admin.request.post("/api/v1/users", {
      data: { name, email: `like-${Math.random().toString(36).slice(2)}-${stamp}-1@example.test`, role: "reporter" },
    });
    expect(response.status()).toBe(201);
    return name;
  };
  const people = { percent: await invite(`Mona 100%_x ${stamp}`), wild: await invite(`Mona 100ab_x ${stamp}`) };

  const headlines = async (q: string) => {
    const response = await probe(
      admin.request,
      `/api/v1/articles${query([
        ["q", q],
        ["limit", "100"],
      ])}`,
      [200],
    );
    return ((await response.json()) as { items: { headline: string }[] }).items.map((i) => i.headline);
  };
  const found = await headlines("100%_");
  expect(found).toContain(stories.percent);
  expect(found).not.toContain(stories.wild);
  expect(
    found.every((h) => h.includes("100%_")),
    found.join(" | "),
  ).toBe(true);
  expect(await headlines(`a_b${stamp}`)).toEqual([stories.under]);
  expect(await headlines(`c\\d${stamp}`)).toEqual([stories.slash]);
  expect(await headlines(`O'Brien; DROP TABLE articles;-- ${stamp}`)).toEqual([stories.quote]);
  expect(await headlines(`' OR 1=1-- ${stamp}`)).toEqual([]);
  // Everything made above is still there: no statement ran.
  expect((await headlines(stamp)).sort()).toEqual(Object.values(stories).sort());

  const names = (
    (await (
      await probe(
        admin.request,
        `/api/v1/users${query([
          ["q", "100%_"],
          ["limit", "100"],
        ])}`,
        [200],
      )
    ).json()) as { items: { name: string }[] }
  ).items.map((i) => i.name);
  expect(names).toContain(people.percent);
  expect(names).not.toContain(people.wild);

  // The desk's search box reads them as text between words: they widen nothing.
  // (Its results mark the matched words, so the page's text is read without its tags.)
  const desk = (await (await probe(admin.request, `/dashboard/articles${query([["q", `100%_x ${stamp}`]])}`, [200])).text()).replace(/<[^>]*>/g, "");
  expect(desk.includes(stories.percent), "the desk lists the story with 100%_").toBe(true);
  expect(desk.includes(stories.wild), "the desk does not list the story with 100ab_").toBe(false);
  const roster = await (await probe(admin.request, `/admin/users${query([["q", "100%_"]])}`, [200])).text();
  expect(roster.includes(people.percent), "the roster lists the person with 100%_").toBe(true);
  expect(roster.includes(people.wild), "the roster does not list the person with 100ab_").toBe(false);
  await admin.close();
});

test("the desk's list pages take metacharacters in every query parameter and still answer a page", async ({ browser }) => {
  test.setTimeout(90_000);
  const admin = await signedIn(browser, "admin");
  // Pages render HTML, so fewer values: the ones that reach SQL or break parsers.
  const values = ["'", "%_", "\\", "' OR 1=1--", "%' OR '%'='", ":* & !(", "😀", "x".repeat(10_000)];
  const pages: [string, string[]][] = [
    ["/dashboard/articles", ARTICLE_PARAMS],
    ["/admin/users", PEOPLE_PARAMS],
    ["/admin/audit", AUDIT_PARAMS],
  ];
  const targets = pages.flatMap(([path, params]) => [
    // Each value in the search field alone (what reaches SQL), then in every parameter at once.
    ...values.map((v) => `${path}${query([[params[0] === "actor" ? "objectId" : params[0]!, v]])}`),
    ...values.slice(0, 4).map((v) => `${path}${query(params.map((p) => [p, v]))}`),
    `${path}${query(
      params.flatMap(
        (p) =>
          [
            [p, "a"],
            [p, "b"],
          ] as [string, string][],
      ),
    )}`,
    `${path}?q[$ne]=1&cursor[]=x`,
  ]);
  await inBatches(targets, 3, async (address) => {
    const response = await probe(admin.request, address, [200]);
    expect(await response.text(), address.slice(0, 100)).toContain("<main");
  });
  await admin.close();
});

test("the reader's paged pages and author addresses take metacharacters as their cursor or name and answer not found, never a server error", async ({
  playwright,
}) => {
  const reader = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const bases = ["/world/older/", "/corrections/older/", `/author/${encodeURIComponent("ساره-منصور")}/older/`, "/author/"];
  const addresses = bases.flatMap((base) => METACHARACTERS.map((value) => `${base}${encodeURIComponent(value)}`));
  await inBatches(addresses, 8, (address) => probe(reader, address, [400, 404, 414, 431]));
  await reader.dispose();
});
