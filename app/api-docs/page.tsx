import type { Metadata } from "next";
import { Section } from "@/components/section";
import { requirePageUser } from "@/lib/auth/page-guard";
import { jsonSchemaOf } from "@/lib/openapi/document";
import { OPERATIONS, type Operation } from "@/lib/openapi/operations";

export const metadata: Metadata = { title: "API reference" };

type Property = { type?: string | string[]; enum?: unknown[]; format?: string; anyOf?: Property[]; items?: Property };

function typeOf(property: Property): string {
  if (property.enum) return property.enum.map(String).join(" | ");
  if (property.anyOf) return property.anyOf.map(typeOf).join(" or ");
  if (property.type === "array" && property.items) return `list of ${typeOf(property.items)}`;
  return [property.type, property.format].filter(Boolean).flat().join(", ") || "any";
}

const WHO: Record<string, string> = { none: "anyone", scim: "the SCIM token", session: "a signed-in person" };

function Fields({ schema, label }: { schema: Operation["body"]; label: string }) {
  const json = jsonSchemaOf(schema!) as { properties?: Record<string, Property>; required?: string[] };
  const properties = Object.entries(json.properties ?? {});
  if (properties.length === 0) return null;
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="text-left font-semibold">{label}</caption>
      <thead>
        <tr className="border-b border-gray-400 text-left">
          <th scope="col" className="py-1 pr-4">
            Field
          </th>
          <th scope="col" className="py-1 pr-4">
            Type
          </th>
          <th scope="col" className="py-1">
            Required
          </th>
        </tr>
      </thead>
      <tbody>
        {properties.map(([name, property]) => (
          <tr key={name} className="border-b border-gray-200">
            <th scope="row" className="py-1 pr-4 text-left font-mono font-normal">
              {name}
            </th>
            <td className="py-1 pr-4 break-all">{typeOf(property)}</td>
            <td className="py-1">{json.required?.includes(name) ? "yes" : "no"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every JSON route, readable: who may call it, what it takes, an example that the route accepts. */
export default async function ApiDocsPage() {
  await requirePageUser();
  const tags = [...new Set(OPERATIONS.map((operation) => operation.tag))];
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">API reference</h1>
      <p className="max-w-3xl">
        The same description as a machine reads it:{" "}
        <a href="/api/openapi.json" className="underline">
          /api/openapi.json
        </a>{" "}
        (OpenAPI 3.1). Errors come back as <code>{"{ error: { code, message, fields } }"}</code>, naming each bad field.
      </p>
      <nav aria-label="API sections">
        <ul className="flex flex-wrap gap-x-4">
          {tags.map((tag) => (
            <li key={tag}>
              <a href={`#${tag.replace(/\W+/g, "-").toLowerCase()}`} className="underline">
                {tag}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {tags.map((tag) => (
        <Section key={tag} id={tag.replace(/\W+/g, "-").toLowerCase()} title={tag} className="space-y-4">
          {OPERATIONS.filter((operation) => operation.tag === tag).map((operation) => (
            <article
              key={`${operation.method} ${operation.path}`}
              className="space-y-2 rounded border border-gray-300 bg-white p-3"
              aria-label={`${operation.method} ${operation.path}`}
            >
              <h3 className="flex flex-wrap items-baseline gap-2 font-mono">
                <span className="rounded bg-gray-800 px-2 text-sm font-bold text-white">{operation.method}</span>
                <span className="break-all">{operation.path}</span>
              </h3>
              <p>{operation.summary}.</p>
              <p className="text-sm text-gray-700">
                Who: {WHO[operation.auth ?? "session"]}
                {operation.scope && <>, or an API token with {operation.scope}</>}.
              </p>
              {operation.query && <Fields schema={operation.query} label="Query parameters" />}
              {operation.body && <Fields schema={operation.body} label="Body" />}
              {operation.example !== undefined && (
                <details>
                  <summary className="cursor-pointer">Example body</summary>
                  <pre className="overflow-x-auto bg-gray-100 p-2 text-sm">
                    {JSON.stringify(operation.example, null, 2)}
                  </pre>
                </details>
              )}
            </article>
          ))}
        </Section>
      ))}
    </div>
  );
}
