import { readdirSync, readFileSync } from "node:fs";
import { IntlMessageFormat } from "intl-messageformat";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import fieldsAr from "../i18n/refusals/fields.ar.json";
import fieldsEn from "../i18n/refusals/fields.en.json";
import servicesAr from "../i18n/refusals/services.ar.json";
import servicesEn from "../i18n/refusals/services.en.json";
import messagesEn from "../i18n/messages/en.json";
import { breakingSchema } from "./validation/breaking";
import { homePinSchema } from "./validation/home-pin";
import { signInFormSchema } from "./auth/credentials";
import type { Actor } from "./authz/roles";
import { refusalOf, type Refusal } from "./errors";
import { parseWireText } from "./import/wire-text";
import { keysetCursor } from "./pagination/cursor";
import { checkPersonChange } from "./people/guards";
import { passwordProblem } from "./people/password-policy";
import { checkDocument } from "./richtext/schema";
import { articleIdSchema, createArticleSchema, listQuerySchema, noteSchema, transitionSchema, updateArticleSchema } from "./validation/article";
import { auditQuerySchema } from "./validation/audit";
import { importOptionsSchema } from "./validation/import";
import { newPersonSchema, peopleQuerySchema, personChangeSchema } from "./validation/people";
import { passwordChangeSchema, profileSchema } from "./validation/profile";
import { newSectionSchema, sectionChangeSchema, sectionMoveSchema } from "./validation/sections";
import { deskSearchSchema, publicSearchSchema } from "./validation/search";
import { typedText } from "./validation/text";
import { notificationsReadSchema } from "./validation/notifications";
import { calendarPageSchema, calendarQuerySchema } from "./validation/calendar";
import { findMentions } from "./notifications/mentions";
import { pixelProblem, sizeProblem } from "./media/limits";
import { sniffImage } from "./media/sniff";
import { filenameProblem } from "./media/filename";
import { mediaChangeSchema, mediaUploadSchema } from "./validation/media";
import { decideTransition } from "./workflow/policy";

/**
 * The refusal catalogue and the code that names its reasons, checked
 * together: a reason lib/ gives must have words in both languages, the
 * words must be valid ICU messages, and lib/ must give no sentence of its
 * own where a reason belongs.
 */

type Catalogue = Record<string, string>;
const FIELDS: Record<"en" | "ar", Catalogue> = { en: fieldsEn, ar: fieldsAr };
const CATALOGUE: Record<"en" | "ar", Catalogue> = { en: { ...fieldsEn, ...servicesEn }, ar: { ...fieldsAr, ...servicesAr } };
const LOCALES = ["en", "ar"] as const;
const REASON = /^[a-z][a-z0-9_]*$/;

function format(locale: "en" | "ar", refusal: Refusal): string {
  const message = CATALOGUE[locale][refusal.reason];
  if (message === undefined) throw new Error(`No ${locale} words for ${refusal.reason}`);
  return String(new IntlMessageFormat(message, locale).format(refusal.params ?? {}));
}

type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }> };

/** The names of the arguments a message takes (plain, number, select or plural alike). */
function argumentsOf(elements: Element[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type >= 1 && element.type <= 6) into.add(element.value!);
    for (const option of Object.values(element.options ?? {})) argumentsOf(option.value, into);
  }
  return into;
}

const argumentsOfMessage = (message: string, locale: string) => argumentsOf(new IntlMessageFormat(message, locale).getAst() as Element[]);

describe("the refusal catalogue", () => {
  it("has the same input-check reasons in Arabic and English", () => {
    expect(Object.keys(fieldsAr).sort()).toEqual(Object.keys(fieldsEn).sort());
  });

  it("names each reason once: no input check shares a name with a service reason", () => {
    const services = new Set([...Object.keys(servicesEn), ...Object.keys(servicesAr)]);
    expect(Object.keys(fieldsEn).filter((reason) => services.has(reason))).toEqual([]);
  });

  it("uses reason-shaped names only", () => {
    for (const locale of LOCALES) expect(Object.keys(CATALOGUE[locale]).filter((reason) => !REASON.test(reason))).toEqual([]);
  });

  it.each(LOCALES)("has only valid ICU messages (%s)", (locale) => {
    for (const [reason, message] of Object.entries(CATALOGUE[locale])) {
      expect(() => new IntlMessageFormat(message, locale), reason).not.toThrow();
    }
  });

  it("asks for the same arguments in both languages", () => {
    for (const [reason, en] of Object.entries(fieldsEn)) {
      expect([...argumentsOfMessage(FIELDS.ar[reason]!, "ar")].sort(), reason).toEqual([...argumentsOfMessage(en, "en")].sort());
    }
  });

  it("is plain text: no bidi marks or isolates, which the page sets where it shows a message", () => {
    for (const locale of LOCALES) {
      for (const [reason, message] of Object.entries(FIELDS[locale])) expect(message, reason).not.toMatch(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    }
  });
});

// ---------------------------------------------------------------------------
// Reasons in the source

/**
 * Files with no refusals for the scan to find: an operator's startup error,
 * an e-mail's content, the workflow table (its `reason: "required"` marks a
 * step that needs one) and the audit log's fields (`reason` is one of them).
 */
const NOT_REFUSALS = new Set(["lib/env.ts", "lib/people/link-mail.ts", "lib/workflow/transitions.ts", "lib/audit/describe.ts"]);

/** Where input is checked: the domain rules, and the entry points and services that check their own. */
const SCANNED = ["lib", "server", "app", "db/services"];

/** zod checks whose message is their last argument: `.max(300, "headline_too_long")`, `z.uuid("story_id_invalid")`. */
const CHECKS = new Set(["min", "max", "length", "gt", "gte", "lt", "lte", "int", "regex", "refine", "uuid", "email", "url", "nonempty", "oneOf"]);

/**
 * Properties whose string value is a reason: `{ message }` and `{ error }` of
 * zod, and in lib/ `{ reason }` of our refusals. Outside lib/, refusals are
 * made with fail() (checked below) and a `reason` is an outcome recorded in
 * the audit log, such as a failed sign-in's.
 */
const REASON_PROPERTIES = new Set(["message", "error", "reason"]);
const ZOD_PROPERTIES = new Set(["message", "error"]);

type Found = { file: string; line: number; text: string };

const ROOT = new URL("../", import.meta.url);

function sourceFiles(): string[] {
  return SCANNED.flatMap((dir) =>
    (readdirSync(new URL(`${dir}/`, ROOT), { recursive: true }) as string[])
      .map((file) => `${dir}/${file.split("\\").join("/")}`)
      .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.endsWith(".d.ts"))
      .filter((file) => !NOT_REFUSALS.has(file)),
  );
}

/**
 * Every string a source file gives where a reason belongs: as a zod
 * check's message, as `message`/`error`/`reason` in an object, as the `type`
 * reason of typedText(). Conditional and `??` values are followed to their
 * literals; a template with substitutions is reported as it is, since a
 * reason is never computed.
 */
function reasonsInSource(): Found[] {
  const found: Found[] = [];
  for (const file of sourceFiles()) {
    const text = readFileSync(new URL(file, ROOT), "utf8");
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const record = (node: ts.Expression): void => {
      if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) return record(node.expression);
      if (ts.isConditionalExpression(node)) return (record(node.whenTrue), record(node.whenFalse));
      if (ts.isBinaryExpression(node) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(node.operatorToken.kind))
        return record(node.right);
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push({ file, line, text: node.text });
      else if (ts.isTemplateExpression(node)) found.push({ file, line, text: node.getText() });
    };
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name)) {
        const inTypedText =
          node.name.text === "type" &&
          ts.isObjectLiteralExpression(node.parent) &&
          ts.isCallExpression(node.parent.parent) &&
          node.parent.parent.expression.getText() === "typedText";
        const properties = file.startsWith("lib/") ? REASON_PROPERTIES : ZOD_PROPERTIES;
        if (properties.has(node.name.text) || inTypedText) record(node.initializer);
      }
      if (ts.isCallExpression(node)) {
        const callee = ts.isPropertyAccessExpression(node.expression)
          ? node.expression.name.text
          : ts.isIdentifier(node.expression)
            ? node.expression.text
            : "";
        const last = node.arguments.at(-1);
        if (CHECKS.has(callee) && last && (ts.isStringLiteral(last) || ts.isNoSubstitutionTemplateLiteral(last) || ts.isTemplateExpression(last))) record(last);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe("the reasons lib/ gives", () => {
  const found = reasonsInSource();
  const where = (f: Found) => `${f.file}:${f.line} ${f.text}`;

  it("are found where the scan looks (the scan itself works)", () => {
    const texts = new Set(found.map((f) => f.text));
    for (const sample of [
      "headline_too_long",
      "text_has_nul",
      "cursor_invalid",
      "list_too_deep",
      "wire_no_body",
      "own_story_approval",
      "last_active_admin_self",
      "password_too_common",
      "email_invalid",
    ]) {
      expect(texts, sample).toContain(sample);
    }
  });

  it("are reasons, never sentences", () => {
    expect(found.filter((f) => !REASON.test(f.text)).map(where)).toEqual([]);
  });

  it("all have words in the catalogue (or, refused at the edge, on the status pages of i18n/messages)", () => {
    const edge = new Set(Object.keys(messagesEn.refused));
    expect(found.filter((f) => !(f.text in CATALOGUE.en) && !edge.has(f.text)).map(where)).toEqual([]);
  });

  it("are all the input-check reasons there are: the catalogue keeps no words nobody uses", () => {
    const used = new Set(found.map((f) => f.text));
    expect(Object.keys(fieldsEn).filter((reason) => !used.has(reason))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// Reasons as lib/ gives them, params included

const issuesOf = (result: { error?: { issues: Parameters<typeof refusalOf>[0][] } }) => (result.error?.issues ?? []).map(refusalOf);
const doc = (...content: unknown[]) => ({ type: "doc", content });
const documentRefusals = (input: unknown) => {
  const checked = checkDocument(input);
  return checked.ok ? [] : checked.issues.map(({ reason, params }) => ({ reason, params }));
};
const wireRefusal = (text: string) => {
  const parsed = parseWireText(text);
  return parsed.ok ? [] : [parsed.refusal];
};
const fieldRefusals = (result: { ok: boolean; fields?: Record<string, Refusal> }) => Object.values(result.fields ?? {});
const deepArrays = (depth: number) => {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};
const prose = (length: number) => `${"كلمة ".repeat(Math.ceil(length / 5)).slice(0, length - 1)}.`;
const copy = (headline: string, paragraphs: string[]) => [headline, ...paragraphs].join("\n\n");
function nestedLists(levels: number): unknown {
  let list: unknown = { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph" }] }] };
  for (let i = 1; i < levels; i++) list = { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph" }, list] }] };
  return doc(list);
}

/** At least one refusal of every kind lib/ gives, produced by lib/ itself from wrong input. */
// What an upload's bytes are refused for: read before the rest, as sniffing is asynchronous.
const sniffed: Refusal[] = (
  await Promise.all(
    [
      new Uint8Array(),
      new TextEncoder().encode("<svg/>"),
      new TextEncoder().encode("GIF89a\u0001\u0000\u0001\u0000"),
      new TextEncoder().encode("#!/bin/sh"),
    ].map(sniffImage),
  )
).flatMap((outcome) => (outcome.ok ? [] : [{ reason: outcome.reason, params: outcome.params }]));

function refusalsFromWrongInput(): Refusal[] {
  const now = new Date("2026-06-01T10:00:00Z");
  const editor: Actor = { id: "e", role: "editor", active: true };
  const reporter: Actor = { id: "r", role: "reporter", active: true };
  const admin: Actor = { id: "a", role: "admin", active: true };
  const story = (status: Parameters<typeof decideTransition>[1]["status"], authorIds = ["r"], workingApproved?: boolean) => ({
    status,
    authorIds,
    workingApproved,
  });
  const refusedStep = (...args: Parameters<typeof decideTransition>) => {
    const decision = decideTransition(...args);
    return decision.ok ? [] : [{ reason: decision.reason, params: decision.params }];
  };
  const refusedChange = (...args: Parameters<typeof checkPersonChange>) => {
    const outcome = checkPersonChange(...args);
    return outcome.ok ? [] : [{ reason: outcome.reason }];
  };
  const audit = auditQuerySchema("Africa/Cairo");
  const valid = { headline: "عنوان", section: "world", language: "ar" };
  return [
    ...issuesOf(createArticleSchema.safeParse({ headline: 5, dek: 5, bodyText: 5, section: 5, language: "fr" })),
    ...issuesOf(
      createArticleSchema.safeParse({
        headline: "x".repeat(301),
        dek: "x".repeat(1001),
        section: "x".repeat(101),
        language: "ar",
        bodyText: "x".repeat(200_001),
      }),
    ),
    ...issuesOf(createArticleSchema.safeParse({ ...valid, headline: "a\u0000b", bodyText: "نص" })),
    ...issuesOf(createArticleSchema.safeParse({ ...valid, headline: "a\ud800b", bodyText: "نص" })),
    ...issuesOf(updateArticleSchema.safeParse({ version: 1, deadline: "0000-01-01T00:00:00Z" })),
    ...issuesOf(createArticleSchema.safeParse({ ...valid, body: doc({ type: "paragraph" }), bodyText: "نص" })),
    ...issuesOf(createArticleSchema.safeParse(valid)),
    ...issuesOf(updateArticleSchema.safeParse({ version: "x", deadline: "tomorrow", assignedEditorId: "x", slug: "!!!", autosave: "yes" })),
    ...issuesOf(updateArticleSchema.safeParse({ version: 1, body: doc({ type: "video" }) })),
    ...issuesOf(updateArticleSchema.safeParse({ version: 1, featuredImageId: "https://example.com/photo.jpg" })),
    ...issuesOf(transitionSchema.safeParse({ to: "live", version: 1, reason: "x".repeat(2001) })),
    ...issuesOf(transitionSchema.safeParse({ to: "published", version: 1, correction: { wrong: "", correct: "", publicText: "x".repeat(1001) } })),
    ...issuesOf(transitionSchema.safeParse({ to: "published", version: 1, correction: { wrong: "x", correct: "x", publicText: "" } })),
    ...issuesOf(noteSchema.safeParse({ body: "" })),
    ...issuesOf(noteSchema.safeParse({ body: "x".repeat(5001) })),
    ...issuesOf(listQuerySchema.safeParse({ status: "live", author: "x", q: "x".repeat(201), sort: "x", limit: "0", cursor: "A".repeat(10_000) })),
    ...issuesOf(deskSearchSchema("Africa/Cairo").safeParse({ q: "", from: "2026-02-30", to: "2026-02-01", sort: "x", status: "x", section: "", limit: "0" })),
    ...issuesOf(deskSearchSchema("Africa/Cairo").safeParse({ q: 5, prefix: "yes" })),
    ...issuesOf(publicSearchSchema("Africa/Cairo").safeParse({ q: "x".repeat(201), from: "2026-05-02", to: "2026-05-01" })),
    ...issuesOf(articleIdSchema.safeParse("x")),
    ...issuesOf(importOptionsSchema.safeParse({ year: "x" })),
    ...issuesOf(importOptionsSchema.safeParse({ year: "1800" })),
    ...issuesOf(importOptionsSchema.safeParse({ allowDuplicate: "yes" })),
    ...issuesOf(newPersonSchema.safeParse({ name: "", email: "", role: "boss" })),
    ...issuesOf(newPersonSchema.safeParse({ name: "x".repeat(201), email: "nope", role: "admin" })),
    ...issuesOf(personChangeSchema.safeParse({ active: "yes", version: "x" })),
    ...issuesOf(personChangeSchema.safeParse({})),
    ...issuesOf(peopleQuerySchema.safeParse({ limit: "500" })),
    ...issuesOf(profileSchema.safeParse({ name: "x", locale: "fr" })),
    ...issuesOf(profileSchema.safeParse({ name: "x", locale: "ar", notifyByEmail: "yes" })),
    ...issuesOf(notificationsReadSchema.safeParse({ ids: ["x"], all: false })),
    ...issuesOf(notificationsReadSchema.safeParse({ ids: Array.from({ length: 201 }, (_, i) => i + 1) })),
    ...issuesOf(notificationsReadSchema.safeParse({})),
    ...issuesOf(calendarQuerySchema("Africa/Cairo").safeParse({})),
    ...issuesOf(calendarQuerySchema("Africa/Cairo").safeParse({ from: "2026-01-01", to: "2027-01-02" })),
    ...issuesOf(calendarPageSchema.safeParse({ view: "year" })),
    ...[findMentions("@غريب", []), findMentions("@نادر", [{ id: "n", name: "نادر", active: false }])].flatMap((m) =>
      m.ok ? [] : [{ reason: m.reason, params: m.params }],
    ),
    ...issuesOf(passwordChangeSchema.safeParse({ current: "", next: "x".repeat(4097), confirm: 5 })),
    ...issuesOf(passwordChangeSchema.safeParse({ current: "a", next: 5, confirm: "c" })),
    ...issuesOf(passwordChangeSchema.safeParse({ current: "a", next: "b", confirm: "c" })),
    ...issuesOf(newSectionSchema.safeParse({ slug: "", nameAr: "", nameEn: "" })),
    ...issuesOf(newSectionSchema.safeParse({ slug: "x".repeat(61), nameAr: "x".repeat(101), nameEn: "E" })),
    ...issuesOf(newSectionSchema.safeParse({ slug: "a b", nameAr: "أ", nameEn: "E" })),
    ...issuesOf(newSectionSchema.safeParse({ slug: "admin", nameAr: "أ", nameEn: "E" })),
    ...issuesOf(sectionChangeSchema.safeParse({ hidden: "x" })),
    ...issuesOf(sectionMoveSchema.safeParse({ direction: "left" })),
    ...issuesOf(audit.safeParse({ actor: "x", action: "x".repeat(101), objectType: "x", objectId: "x".repeat(101), from: "yesterday", limit: "201" })),
    ...issuesOf(audit.safeParse({ from: "2026-02-30" })),
    ...issuesOf(audit.safeParse({ from: "2026-11-22", to: "2026-11-21" })),
    ...issuesOf(signInFormSchema.safeParse({ email: "", password: "" })),
    ...issuesOf(breakingSchema.safeParse({ minutes: 0 })),
    ...issuesOf(breakingSchema.safeParse({ until: "2026-12-01T10:00:00Z", minutes: 30 })),
    ...issuesOf(homePinSchema.safeParse({ slot: 0, minutes: 0 })),
    ...issuesOf(typedText().safeParse(5)),
    ...fieldRefusals(
      keysetCursor({ kind: "audit", key: "instant", id: "serial" }).decode(
        keysetCursor({ kind: "people", key: "text", id: "uuid" }).encode({ key: "x", id: "6f1c2f5e-8f0a-4d8e-9a57-2f3f0b7c1a11" }),
      ),
    ),
    ...documentRefusals("<p>hello</p>"),
    ...documentRefusals(doc()),
    ...documentRefusals(doc(...Array.from({ length: 2_001 }, () => ({ type: "paragraph" })))),
    ...documentRefusals(doc(...Array.from({ length: 11 }, () => ({ type: "paragraph", content: [{ type: "text", text: "x".repeat(19_000) }] })))),
    ...documentRefusals(nestedLists(9)),
    ...documentRefusals(doc({ type: "paragraph", content: [{ type: "text", text: "x", marks: [deepArrays(100)] }] })),
    ...documentRefusals(doc({ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] })),
    ...documentRefusals(
      doc({ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: `https://x.test/${"a".repeat(2048)}` } }] }] }),
    ),
    ...documentRefusals(doc({ type: "paragraph", content: [{ type: "text", text: "" }] })),
    ...documentRefusals(doc({ type: "paragraph", content: [{ type: "text", text: "x".repeat(20_001) }] })),
    ...documentRefusals(doc({ type: "paragraph", content: [{ type: "text", text: "a\u0000" }] })),
    ...documentRefusals(doc({ type: "paragraph", content: [{ type: "text", text: "a\udc00" }] })),
    ...documentRefusals(doc({ type: "relatedStory", attrs: { articleId: null, headline: " " } })),
    ...documentRefusals(doc({ type: "relatedStory", attrs: { articleId: null, headline: "x".repeat(501) } })),
    ...wireRefusal(`H\n\n${"word ".repeat(250_000)}`),
    ...wireRefusal("\u0000binary"),
    ...wireRefusal(""),
    ...wireRefusal("Comments"),
    ...wireRefusal("Only a headline"),
    ...wireRefusal(
      copy(
        "عنوان",
        Array.from({ length: 2_001 }, (_, i) => `فقرة ${i + 1}.`),
      ),
    ),
    ...wireRefusal(
      copy(
        "عنوان",
        Array.from({ length: 11 }, () => prose(19_000)),
      ),
    ),
    ...wireRefusal(copy(prose(301), ["نص."])),
    ...wireRefusal(copy("عنوان", ["نص.", `اقرأ المزيد: ${prose(501)}`])),
    ...wireRefusal(copy("عنوان", [prose(20_001)])),
    ...refusedStep({ ...editor, active: false }, story("draft"), "in_review", { now }),
    ...refusedStep(editor, story("draft"), "published", { now }),
    ...refusedStep(reporter, story("draft"), "published", { now }),
    ...refusedStep(reporter, story("in_review"), "changes_requested", { reason: "x", now }),
    ...refusedStep(editor, story("in_review", ["e"]), "approved", { now }),
    ...refusedStep(editor, story("approved", ["e"], false), "published", { now }),
    ...refusedStep(admin, story("in_review", ["a"]), "approved", { now }),
    ...refusedStep(editor, story("in_review"), "changes_requested", { now }),
    ...refusedStep(editor, story("in_review"), "changes_requested", { reason: "x".repeat(2001), now }),
    ...refusedStep(editor, story("approved"), "scheduled", { now }),
    ...refusedStep(editor, story("approved"), "scheduled", { publishAt: now, now }),
    ...refusedChange(reporter, { id: "t", role: "reporter", active: true }, { name: "x" }, 2),
    ...refusedChange(admin, { id: "b", role: "admin", active: true }, { role: "editor" }, 1),
    ...refusedChange(admin, admin, { active: false }, 1),
    ...[
      passwordProblem("short"),
      passwordProblem("x".repeat(1025)),
      passwordProblem("password123456"),
      passwordProblem("Sara Mansour 2026", { name: "sara mansour" }),
    ].filter((p) => p !== null),
    ...[sizeProblem(0), sizeProblem(Number.MAX_SAFE_INTEGER), pixelProblem(30_000, 30_000), filenameProblem("../../etc/passwd")].filter((p) => p !== null),
    ...issuesOf(mediaUploadSchema.safeParse({ alt: 1, caption: 1, credit: "", usageNote: 1, decorative: "maybe" })),
    ...issuesOf(mediaChangeSchema.safeParse({ alt: "x".repeat(501), caption: "x".repeat(1001), credit: "x".repeat(201), usageNote: "x".repeat(1001) })),
    ...sniffed,
  ];
}

describe("refusals as lib/ gives them", () => {
  const refusals = refusalsFromWrongInput();

  it("cover every input-check reason in the catalogue (a new reason needs a case here)", () => {
    const given = new Set(refusals.map((r) => r.reason));
    expect(Object.keys(fieldsEn).filter((reason) => !given.has(reason))).toEqual([]);
  });

  it.each(LOCALES)("read as whole sentences in %s, every argument filled from the refusal's own params", (locale) => {
    for (const refusal of refusals) {
      const text = format(locale, refusal);
      expect(text, refusal.reason).not.toMatch(/[{}]/);
      expect(text.length, refusal.reason).toBeGreaterThan(5);
    }
  });

  it("keep the English words the API has always sent", () => {
    const en = (reason: string, params?: Refusal["params"]) => format("en", { reason, params });
    expect(en("headline_too_long", { max: 300 })).toBe("Keep the headline to 300 characters.");
    expect(en("password_too_long", { max: 1024 })).toBe("Use at most 1,024 characters.");
    expect(en("limit_out_of_range", { min: 1, max: 100 })).toBe("Limit must be a number from 1 to 100.");
    expect(en("transition_step_not_allowed", { step: "request_changes" })).toBe("Your role may not request changes this story.");
    expect(en("transition_step_not_allowed", { step: "approve" })).toBe("Your role may not approve this story.");
    expect(en("transition_unknown", { from: "draft", to: "published" })).toBe("A story that is draft cannot become published.");
    expect(en("wire_paragraph_too_long", { opening: "Opening words…", length: 20_001, max: 20_000 })).toBe(
      "The paragraph beginning “Opening words…” has 20,001 characters; a paragraph may have at most 20,000. Separate paragraphs with a blank line.",
    );
    expect(en("wire_too_large", { megabytes: 1 })).toBe("The text is larger than 1 MB.");
  });

  it("agree in Arabic with the number they show", () => {
    const ar = (reason: string, params: Refusal["params"]) => format("ar", { reason, params });
    expect(ar("headline_too_long", { max: 300 })).toBe("يجب ألا يتجاوز العنوان 300 حرف.");
    expect(ar("address_too_long", { max: 60 })).toBe("يجب ألا يتجاوز المسار في الرابط 60 حرفًا.");
    expect(ar("password_too_short", { min: 12 })).toBe("يجب ألا تقل كلمة المرور عن 12 حرفًا.");
    expect(ar("list_too_deep", { max: 8, path: "content.0" })).toBe("لا يجوز أن تتداخل القوائم لأكثر من 8 مستويات.");
    expect(ar("name_too_long", { max: 2 })).toBe("يجب ألا يتجاوز الاسم حرفين.");
    expect(ar("transition_unknown", { from: "draft", to: "published" })).toBe("لا يمكن نقل قصة حالتها «مسودة» إلى «منشورة».");
  });
});

describe("the services' refusals", () => {
  it("are worded in Arabic and English alike", () => {
    expect(Object.keys(servicesAr).sort()).toEqual(Object.keys(servicesEn).sort());
  });

  it("are all in the catalogue, wherever a service, route or action gives one", () => {
    const catalogue = new Set([...Object.keys(servicesEn), ...Object.keys(fieldsEn)]);
    const used = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = `${dir}/${entry.name}`;
        if (entry.isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) {
          const source = readFileSync(path, "utf8");
          for (const m of source.matchAll(/\bfail\(\s*"[a-z_]+",\s*"([a-z0-9_]+)"/g)) used.add(m[1]!);
          for (const m of source.matchAll(/\bfailField\(\s*"[a-z_]+",\s*"[A-Za-z_.]+",\s*"([a-z0-9_]+)"/g)) used.add(m[1]!);
          for (const m of source.matchAll(/\b(?:refusal|missing):\s*"([a-z0-9_]+)"/g)) used.add(m[1]!);
        }
      }
    };
    for (const dir of ["db/services", "server", "app/api"]) walk(dir);
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((reason) => !catalogue.has(reason))).toEqual([]);
  });
});
