CREATE TABLE "section_slugs" (
	"slug" text PRIMARY KEY NOT NULL,
	"section_id" uuid NOT NULL,
	"retired_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "section_slugs" ADD CONSTRAINT "section_slugs_section_id_sections_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."sections"("id") ON DELETE cascade ON UPDATE no action;