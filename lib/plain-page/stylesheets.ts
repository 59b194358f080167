import "server-only";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

let found: string[] | undefined;

/** Where the build keeps the root page's client manifest: `next start`, else `next dev`. */
function buildDirectories(): string[] {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  // Read at run time from the build's own output: nothing for the bundler to trace.
  return [distDir, path.join(distDir, "dev")].map((directory) => path.resolve(/* turbopackIgnore: true */ directory));
}

/** The root layout's CSS files, as the build's client manifest for the home page names them. */
function fromManifest(directory: string): string[] {
  const manifest = path.join(directory, "server/app/page_client-reference-manifest.js");
  if (!existsSync(manifest)) return [];
  const layout = /"\[project\]\/app\/layout":\[(.*?)\]/.exec(readFileSync(manifest, "utf8"));
  return [...(layout?.[1].matchAll(/"path":"([^"]+\.css)"/g) ?? [])].map((match) => `/_next/${match[1]}`);
}

/** Failing the manifest (a first `next dev` request), every stylesheet the build has written. */
function fromChunks(directory: string): string[] {
  const chunks = path.join(directory, "static/chunks");
  if (!existsSync(chunks)) return [];
  return readdirSync(chunks)
    .filter((name) => name.endsWith(".css"))
    .map((name) => `/_next/static/chunks/${name}`);
}

/**
 * The app's stylesheet URLs for a page rendered without the App Router (the staff posture page):
 * the same hashed, long-cached file every other page links, found once in the build's output.
 * Reading the manifest is reading Next.js's build internals; an end-to-end test fails if the
 * URL found is not the one the other pages link (docs/decisions/020-staff-page-without-react.md).
 */
export function appStylesheets(): string[] {
  if (found?.length) return found;
  for (const directory of buildDirectories()) {
    const urls = fromManifest(directory);
    if (urls.length) return (found = urls);
  }
  return buildDirectories().flatMap(fromChunks);
}
