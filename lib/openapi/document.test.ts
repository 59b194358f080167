import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/openapi/document";
import { OPERATIONS } from "@/lib/openapi/operations";

const ROOT = path.resolve(import.meta.dirname, "../..");
// next-auth's own endpoints, and the catch-all that answers 404 to every unknown API path.
const NOT_OURS = [/^\/api\/auth\//, /^\/api\/\[\.\.\.path\]$/];

/** Routes the app server answers beside Next.js (lib/cli/serve.mjs), named in their own module. */
function routesBesideNext(): string[] {
  const source = readFileSync(path.join(ROOT, "lib/live/stream-path.ts"), "utf8");
  return [`GET ${/POSTURE_STREAM_PATH = "([^"]+)"/.exec(source)![1]}`];
}

/** Every route handler in the app, as `METHOD /path/{param}`, read from the files themselves. */
function routesInTheApp(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const route = `/${path.relative(path.join(ROOT, "app"), dir).split(path.sep).join("/")}`;
        if (NOT_OURS.some((pattern) => pattern.test(route))) continue;
        const source = readFileSync(full, "utf8");
        const methods = source.match(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g) ?? [];
        for (const method of methods) found.push(`${method.split(" ").at(-1)} ${route.replace(/\[(\w+)\]/g, "{$1}")}`);
      }
    }
  };
  walk(path.join(ROOT, "app/api"));
  walk(path.join(ROOT, "app/scim"));
  return [...found, ...routesBesideNext()].sort();
}

describe("the OpenAPI description", () => {
  it("lists every route the app has, and nothing it does not", () => {
    const described = OPERATIONS.map((operation) => `${operation.method} ${operation.path}`).sort();
    expect(routesInTheApp().length).toBeGreaterThan(60);
    expect(described).toEqual(routesInTheApp());
  });

  it("has an example for every request body, and each example passes the route's own schema", () => {
    const failures = OPERATIONS.filter((entry) => entry.body).flatMap((operation) =>
      (operation.body!.safeParse(operation.example).error?.issues ?? []).map(
        (issue) => `${operation.method} ${operation.path}: ${issue.path.join(".")} ${issue.message}`,
      ),
    );
    expect(failures).toEqual([]);
  });

  it("is OpenAPI 3.1 with JSON Schema made from the zod schemas, and names the token scopes each route opens", () => {
    const document = openApiDocument("https://estate.force.example");
    expect(document.openapi).toBe("3.1.0");
    const levels = document.paths["/api/levels"].post as {
      security: unknown[];
      requestBody: { content: Record<string, { schema: { properties: Record<string, unknown>; required: string[] } }> };
    };
    expect(levels.security).toEqual([{ session: [] }, { apiToken: ["levels:write"] }]);
    const schema = levels.requestBody.content["application/json"].schema;
    expect(schema.properties.level).toMatchObject({ enum: ["NORMAL", "HEIGHTENED", "EXCEPTIONAL"] });
    expect(schema.required).toEqual(expect.arrayContaining(["scope", "level", "reason", "expectedVersion"]));
    const alarms = document.paths["/api/alarms"].get as { parameters: { name: string; in: string }[] };
    expect(alarms.parameters.map((parameter) => parameter.name)).toEqual(expect.arrayContaining(["status", "page"]));
    expect(JSON.stringify(document)).not.toMatch(/"\$schema"/);
  });
});
