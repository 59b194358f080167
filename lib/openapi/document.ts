import { z } from "zod";
import { API_SCOPES } from "@/lib/api-tokens/scopes";
import { OPERATIONS, type Operation } from "@/lib/openapi/operations";

/** A zod schema as JSON Schema (2020-12, which OpenAPI 3.1 uses): what a caller may send. */
export function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
  return json;
}

const CONTENT: Record<NonNullable<Operation["produces"]>, string | null> = {
  json: "application/json",
  csv: "text/csv",
  "event-stream": "text/event-stream",
  scim: "application/scim+json",
  none: null,
};

function parametersOf(operation: Operation) {
  const pathParameters = [...operation.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: "path",
    required: true,
    schema: { type: "string", format: "uuid" },
  }));
  const query = operation.query ? jsonSchemaOf(operation.query) : null;
  const properties = (query?.properties ?? {}) as Record<string, unknown>;
  const required = new Set((query?.required as string[] | undefined) ?? []);
  const queryParameters = Object.entries(properties).map(([name, schema]) => ({
    name,
    in: "query",
    required: required.has(name),
    schema,
  }));
  return [...pathParameters, ...queryParameters];
}

function securityOf(operation: Operation) {
  if (operation.auth === "none") return [];
  if (operation.auth === "scim") return [{ scimToken: [] }];
  return [{ session: [] }, ...(operation.scope ? [{ apiToken: [operation.scope] }] : [])];
}

function operationObject(operation: Operation) {
  const produces = CONTENT[operation.produces ?? "json"];
  const status = String(operation.status ?? 200);
  const bodyType =
    operation.produces === "scim" || operation.auth === "scim" ? "application/scim+json" : "application/json";
  return {
    tags: [operation.tag],
    summary: operation.summary,
    operationId: `${operation.method.toLowerCase()}${operation.path.replace(/[{}]/g, "").replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? "").toUpperCase())}`,
    security: securityOf(operation),
    parameters: parametersOf(operation),
    ...(operation.body && {
      requestBody: {
        required: true,
        content: {
          [bodyType]: {
            schema: jsonSchemaOf(operation.body),
            ...(operation.example !== undefined && { example: operation.example }),
          },
        },
      },
    }),
    responses: {
      [status]: { description: "Done", ...(produces && { content: { [produces]: {} } }) },
      "401": {
        description: "Not signed in, or no valid token",
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      },
      "403": {
        description: "Not allowed",
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      },
      ...(operation.body || operation.query
        ? {
            "422": {
              description: "Bad input: each bad field named",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
            },
          }
        : {}),
    },
  };
}

/** The OpenAPI 3.1 description of every JSON route, from the zod schemas the routes parse with. */
export function openApiDocument(serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of OPERATIONS) {
    paths[operation.path] = { ...paths[operation.path], [operation.method.toLowerCase()]: operationObject(operation) };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Estate Security",
      version: "1",
      description:
        "Response levels for the police estate, and temporary police alarms. People call it with their session; other systems with an API token whose scopes name the routes it opens; Entra ID's provisioning service with the SCIM token.",
    },
    servers: [{ url: serverUrl }],
    paths,
    components: {
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "A signed-in person" },
        apiToken: {
          type: "http",
          scheme: "bearer",
          description: `An API token (est_…). Scopes: ${Object.entries(API_SCOPES)
            .map(([scope, meaning]) => `${scope}: ${meaning}`)
            .join("; ")}`,
        },
        scimToken: {
          type: "http",
          scheme: "bearer",
          description: "SCIM_TOKEN, for the identity provider's provisioning",
        },
      },
      schemas: {
        Error: {
          type: "object",
          properties: {
            error: {
              type: "object",
              properties: {
                code: { type: "string" },
                message: { type: "string" },
                fields: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
              },
              required: ["code", "message"],
            },
          },
          required: ["error"],
        },
      },
    },
  };
}
