import { readFileSync } from "node:fs";
import type { APIRequestContext } from "@playwright/test";
import { ROLES, type Role } from "./cast";
import { ALARM_ROLES, ALL, HAZARD_ROLES, idsOf, pages, type Ids } from "./pages";
import { apiAs, expect, requestAlarm, test } from "./fixtures";

type Username = Role;

type Route = { method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE"; path: string; data?: unknown; allowed: Username[] };

/** Every API route. Bodies are ones that change nothing: invalid, or refused by the state. */
const routes = (id: Ids): Route[] => [
  { method: "GET", path: "/api/posture", allowed: ALL },
  // The staff page's plain form (a JSON body is refused with 415 once the reader is known).
  { method: "POST", path: "/posture", data: {}, allowed: ALL },
  { method: "GET", path: "/api/openapi.json", allowed: ALL },
  // SCIM answers to its bearer token alone: no session, whatever its roles, gets in.
  { method: "GET", path: "/scim/v2/ServiceProviderConfig", allowed: [] },
  { method: "GET", path: "/scim/v2/Users", allowed: [] },
  { method: "POST", path: "/scim/v2/Users", data: {}, allowed: [] },
  { method: "PATCH", path: `/scim/v2/Users/${id.staff}`, data: {}, allowed: [] },
  { method: "DELETE", path: `/scim/v2/Users/${id.staff}`, allowed: [] },
  { method: "GET", path: "/scim/v2/Groups", allowed: [] },
  { method: "POST", path: "/api/threat-levels", data: {}, allowed: ["commander"] },
  { method: "POST", path: "/api/levels", data: {}, allowed: ["commander"] },
  { method: "POST", path: "/api/levels/preview", data: {}, allowed: ["commander"] },
  { method: "POST", path: "/api/levels/review", data: {}, allowed: ["commander"] },
  { method: "GET", path: "/api/levels/history", allowed: ["commander"] },
  { method: "GET", path: `/api/sites/${id.cen01}/checklist`, allowed: ["commander", "sitelead"] },
  { method: "GET", path: `/api/sites/${id.nor01}/checklist`, allowed: ["commander"] },
  { method: "GET", path: `/api/sites/${id.cen01}/checklist/export`, allowed: ["commander", "sitelead"] },
  { method: "GET", path: `/api/sites/${id.nor01}/checklist/export`, allowed: ["commander"] },
  {
    method: "PATCH",
    path: `/api/checklist-items/${crypto.randomUUID()}`,
    data: {},
    allowed: ["commander", "sitelead"],
  },
  {
    method: "POST",
    path: `/api/sites/${id.cen01}/checklist/decisions`,
    data: {},
    allowed: ["commander", "sitelead"],
  },
  { method: "POST", path: `/api/sites/${id.nor01}/checklist/decisions`, data: {}, allowed: ["commander"] },
  { method: "GET", path: `/api/sites/${id.cen01}/log`, allowed: ["commander", "sitelead"] },
  { method: "GET", path: "/api/debriefs", allowed: ["commander", "sitelead"] },
  // A debrief that does not exist: 404 to those who may see debriefs, 403 to everyone else.
  { method: "GET", path: `/api/debriefs/${crypto.randomUUID()}`, allowed: ["commander", "sitelead"] },
  { method: "PUT", path: `/api/debriefs/${crypto.randomUUID()}`, data: {}, allowed: ["commander", "sitelead"] },
  { method: "GET", path: "/api/reports/policy-review", allowed: ["commander", "admin"] },
  { method: "GET", path: "/api/admin/sites", allowed: ["admin"] },
  { method: "GET", path: "/api/admin/users", allowed: ["admin"] },
  { method: "POST", path: "/api/admin/users", data: {}, allowed: ["admin"] },
  { method: "GET", path: `/api/admin/users/${id.staff}`, allowed: ["admin"] },
  { method: "PATCH", path: `/api/admin/users/${crypto.randomUUID()}`, data: {}, allowed: ["admin"] },
  { method: "POST", path: "/api/admin/sites", data: {}, allowed: ["admin"] },
  { method: "PATCH", path: `/api/admin/sites/${crypto.randomUUID()}`, data: {}, allowed: ["admin"] },
  { method: "GET", path: `/api/sites/${id.nor01}/log`, allowed: ["commander"] },
  { method: "POST", path: `/api/sites/${id.cen01}/log`, data: {}, allowed: ["commander", "sitelead"] },
  { method: "POST", path: `/api/sites/${id.nor01}/log`, data: {}, allowed: ["commander"] },
  { method: "GET", path: "/api/audit", allowed: ["admin"] },
  { method: "GET", path: "/api/acknowledgements", allowed: ["commander", "sitelead"] },
  { method: "POST", path: "/api/posture/acknowledgements", data: { userId: id.nor01 }, allowed: ALL },
  { method: "GET", path: "/api/subscriptions", allowed: ALL },
  { method: "GET", path: "/api/webhooks", allowed: ["admin"] },
  { method: "POST", path: "/api/webhooks", data: {}, allowed: ["admin"] },
  { method: "DELETE", path: `/api/webhooks/${crypto.randomUUID()}`, allowed: ["admin"] },
  { method: "GET", path: "/api/audit?format=csv", allowed: ["admin"] },
  { method: "GET", path: "/api/alarms", allowed: ALARM_ROLES },
  { method: "POST", path: "/api/alarms", data: {}, allowed: ["officer", "officer2"] },
  { method: "GET", path: `/api/alarms/${id.officersRequest}`, allowed: ["officer", "approver"] },
  {
    method: "POST",
    path: `/api/alarms/${id.officersRequest}/consultations`,
    data: {},
    allowed: ["officer", "approver"],
  },
  { method: "POST", path: `/api/alarms/${id.officersRequest}/transitions`, data: {}, allowed: ["officer", "approver"] },
  {
    method: "POST",
    path: `/api/alarms/${id.officersRequest}/calls`,
    data: { occurredAt: new Date().toISOString(), outcome: "TEST" },
    allowed: ["officer", "approver"],
  },
  { method: "GET", path: "/api/alarm-units", allowed: ["installer", "approver"] },
  { method: "POST", path: "/api/alarm-units", data: {}, allowed: ["installer"] },
  { method: "GET", path: "/api/alarms/hazards?q=ZZ99%209ZZ", allowed: HAZARD_ROLES },
  { method: "POST", path: "/api/alarms/hazards", data: { q: "ZZ99 9ZZ" }, allowed: HAZARD_ROLES },
  { method: "GET", path: "/api/alarms/reports", allowed: ["approver"] },
  { method: "POST", path: "/api/alarms/lookup", data: {}, allowed: ["controlroom"] },
  { method: "GET", path: "/api/alarms/address-check?postcode=&addressLine1=", allowed: ["officer", "officer2"] },
  {
    method: "POST",
    path: `/api/alarms/${id.officersRequest}/disclosures`,
    data: {},
    allowed: ["officer", "approver"],
  },
  // A record not waiting for review: 404 to a reviewer, 403 to everyone else.
  { method: "POST", path: `/api/alarms/${crypto.randomUUID()}/record-reviews`, data: {}, allowed: ["approver"] },
  { method: "GET", path: "/api/alarms/record-reviews", allowed: ["approver"] },
  { method: "POST", path: `/api/alarm-units/${id.unit}/moves`, data: {}, allowed: ["installer"] },
  { method: "GET", path: "/api/stocktakes", allowed: ["installer", "approver"] },
  { method: "POST", path: "/api/stocktakes", data: {}, allowed: ["installer"] },
  { method: "GET", path: `/api/stocktakes/${id.stocktake}`, allowed: ["installer", "approver"] },
  { method: "POST", path: `/api/stocktakes/${id.stocktake}/scans`, data: {}, allowed: ["installer"] },
  { method: "POST", path: `/api/stocktakes/${crypto.randomUUID()}/finish`, data: {}, allowed: ["installer"] },
];

/** Every server action (from the build's manifest): who may call it at all. */
const ACTIONS: Record<string, Username[]> = {
  consultPersonalDataAction: ALARM_ROLES,
  requestAlarmAction: ["officer", "officer2"],
  transitionAlarmAction: ALARM_ROLES,
  recordAlarmCallAction: ["officer", "officer2", "approver", "controlroom"],
  addUnitAction: ["installer"],
  lookUpAlarmAction: ["controlroom"],
  recordDisclosureAction: ALARM_ROLES,
  decideRecordReviewAction: ["approver"],
  moveUnitAction: ["installer"],
  startStocktakeAction: ["installer"],
  scanTagAction: ["installer"],
  finishStocktakeAction: ["installer"],
  recordThreatAction: ["commander"],
  previewLevelAction: ["commander"],
  changeLevelAction: ["commander"],
  endOverrideAction: ["commander"],
  reviewLevelAction: ["commander"],
  writeSiteLogAction: ["commander", "sitelead"],
  submitDebriefAction: ["commander", "sitelead"],
  createSiteAction: ["admin"],
  updateSiteAction: ["admin"],
  closeSiteAction: ["admin"],
  createUserAction: ["admin"],
  updateUserAction: ["admin"],
  setFirstPasswordAction: ["admin"],
  changePasswordAction: ALL,
  createApiTokenAction: ["admin"],
  revokeApiTokenAction: ["admin"],
  createDraftAction: ["admin"],
  saveOptionAction: ["admin"],
  removeOptionAction: ["admin"],
  updateDetailsAction: ["admin"],
  publishDraftAction: ["admin"],
  setUserActiveAction: ["admin"],
  endUserSessionsAction: ["admin"],
  unlockUserAction: ["admin"],
  updateChecklistItemAction: ["commander", "sitelead"],
  bulkChecklistAction: ["commander", "sitelead"],
  searchHazardsAction: HAZARD_ROLES,
  recordBriefingAction: ["commander", "sitelead"],
  followSiteAction: ALL,
  followDistrictAction: ALL,
  unfollowSiteAction: ALL,
  retryFailedAction: ["admin"],
  addWebhookAction: ["admin"],
  deleteWebhookAction: ["admin"],
};

// This takes no input, so an allowed call would really act (a policy version drafted): only the
// refusals of everyone else are called.
const ACTS_WITHOUT_INPUT = new Set(["createDraftAction"]);

const REFUSAL = /Sign in to continue|do not have permission|You may not|do not have access/;

async function pageAllowed(api: APIRequestContext, path: string) {
  const response = await api.get(path, { maxRedirects: 0 });
  const location = response.headers()["location"] ?? "";
  return (
    response.status() === 200 || (response.status() >= 300 && response.status() < 400 && !location.includes("/login"))
  );
}

async function routeAllowed(api: APIRequestContext, route: Route, objectLevel: boolean) {
  const response = await api.fetch(route.path, { method: route.method, data: route.data, maxRedirects: 0 });
  const refused = [401, 403, ...(objectLevel ? [404] : [])];
  const toSignIn = (response.headers()["location"] ?? "").includes("/login");
  return !refused.includes(response.status()) && !toSignIn;
}

/** Calls an action as React does: its arguments encoded as a reply, the (empty) form as "$K1". */
async function actionAllowed(api: APIRequestContext, app: string, name: string, actionId: string) {
  const args = [{ ok: true }, "$K1"];
  const response = await api.post("/", {
    headers: { "Next-Action": actionId, Accept: "text/x-component", Origin: app },
    multipart: { "0": JSON.stringify(args) },
    maxRedirects: 0,
  });
  const toSignIn = (response.headers()["location"] ?? "").includes("/login");
  // An action that succeeds and redirects answers with the page it leads to (the whole tree,
  // error boundaries and all): its redirect header, not its text, says it was allowed.
  const redirectedTo = response.headers()["x-action-redirect"];
  if (redirectedTo) return !redirectedTo.startsWith("/login");
  return !(toSignIn || response.status() === 401 || response.status() === 403 || REFUSAL.test(await response.text()));
}

test("every page, API route and server action allows exactly what the role table allows, for every role and anonymous", async ({
  playwright,
  baseURL,
  cast,
}) => {
  test.setTimeout(180_000);
  const APP = baseURL!;
  const officersRequest = await requestAlarm(await apiAs(playwright, APP, cast.officer.username));
  const id = idsOf(cast, officersRequest.id);
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName: string }>;
  };
  const actionIds = Object.entries(manifest.node).map(
    ([actionId, { exportedName }]) => [exportedName, actionId] as const,
  );
  expect(actionIds.map(([name]) => name).sort()).toEqual(Object.keys(ACTIONS).sort());

  const anonymous = await playwright.request.newContext({ baseURL: APP });
  const clients: [Username | "anonymous", APIRequestContext][] = [["anonymous", anonymous]];
  for (const role of ROLES) clients.push([role, await apiAs(playwright, APP, cast[role].username)]);

  const unexpected: string[] = [];
  const compare = (who: string, what: string, allowed: boolean, expected: boolean) => {
    if (allowed !== expected) unexpected.push(`${who} ${allowed ? "was allowed" : "was refused"} ${what}`);
  };
  for (const [who, api] of clients) {
    const may = (list: Username[]) => who !== "anonymous" && list.includes(who);
    for (const [path, allowed] of pages(id)) compare(who, `page ${path}`, await pageAllowed(api, path), may(allowed));
    for (const route of routes(id)) {
      const objectLevel = route.path.includes(id.officersRequest);
      compare(who, `${route.method} ${route.path}`, await routeAllowed(api, route, objectLevel), may(route.allowed));
    }
    for (const [name, actionId] of actionIds) {
      if (ACTS_WITHOUT_INPUT.has(name) && may(ACTIONS[name])) continue;
      compare(who, `action ${name}`, await actionAllowed(api, APP, name, actionId), may(ACTIONS[name]));
    }
  }
  expect(unexpected).toEqual([]);
});
