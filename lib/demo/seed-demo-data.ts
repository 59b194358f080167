import type { Db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_SITES } from "@/lib/demo/estate";
import { seedAlarms } from "@/lib/demo/seed-alarms";
import { seedResponseLevels } from "@/lib/demo/seed-response-levels";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo/users";

/** Loads the demo estate, users, the Menu of Options and the alarm inventory and requests. Idempotent: existing rows are left as they are. */
export async function seedDemoData(db: Db) {
  await db.site.createMany({ data: DEMO_SITES, skipDuplicates: true });
  const sites = await db.site.findMany({ select: { id: true, code: true } });
  const siteIdOf = new Map(sites.map((site) => [site.code, site.id]));
  const users = await Promise.all(
    DEMO_USERS.map(async ({ homeSiteCode, ...user }) => ({
      ...user,
      email: `${user.username}@estate.example`,
      passwordHash: await hashPassword(DEMO_PASSWORD),
      homeSiteId: siteIdOf.get(homeSiteCode) ?? null,
    })),
  );
  await db.user.createMany({ data: users, skipDuplicates: true });
  await seedResponseLevels(db);
  await seedAlarms(db);
}
