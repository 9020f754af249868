import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const frameworkImports = {
  group: [
    ...["next", "next-auth", "next-intl", "drizzle-orm"].flatMap((name) => [name, `${name}/*`]),
    ...["react", "react-dom", "postgres"],
    ...["@/db", "@/db/*", "@/server", "@/server/*", "@/auth", "@/auth.*", "@/app/*", "@/components/*"],
  ],
  message: "lib/ is framework-free domain code: pass data and clocks in instead.",
};

// Zod is taken through lib/zod.ts, which keeps it from trying eval in the browser (the CSP refuses it).
const zodDirectly = { name: "zod", message: "Import { z } from lib/zod.ts: it keeps Zod from probing eval under the CSP." };

/**
 * lib/ may import lib/, by "@/lib/…" or by a relative path that stays inside it.
 * A relative path leaves lib/ when it climbs more levels than the file lies
 * below lib/, so each depth has its own pattern: lib/x.ts may not import
 * "../*", lib/a/x.ts not "../../*", and so on. The first entry gives files
 * deeper than that the package and alias bans alone.
 */
const libImportRules = [
  { files: ["lib/**/*.{ts,tsx}"], rules: { "no-restricted-imports": ["error", { patterns: [frameworkImports], paths: [zodDirectly] }] } },
  ...[0, 1, 2, 3, 4, 5].map((depth) => {
    const up = "../".repeat(depth + 1);
    const leavesLib = { group: [`${up}*`, up.slice(0, -1)], message: "lib/ imports only lib/: this path leaves it." };
    return {
      files: [`lib/${"*/".repeat(depth)}*.{ts,tsx}`],
      rules: { "no-restricted-imports": ["error", { patterns: [frameworkImports, leavesLib] }] },
    };
  }),
];

// Tailwind classes tied to left/right (with or without a variant such as md: or
// focus:), which would not mirror in RTL.
const PHYSICAL_SIDES =
  "/(^|[\\s:])-?((m|p|scroll-m|scroll-p)[lr]|left|right|border-[lr]|rounded-([lr]|[tb][lr]))(-|\\s|$)|(^|[\\s:])(text|float|clear)-(left|right)(\\s|$)/";
const PHYSICAL_SIDES_MESSAGE = "Use logical utilities (ms-, me-, ps-, pe-, start-, end-, text-start, rounded-s-…) so the layout mirrors in RTL.";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `const { dropped: _dropped, ...kept } = row` is how a field is left out.
      "@typescript-eslint/no-unused-vars": ["warn", { ignoreRestSiblings: true, argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Type-aware rules: a promise nobody awaits loses its rejection (and its
    // ordering), and one handed to a callback that expects void is never awaited.
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
    },
  },
  ...libImportRules,
  { files: ["lib/zod.ts"], rules: { "no-restricted-imports": ["error", { patterns: [frameworkImports] }] } },
  // A test may read what lib/ is checked against (the refusal catalogue in i18n/).
  { files: ["lib/**/*.test.ts"], rules: { "no-restricted-imports": ["error", { patterns: [frameworkImports], paths: [zodDirectly] }] } },
  {
    files: ["components/**/*.{ts,tsx}", "app/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { paths: [zodDirectly] }] },
  },
  {
    // Physical left/right utilities break the mirrored RTL layout.
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: `Literal[value=${PHYSICAL_SIDES}]`,
          message: PHYSICAL_SIDES_MESSAGE,
        },
        {
          selector: `TemplateElement[value.raw=${PHYSICAL_SIDES}]`,
          message: PHYSICAL_SIDES_MESSAGE,
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Stored content is rendered from the validated document, never injected as HTML.",
        },
      ],
    },
  },
  globalIgnores([".next/**", ".next-bench/**", ".data/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
]);
