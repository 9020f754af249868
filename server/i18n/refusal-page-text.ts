import "server-only";
import { getTranslations } from "next-intl/server";
import type { Refusal } from "@/lib/errors";

/** Refusals in the reader's language, for server-rendered pages (forms use useRefusalText). */
export async function pageRefusalText(): Promise<(refusal: Refusal) => string> {
  const t = await getTranslations("refusals");
  return (refusal) => (t.has(refusal.reason) ? t(refusal.reason as never, refusal.params as never) : refusal.reason);
}
