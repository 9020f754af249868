DROP INDEX "articles_updated_idx";--> statement-breakpoint
DROP INDEX "articles_status_updated_idx";--> statement-breakpoint
DROP INDEX "articles_section_updated_idx";--> statement-breakpoint
CREATE INDEX "articles_updated_id_idx" ON "articles" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "articles_status_updated_id_idx" ON "articles" USING btree ("status","updated_at","id");--> statement-breakpoint
CREATE INDEX "articles_section_updated_id_idx" ON "articles" USING btree ("section_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "articles_created_id_idx" ON "articles" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "articles_headline_id_idx" ON "articles" USING btree ("headline","id");--> statement-breakpoint
CREATE INDEX "articles_deadline_order_idx" ON "articles" USING btree (coalesce("deadline", 'infinity'::timestamptz),"id");