// @ts-check
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier";
import tseslint from "typescript-eslint";
import { serverBoundaryPlugin } from "./tests/lint/server-boundary.mjs";

const typeScriptFiles = ["**/*.ts", "**/*.tsx", "**/*.mts"];

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      ".next-bench/**",
      "lib/generated/**",
      "node_modules/**",
      "data/**",
      "test-results/**",
      "playwright-report/**",
      ".e2e-data/**",
      ".bench-data/**",
      "next-env.d.ts",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypeScript,
  {
    files: typeScriptFiles,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/no-unnecessary-type-assertion": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "import/no-cycle": ["error", { ignoreExternal: true }],
      // The Pages Router rule mistakes App Router route handlers (CSV downloads under /api) for pages.
      "@next/next/no-html-link-for-pages": "off",
    },
    settings: { "import/ignore": ["node_modules"] },
  },
  {
    plugins: { "server-boundary": serverBoundaryPlugin },
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "server-boundary/no-server-module-in-client": "error",
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "@/lib/db", message: "Only the domain layer in lib/ talks to the database." }] },
      ],
    },
  },
  {
    files: ["proxy.ts", "instrumentation.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "@/lib/db", message: "Only the domain layer in lib/ talks to the database." }] },
      ],
    },
  },
  {
    files: ["tests/**", "**/*.test.ts", "prisma/**", "lib/cli/**"],
    rules: { "no-console": "off" },
  },
  {
    // Playwright's fixtures hand each value over with a function called `use`, which is not React's.
    files: ["tests/e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  prettier,
);
