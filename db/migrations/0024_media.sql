CREATE TABLE "media" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"filename" text NOT NULL,
	"format" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"bytes" integer NOT NULL,
	"original_key" text NOT NULL,
	"variants" jsonb NOT NULL,
	"language" "article_language" DEFAULT 'ar' NOT NULL,
	"alt" text,
	"decorative" boolean DEFAULT false NOT NULL,
	"caption" text DEFAULT '' NOT NULL,
	"credit" text DEFAULT '' NOT NULL,
	"usage_note" text,
	"search_key" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "media_size_positive" CHECK ("media"."width" > 0 and "media"."height" > 0 and "media"."bytes" > 0)
);
--> statement-breakpoint
ALTER TABLE "revisions" ADD COLUMN "featured_image_id" uuid;--> statement-breakpoint
ALTER TABLE "revisions" ADD COLUMN "media_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "media" ADD CONSTRAINT "media_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "media_created_id_idx" ON "media" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "media_uploader_created_idx" ON "media" USING btree ("uploaded_by","created_at");--> statement-breakpoint
CREATE INDEX "media_search_key_trgm_idx" ON "media" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "revisions_media_ids_idx" ON "revisions" USING gin ("media_ids");