import localFont from "next/font/local";

// Self-hosted from @fontsource packages: builds have no network access.
export const sansArabic = localFont({
  src: [
    { path: "../node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2", weight: "400" },
    { path: "../node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-600-normal.woff2", weight: "600" },
    { path: "../node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff2", weight: "700" },
  ],
  variable: "--font-sans-arabic",
  display: "swap",
});

export const naskhArabic = localFont({
  src: [
    { path: "../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2", weight: "400" },
    { path: "../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2", weight: "700" },
  ],
  variable: "--font-naskh-arabic",
  display: "swap",
});
