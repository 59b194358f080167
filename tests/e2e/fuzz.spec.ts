import fc from "fast-check";
import type { APIRequestContext } from "@playwright/test";
import { fingerprint, withDatabase } from "./database";
import { apiAs, expect, requestAlarm, test } from "./fixtures";

type Target = { method: "POST" | "PATCH" | "GET"; path: string; as: string; template: Record<string, unknown> };

/** Every API route that takes input, with a valid-looking body whose fields the fuzzer spoils. */
function targets(ids: { site: string; request: string; item: string; unit: string; stocktake: string }): Target[] {
  const later = new Date(Date.now() + 86_400_000).toISOString();
  return [
    {
      method: "POST",
      path: "/api/threat-levels",
      as: "commander",
      template: { scope: "NATIONAL", level: "SEVERE", reason: "Fuzzed threat", source: "JTAC" },
    },
    // Stale on purpose: should a spoiled field ever be valid after all, the change is still refused.
    {
      method: "POST",
      path: "/api/levels",
      as: "commander",
      template: {
        scope: "SITE",
        siteId: ids.site,
        level: "HEIGHTENED",
        reason: "Fuzzed change",
        expiresAt: later,
        expectedVersion: 999_999,
      },
    },
    {
      method: "POST",
      path: "/api/levels/preview",
      as: "commander",
      template: { scope: "FORCE", level: "HEIGHTENED", reviewBy: later },
    },
    // Stale on purpose, like the change above.
    {
      method: "POST",
      path: "/api/levels/review",
      as: "commander",
      template: {
        scope: "FORCE",
        decision: "MAINTAIN",
        reviewBy: later,
        reason: "Fuzzed review",
        expectedVersion: 999_999,
      },
    },
    {
      method: "PATCH",
      path: `/api/checklist-items/${ids.item}`,
      as: "commander",
      template: { status: "IMPLEMENTED", rationale: "Fuzzed", dueAt: later, expectedVersion: 999_999 },
    },
    // A decision without its assessment, action and review: even a body the fuzzer left valid is refused.
    {
      method: "POST",
      path: `/api/sites/${ids.site}/log`,
      as: "commander",
      template: { kind: "DECISION", summary: "Fuzzed decision", information: "Fuzzed information" },
    },
    {
      method: "POST",
      path: `/api/sites/${ids.site}/checklist/decisions`,
      as: "commander",
      template: { status: "IMPLEMENTED", items: [{ id: ids.item, expectedVersion: 999_999 }] },
    },
    {
      method: "POST",
      path: "/api/alarms",
      as: "officer",
      template: {
        addressLine1: "1 Fuzz Street",
        town: "Kingsbridge",
        postcode: "KB1 1AA",
        personName: "Fuzz Person",
        contactPhone: "07700 900123",
        reasonCategory: "OTHER",
        riskSummary: "A fuzzed risk summary",
        hazards: "Fuzzed hazards",
        reference: "CR/26/000001",
        alarmType: "PERSONAL_ATTACK",
        periodDays: 28,
        riskGrade: "HIGH",
        riskAssessedOn: "2026-11-01",
        // Spoiled to `true`, a yes-or-no would be valid: not heard, and no MARAC date, keeps that
        // refused; and without the occupier's consent no body the fuzzer leaves is ever accepted.
        maracHeard: false,
        codeword: "fuzzword",
        safeContact: "Mobile only",
      },
    },
    {
      method: "POST",
      path: `/api/alarms/${ids.request}/disclosures`,
      as: "officer",
      template: {
        recipient: "Fuzz Recipient",
        organisation: "Fuzz Council",
        lawfulBasis: "DPA 2018 s35",
        details: "Fuzzed details",
        disclosedAt: new Date().toISOString(),
      },
    },
    {
      method: "POST",
      path: "/api/alarms/lookup",
      as: "controlroom",
      template: { q: "KB1 1AA", reason: "Fuzzed call" },
    },
    // From stock a unit cannot be retired: even a body the fuzzer left valid is refused.
    {
      method: "POST",
      path: `/api/alarm-units/${ids.unit}/moves`,
      as: "installer",
      template: { to: "RETIRED", note: "Fuzzed move" },
    },
    {
      method: "POST",
      path: `/api/stocktakes/${ids.stocktake}/scans`,
      as: "installer",
      template: { assetTag: "PA-0001" },
    },
    {
      method: "GET",
      path: "/api/alarms/address-check",
      as: "officer",
      template: { postcode: "KB1 1AA", addressLine1: "1 Fuzz Street" },
    },
    {
      method: "POST",
      path: `/api/alarms/${ids.request}/transitions`,
      as: "approver",
      template: { action: "approve", note: "Fuzzed decision" },
    },
    {
      method: "POST",
      path: `/api/alarms/${ids.request}/calls`,
      as: "approver",
      template: { occurredAt: new Date().toISOString(), outcome: "TEST" },
    },
    {
      method: "POST",
      path: `/api/alarms/${ids.request}/consultations`,
      as: "approver",
      template: { reason: "A fuzzed justification" },
    },
    {
      method: "POST",
      path: "/api/alarm-units",
      as: "installer",
      template: { assetTag: "PA-9999", type: "PERSONAL_ATTACK" },
    },
    { method: "GET", path: "/api/alarms/hazards", as: "officer", template: { q: "KB1 1AA" } },
    { method: "GET", path: "/api/alarms", as: "approver", template: { status: "REQUESTED" } },
    { method: "GET", path: "/api/reports/policy-review", as: "commander", template: { from: "2025-01-01" } },
  ];
}

const unstorable = fc.oneof(
  fc.string().map((text) => `${text}\u0000`),
  fc.string().map((text) => `\ud800${text}`),
  fc.string({ minLength: 1 }).map((text) => `${text}\udfff`),
);

/** Values no field of a JSON body accepts: wrong types, text too long or that a database cannot hold. */
const badValue = fc.oneof(fc.constantFrom<unknown>(null, true, 12345, -1, 1e300, [], {}, "x".repeat(5000)), unstorable);
/** A date field also refuses dates outside the years 1900 to 2200. */
const badDate = fc.oneof(
  badValue,
  fc.constantFrom("1850-01-01T00:00:00Z", "+275760-09-13T00:00:00.000Z", "2201-01-01T00:00:00Z"),
);
/** What a query parameter refuses (a URL turns a lone surrogate into U+FFFD, so not that). */
const badQuery = fc.oneof(
  fc.string().map((text) => `${text}\u0000`),
  fc.constantFrom("x".repeat(5000), "%%", "__", "%_%"),
);

type Case =
  | { kind: "field"; target: number; field: number; value: unknown; date: unknown; query: string }
  | { kind: "body"; target: number; body: unknown }
  | { kind: "raw"; target: number; text: string; contentType: string }
  | { kind: "path"; target: number; id: string };

const caseFor = (count: number): fc.Arbitrary<Case> =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({
        kind: fc.constant("field" as const),
        target: fc.nat(count - 1),
        field: fc.nat(20),
        value: badValue,
        date: badDate,
        query: badQuery,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("body" as const),
        target: fc.nat(count - 1),
        body: fc.oneof(
          fc.jsonValue().filter((value) => typeof value !== "object" || value === null || Array.isArray(value)),
          fc.constant({}),
        ),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("raw" as const),
        target: fc.nat(count - 1),
        text: fc.string(),
        contentType: fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded"),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("path" as const),
        target: fc.nat(count - 1),
        id: fc.oneof(fc.string(), fc.constant("00000000-0000-0000-0000-00000000000g"), fc.constant("1 OR 1=1")),
      }),
    },
  );

async function send(api: APIRequestContext, target: Target, fuzz: Case) {
  let path = target.path;
  let body: unknown = target.template;
  const keys = Object.keys(target.template);
  if (target.method === "GET") {
    const query = fuzz.kind === "field" ? fuzz.query : fuzz.kind === "raw" ? `${fuzz.text}\u0000` : "\u0000";
    return api.get(`${path}?${new URLSearchParams({ [keys[0]]: query })}`);
  }
  if (fuzz.kind === "field") {
    const key = keys[fuzz.field % keys.length];
    body = { ...target.template, [key]: key.endsWith("At") ? fuzz.date : fuzz.value };
  }
  if (fuzz.kind === "body") body = fuzz.body;
  // A route without an id in its path gets an empty body instead: never a valid request.
  if (fuzz.kind === "path")
    [path, body] = /[0-9a-f-]{36}/.test(path)
      ? [path.replace(/[0-9a-f-]{36}/, encodeURIComponent(fuzz.id) || "x"), body]
      : [path, {}];
  if (fuzz.kind === "raw")
    return api.fetch(path, { method: target.method, headers: { "Content-Type": fuzz.contentType }, data: fuzz.text });
  return api.fetch(path, {
    method: target.method,
    headers: { "Content-Type": "application/json" },
    data: JSON.stringify(body),
  });
}

test("1,000 generated bad inputs across every API route: no 5xx, the error shape every time, no row changed", async ({
  playwright,
  baseURL,
  server,
  cast,
}) => {
  test.setTimeout(300_000);
  const clients = new Map<string, APIRequestContext>();
  for (const role of ["commander", "officer", "approver", "installer", "controlroom"] as const)
    clients.set(role, await apiAs(playwright, baseURL!, cast[role].username));
  const request = await requestAlarm(clients.get("officer")!);
  const all = targets({
    site: cast.site.id,
    request: request.id,
    item: crypto.randomUUID(),
    unit: cast.unit.id,
    stocktake: cast.stocktake.id,
  });
  const before = await withDatabase(server, fingerprint);

  let sent = 0;
  const statuses = new Map<number, number>();
  await fc.assert(
    fc.asyncProperty(caseFor(all.length), async (fuzz) => {
      const target = all[fuzz.target];
      const response = await send(clients.get(target.as)!, target, fuzz);
      sent++;
      statuses.set(response.status(), (statuses.get(response.status()) ?? 0) + 1);
      expect(
        response.status(),
        `${target.method} ${target.path} with ${JSON.stringify(fuzz).slice(0, 300)}`,
      ).toBeGreaterThanOrEqual(400);
      expect(response.status()).toBeLessThan(500);
      const body = await response.json();
      expect(body.error).toEqual(expect.objectContaining({ code: expect.any(String), message: expect.any(String) }));
    }),
    { numRuns: 1_000, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) },
  );

  expect(sent).toBe(1_000);
  expect(await withDatabase(server, fingerprint)).toEqual(before);
  console.log(`Fuzz: ${sent} bad inputs; statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
});
