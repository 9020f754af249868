import localFont from "next/font/local";

// Self-hosted from @fontsource packages: builds have no network access.
//
// A reader's first page must not wait for fonts: on a phone's slow line, five faces fetched before
// anything else held the story's text (its largest paint) back by a second and more, and swapping
// them in late moved the page under the reader (Lighthouse: performance 88, layout shift 0.37).
// So nothing is preloaded and a face is used only if it is there at once ("optional"): the first
// page may show the phone's own Arabic font, and every page after it (the faces are cached) ours.
// `npm run lighthouse` measures it.
export const sansArabic = localFont({
  src: [
    { path: "../node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2", weight: "400" },
    { path: "../node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff2", weight: "700" },
  ],
  variable: "--font-sans-arabic",
  display: "optional",
  // Semibold text takes the bold face (the nearest heavier weight).
  preload: false,
});

export const naskhArabic = localFont({
  src: [
    { path: "../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2", weight: "400" },
    { path: "../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2", weight: "700" },
  ],
  variable: "--font-naskh-arabic",
  display: "optional",
  preload: false,
});

// Latin inside Arabic copy (names, agencies, digits) in the Latin drawn to go with each Arabic
// face, not the system's Georgia or Arial beside it. The Arabic files hold no Latin glyphs, so
// these come first in the stacks: the browser takes them for Latin letters, digits and spaces and
// falls through to the Arabic face for the rest. They carry no metric-matched fallback of their own
// (it would be a system Latin face, and it would catch the Arabic letters too).
export const sansLatin = localFont({
  src: [
    { path: "../node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-latin-400-normal.woff2", weight: "400" },
    { path: "../node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-latin-700-normal.woff2", weight: "700" },
  ],
  variable: "--font-sans-latin",
  display: "optional",
  adjustFontFallback: false,
  preload: false,
});

export const naskhLatin = localFont({
  src: [
    { path: "../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-latin-400-normal.woff2", weight: "400" },
    { path: "../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-latin-700-normal.woff2", weight: "700" },
  ],
  variable: "--font-naskh-latin",
  display: "optional",
  adjustFontFallback: false,
  preload: false,
});
