import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const frameworkImports = {
  patterns: [
    {
      group: ["next", "next/*", "next-auth", "next-auth/*", "next-intl", "next-intl/*", "react", "react-dom", "drizzle-orm", "drizzle-orm/*", "postgres", "@/db/*", "@/app/*", "@/components/*"],
      message: "lib/ is framework-free domain code: pass data and clocks in instead.",
    },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ["lib/**/*.ts"],
    rules: { "no-restricted-imports": ["error", frameworkImports] },
  },
  {
    // Physical left/right utilities break the mirrored RTL layout.
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "Literal[value=/(^|\\s)-?(ml|mr|pl|pr|left|right|border-l|border-r|rounded-l|rounded-r|text-left|text-right|float-left|float-right)-/]",
          message: "Use logical utilities (ms-, me-, ps-, pe-, start-, end-, text-start, text-end) so the layout mirrors in RTL.",
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Stored content is rendered from the validated document, never injected as HTML.",
        },
      ],
    },
  },
  globalIgnores([".next/**", ".data/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
]);
