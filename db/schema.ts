import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  customType,
  index,
  inet,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { ROLES } from "@/lib/authz/roles";
import { LOCALES } from "@/lib/i18n/locale";
import type { RichTextDocument } from "@/lib/richtext/schema";
import { ARTICLE_STATUSES } from "@/lib/workflow/states";

export const userRole = pgEnum("user_role", ROLES);
export const uiLocale = pgEnum("ui_locale", LOCALES);
export const articleLanguage = pgEnum("article_language", ["ar", "en"]);
export const articleStatus = pgEnum("article_status", ARTICLE_STATUSES);

/** The story a row belongs to; the row goes when the story does. */
function articleIdColumn() {
  return uuid("article_id")
    .notNull()
    .references((): AnyPgColumn => articles.id, { onDelete: "cascade" });
}

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: userRole("role").notNull(),
    passwordHash: text("password_hash"),
    active: boolean("active").notNull().default(true),
    locale: uiLocale("locale"),
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
    /** The person's address on the reader's site (/author/<slug>); set when the account is made and kept through renames, so links stay good. */
    slug: text("slug").notNull(),
    /** Bumped by every change to name, role or active: the admin's form saves against the one it showed. */
    version: integer("version").notNull().default(1),
    /** The person asked for their notifications by e-mail too (the bell always has them). */
    notifyByEmail: boolean("notify_by_email").notNull().default(false),
    ...timestamps,
  },
  (t) => [uniqueIndex("users_email_lower_key").on(sql`lower(${t.email})`), uniqueIndex("users_slug_key").on(t.slug)],
);

export const sections = pgTable("sections", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  nameAr: text("name_ar").notNull(),
  nameEn: text("name_en").notNull(),
  position: integer("position").notNull().default(0),
  hidden: boolean("hidden").notNull().default(false),
  /** Bumped by every change to names, address or visibility: the admin's form saves against the one it showed. */
  version: integer("version").notNull().default(1),
  ...timestamps,
});

/** Addresses a section had before its slug changed; stories under them answer with a 301. */
export const sectionSlugs = pgTable("section_slugs", {
  slug: text("slug").primaryKey(),
  sectionId: uuid("section_id")
    .notNull()
    .references(() => sections.id, { onDelete: "cascade" }),
  retiredAt: timestamp("retired_at", { withTimezone: true }).notNull().defaultNow(),
});

export const articles = pgTable(
  "articles",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    /** Set by hand: the address no longer follows the headline before first publication. */
    slugChosen: boolean("slug_chosen").notNull().default(false),
    sectionId: uuid("section_id")
      .notNull()
      .references(() => sections.id),
    language: articleLanguage("language").notNull(),
    status: articleStatus("status").notNull().default("draft"),
    version: integer("version").notNull().default(1),
    workingRevisionId: uuid("working_revision_id").references((): AnyPgColumn => revisions.id),
    liveRevisionId: uuid("live_revision_id").references((): AnyPgColumn => revisions.id),
    /** The revision an editor other than its authors approved; what an author may put out. */
    approvedRevisionId: uuid("approved_revision_id").references((): AnyPgColumn => revisions.id),
    publishAt: timestamp("publish_at", { withTimezone: true }),
    /** The queued job (pg-boss) that publishes a scheduled story at `publishAt`. */
    scheduledJobId: uuid("scheduled_job_id"),
    /** How late, in seconds, the schedule that put the story out fired (set when a minute or more). */
    publishedLateSeconds: integer("published_late_seconds"),
    /** When the source says the story was filed (an imported wire dateline). */
    datelineAt: timestamp("dateline_at", { withTimezone: true }),
    firstPublishedAt: timestamp("first_published_at", { withTimezone: true }),
    /** The working revision's headline and its search key, kept here for the desk's lists. */
    headline: text("headline").notNull().default(""),
    searchKey: text("search_key").notNull().default(""),
    statusChangedAt: timestamp("status_changed_at", { withTimezone: true }).notNull().defaultNow(),
    /** Why the story is where it is (changes requested, unpublished, spiked), shown to its authors. */
    statusReason: text("status_reason"),
    deadline: timestamp("deadline", { withTimezone: true }),
    assignedEditorId: uuid("assigned_editor_id").references(() => users.id),
    createdBy: uuid("created_by").references(() => users.id),
    /** Until when the story shows in the breaking-news bar (lib/breaking); null when it does not. */
    breakingUntil: timestamp("breaking_until", { withTimezone: true }),
    /** The story's place on the home page chosen by an editor (1 = the lead), until `homeUntil` when set (lib/site/home-slots). */
    homeSlot: integer("home_slot"),
    homeUntil: timestamp("home_until", { withTimezone: true }),
    source: text("source"),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("articles_section_slug_key").on(t.sectionId, t.slug),
    index("articles_status_published_idx").on(t.status, t.firstPublishedAt),
    // The desk's list: each sort key with the id as tie-breaker, for keyset pages. Plain ascending
    // indexes, which PostgreSQL also reads backwards for the default DESC (NULLS FIRST) order.
    index("articles_updated_id_idx").on(t.updatedAt, t.id),
    index("articles_status_updated_id_idx").on(t.status, t.updatedAt, t.id),
    index("articles_section_updated_id_idx").on(t.sectionId, t.updatedAt, t.id),
    index("articles_created_id_idx").on(t.createdAt, t.id),
    index("articles_headline_id_idx").on(t.headline, t.id),
    index("articles_deadline_order_idx").on(sql`coalesce(${t.deadline}, 'infinity'::timestamptz)`, t.id),
    index("articles_status_deadline_idx").on(t.status, t.deadline),
    index("articles_assigned_editor_idx").on(t.assignedEditorId, t.status),
    index("articles_search_key_trgm_idx").using("gin", sql`${t.searchKey} gin_trgm_ops`),
    // From a revision to its story: search finds revisions and joins their stories through these.
    uniqueIndex("articles_working_revision_key").on(t.workingRevisionId),
    uniqueIndex("articles_live_revision_key").on(t.liveRevisionId),
    // The reader's lists (latest, a section's pages), newest first on the time readers see, read
    // from the top or from a keyset position. Only public stories: the rest never reach readers.
    index("articles_public_published_id_idx")
      .on(sql`coalesce(${t.firstPublishedAt}, ${t.publishAt})`, t.id)
      .where(sql`${t.status} in ('published', 'scheduled')`),
    index("articles_section_public_published_id_idx")
      .on(t.sectionId, sql`coalesce(${t.firstPublishedAt}, ${t.publishAt})`, t.id)
      .where(sql`${t.status} in ('published', 'scheduled')`),
    index("articles_breaking_idx")
      .on(t.breakingUntil)
      .where(sql`${t.breakingUntil} is not null`),
    uniqueIndex("articles_home_slot_key")
      .on(t.homeSlot)
      .where(sql`${t.homeSlot} is not null`),
    check("articles_home_slot_range", sql`${t.homeSlot} between 1 and 5`),
  ],
);

/** Addresses a published story had before; they answer with a permanent redirect. */
export const articleSlugs = pgTable(
  "article_slugs",
  {
    articleId: articleIdColumn(),
    sectionId: uuid("section_id")
      .notNull()
      .references(() => sections.id),
    slug: text("slug").notNull(),
    retiredAt: timestamp("retired_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sectionId, t.slug] }), index("article_slugs_article_idx").on(t.articleId)],
);

export const articleAuthors = pgTable(
  "article_authors",
  {
    articleId: articleIdColumn(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.userId] }), index("article_authors_user_idx").on(t.userId)],
);

/**
 * A correction published with an update of a story: what was wrong and what
 * is right, for the record, and the sentence readers see at the story's foot.
 * Kept for good, never edited.
 */
export const corrections = pgTable(
  "corrections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    articleId: articleIdColumn(),
    /** The revision the update put out. */
    revisionId: uuid("revision_id")
      .notNull()
      .references((): AnyPgColumn => revisions.id),
    wrong: text("wrong").notNull(),
    correct: text("correct").notNull(),
    publicText: text("public_text").notNull(),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("corrections_article_idx").on(t.articleId, t.createdAt), index("corrections_created_id_idx").on(t.createdAt, t.id)],
);

/** Immutable snapshots of a story; the body is validated rich-text JSON, never HTML. */
export const revisions = pgTable(
  "revisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    articleId: articleIdColumn(),
    headline: text("headline").notNull(),
    dek: text("dek"),
    body: jsonb("body").$type<RichTextDocument>().notNull(),
    sectionId: uuid("section_id")
      .notNull()
      .references(() => sections.id),
    tags: text("tags")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    status: articleStatus("status").notNull(),
    reason: text("reason"),
    /** The earlier version this one brought back, when it is a restore; the desk words it in the reader's language. */
    restoredFromId: uuid("restored_from_id").references((): AnyPgColumn => revisions.id),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * An autosave revision stays open: its author's further autosaves update it
     * in place so history is not flooded. Explicit saves, transitions and
     * restores seal it; a sealed revision never changes (enforced by trigger).
     */
    autosave: boolean("autosave").notNull().default(false),
    /** When an open autosave revision last took new text. */
    updatedAt: timestamp("updated_at", { withTimezone: true }),
    /**
     * The picture shown above the story and in link previews. Not a foreign
     * key: a sealed revision never changes, so a picture deleted later leaves
     * old versions naming it, and readers get no picture rather than an error.
     */
    featuredImageId: uuid("featured_image_id"),
    /** Every picture this version shows (featured and in the body), for the library's "where used". */
    mediaIds: uuid("media_ids")
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
  },
  (t) => [
    index("revisions_article_created_idx").on(t.articleId, t.createdAt),
    index("revisions_media_ids_idx").using("gin", t.mediaIds),
    // The full schema is checked in lib/richtext on write; this keeps HTML strings out even for raw SQL.
    check("revisions_body_is_document", sql`jsonb_typeof(${t.body}) = 'object' and ${t.body}->>'type' = 'doc'`),
  ],
);

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * A revision as search finds it (db/queries/search-documents.ts), written in
 * the same statement pair as the revision, so a story is findable the moment
 * its save returns. Its text is lib/search/search-text.ts's, stemmed by the
 * story language's configuration: the headline alone, headline and summary,
 * and the whole story weighted A (headline), B (summary), C (body) with its
 * pairs of neighbouring words for phrases (search_vectors(), migration 0020). Kept for a story's current revisions; the desk searches the working
 * one, readers the live one.
 */
export const searchDocuments = pgTable(
  "search_documents",
  {
    revisionId: uuid("revision_id")
      .primaryKey()
      .references(() => revisions.id, { onDelete: "cascade" }),
    articleId: articleIdColumn(),
    /** The PostgreSQL text search configuration it was stemmed with: arabic or english. */
    config: text("config").notNull(),
    /** lib/search/search-text.ts's SEARCH_TEXT_VERSION it was made with; an older one is rebuilt. */
    textVersion: integer("text_version").notNull(),
    headlineVector: tsvector("headline_vector").notNull(),
    /** Headline and summary, weighted A and B: where a match puts a story in search's second tier. */
    leadVector: tsvector("lead_vector")
      .notNull()
      .default(sql`''::tsvector`),
    vector: tsvector("vector").notNull(),
    /**
     * When the story last changed, if this is its working revision: the desk's order. Kept by the
     * database (migration 0020's triggers) from the story's row, so that search can order and
     * window its matches without reading every story.
     */
    deskAt: timestamp("desk_at", { withTimezone: true }),
    /** When readers saw the story first, if this is its live revision and readers can see it (published, section shown). */
    publicAt: timestamp("public_at", { withTimezone: true }),
  },
  (t) => [
    index("search_documents_article_idx").on(t.articleId),
    // One GIN index per language and vector: a word is looked up among the stories stemmed in the
    // query's language only (an Arabic word left whole by the English stemmer would otherwise
    // bring back every Arabic story holding it, to be read and dropped one by one).
    ...(["arabic", "english"] as const).flatMap((config) => [
      index(`search_documents_${config}_vector_idx`)
        .using("gin", t.vector)
        .where(sql`${t.config} = ${sql.raw(`'${config}'`)}`),
      index(`search_documents_${config}_lead_vector_idx`)
        .using("gin", t.leadVector)
        .where(sql`${t.config} = ${sql.raw(`'${config}'`)}`),
      index(`search_documents_${config}_headline_vector_idx`)
        .using("gin", t.headlineVector)
        .where(sql`${t.config} = ${sql.raw(`'${config}'`)}`),
    ]),
    // Each scope's order with the story as tie-breaker, and the revision to read: walked from the
    // newest, or read as a range that narrows the GIN index's matches.
    index("search_documents_desk_idx")
      .on(t.deskAt, t.articleId, t.revisionId)
      .where(sql`${t.deskAt} is not null`),
    index("search_documents_public_idx")
      .on(t.publicAt, t.articleId, t.revisionId)
      .where(sql`${t.publicAt} is not null`),
    check("search_documents_config", sql`${t.config} in ('arabic', 'english')`),
  ],
);

/** Every word search has indexed, as searchText() writes it: where a misspelt query word finds the word it meant (pg_trgm). */
export const searchWords = pgTable("search_words", { word: text("word").primaryKey() }, (t) => [
  index("search_words_trgm_idx").using("gin", sql`${t.word} gin_trgm_ops`),
]);

/** One row: the SEARCH_TEXT_VERSION every current revision's document has been built with (db/search-backfill.ts). */
export const searchIndexState = pgTable(
  "search_index_state",
  {
    id: integer("id").primaryKey().default(1),
    textVersion: integer("text_version").notNull(),
  },
  (t) => [check("search_index_state_one_row", sql`${t.id} = 1`)],
);

/** Who has a story open: a heartbeat every few seconds; silence for 30 s means gone. */
export const articlePresence = pgTable(
  "article_presence",
  {
    articleId: articleIdColumn(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    seenAt: timestamp("seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.userId] })],
);

export const notes = pgTable(
  "notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    articleId: articleIdColumn(),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("notes_article_created_idx").on(t.articleId, t.createdAt)],
);

/** Append-only: a trigger in the migrations refuses UPDATE and DELETE. */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    actorId: uuid("actor_id").references(() => users.id),
    action: text("action").notNull(),
    objectType: text("object_type").notNull(),
    objectId: text("object_id"),
    before: jsonb("before"),
    after: jsonb("after"),
    ip: inet("ip"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("audit_events_created_idx").on(t.createdAt, t.id),
    index("audit_events_actor_idx").on(t.actorId, t.createdAt),
    index("audit_events_object_idx").on(t.objectType, t.objectId, t.createdAt),
  ],
);

/**
 * One row per sign-in. The session cookie names its row, so a session can be
 * ended on the server (sign-out, and later deactivation or a password reset),
 * which a signed cookie alone cannot do.
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("user_sessions_user_idx").on(t.userId)],
);

/**
 * One-time links to set a password: for a new person (invite) or after an
 * admin reset. Only a hash of the token is kept; a link is good once, until
 * it expires or a newer one replaces it.
 */
export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    tokenHash: text("token_hash").notNull().unique(),
    purpose: text("purpose", { enum: ["invite", "reset"] }).notNull(),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("invitations_user_idx").on(t.userId), check("invitations_purpose", sql`${t.purpose} in ('invite', 'reset')`)],
);

/**
 * What a person is told about (lib/notifications/kinds.ts), worded on their
 * screen in their language. Written in the transaction of the change it tells
 * of; e-mail, when the person asked for it, leaves afterwards from the worker
 * (`mail_pending` is its outbox).
 */
export const notifications = pgTable(
  "notifications",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    recipientId: uuid("recipient_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    articleId: uuid("article_id").references(() => articles.id, { onDelete: "cascade" }),
    actorId: uuid("actor_id").references(() => users.id),
    /** Raised by a job that may run twice (a deadline reminder): at most one per recipient and key. */
    dedupeKey: text("dedupe_key"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
    mailPending: boolean("mail_pending").notNull().default(false),
  },
  (t) => [
    index("notifications_recipient_idx").on(t.recipientId, t.createdAt.desc(), t.id.desc()),
    index("notifications_unread_idx")
      .on(t.recipientId)
      .where(sql`${t.readAt} is null`),
    index("notifications_mail_idx")
      .on(t.id)
      .where(sql`${t.mailPending}`),
    uniqueIndex("notifications_dedupe_key").on(t.recipientId, t.dedupeKey),
  ],
);

/** One file a variant of an image is kept as: readers fetch it by `key`, which is a hash of its bytes. */
export type MediaVariant = { format: "avif" | "webp" | "jpeg"; width: number; height: number; key: string; bytes: number };

/**
 * The media library: one row per picture, under an id that stays the same
 * when its file is replaced. The original (kept as uploaded, for the desk
 * only) and the variants readers get live in the media store (server/media).
 */
export const media = pgTable(
  "media",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    uploadedBy: uuid("uploaded_by")
      .notNull()
      .references(() => users.id),
    /** The uploaded file's name, as a label only: keys are ours. */
    filename: text("filename").notNull(),
    format: text("format").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    bytes: integer("bytes").notNull(),
    originalKey: text("original_key").notNull(),
    variants: jsonb("variants").$type<MediaVariant[]>().notNull(),
    /** The alt text's language: a story's, Arabic unless said. */
    language: articleLanguage("language").notNull().default("ar"),
    alt: text("alt"),
    decorative: boolean("decorative").notNull().default(false),
    caption: text("caption").notNull().default(""),
    credit: text("credit").notNull().default(""),
    /** Rights, embargo or expiry, for the desk; never shown to readers. */
    usageNote: text("usage_note"),
    /** Caption, credit, alt text and file name folded for search (lib/arabic/normalize). */
    searchKey: text("search_key").notNull().default(""),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index("media_created_id_idx").on(t.createdAt, t.id),
    index("media_uploader_created_idx").on(t.uploadedBy, t.createdAt),
    index("media_search_key_trgm_idx").using("gin", sql`${t.searchKey} gin_trgm_ops`),
    check("media_size_positive", sql`${t.width} > 0 and ${t.height} > 0 and ${t.bytes} > 0`),
  ],
);

/** Every sign-in attempt, for throttling per email and per client address. */
export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    email: text("email").notNull(),
    ip: inet("ip"),
    succeeded: boolean("succeeded").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("login_attempts_email_idx").on(t.email, t.createdAt), index("login_attempts_ip_idx").on(t.ip, t.createdAt)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Section = typeof sections.$inferSelect;
export type Article = typeof articles.$inferSelect;
export type Revision = typeof revisions.$inferSelect;
export type Invitation = typeof invitations.$inferSelect;
export type AuditEvent = typeof auditEvents.$inferSelect;
export type Media = typeof media.$inferSelect;
export type NewAuditEvent = typeof auditEvents.$inferInsert;
