import { createHash, randomBytes } from "node:crypto";

/** How long a link to set a password stays good. */
export const INVITATION_HOURS = 72;

/** A fresh one-time token (shown once, in the link) and the hash that is stored instead of it. */
export function newInvitationToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashInvitationToken(token) };
}

/** Tokens are random and long, so a fast hash is enough: the table alone cannot be replayed. */
export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The shape of a token we issue; anything else is refused before any lookup. */
export function looksLikeInvitationToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}
