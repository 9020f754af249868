import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { createTestUser, storiesCreatedBy, updateTestUser } from "../support/database";
import { outcomeOf, refusalOf, replayAction } from "./actions";
import { inBatches, makeTargets, signedIn, signedOut, signInWith, stateOf, type Client } from "./fixtures";
import { NEXT_WEEK, STATES, storyIn, storySnapshot, unpublish, type State } from "./stories";
import { Tally } from "./tally";

const tally = new Tally("role × action × state");

/**
 * Who may do what, restated from DESIGN.md's workflow table and its rules on
 * editing, independently of lib/workflow (the policy under test): a change
 * to the policy that the table does not also make fails here.
 */
type Mover = "author" | "editor" | "admin";
const STEPS: [from: State, to: State, who: Mover[]][] = [
  ["draft", "in_review", ["author", "editor", "admin"]],
  ["in_review", "draft", ["author"]],
  ["in_review", "changes_requested", ["editor", "admin"]],
  ["changes_requested", "in_review", ["author", "editor", "admin"]],
  ["in_review", "approved", ["editor", "admin"]],
  ["approved", "published", ["editor", "admin"]],
  ["approved", "scheduled", ["editor", "admin"]],
  ["scheduled", "approved", ["editor", "admin"]],
  ["scheduled", "scheduled", ["editor", "admin"]], // reschedule
  ["scheduled", "published", ["editor", "admin"]], // publish now (the scheduler's on time)
  ["published", "published", ["editor", "admin"]],
  ["published", "unpublished", ["editor", "admin"]],
  ["unpublished", "draft", ["editor", "admin"]],
  ["draft", "archived", ["editor", "admin"]],
  ["changes_requested", "archived", ["editor", "admin"]],
  ["in_review", "archived", ["editor", "admin"]],
  ["approved", "archived", ["editor", "admin"]],
  ["archived", "draft", ["editor", "admin"]],
];

/** The story's author (a reporter), another reporter, an editor, an admin, a deactivated editor, nobody. */
const ACTORS = ["author", "other", "editor", "admin", "deactivated", "signedOut"] as const;
type ActorName = (typeof ACTORS)[number];

function moversOf(actor: ActorName): Mover[] {
  return actor === "author" ? ["author"] : actor === "editor" || actor === "admin" ? [actor] : [];
}

/**
 * The status a step must get. A step the table has from here: 200 for who it
 * names, 403 for anyone else. A step it does not have: 422 (not possible now)
 * for someone who may take that step from another state, else 403.
 */
function expectedStep(actor: ActorName, from: State, to: State): number {
  if (actor === "signedOut") return 401;
  if (actor === "deactivated") return 403;
  const movers = moversOf(actor);
  const step = STEPS.find(([f, t]) => f === from && t === to);
  if (step) return step[2].some((m) => movers.includes(m)) ? 200 : 403;
  return STEPS.some(([, t, who]) => t === to && who.some((m) => movers.includes(m))) ? 422 : 403;
}

/** Editing the text (and restoring a revision): its authors as drafts or when changes were requested; the desk always. */
function expectedEdit(actor: ActorName, state: State): number {
  if (actor === "signedOut") return 401;
  if (actor === "editor" || actor === "admin") return 200;
  return actor === "author" && (state === "draft" || state === "changes_requested") ? 200 : 403;
}

/** Deadlines and assigned editors: the desk only. */
function expectedAssign(actor: ActorName): number {
  return actor === "signedOut" ? 401 : actor === "editor" || actor === "admin" ? 200 : 403;
}

/** Notes: every active member of staff, on any story. */
function expectedNote(actor: ActorName): number {
  return actor === "signedOut" ? 401 : actor === "deactivated" ? 403 : 201;
}

type Cast = Record<ActorName, APIRequestContext> & { close: () => Promise<void>; deactivatedId: string };

/** The six callers, the deactivated one signed in while still active and then switched off in the database. */
async function cast(browser: Browser, deactivatedRole: "editor" | "admin" = "editor"): Promise<Cast> {
  const other = await createTestUser("reporter");
  const leaving = await createTestUser(deactivatedRole);
  const clients: Client[] = await Promise.all([
    signedIn(browser, "reporter"),
    signInWith(browser, other.email, other.password),
    signedIn(browser, "editor"),
    signedIn(browser, "admin"),
    signInWith(browser, leaving.email, leaving.password),
    signedOut(browser),
  ]);
  await updateTestUser(leaving.id, { active: false });
  const [author, otherReporter, editor, admin, deactivated, nobody] = clients.map((c) => c.request) as APIRequestContext[];
  return {
    author: author!,
    other: otherReporter!,
    editor: editor!,
    admin: admin!,
    deactivated: deactivated!,
    signedOut: nobody!,
    deactivatedId: leaving.id,
    close: async () => void (await Promise.all(clients.map((c) => c.close()))),
  };
}

const stampOf = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

const transitionCells = STATES.flatMap((from) => ACTORS.flatMap((actor) => STATES.map((to) => ({ from, actor, to, expected: expectedStep(actor, from, to) }))));
/**
 * Every cell for the four active callers; for the deactivated and the signed
 * out, who are turned away at the door whatever the step, each step the
 * table has (the ones worth forging).
 */
const refusalCells = transitionCells.filter(
  (c) => c.expected !== 200 && (c.actor !== "deactivated" && c.actor !== "signedOut" ? true : STEPS.some(([from, to]) => from === c.from && to === c.to)),
);

test("every role × workflow step × story state through the API that the table does not allow is refused and changes nothing", async ({ browser }) => {
  test.setTimeout(120_000);
  const people = await cast(browser);
  const stamp = stampOf();
  const shared = await Promise.all(STATES.map((state) => storyIn(state, { author: people.author, editor: people.editor }, `مصفوفة ${state} ${stamp}`)));
  const before = await Promise.all(shared.map((s) => storySnapshot(people.admin, s.id)));

  await inBatches(refusalCells, 6, async ({ from, actor, to, expected }) => {
    const story = shared[STATES.indexOf(from)]!;
    const what = `${actor}: ${from} → ${to}`;
    const response = await tally.check(
      await people[actor].post(`/api/v1/articles/${story.id}/transitions`, {
        data: { to, version: story.version, reason: "سبب مقنع", publishAt: NEXT_WEEK() },
      }),
      what,
    );
    expect(response.status(), `${what}: ${await response.text()}`).toBe(expected);
  });
  expect(await Promise.all(shared.map((s) => storySnapshot(people.admin, s.id)))).toEqual(before);

  // Four eyes: an editor or admin who wrote the story cannot approve it; an admin may, with a reason.
  for (const role of ["editor", "admin"] as const) {
    const own = await storyIn("in_review", { author: people[role], editor: people[role] }, `مصفوفة عيون ${role} ${stamp}`);
    const alone = await tally.check(
      await people[role].post(`/api/v1/articles/${own.id}/transitions`, { data: { to: "approved", version: own.version } }),
      `${role} approves own`,
    );
    expect(alone.status(), `${role} approving their own story`).toBe(role === "editor" ? 403 : 422);
    expect((await storySnapshot(people.admin, own.id)).status).toBe("in_review");
    const overridden = await people[role].post(`/api/v1/articles/${own.id}/transitions`, {
      data: { to: "approved", version: own.version, reason: "لا محرر آخر الليلة" },
    });
    expect(overridden.status(), `${role} approving their own story with a reason`).toBe(role === "editor" ? 403 : 200);
  }

  await unpublish(
    people.editor,
    shared.map((s) => s.id),
  );
  await people.close();
});

/**
 * A walk through the workflow for one editor or admin (X), with the author's
 * own steps on the way: between them they take every step the table allows,
 * each from a story in the state it starts from.
 */
const WALK: [by: "author" | "X", from: State, to: State][] = [
  ["author", "draft", "in_review"],
  ["author", "in_review", "draft"],
  ["X", "draft", "archived"],
  ["X", "archived", "draft"],
  ["X", "draft", "in_review"],
  ["X", "in_review", "archived"],
  ["X", "archived", "draft"],
  ["X", "draft", "in_review"],
  ["X", "in_review", "changes_requested"],
  ["author", "changes_requested", "in_review"],
  ["X", "in_review", "changes_requested"],
  ["X", "changes_requested", "archived"],
  ["X", "archived", "draft"],
  ["X", "draft", "in_review"],
  ["X", "in_review", "changes_requested"],
  ["X", "changes_requested", "in_review"],
  ["X", "in_review", "approved"],
  ["X", "approved", "archived"],
  ["X", "archived", "draft"],
  ["X", "draft", "in_review"],
  ["X", "in_review", "approved"],
  ["X", "approved", "scheduled"],
  ["X", "scheduled", "scheduled"],
  ["X", "scheduled", "approved"],
  ["X", "approved", "published"],
  ["X", "published", "published"],
  ["X", "published", "unpublished"],
  ["X", "unpublished", "draft"],
  ["X", "draft", "in_review"],
  ["X", "in_review", "approved"],
  ["X", "approved", "scheduled"],
  ["X", "scheduled", "published"],
];

test("every step the table allows, for the author, an editor and an admin, succeeds from the state it starts from", async ({ browser }) => {
  test.setTimeout(60_000);
  const clients = await Promise.all((["reporter", "editor", "admin"] as const).map((role) => signedIn(browser, role)));
  const [author, editor, admin] = clients.map((c) => c.request) as [APIRequestContext, APIRequestContext, APIRequestContext];
  const walked = new Set<string>();
  await Promise.all(
    (["editor", "admin"] as const).map(async (role) => {
      const story = await storyIn("draft", { author, editor }, `مصفوفة مسار ${role} ${stampOf()}`);
      let version = story.version;
      for (const [by, from, to] of WALK) {
        const actor: ActorName = by === "author" ? "author" : role;
        expect(expectedStep(actor, from, to), `the walk takes only allowed steps: ${actor} ${from} → ${to}`).toBe(200);
        const response = await (actor === "author" ? author : role === "editor" ? editor : admin).post(`/api/v1/articles/${story.id}/transitions`, {
          data: { to, version, reason: "سبب مقنع", publishAt: NEXT_WEEK() },
        });
        expect(response.status(), `${actor}: ${from} → ${to}: ${await response.text()}`).toBe(200);
        expect(await response.json()).toEqual({ status: to, version: version + 1 });
        version += 1;
        walked.add(`${actor} ${from} ${to}`);
      }
    }),
  );
  const allowed = transitionCells.filter((c) => c.expected === 200).map((c) => `${c.actor} ${c.from} ${c.to}`);
  expect(allowed.length).toBe(37);
  expect([...walked].sort()).toEqual(allowed.sort());
  await Promise.all(clients.map((c) => c.close()));
});

test("every role × edit, restore, deadline and note × story state through the API: refusals change nothing", async ({ browser }) => {
  test.setTimeout(90_000);
  const people = await cast(browser);
  const stamp = stampOf();
  const stories = await Promise.all(STATES.map((state) => storyIn(state, { author: people.author, editor: people.editor }, `مصفوفة تحرير ${state} ${stamp}`)));
  const firstRevision = async (id: string) => ((await (await people.admin.get(`/api/v1/articles/${id}/revisions`)).json()) as { id: string }[]).at(-1)!.id;
  const revisions = await Promise.all(stories.map((s) => firstRevision(s.id)));
  const before = await Promise.all(stories.map((s) => storySnapshot(people.admin, s.id)));

  type Action = "edit" | "restore" | "assign" | "note";
  const send = (actor: ActorName, action: Action, index: number, version: number) => {
    const { id } = stories[index]!;
    const client = people[actor];
    if (action === "edit") return client.patch(`/api/v1/articles/${id}`, { data: { version, headline: `تعديل ${actor} ${stamp}` } });
    if (action === "restore") return client.post(`/api/v1/articles/${id}/revisions/${revisions[index]}/restore`, { data: { version } });
    if (action === "assign") return client.patch(`/api/v1/articles/${id}`, { data: { version, deadline: NEXT_WEEK() } });
    return client.post(`/api/v1/articles/${id}/notes`, { data: { body: `ملاحظة ${actor}` } });
  };
  const expected = (actor: ActorName, action: Action, state: State) =>
    action === "note" ? expectedNote(actor) : action === "assign" ? expectedAssign(actor) : expectedEdit(actor, state);
  const cells = STATES.flatMap((state, index) =>
    ACTORS.flatMap((actor) =>
      (["edit", "restore", "assign", "note"] as const).map((action) => ({ state, index, actor, action, status: expected(actor, action, state) })),
    ),
  );

  await inBatches(
    cells.filter((c) => c.status >= 400),
    6,
    async ({ state, index, actor, action, status }) => {
      const response = await tally.check(await send(actor, action, index, stories[index]!.version), `${actor} ${action} ${state}`);
      expect(response.status(), `${actor} ${action} ${state}: ${await response.text()}`).toBe(status);
    },
  );
  expect(await Promise.all(stories.map((s) => storySnapshot(people.admin, s.id)))).toEqual(before);

  // What is allowed goes through, one after another on each story (every success moves its version on).
  const allowed = cells.filter((c) => c.status < 400);
  await Promise.all(
    stories.map(async (story, index) => {
      let version = story.version;
      for (const { actor, action, state, status } of allowed.filter((c) => c.index === index)) {
        const response = await send(actor, action, index, version);
        expect(response.status(), `${actor} ${action} ${state}: ${await response.text()}`).toBe(status);
        if (action !== "note") version = ((await response.json()) as { version: number }).version;
      }
      expect(await storySnapshot(people.admin, story.id), "no edit moves a story through the workflow").toMatchObject({ status: story.state, version });
    }),
  );
  await unpublish(
    people.editor,
    stories.map((s) => s.id),
  );
  await people.close();
});

test("sections, people and the audit log answer only an active admin through the API; everyone else changes nothing", async ({ browser }) => {
  test.setTimeout(60_000);
  const people = await cast(browser, "admin");
  const stamp = stampOf();
  const target = await makeTargets(people.admin, `matrix-${stamp}`);
  const before = await stateOf(people.admin, target);
  /** The calls, writing `word` where they name something: "forged" for the refused ones, never to be found anywhere. */
  const callsNaming = (word: string, active: boolean): [method: "GET" | "POST" | "PATCH" | "DELETE", path: string, data?: unknown][] => [
    ["GET", "/api/v1/sections"],
    ["POST", "/api/v1/sections", { slug: `${word}-${stamp}`, nameAr: `${word} ${stamp}`, nameEn: `${word} ${stamp}` }],
    ["PATCH", `/api/v1/sections/${target.section}`, { nameEn: `${word} ${stamp}` }],
    ["POST", `/api/v1/sections/${target.section}/move`, { direction: "up" }],
    ["GET", "/api/v1/users"],
    ["GET", `/api/v1/users/${target.person}`],
    ["POST", "/api/v1/users", { name: `${word} ${stamp}`, email: `${word}-${stamp}-1@example.test`, role: "admin" }],
    ["PATCH", `/api/v1/users/${target.person}`, { role: "admin" }],
    ["PATCH", `/api/v1/users/${target.person}`, { active }],
    ["POST", `/api/v1/users/${target.person}/password-reset`],
    ["GET", "/api/v1/audit"],
    ["GET", `/api/v1/audit?objectId=${target.story}`],
    ["GET", "/api/v1/audit/export"],
    // Last: for the admin it succeeds only while the section is still empty.
    ["DELETE", `/api/v1/sections/${target.section}`],
  ];
  const calls = callsNaming("forged", false);
  const refusals = (["author", "other", "editor", "deactivated", "signedOut"] as const).flatMap((actor) => calls.map((call) => ({ actor, call })));
  await inBatches(refusals, 6, async ({ actor, call: [method, path, data] }) => {
    const response = await tally.check(await people[actor].fetch(path, { method, data, maxRedirects: 0 }), `${actor} ${method} ${path}`);
    expect(response.status(), `${actor} ${method} ${path}`).toBe(actor === "signedOut" ? 401 : 403);
  });
  expect(await stateOf(people.admin, target)).toEqual(before);
  const forged = (await (await people.admin.get(`/api/v1/users?q=forged-${stamp}`)).json()) as { items: unknown[] };
  expect(forged.items).toEqual([]);
  const sections = (await (await people.admin.get("/api/v1/sections")).json()) as { slug: string }[];
  expect(sections.filter((s) => s.slug === `forged-${stamp}`)).toEqual([]);

  // The same calls succeed for the active admin.
  const ok: Record<string, number> = { GET: 200, POST: 201, PATCH: 200, DELETE: 204 };
  for (const [method, path, data] of callsNaming("granted", true)) {
    const response = await people.admin.fetch(path, { method, data });
    const status = path.endsWith("/move") ? 200 : ok[method];
    expect(response.status(), `admin ${method} ${path}: ${(await response.text()).slice(0, 200)}`).toBe(status);
  }
  await people.close();
});

test("the same refusals replayed as Server Actions change nothing", async ({ browser }) => {
  test.setTimeout(90_000);
  const people = await cast(browser);
  const stamp = stampOf();
  const story = (state: State) => storyIn(state, { author: people.author, editor: people.editor }, `مصفوفة إجراء ${state} ${stamp}`);
  const [draft, inReview, approved, scheduled] = await Promise.all([story("draft"), story("in_review"), story("approved"), story("scheduled")]);
  const firstRevision = ((await (await people.admin.get(`/api/v1/articles/${inReview.id}/revisions`)).json()) as { id: string }[]).at(-1)!.id;
  const target = await makeTargets(people.admin, `actions-${stamp}`);
  const stories = [draft, inReview, approved, scheduled];
  const before = await Promise.all(stories.map((s) => storySnapshot(people.admin, s.id)));
  const targetBefore = await stateOf(people.admin, target);
  const page = (id: string) => `/dashboard/articles/${id}`;
  const step = (s: typeof draft, to: State) => ({ id: s.id, version: String(s.version), to, reason: "سبب", publishAt: "" });

  const replays: [who: ActorName, action: string, path: string, fields: Record<string, string>][] = [
    ["author", "transitionAction", page(approved.id), step(approved, "published")],
    ["author", "transitionAction", page(inReview.id), step(inReview, "approved")],
    ["author", "transitionAction", page(draft.id), step(draft, "archived")],
    ["other", "transitionAction", page(draft.id), step(draft, "in_review")],
    ["other", "transitionAction", page(inReview.id), step(inReview, "draft")],
    ["editor", "transitionAction", page(inReview.id), step(inReview, "draft")],
    ["author", "transitionAction", page(scheduled.id), step(scheduled, "published")],
    ["author", "transitionAction", page(scheduled.id), step(scheduled, "scheduled")],
    ["deactivated", "transitionAction", page(draft.id), step(draft, "archived")],
    ["signedOut", "transitionAction", page(draft.id), step(draft, "archived")],
    [
      "author",
      "deskAction",
      page(draft.id),
      { id: draft.id, version: String(draft.version), deadline: "2030-01-01T09:00", originalDeadline: "", assignedEditorId: "" },
    ],
    [
      "other",
      "deskAction",
      page(draft.id),
      { id: draft.id, version: String(draft.version), deadline: "2030-01-01T09:00", originalDeadline: "", assignedEditorId: "" },
    ],
    ["author", "restoreAction", `${page(inReview.id)}/history`, { id: inReview.id, version: String(inReview.version), revisionId: firstRevision }],
    ["other", "restoreAction", `${page(inReview.id)}/history`, { id: inReview.id, version: String(inReview.version), revisionId: firstRevision }],
    ["deactivated", "addNoteAction", page(draft.id), { id: draft.id, version: String(draft.version), note: "ملاحظة مزورة" }],
    ["signedOut", "addNoteAction", page(draft.id), { id: draft.id, version: String(draft.version), note: "ملاحظة مزورة" }],
    ["deactivated", "createArticleAction", "/dashboard/articles/new", { headline: `مزور ${stamp}`, dek: "", section: "world", language: "ar", body: "" }],
  ];
  for (const who of ["author", "editor", "deactivated"] as const) {
    replays.push(
      [who, "createSectionAction", "/admin/sections", { slug: `forged-${stamp}`, nameAr: "مزور", nameEn: "Forged" }],
      [who, "changeSectionAction", "/admin/sections", { id: target.section, slug: `forged-${stamp}`, nameAr: "مزور", nameEn: "Forged", hidden: "on" }],
      [who, "moveSectionAction", "/admin/sections", { id: target.section, direction: "up" }],
      [who, "deleteSectionAction", "/admin/sections", { id: target.section }],
      [who, "invitePersonAction", "/admin/users", { name: "Forged", email: `forged-${stamp}-1@example.test`, role: "admin" }],
      [who, "changePersonAction", `/admin/users/${target.person}`, { id: target.person, name: "Forged", role: "admin", active: "false" }],
      [who, "resetPasswordAction", `/admin/users/${target.person}`, { id: target.person }],
    );
  }

  await inBatches(replays, 4, async ([who, action, path, fields]) => {
    const outcome = await outcomeOf(await tally.check(await replayAction(people[who], action, path, fields), `${who} ${action}`));
    // Signed out or deactivated: back to the sign-in page; signed in: forbidden.
    expect(refusalOf(outcome), `${who} ${action} on ${path}: ${JSON.stringify(outcome)}`).toBe(
      who === "deactivated" || who === "signedOut" ? "sign-in" : "forbidden",
    );
  });

  expect(await Promise.all(stories.map((s) => storySnapshot(people.admin, s.id)))).toEqual(before);
  expect(await stateOf(people.admin, target)).toEqual(targetBefore);
  expect(await storiesCreatedBy(people.deactivatedId)).toBe(0);
  const forged = (await (await people.admin.get(`/api/v1/users?q=forged-${stamp}`)).json()) as { items: unknown[] };
  expect(forged.items).toEqual([]);
  await people.close();
});
