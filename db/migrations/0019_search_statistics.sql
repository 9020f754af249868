-- The planner chooses between walking the newest stories and gathering a word's few matches by
-- how common it believes the word is. With the default statistics a rare word is taken for a
-- middling one and every story is walked; a longer list of common words gives the rest their due.
ALTER TABLE "search_documents" ALTER COLUMN "vector" SET STATISTICS 10000;--> statement-breakpoint
ALTER TABLE "search_documents" ALTER COLUMN "headline_vector" SET STATISTICS 10000;
