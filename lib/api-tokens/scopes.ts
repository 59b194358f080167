/** What a system may be given: each scope opens the routes named here, and nothing else. Client-safe. */
export const API_SCOPES = {
  "posture:read": "Read the force and site response levels (GET /api/posture)",
  "hazards:read": "Check an address for hazard markers (GET /api/alarms/hazards), logged as an access",
  "alarms:read": "List alarm requests, facts only (GET /api/alarms)",
  "levels:write": "Change the force level or a site's override (POST /api/levels), as a commander would",
} as const;

export type ApiScope = keyof typeof API_SCOPES;
export const ALL_SCOPES = Object.keys(API_SCOPES) as ApiScope[];
