import { connection } from "next/server";
import { notFound } from "next/navigation";

/**
 * The benchmark's baseline: a bare dynamic page in the same build, through the same proxy and
 * root layout as every page. It exists only when the benchmark starts the server with it enabled.
 */
export default async function BareDynamicPage() {
  await connection();
  if (process.env.ENABLE_BENCH_PAGE !== "1") notFound();
  return <p>Bare dynamic page rendered at {new Date().toISOString()}</p>;
}
