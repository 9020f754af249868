import type { Role } from "@/lib/authz/roles";

/** Demo accounts for local use only; the README lists them. */
export const DEMO_USERS: { email: string; name: string; role: Role; password: string; locale: "ar" | "en" }[] = [
  { email: "reporter@newsroom.test", name: "سارة منصور", role: "reporter", password: "newsroom-reporter", locale: "ar" },
  { email: "editor@newsroom.test", name: "خالد عبد الله", role: "editor", password: "newsroom-editor", locale: "ar" },
  { email: "admin@newsroom.test", name: "Laila Hassan", role: "admin", password: "newsroom-admin", locale: "en" },
];

export const SECTIONS = [
  { slug: "world", nameAr: "أهم أخبار العالم", nameEn: "World", position: 1 },
  { slug: "egypt", nameAr: "مصر", nameEn: "Egypt", position: 2 },
  { slug: "politics", nameAr: "سياسة", nameEn: "Politics", position: 3 },
  { slug: "economy", nameAr: "اقتصاد", nameEn: "Economy", position: 4 },
  { slug: "sports", nameAr: "رياضة", nameEn: "Sports", position: 5 },
  { slug: "culture", nameAr: "ثقافة", nameEn: "Culture", position: 6 },
];

/** The reference story: published in World by the demo reporter, 2018-06-17 01:58 Cairo time. */
export const REFERENCE_STORY = {
  file: "article-ar-wire.txt",
  sectionSlug: "world",
  authorEmail: "reporter@newsroom.test",
  year: 2018,
  timeZone: "Africa/Cairo",
} as const;
