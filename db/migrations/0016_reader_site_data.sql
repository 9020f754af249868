CREATE TABLE "corrections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_id" uuid NOT NULL,
	"revision_id" uuid NOT NULL,
	"wrong" text NOT NULL,
	"correct" text NOT NULL,
	"public_text" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "home_slot" integer;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "home_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "slug" text;--> statement-breakpoint
-- Existing people get the address lib/arabic/slug.ts would give their name (marks and tatweel
-- dropped, letter variants folded, Arabic-Indic digits made ASCII, anything else a hyphen);
-- a name that gives the same address as an earlier person's gets the start of the id after it.
WITH named AS (
  SELECT "id", "created_at", coalesce(nullif(trim(BOTH '-' FROM regexp_replace(
    translate(regexp_replace(lower("name"), '[\u0610-\u061A\u064B-\u065F\u0670\u0640]', '', 'g'),
      'آأإٱىة٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹', 'اااايه01234567890123456789'),
    '[^0-9a-z\u00C0-\u024F\u0621-\u063A\u0641-\u064A\u066E-\u06D3]+', '-', 'g')), ''), 'author') AS "base"
  FROM "users"
), numbered AS (
  SELECT "id", "base", row_number() OVER (PARTITION BY "base" ORDER BY "created_at", "id") AS "n" FROM named
)
UPDATE "users" SET "slug" = CASE WHEN numbered."n" = 1 THEN numbered."base" ELSE numbered."base" || '-' || left(numbered."id"::text, 8) END
FROM numbered WHERE numbered."id" = "users"."id";--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "slug" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "corrections" ADD CONSTRAINT "corrections_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "corrections" ADD CONSTRAINT "corrections_revision_id_revisions_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."revisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "corrections" ADD CONSTRAINT "corrections_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "corrections_article_idx" ON "corrections" USING btree ("article_id","created_at");--> statement-breakpoint
CREATE INDEX "corrections_created_id_idx" ON "corrections" USING btree ("created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "articles_home_slot_key" ON "articles" USING btree ("home_slot") WHERE "articles"."home_slot" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "users_slug_key" ON "users" USING btree ("slug");--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_home_slot_range" CHECK ("articles"."home_slot" between 1 and 5);