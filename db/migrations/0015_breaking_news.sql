CREATE INDEX "articles_breaking_idx" ON "articles" USING btree ("breaking_until") WHERE "articles"."breaking_until" is not null;--> statement-breakpoint
ALTER TABLE "articles" DROP COLUMN "breaking";