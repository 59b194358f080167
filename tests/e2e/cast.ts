import { randomBytes } from "node:crypto";
import type pg from "pg";
import { hashPassword } from "../../lib/auth/password";

export const DEMO_PASSWORD = "estate-demo";

export const ROLES = [
  "commander",
  "sitelead",
  "staff",
  "officer",
  "officer2",
  "approver",
  "installer",
  "controlroom",
  "admin",
] as const;
export type Role = (typeof ROLES)[number];

export type Person = { id: string; username: string; displayName: string };

/** Where the cast's level-change emails go: the worker's own SMTP receiver keeps them. */
export const emailOf = (username: string) => `${username}@estate.example`;
export type SiteRef = { id: string; code: string; name: string; district: string };

/**
 * One test's own people and places, seeded into its worker's fresh database: three sites in a
 * district of their own, a user for each role, and a unit in stock. Nothing another test does
 * can touch them, so tests run in any order and workers in parallel.
 */
export type Cast = {
  tag: string;
  site: SiteRef;
  otherSite: SiteRef;
  hq: SiteRef;
  unit: { id: string; assetTag: string };
  /** A stocktake the installer has started. */
  stocktake: { id: string };
} & Record<Role, Person>;

const ROLE_OF: Record<Role, string> = {
  commander: "COMMANDER",
  sitelead: "SITE_LEAD",
  staff: "STAFF",
  officer: "OFFICER",
  officer2: "OFFICER",
  approver: "APPROVER",
  installer: "INSTALLER",
  controlroom: "CONTROL_ROOM",
  admin: "ADMIN",
};

let passwordHash: Promise<string> | undefined;

export async function seedCast(client: pg.Client): Promise<Cast> {
  const tag = randomBytes(3).toString("hex").toUpperCase();
  const district = `District ${tag}`;
  const site = async (suffix: string, name: string, type: string): Promise<SiteRef> => {
    const code = `T${tag}${suffix}`;
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "Site" ("id", "code", "name", "type", "district", "address")
       VALUES (gen_random_uuid(), $1, $2, $3::"SiteType", $4, $5) RETURNING "id"`,
      [code, name, type, district, `${suffix} Test Street, Kingsbridge KB1 1AA`],
    );
    return { id: rows[0].id, code, name, district };
  };
  const places = {
    site: await site("1", `Station ${tag}`, "POLICE_STATION"),
    otherSite: await site("2", `Custody Suite ${tag}`, "CUSTODY_SUITE"),
    hq: await site("3", `Headquarters ${tag}`, "HEADQUARTERS"),
  };
  const homeOf: Record<Role, SiteRef> = {
    commander: places.hq,
    sitelead: places.site,
    staff: places.site,
    officer: places.hq,
    officer2: places.otherSite,
    approver: places.site,
    installer: places.hq,
    controlroom: places.hq,
    admin: places.hq,
  };
  passwordHash ??= hashPassword(DEMO_PASSWORD);
  const hash = await passwordHash;
  const people = {} as Record<Role, Person>;
  for (const role of ROLES) {
    const username = `${role}-${tag.toLowerCase()}`;
    const displayName = `${role.charAt(0).toUpperCase()}${role.slice(1)} ${tag}`;
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "User" ("id", "username", "displayName", "passwordHash", "roles", "homeSiteId", "email", "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, $3, ARRAY[$4]::"Role"[], $5, $6, now()) RETURNING "id"`,
      [username, displayName, hash, ROLE_OF[role], homeOf[role].id, emailOf(username)],
    );
    people[role] = { id: rows[0].id, username, displayName };
  }
  const assetTag = `PA-${String(parseInt(tag, 16) % 1_000_000).padStart(6, "0")}`;
  const unit = await client.query<{ id: string }>(
    `INSERT INTO "AlarmUnit" ("id", "assetTag", "type") VALUES (gen_random_uuid(), $1, 'PERSONAL_ATTACK') RETURNING "id"`,
    [assetTag],
  );
  const stocktake = await client.query<{ id: string }>(
    `INSERT INTO "Stocktake" ("id", "startedById") VALUES (gen_random_uuid(), $1) RETURNING "id"`,
    [people.installer.id],
  );
  return {
    tag,
    ...places,
    ...people,
    unit: { id: unit.rows[0].id, assetTag },
    stocktake: { id: stocktake.rows[0].id },
  };
}
