// @ts-check
// The app server: Next.js, with the posture event stream answered before it
// (docs/decisions/021-the-event-stream-beside-next.md). `PORT`; `--dev` for development.
// Plain JavaScript, run by node itself: a TypeScript loader would cost the server ~80 MB.
import http from "node:http";
import next from "next";

// The same values as POSTURE_STREAM_PATH (lib/live/stream-path.ts) and POSTURE_STREAM_ENDPOINT
// (lib/process-singleton.ts): lib/cli/serve.test.ts holds them equal.
export const STREAM_PATH = "/api/posture/stream";
export const STREAM_ENDPOINT = "postureStreamEndpoint";

/** @typedef {(request: http.IncomingMessage, response: http.ServerResponse) => Promise<void>} Endpoint */

/** The endpoint the app offers from instrumentation.ts once Next.js has started it. */
function offeredStreamEndpoint() {
  const registry = /** @type {{ estateSingletons?: Map<string, unknown> }} */ (globalThis);
  return /** @type {Endpoint | undefined} */ (registry.estateSingletons?.get(STREAM_ENDPOINT));
}

async function main() {
  const dev = process.argv.includes("--dev");
  const port = Number(process.env.PORT ?? 3000);
  const app = next({ dev, dir: process.cwd(), port, ...(dev && { turbopack: true }) });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((request, response) => {
    const serveStream = offeredStreamEndpoint();
    const isStream = request.method === "GET" && request.url?.split("?")[0] === STREAM_PATH;
    if (isStream && serveStream) return void serveStream(request, response);
    void handle(request, response);
  });
  // A deep accept queue: after a force-wide change thousands of pages refetch within a minute.
  server.listen({ port, backlog: 4096 }, () =>
    console.log(`Estate Security on http://localhost:${port}${dev ? " (development)" : ""}`),
  );
  for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
    process.on(signal, () => {
      server.close();
      server.closeAllConnections();
      void app.close().finally(() => process.exit(0));
    });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
