import { z } from "../zod";
import { sameDocument } from "../richtext/editor-json";
import type { RichTextDocument } from "../richtext/schema";

/** What the story form edits: one snapshot is what one save sends. */
export type StoryDraft = {
  headline: string;
  dek: string;
  section: string;
  language: "ar" | "en";
  body: RichTextDocument;
};

export function sameDraft(a: StoryDraft, b: StoryDraft): boolean {
  return a.headline === b.headline && a.dek === b.dek && a.section === b.section && a.language === b.language && sameDocument(a.body, b.body);
}

/**
 * A copy of unsaved text kept in the browser until the server confirms it.
 * `version` is the story version it was typed against, so a copy older than
 * the story leads to the conflict view rather than overwriting.
 */
export type DraftBackup = { version: number; savedAt: string; draft: StoryDraft };

// The body is only checked for shape here; the server validates it in full on save.
const backupSchema = z.object({
  version: z.number().int().min(0),
  savedAt: z.string(),
  draft: z.object({
    headline: z.string(),
    dek: z.string(),
    section: z.string(),
    language: z.enum(["ar", "en"]),
    body: z.object({ type: z.literal("doc"), content: z.array(z.unknown()) }).passthrough(),
  }),
});

type KeyValueStore = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export const backupKey = (storyId: string | null) => `newsroom:draft:${storyId ?? "new"}`;

export function readBackup(store: KeyValueStore, key: string): DraftBackup | null {
  try {
    const raw = store.getItem(key);
    if (!raw) return null;
    const parsed = backupSchema.safeParse(JSON.parse(raw));
    return parsed.success ? (parsed.data as DraftBackup) : null;
  } catch {
    return null;
  }
}

/** Keeps the copy; false when the browser refuses (storage full or disabled), so the page can say so. */
export function writeBackup(store: KeyValueStore, key: string, backup: DraftBackup): boolean {
  try {
    store.setItem(key, JSON.stringify(backup));
    return true;
  } catch {
    return false;
  }
}

export function clearBackup(store: KeyValueStore, key: string): void {
  try {
    store.removeItem(key);
  } catch {
    // Storage disabled: there is nothing to clear.
  }
}
