import { z } from "zod";
import { typedText } from "./text";

/** First path segments the application owns; no section may take them. */
const RESERVED_SECTION_SLUGS = ["api", "dashboard", "admin", "login", "logout", "invite", "_next"] as const;

const slug = typedText({ type: "Enter an address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter an address.")
  .max(60, "Keep the address to 60 characters.")
  .regex(/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u, "Use letters, digits and single hyphens, such as world or اقتصاد.")
  .refine((v) => !(RESERVED_SECTION_SLUGS as readonly string[]).includes(v), "This address belongs to the application; choose another.");
const name = (what: string) => typedText({ type: `Enter the ${what} name.` }).trim().min(1, `Enter the ${what} name.`).max(100, "Keep the name to 100 characters.");

export const newSectionSchema = z.strictObject({ slug, nameAr: name("Arabic"), nameEn: name("English") });

export const sectionChangeSchema = z
  .strictObject({
    slug: slug.optional(),
    nameAr: name("Arabic").optional(),
    nameEn: name("English").optional(),
    hidden: z.boolean({ error: "hidden must be true or false." }).optional(),
    /** The version the change was made against; a newer one is a conflict rather than an overwrite. */
    version: z.coerce.number({ error: "version must be a number." }).int().min(1).optional(),
  })
  .refine(({ version: _version, ...c }) => Object.values(c).some((v) => v !== undefined), { message: "Send at least one of slug, nameAr, nameEn, hidden.", path: ["_"] });

export const sectionMoveSchema = z.strictObject({ direction: z.enum(["up", "down"], { error: "direction must be up or down." }) });

export type NewSectionInput = z.output<typeof newSectionSchema>;
export type SectionChangeInput = z.output<typeof sectionChangeSchema>;
