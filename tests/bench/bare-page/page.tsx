import { connection } from "next/server";

/**
 * The benchmark's baseline: a bare dynamic page in the same build, through the same proxy and
 * root layout as every page. Only the benchmark's own build has it (tests/bench/bench-build.ts).
 */
export default async function BareDynamicPage() {
  await connection();
  return <p>Bare dynamic page rendered at {new Date().toISOString()}</p>;
}
