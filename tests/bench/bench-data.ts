import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db";
import { DEMO_PASSWORD } from "@/lib/demo/users";
import { POLICY_REFERENCE } from "@/lib/policy/policy-reference";

/** An estate of `siteCount` police stations and a Menu of Options of `optionCount`, all applicable. */
export async function seedBenchEstate(db: Db, siteCount: number, optionCount: number) {
  await db.site.createMany({
    data: Array.from({ length: siteCount }, (_, index) => ({
      code: `B${String(index).padStart(4, "0")}`,
      name: `Bench station ${index}`,
      type: "POLICE_STATION" as const,
      district: `District ${index % 6}`,
      address: `${index} Bench Road`,
    })),
  });
  await db.policyVersion.create({
    data: {
      reference: POLICY_REFERENCE,
      version: 1,
      owner: "Bench",
      status: "PUBLISHED",
      approvedAt: new Date(),
      reviewDueAt: new Date(Date.now() + 700 * 86_400_000),
      options: {
        create: Array.from({ length: optionCount }, (_, index) => ({
          code: `OPT-${String(index).padStart(2, "0")}`,
          title: `Option ${index}`,
          guidance: "Bench guidance text for this option.",
          category: `Category ${index % 5}`,
          minLevel: index % 2 ? ("EXCEPTIONAL" as const) : ("HEIGHTENED" as const),
          siteTypes: ["POLICE_STATION" as const],
          ownerRole: "SITE_LEAD" as const,
          officerHoursPerDay: 1,
          costPerDay: 10,
          visibility: index % 3 ? ("ALL_STAFF" as const) : ("RESTRICTED" as const),
        })),
      },
    },
  });
  const homeSite = await db.site.findFirstOrThrow({ orderBy: { code: "asc" }, select: { id: true } });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.user.createMany({
    data: [
      {
        username: "commander",
        displayName: "Bench commander",
        roles: ["COMMANDER"],
        passwordHash,
        homeSiteId: homeSite.id,
      },
      { username: "staff", displayName: "Bench staff", roles: ["STAFF"], passwordHash, homeSiteId: homeSite.id },
    ],
  });
}
