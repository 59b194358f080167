// The benchmark's own build: the app plus a bare dynamic page, its baseline, in a separate
// folder (.next-bench). The page is copied into app/ only while this build runs, so the app
// that ships never has it.
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { binPath, runCommand } from "@/lib/cli/run-command";

export const BENCH_DIST_DIR = ".next-bench";
const BARE_PAGE_DIR = "app/bench/bare";

export async function buildWithBarePage(): Promise<void> {
  mkdirSync(BARE_PAGE_DIR, { recursive: true });
  cpSync("tests/bench/bare-page/page.tsx", `${BARE_PAGE_DIR}/page.tsx`);
  try {
    await runCommand(binPath("next"), ["build"], { ...process.env, NEXT_DIST_DIR: BENCH_DIST_DIR });
  } finally {
    rmSync("app/bench", { recursive: true, force: true });
    // Its route types name the page just removed: the type check must not read them.
    rmSync(`${BENCH_DIST_DIR}/types`, { recursive: true, force: true });
  }
}
