import { keysetCursor } from "../pagination/cursor";

/** Where a page of a section's stories (newest first) ends: the reader's "older stories" link. */
export const sectionStoriesCursor = keysetCursor({ kind: "public/section", key: "instant", id: "uuid" });

/** Where a page of the corrections list (newest first) ends. */
export const correctionsCursor = keysetCursor({ kind: "public/corrections", key: "instant", id: "uuid" });

/** Where a page of a person's stories on their author page (newest first) ends. */
export const authorStoriesCursor = keysetCursor({ kind: "public/author", key: "instant", id: "uuid" });
