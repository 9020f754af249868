import { z } from "../zod";
import { typedText } from "./text";

/** First path segments the application owns (the desk's and the reader's site's own pages); no section may take them. */
export const RESERVED_SECTION_SLUGS = [
  "api",
  "dashboard",
  "admin",
  "login",
  "logout",
  "invite",
  "_next",
  "author",
  "corrections",
  "search",
  "sitemaps",
  "feeds",
  "bench-ceiling",
  "media",
] as const;

const slug = typedText({ type: "address_required" })
  .trim()
  .toLowerCase()
  .min(1, "address_required")
  .max(60, "address_too_long")
  .regex(/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u, "address_invalid")
  .refine((v) => !(RESERVED_SECTION_SLUGS as readonly string[]).includes(v), "address_reserved");
const nameAr = typedText({ type: "section_name_ar_required" }).trim().min(1, "section_name_ar_required").max(100, "name_too_long");
const nameEn = typedText({ type: "section_name_en_required" }).trim().min(1, "section_name_en_required").max(100, "name_too_long");

export const newSectionSchema = z.strictObject({ slug, nameAr, nameEn });

export const sectionChangeSchema = z
  .strictObject({
    slug: slug.optional(),
    nameAr: nameAr.optional(),
    nameEn: nameEn.optional(),
    hidden: z.boolean({ error: "hidden_not_boolean" }).optional(),
    /** The version the change was made against; a newer one is a conflict rather than an overwrite. */
    version: z.coerce.number({ error: "version_not_number" }).int("version_not_number").min(1, "version_not_number").optional(),
  })
  .refine(({ version: _version, ...c }) => Object.values(c).some((v) => v !== undefined), {
    message: "send_one_of",
    params: { fields: "slug, nameAr, nameEn, hidden" },
    path: ["_"],
  });

export const sectionMoveSchema = z.strictObject({ direction: z.enum(["up", "down"], { error: "direction_unknown" }) });

export type NewSectionInput = z.output<typeof newSectionSchema>;
export type SectionChangeInput = z.output<typeof sectionChangeSchema>;
