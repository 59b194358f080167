import type { ResponseLevel, Role, SiteType } from "@/lib/generated/prisma/enums";

export type MenuOption = {
  code: string;
  title: string;
  guidance: string;
  category: string;
  minLevel: ResponseLevel;
  siteTypes: SiteType[];
  ownerRole: Role;
  officerHoursPerDay: number;
  costPerDay: number;
  visibility: "ALL_STAFF" | "RESTRICTED";
};

const ALL: SiteType[] = ["HEADQUARTERS", "POLICE_STATION", "CUSTODY_SUITE", "TRAINING_CENTRE", "VEHICLE_DEPOT"];
const PUBLIC_FACING: SiteType[] = ["HEADQUARTERS", "POLICE_STATION", "CUSTODY_SUITE"];
const H = "HEIGHTENED" as const;
const E = "EXCEPTIONAL" as const;

const option = (
  code: string, title: string, guidance: string, category: string, minLevel: ResponseLevel, siteTypes: SiteType[],
  ownerRole: Role, officerHoursPerDay: number, costPerDay: number, visibility: MenuOption["visibility"],
): MenuOption => ({ code, title, guidance, category, minLevel, siteTypes, ownerRole, officerHoursPerDay, costPerDay, visibility });

/**
 * Version 1 of the Menu of Options, drawn from published UK protective-security guidance
 * (NPSA/ProtectUK response-level advice, ACT awareness material). Invented for the demo.
 */
export const MENU_OF_OPTIONS_V1: MenuOption[] = [
  option("COM-01", "Brief all staff on the response level", "Tell every member of staff on duty the new level, what it means for them and who to report concerns to. Repeat at each shift change.", "Communication", H, ALL, "SITE_LEAD", 1, 0, "ALL_STAFF"),
  option("COM-02", "Remind staff to wear passes and challenge strangers", "Passes worn visibly at all times inside the site; staff politely challenge anyone without one and report to the front desk.", "Communication", H, ALL, "SITE_LEAD", 0.5, 0, "ALL_STAFF"),
  option("COM-03", "Pre-scripted messages ready to send", "Check the pre-scripted staff and public messages for evacuation, invacuation and lockdown are current and the cascade list works.", "Communication", H, ALL, "COMMANDER", 0.5, 0, "RESTRICTED"),
  option("COM-04", "Staff reminded how to report suspicious activity", "Remind staff of ACT: what suspicious activity looks like, the internal number, and the anti-terrorism hotline.", "Communication", H, ALL, "SITE_LEAD", 0.5, 0, "ALL_STAFF"),
  option("COM-05", "Hourly situation reports to the command team", "The site lead sends a short situation report every hour while the level is exceptional.", "Communication", E, ALL, "SITE_LEAD", 2, 0, "RESTRICTED"),
  option("ACC-01", "Pass checks at every entry point", "Every person entering shows a valid pass that is checked against their face; no tailgating.", "Access control", H, ALL, "SITE_LEAD", 8, 0, "ALL_STAFF"),
  option("ACC-02", "Reduce the number of entry points", "Close secondary pedestrian doors; keep fire exits available for escape only. Staff use the designated entrance.", "Access control", H, ALL, "SITE_LEAD", 0, 0, "ALL_STAFF"),
  option("ACC-03", "Single controlled entrance", "One entrance only, staffed at all times, with all other access points secured and checked hourly.", "Access control", E, ALL, "SITE_LEAD", 12, 150, "ALL_STAFF"),
  option("ACC-04", "Suspend proximity-card access for non-essential doors", "Disable card access to non-essential internal areas; keep a record of doors changed so they can be restored.", "Access control", E, ALL, "COMMANDER", 1, 0, "RESTRICTED"),
  option("ACC-05", "Verify contractors against the approved list", "Only contractors booked in advance and on the approved list are admitted; escort them while on site.", "Access control", H, ALL, "SITE_LEAD", 2, 0, "ALL_STAFF"),
  option("SRC-01", "Bag search on entry", "Search bags of visitors and contractors at the entrance; staff bags on a random basis. Staff should expect delays.", "Search and screening", H, PUBLIC_FACING, "SITE_LEAD", 8, 0, "ALL_STAFF"),
  option("SRC-02", "Bag search of everyone on entry", "Search the bags of every person entering, staff included.", "Search and screening", E, ALL, "SITE_LEAD", 16, 0, "ALL_STAFF"),
  option("SRC-03", "Vehicle search on entry to secure yards", "Search vehicles entering secure yards and car parks: cab, load space and underside.", "Search and screening", H, ["HEADQUARTERS", "POLICE_STATION", "CUSTODY_SUITE", "VEHICLE_DEPOT"], "SITE_LEAD", 10, 0, "RESTRICTED"),
  option("SRC-04", "Unpredictable search sweeps", "Search sweeps of public areas, perimeter and plant rooms at irregular times, recorded in the log.", "Search and screening", H, ALL, "SITE_LEAD", 4, 0, "RESTRICTED"),
  option("SRC-05", "Search sweeps every two hours", "Full search sweeps of the site at no more than two-hour intervals, day and night.", "Search and screening", E, ALL, "SITE_LEAD", 12, 0, "RESTRICTED"),
  option("SRC-06", "Search detection dogs on request", "Request search dog deployment for the entrance and yards through the force control room.", "Search and screening", E, ["HEADQUARTERS", "CUSTODY_SUITE"], "COMMANDER", 8, 400, "RESTRICTED"),
  option("PAT-01", "Visible patrols of the perimeter", "Uniformed patrols of the perimeter and approaches at irregular intervals, to deter hostile reconnaissance.", "Patrol and surveillance", H, ALL, "SITE_LEAD", 6, 0, "RESTRICTED"),
  option("PAT-02", "Armed officer presence at the site", "Armed response vehicles to include the site in patrol plans; static armed cover for the most critical sites.", "Patrol and surveillance", E, ["HEADQUARTERS", "CUSTODY_SUITE"], "COMMANDER", 24, 1200, "RESTRICTED"),
  option("PAT-03", "CCTV vigilance", "Control-room operators actively monitor the site's cameras, with focus on approaches and vehicle access.", "Patrol and surveillance", H, ALL, "SITE_LEAD", 4, 0, "RESTRICTED"),
  option("PAT-04", "Report hostile reconnaissance", "Look out for people filming, loitering or asking about security; report at once.", "Patrol and surveillance", H, ALL, "SITE_LEAD", 0, 0, "ALL_STAFF"),
  option("VEH-01", "Control parking next to buildings", "No unknown vehicles parked within 15 metres of buildings; tow or move vehicles that cannot be accounted for.", "Vehicles and perimeter", H, ALL, "SITE_LEAD", 2, 0, "ALL_STAFF"),
  option("VEH-02", "Temporary vehicle barriers", "Deploy temporary vehicle-security barriers at the main vehicle approaches.", "Vehicles and perimeter", E, ["HEADQUARTERS", "POLICE_STATION", "CUSTODY_SUITE"], "COMMANDER", 4, 900, "RESTRICTED"),
  option("VEH-03", "Secure fuel and vehicle keys", "Fuel stores locked; all fleet keys in the key safe; vehicles checked before use.", "Vehicles and perimeter", H, ["VEHICLE_DEPOT", "POLICE_STATION"], "SITE_LEAD", 1, 0, "ALL_STAFF"),
  option("VEH-04", "Check perimeter fences and gates", "Walk the perimeter at the start of each shift; report any damage at once.", "Vehicles and perimeter", H, ALL, "SITE_LEAD", 2, 0, "RESTRICTED"),
  option("VIS-01", "Postpone non-essential visitors", "Postpone visits, tours and meetings that are not operationally essential.", "Visitors and deliveries", H, ALL, "SITE_LEAD", 0, 0, "ALL_STAFF"),
  option("VIS-02", "No visitors without command approval", "Only visitors approved by the command team are admitted, escorted at all times.", "Visitors and deliveries", E, ALL, "COMMANDER", 1, 0, "ALL_STAFF"),
  option("VIS-03", "Screen deliveries and post", "Deliveries only when expected; post screened in the mailroom before distribution.", "Visitors and deliveries", H, ALL, "SITE_LEAD", 3, 0, "ALL_STAFF"),
  option("VIS-04", "Front counter to appointment only", "Move the public front counter to appointments only, with a screened waiting area.", "Visitors and deliveries", E, ["POLICE_STATION"], "SITE_LEAD", 2, 0, "ALL_STAFF"),
  option("RDY-01", "Lockdown readiness", "Check lockdown procedures, door controls and the lockdown alert; staff know where to go.", "Response readiness", H, ALL, "SITE_LEAD", 1, 0, "ALL_STAFF"),
  option("RDY-02", "Evacuation and invacuation drill", "Run a tabletop or live drill for evacuation and invacuation within the week.", "Response readiness", H, ALL, "SITE_LEAD", 4, 0, "ALL_STAFF"),
  option("RDY-03", "Business continuity plan reviewed", "Confirm the fallback location and the critical functions list for the site.", "Response readiness", H, ALL, "SITE_LEAD", 2, 0, "RESTRICTED"),
  option("RDY-04", "Cancel non-essential leave and training", "Cancel rest days and training that are not essential to keep resilience for the duration.", "Response readiness", E, ALL, "COMMANDER", 0, 2500, "RESTRICTED"),
  option("RDY-05", "Trauma kits checked and placed", "Check that bleed-control and trauma kits are stocked and placed at entrances and reception.", "Response readiness", H, ALL, "SITE_LEAD", 0.5, 50, "ALL_STAFF"),
];
