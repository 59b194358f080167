import type { SiteType } from "@/lib/generated/prisma/enums";

export type DemoSite = { code: string; name: string; type: SiteType; district: string; address: string };

const site = (code: string, name: string, type: SiteType, district: string, address: string): DemoSite => ({
  code,
  name,
  type,
  district,
  address,
});

/** An invented estate: 25 sites in four districts. */
export const DEMO_SITES: DemoSite[] = [
  site("HQ01", "Force Headquarters, Eastgate House", "HEADQUARTERS", "Central", "1 Eastgate, Kingsbridge KB1 1AA"),
  site(
    "CEN01",
    "Kingsbridge Central Police Station",
    "POLICE_STATION",
    "Central",
    "14 Market Street, Kingsbridge KB1 2BD",
  ),
  site("CEN02", "Riverside Police Station", "POLICE_STATION", "Central", "2 Wharf Road, Kingsbridge KB2 4RT"),
  site("CEN03", "Kingsbridge Custody Suite", "CUSTODY_SUITE", "Central", "Unit 3, Foundry Lane, Kingsbridge KB3 7FL"),
  site("CEN04", "Central Vehicle Depot", "VEHICLE_DEPOT", "Central", "Depot Road, Kingsbridge KB3 9DR"),
  site(
    "CEN05",
    "Force Training Centre, Hollins Park",
    "TRAINING_CENTRE",
    "Central",
    "Hollins Park, Kingsbridge KB5 2HP",
  ),
  site("CEN06", "Old Town Police Station", "POLICE_STATION", "Central", "9 Castle Hill, Kingsbridge KB1 3CH"),
  site("NOR01", "Ashby Moor Police Station", "POLICE_STATION", "North", "40 High Street, Ashby Moor AM1 1HS"),
  site("NOR02", "Fellside Police Station", "POLICE_STATION", "North", "Station Road, Fellside FS2 6SR"),
  site("NOR03", "Northern Custody Suite", "CUSTODY_SUITE", "North", "Moorgate Business Park, Ashby Moor AM3 8MB"),
  site("NOR04", "North Vehicle Depot", "VEHICLE_DEPOT", "North", "Quarry Lane, Fellside FS3 2QL"),
  site("NOR05", "Harrowby Police Station", "POLICE_STATION", "North", "1 Green Lane, Harrowby HB1 4GL"),
  site("NOR06", "Wetherdale Police Office", "POLICE_STATION", "North", "Town Hall, Wetherdale WD1 1TH"),
  site("SOU01", "Southport Quay Police Station", "POLICE_STATION", "South", "Harbour Street, Southport Quay SQ1 1HS"),
  site("SOU02", "Brackenfield Police Station", "POLICE_STATION", "South", "22 Church Road, Brackenfield BF2 3CR"),
  site("SOU03", "Southern Custody Suite", "CUSTODY_SUITE", "South", "Marsh Lane, Southport Quay SQ4 6ML"),
  site("SOU04", "South Vehicle Depot", "VEHICLE_DEPOT", "South", "Ropewalk Industrial Estate, Brackenfield BF5 1RW"),
  site("SOU05", "Linton Bay Police Station", "POLICE_STATION", "South", "The Promenade, Linton Bay LB1 2TP"),
  site("SOU06", "Coldharbour Police Office", "POLICE_STATION", "South", "5 Mill Street, Coldharbour CH3 9MS"),
  site("WES01", "Westmarch Police Station", "POLICE_STATION", "West", "Bridge Street, Westmarch WM1 1BS"),
  site("WES02", "Oakhampton Police Station", "POLICE_STATION", "West", "12 Forest Road, Oakhampton OK2 5FR"),
  site("WES03", "Western Custody Suite", "CUSTODY_SUITE", "West", "Ridgeway, Westmarch WM4 2RW"),
  site("WES04", "West Vehicle Depot", "VEHICLE_DEPOT", "West", "Canal Side, Oakhampton OK3 7CS"),
  site("WES05", "Stonebury Police Station", "POLICE_STATION", "West", "3 Abbey Walk, Stonebury SB1 6AW"),
  site("WES06", "Westmarch Dog and Mounted Section", "TRAINING_CENTRE", "West", "Manor Farm, Westmarch WM6 3MF"),
];
