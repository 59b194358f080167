import { ROLES, type Cast, type Role } from "./cast";

export const ALL: Role[] = [...ROLES];
export const ALARM_ROLES: Role[] = ["officer", "officer2", "approver", "installer", "controlroom"];
/** Officers before attending, and call handlers dispatching them. */
export const HAZARD_ROLES: Role[] = ["officer", "officer2", "controlroom"];

/**
 * The cast's places and records a page list needs: `cen01` is the home of the site lead, staff and
 * approver; `nor01` of the second officer (the names are the demo estate's, where the matrix was
 * first drawn); a request of the first officer's; a unit in stock; the installer's stocktake.
 */
export type Ids = {
  cen01: string;
  nor01: string;
  officersRequest: string;
  unit: string;
  stocktake: string;
  staff: string;
};

export const idsOf = (cast: Cast, officersRequest: string): Ids => ({
  cen01: cast.site.id,
  nor01: cast.otherSite.id,
  officersRequest,
  unit: cast.unit.id,
  stocktake: cast.stocktake.id,
  staff: cast.staff.id,
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
  ["/admin/users/new", ["admin"]],
  ["/admin/api-tokens", ["admin"]],
  [`/admin/users/${id.staff}`, ["admin"]],
  ["/my-sites", ["sitelead"]],
  ["/account/password", ALL],
  ["/api-docs", ALL],
  ["/admin/sites", ["admin"]],
  [`/admin/sites/${id.cen01}`, ["admin"]],
  ["/admin/policy", ["admin"]],
  ["/admin/audit", ["admin"]],
  ["/admin/notifications", ["admin"]],
  ["/coverage", ["commander", "sitelead"]],
  ["/debriefs", ["commander", "sitelead"]],
  ["/reports/policy-review", ["commander", "admin"]],
  ["/alarms", ALARM_ROLES],
  ["/alarms/new", ["officer", "officer2"]],
  ["/alarms/hazards", HAZARD_ROLES],
  ["/alarms/control-room", ["controlroom"]],
  ["/alarms/units", ["installer", "approver"]],
  [`/alarms/units/${id.unit}`, ["installer", "approver"]],
  [`/alarms/units/stocktakes/${id.stocktake}`, ["installer"]],
  ["/alarms/reports", ["approver"]],
  ["/alarms/records-review", ["approver"]],
  [`/alarms/${id.officersRequest}`, ["officer", "approver"]],
];
