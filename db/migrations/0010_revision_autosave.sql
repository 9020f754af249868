ALTER TABLE "revisions" ADD COLUMN "autosave" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "revisions" ADD COLUMN "updated_at" timestamp with time zone;--> statement-breakpoint
-- History is never rewritten: only an open autosave revision may take new text
-- (and be sealed); its story, author and birth time never change.
CREATE FUNCTION revisions_refuse_rewrite() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT OLD.autosave THEN
    RAISE EXCEPTION 'revision % is sealed and cannot change', OLD.id
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.article_id <> OLD.article_id OR NEW.created_by IS DISTINCT FROM OLD.created_by OR NEW.created_at <> OLD.created_at THEN
    RAISE EXCEPTION 'revision % cannot move to another story, author or time', OLD.id
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER revisions_sealed
  BEFORE UPDATE ON revisions
  FOR EACH ROW EXECUTE FUNCTION revisions_refuse_rewrite();
