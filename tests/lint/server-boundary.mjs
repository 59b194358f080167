// @ts-check
// A client component ("use client") is shipped to the browser: it may never import the database
// client or any module that declares itself server-only. ESLint's no-restricted-imports cannot see
// the directive, so this rule reads it, and reads each imported module of ours for `import "server-only"`.
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const serverOnlyCache = new Map();

/** @param {string} specifier @param {string} importer */
function resolveOwnModule(specifier, importer) {
  const base = specifier.startsWith("@/")
    ? resolve(projectRoot, specifier.slice(2))
    : specifier.startsWith(".")
      ? resolve(dirname(importer), specifier)
      : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
    if (existsSync(candidate) && !candidate.endsWith("/")) {
      try {
        readFileSync(candidate);
        return candidate;
      } catch {
        continue;
      }
    }
  }
  return null;
}

/** @param {string} file */
function declaresServerOnly(file) {
  if (!serverOnlyCache.has(file)) {
    serverOnlyCache.set(file, /^\s*import\s+["']server-only["']/m.test(readFileSync(file, "utf8")));
  }
  return serverOnlyCache.get(file);
}

/** @type {import("eslint").Rule.RuleModule} */
const noServerModuleInClient = {
  meta: {
    type: "problem",
    docs: { description: "Client components may not import server-only modules or the database client." },
    messages: {
      serverModule: "'{{ specifier }}' is server-only and cannot be imported by a client component.",
    },
    schema: [],
  },
  create(context) {
    const isClient = context.sourceCode.ast.body.some(
      (node) =>
        node.type === "ExpressionStatement" &&
        node.expression.type === "Literal" &&
        node.expression.value === "use client",
    );
    if (!isClient) return {};
    return {
      ImportDeclaration(node) {
        if (node.importKind === "type") return;
        const specifier = String(node.source.value);
        const file = resolveOwnModule(specifier, context.filename);
        const forbidden =
          specifier === "server-only" || specifier === "@/lib/db" || (file !== null && declaresServerOnly(file));
        if (forbidden) context.report({ node, messageId: "serverModule", data: { specifier } });
      },
    };
  },
};

export const serverBoundaryPlugin = { rules: { "no-server-module-in-client": noServerModuleInClient } };
