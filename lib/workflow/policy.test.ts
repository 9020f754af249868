import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROLES, type Actor, type Role } from "../authz/roles";
import { allowedTransitions, decideTransition, mayAssign, mayEdit, type ArticleFacts } from "./policy";
import { ARTICLE_STATUSES, type ArticleStatus } from "./states";

const now = new Date("2026-06-01T10:00:00Z");
const later = new Date("2026-06-02T10:00:00Z");
const earlier = new Date("2026-05-31T10:00:00Z");

/**
 * DESIGN.md's table written out again, independently of the module's own
 * data, so a mistake in either shows up. "author" = an author of the story.
 * Issue #13 added two steps for a scheduled story: an editor reschedules it,
 * or publishes it at once instead of waiting for the scheduler.
 */
const DESIGN: Record<string, readonly (Role | "author" | "system")[]> = {
  "draft>in_review": ["author", "editor", "admin"],
  "in_review>draft": ["author"],
  "in_review>changes_requested": ["editor", "admin"],
  "changes_requested>in_review": ["author", "editor", "admin"],
  "in_review>approved": ["editor", "admin"],
  "approved>published": ["editor", "admin"],
  "approved>scheduled": ["editor", "admin"],
  "scheduled>approved": ["editor", "admin"],
  "scheduled>scheduled": ["editor", "admin"],
  "scheduled>published": ["system", "editor", "admin"],
  "published>published": ["editor", "admin"],
  "published>unpublished": ["editor", "admin"],
  "unpublished>draft": ["editor", "admin"],
  "draft>archived": ["editor", "admin"],
  "changes_requested>archived": ["editor", "admin"],
  "in_review>archived": ["editor", "admin"],
  "approved>archived": ["editor", "admin"],
  "archived>draft": ["editor", "admin"],
};
const NEEDS_REASON = new Set([
  "in_review>changes_requested",
  "published>unpublished",
  "draft>archived",
  "changes_requested>archived",
  "in_review>archived",
  "approved>archived",
]);

const actor = (role: Role, id = `${role}-1`): Actor => ({ id, role, active: true });

function fitsAny(movers: readonly string[], role: Role, isAuthor: boolean): boolean {
  return movers.includes(role) || (isAuthor && movers.includes("author"));
}

function expected(role: Role, isAuthor: boolean, from: ArticleStatus, to: ArticleStatus): "ok" | "forbidden" | "invalid" {
  const movers = DESIGN[`${from}>${to}`];
  if (!movers) {
    // No such step: a bad request for someone who could reach `to` some other way, else simply not theirs.
    const reachable = Object.entries(DESIGN).some(([key, who]) => key.endsWith(`>${to}`) && fitsAny(who, role, isAuthor));
    return reachable ? "invalid" : "forbidden";
  }
  const fits = fitsAny(movers, role, isAuthor);
  if (!fits) return "forbidden";
  if (from === "in_review" && to === "approved" && isAuthor) return "forbidden"; // four-eyes (admin override tested apart)
  return "ok";
}

describe("decideTransition: every role × authorship × state × target", () => {
  const cases = ROLES.flatMap((role) =>
    [true, false].flatMap((isAuthor) => ARTICLE_STATUSES.flatMap((from) => ARTICLE_STATUSES.map((to) => ({ role, isAuthor, from, to })))),
  );

  it.each(cases)("$role (author: $isAuthor) $from → $to", ({ role, isAuthor, from, to }) => {
    const subject = actor(role);
    const article: ArticleFacts = { status: from, authorIds: isAuthor ? [subject.id] : ["someone-else"] };
    const decision = decideTransition(subject, article, to, { reason: "Because.", publishAt: later, now });
    const want = expected(role, isAuthor, from, to);
    const got = decision.ok ? (decision.override ? "forbidden" : "ok") : decision.code;
    // An admin approving their own story with a reason is an override; judged below.
    if (role === "admin" && isAuthor && from === "in_review" && to === "approved") {
      expect(decision).toMatchObject({ ok: true, override: true });
      return;
    }
    expect(got).toBe(want);
  });

  it.each(Object.keys(DESIGN))("%s is offered exactly to those the table names", (key) => {
    const [from, to] = key.split(">") as [ArticleStatus, ArticleStatus];
    for (const role of ROLES) {
      for (const isAuthor of [true, false]) {
        const subject = actor(role);
        const article = { status: from, authorIds: isAuthor ? [subject.id] : [] };
        const offered = allowedTransitions(subject, article).some((r) => r.to === to);
        const admitted = expected(role, isAuthor, from, to) === "ok" || (role === "admin" && isAuthor && key === "in_review>approved");
        expect(offered, `${role} author=${isAuthor}`).toBe(admitted);
      }
    }
  });
});

describe("what a step needs", () => {
  const editor = actor("editor");
  const story = (status: ArticleStatus): ArticleFacts => ({ status, authorIds: ["reporter-1"] });

  it.each([...NEEDS_REASON])("%s needs a reason", (key) => {
    const [from, to] = key.split(">") as [ArticleStatus, ArticleStatus];
    expect(decideTransition(editor, story(from), to, { reason: "  ", now })).toEqual({
      ok: false,
      code: "invalid",
      reason: "transition_reason_required",
      field: "reason",
    });
    expect(decideTransition(editor, story(from), to, { reason: "Legal asked", now }).ok).toBe(true);
  });

  it("scheduling needs a time in the future", () => {
    expect(decideTransition(editor, story("approved"), "scheduled", { now })).toEqual({
      ok: false,
      code: "invalid",
      reason: "publish_at_required",
      field: "publishAt",
    });
    expect(decideTransition(editor, story("approved"), "scheduled", { publishAt: earlier, now })).toEqual({
      ok: false,
      code: "invalid",
      reason: "publish_at_past",
      field: "publishAt",
    });
    expect(decideTransition(editor, story("approved"), "scheduled", { publishAt: now, now })).toMatchObject({ reason: "publish_at_past" });
    expect(decideTransition(editor, story("approved"), "scheduled", { publishAt: later, now }).ok).toBe(true);
  });

  it("an admin approving their own story needs a reason, and it is marked as an override", () => {
    const admin = actor("admin");
    const own = { status: "in_review" as const, authorIds: [admin.id] };
    expect(decideTransition(admin, own, "approved", { now })).toEqual({ ok: false, code: "invalid", reason: "override_reason_required", field: "reason" });
    expect(decideTransition(admin, own, "approved", { reason: "Night desk alone", now })).toMatchObject({ ok: true, override: true });
  });

  it("an editor who wrote the story cannot approve it, even with a reason", () => {
    const writer = actor("editor");
    const own = { status: "in_review" as const, authorIds: ["reporter-1", writer.id] };
    expect(decideTransition(writer, own, "approved", { reason: "Please", now })).toEqual({ ok: false, code: "forbidden", reason: "own_story_approval" });
  });

  it("an author may put out only text someone else approved", () => {
    const writer = actor("editor");
    const edited = { status: "approved" as const, authorIds: [writer.id], workingApproved: false };
    for (const [to, extra] of [
      ["published", {}],
      ["scheduled", { publishAt: later }],
    ] as const) {
      expect(decideTransition(writer, edited, to, { ...extra, now })).toEqual({ ok: false, code: "forbidden", reason: "own_story_release" });
      expect(decideTransition(writer, { ...edited, workingApproved: true }, to, { ...extra, now }).ok).toBe(true);
      expect(decideTransition(actor("editor", "someone-else"), edited, to, { ...extra, now }).ok).toBe(true);
    }
    const live = { status: "published" as const, authorIds: [writer.id], workingApproved: false };
    expect(decideTransition(writer, live, "published", { now })).toMatchObject({ ok: false, reason: "own_story_release" });
    expect(allowedTransitions(writer, live).map((r) => r.label)).not.toContain("publish_update");
    const admin = actor("admin");
    const adminOwn = { ...live, authorIds: [admin.id] };
    expect(decideTransition(admin, adminOwn, "published", { now })).toMatchObject({ ok: false, reason: "override_reason_required" });
    expect(decideTransition(admin, adminOwn, "published", { reason: "Urgent correction", now })).toMatchObject({ ok: true, override: true });
  });

  it("keeps a reason to 2,000 characters, refusing a longer one with the limit", () => {
    expect(decideTransition(editor, story("in_review"), "changes_requested", { reason: "x".repeat(2_001), now })).toEqual({
      ok: false,
      code: "invalid",
      reason: "transition_reason_too_long",
      params: { max: 2_000 },
      field: "reason",
    });
    expect(decideTransition(editor, story("in_review"), "changes_requested", { reason: "x".repeat(2_000), now }).ok).toBe(true);
  });

  it("names the statuses or the step it refuses, as codes", () => {
    expect(decideTransition(editor, story("draft"), "published", { now })).toEqual({
      ok: false,
      code: "invalid",
      reason: "transition_unknown",
      params: { from: "draft", to: "published" },
    });
    expect(decideTransition(actor("reporter"), story("draft"), "published", { now })).toEqual({
      ok: false,
      code: "forbidden",
      reason: "transition_not_allowed",
      params: { to: "published" },
    });
    expect(decideTransition(actor("reporter"), story("in_review"), "changes_requested", { reason: "x", now })).toEqual({
      ok: false,
      code: "forbidden",
      reason: "transition_step_not_allowed",
      params: { step: "request_changes" },
    });
  });

  it("a scheduled story is published by the scheduler on time, or by an editor at once, never by a reporter", () => {
    expect(decideTransition("system", story("scheduled"), "published", { now })).toMatchObject({ ok: true, rule: { label: "publish_scheduled" } });
    expect(decideTransition(actor("editor"), story("scheduled"), "published", { now })).toMatchObject({ ok: true, rule: { label: "publish_now" } });
    expect(decideTransition(actor("reporter", "reporter-1"), story("scheduled"), "published", { now })).toMatchObject({ code: "forbidden" });
  });

  it("rescheduling needs a new time in the future", () => {
    expect(decideTransition(actor("editor"), story("scheduled"), "scheduled", { now })).toMatchObject({ reason: "publish_at_required" });
    expect(decideTransition(actor("editor"), story("scheduled"), "scheduled", { publishAt: now, now })).toMatchObject({ reason: "publish_at_past" });
    expect(decideTransition(actor("editor"), story("scheduled"), "scheduled", { publishAt: later, now })).toMatchObject({
      ok: true,
      rule: { label: "reschedule" },
    });
  });

  it("a deactivated account may do nothing", () => {
    const gone = { ...actor("admin"), active: false };
    expect(decideTransition(gone, story("approved"), "published", { now })).toEqual({ ok: false, code: "forbidden", reason: "account_inactive" });
    expect(allowedTransitions(gone, story("approved"))).toEqual([]);
    expect(mayEdit(gone, story("draft"))).toBe(false);
    expect(mayAssign(gone)).toBe(false);
  });
});

describe("mayEdit", () => {
  const reporter = actor("reporter");
  it.each(ARTICLE_STATUSES)("a reporter edits their own story only in draft or changes requested (%s)", (status) => {
    expect(mayEdit(reporter, { status, authorIds: [reporter.id] })).toBe(status === "draft" || status === "changes_requested");
    expect(mayEdit(reporter, { status, authorIds: ["other"] })).toBe(false);
    expect(mayEdit(actor("editor"), { status, authorIds: ["other"] })).toBe(true);
  });
});

describe("properties", () => {
  const anyStatus = fc.constantFrom(...ARTICLE_STATUSES);
  const anyRole = fc.constantFrom(...ROLES);
  const anyReason = fc.option(fc.string({ maxLength: 30 }), { nil: null });
  const anyTime = fc.option(fc.date({ min: new Date("2020-01-01"), max: new Date("2030-01-01"), noInvalidDate: true }), { nil: null });

  it("no sequence of actions, by anyone, ever has a reporter publish, schedule or approve", () => {
    const step = fc.record({
      who: fc.constantFrom("reporter-author", "reporter-other", "editor", "admin"),
      to: anyStatus,
      reason: anyReason,
      publishAt: anyTime,
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let status: ArticleStatus = "draft";
        const authorIds = ["reporter-author"];
        for (const s of steps) {
          const role: Role = s.who.startsWith("reporter") ? "reporter" : (s.who as Role);
          const decision = decideTransition({ id: s.who, role, active: true }, { status, authorIds }, s.to, { ...s, now });
          if (!decision.ok) continue;
          if (role === "reporter") expect(["published", "scheduled", "approved", "unpublished", "archived"]).not.toContain(s.to);
          status = s.to;
        }
      }),
    );
  });

  it("an author never approves their own story, except an admin overriding with a reason", () => {
    fc.assert(
      fc.property(anyRole, anyStatus, anyReason, (role, status, reason) => {
        const subject = actor(role);
        const decision = decideTransition(subject, { status, authorIds: [subject.id] }, "approved", { reason, now });
        // Unscheduling also lands in "approved" but approves nothing.
        if (decision.ok && decision.rule.label === "approve") {
          expect(role).toBe("admin");
          expect(decision.override).toBe(true);
          expect(reason?.trim()).toBeTruthy();
        }
      }),
    );
  });
});
