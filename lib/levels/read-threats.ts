import "server-only";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { db, type Db, type Tx } from "@/lib/db";
import {
  higherResponseLevel,
  suggestedResponseLevel,
  type ResponseLevel,
  type ThreatLevel,
} from "@/lib/levels/response-levels";

export type ThreatView = {
  scope: "NATIONAL" | "POLICE_SECTOR";
  level: ThreatLevel;
  reason: string;
  source: string;
  recordedAt: Date;
};
export type Threats = {
  national: ThreatView | null;
  policeSector: ThreatView | null;
  suggestion: ResponseLevel | null;
};

/** The latest national and police-sector threat levels, and the response level they usually call for. */
export async function readThreats(client: Db | Tx): Promise<Threats> {
  // One indexed row per scope: Prisma's `distinct` would read every record ever made and pick in memory.
  const latestOf = (scope: ThreatView["scope"]) =>
    client.threatRecord.findFirst({
      where: { scope },
      orderBy: { recordedAt: "desc" },
      select: { scope: true, level: true, reason: true, source: true, recordedAt: true },
    });
  const latest = (await Promise.all([latestOf("NATIONAL"), latestOf("POLICE_SECTOR")])).filter(
    (threat) => threat !== null,
  );
  const suggestion = latest
    .map((threat) => suggestedResponseLevel(threat.level))
    .reduce<ResponseLevel | null>((highest, level) => (highest ? higherResponseLevel(highest, level) : level), null);
  return {
    national: latest.find((threat) => threat.scope === "NATIONAL") ?? null,
    policeSector: latest.find((threat) => threat.scope === "POLICE_SECTOR") ?? null,
    suggestion,
  };
}

/** The recorded history of threat levels, newest first, with who recorded each. */
export async function readThreatHistory(user: CurrentUser, take = 10) {
  requirePermission(user, "overview.view");
  return db.threatRecord.findMany({
    orderBy: { recordedAt: "desc" },
    take,
    select: {
      id: true,
      scope: true,
      level: true,
      reason: true,
      source: true,
      recordedAt: true,
      recordedBy: { select: { displayName: true } },
    },
  });
}
