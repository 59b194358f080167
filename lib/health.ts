import "server-only";
import { db } from "@/lib/db";

const TIMEOUT_MS = 2000;

export async function isDatabaseUp(): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), TIMEOUT_MS).unref?.());
  const probe = db.$queryRaw`SELECT 1`.then(() => true).catch(() => false);
  return Promise.race([probe, timeout]);
}
