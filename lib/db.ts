import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { processSingleton } from "@/lib/process-singleton";

function createClient() {
  const { DATABASE_URL, EMBEDDED_DATABASE } = env();
  if (!DATABASE_URL) throw new Error("DATABASE_URL is not set: start the app with `npm start`.");
  // PGlite has one session: a single connection keeps transactions from interleaving.
  const max = EMBEDDED_DATABASE ? 1 : 10;
  const adapter = new PrismaPg({ connectionString: DATABASE_URL, max });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof createClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

function client(): Db {
  return processSingleton("prisma", createClient);
}

/** The one Prisma client, created on first use so that builds never need a database. */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const target = client();
    const value = Reflect.get(target, property, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
});
