import { ROLES, type Cast, type Role } from "./cast";

export const ALL: Role[] = [...ROLES];
export const ALARM_ROLES: Role[] = ["officer", "officer2", "approver", "installer"];

/**
 * The cast's places and records a page list needs: `cen01` is the home of the site lead, staff and
 * approver; `nor01` of the second officer (the names are the demo estate's, where the matrix was
 * first drawn); a request of the first officer's; a unit in stock.
 */
export type Ids = { cen01: string; nor01: string; officersRequest: string; unit: string };

export const idsOf = (cast: Cast, officersRequest: string): Ids => ({
  cen01: cast.site.id,
  nor01: cast.otherSite.id,
  officersRequest,
  unit: cast.unit.id,
});

/** Every page, and who may open it as the role table allows, with the object-level cases. */
export const pages = (id: Ids): [string, Role[]][] => [
  ["/", ALL],
  ["/estate", ALL],
  ["/posture", ALL],
  ["/levels", ["commander"]],
  ["/checklist", ["commander", "sitelead"]],
  [`/sites/${id.cen01}`, ["commander", "sitelead"]],
  [`/sites/${id.nor01}`, ["commander"]],
  [`/notice/${id.cen01}`, ["commander", "sitelead", "staff", "approver"]],
  [`/notice/${id.nor01}`, ["commander", "officer2"]],
  ["/admin/users", ["admin"]],
  ["/admin/policy", ["admin"]],
  ["/admin/audit", ["admin"]],
  ["/admin/notifications", ["admin"]],
  ["/coverage", ["commander", "sitelead"]],
  ["/alarms", ALARM_ROLES],
  ["/alarms/new", ["officer", "officer2"]],
  ["/alarms/hazards", ["officer", "officer2"]],
  ["/alarms/units", ["installer", "approver"]],
  [`/alarms/units/${id.unit}`, ["installer", "approver"]],
  ["/alarms/reports", ["approver"]],
  [`/alarms/${id.officersRequest}`, ["officer", "approver"]],
];
