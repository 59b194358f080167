// What the write and load benchmarks share: reading the bench database, and people who write
// over HTTP as the app's own forms and API clients do.
import http from "node:http";
import pg from "pg";
import { BENCH_BASE } from "./bench-server";
import { signIn } from "./http-client";

export type Request = { method: string; path: string; body?: object };

/** A person at work: their session, what they do next, and what they learn from the answer. */
export type Worker = {
  cookie: string;
  next: () => Request | null;
  onReply: (body: unknown) => void;
};

let failures = 0;

export async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Each lead works through their own site's open items, flipping each between two decisions. */
export async function leadWorker(url: string, username: string, siteId: string): Promise<Worker> {
  const items = await query<{ id: string; version: number }>(
    url,
    `SELECT i."id", i."version" FROM "ChecklistItem" i JOIN "Activation" a ON a."id" = i."activationId"
     WHERE a."siteId" = '${siteId}' AND a."closedAt" IS NULL ORDER BY i."id"`,
  );
  const versions = new Map(items.map((item) => [item.id, item.version]));
  const statuses = new Map<string, string>();
  let turn = 0;
  let current = "";
  return {
    cookie: await signIn(BENCH_BASE, username),
    next: () => {
      if (items.length === 0) return null;
      current = items[turn++ % items.length].id;
      const status = statuses.get(current) === "IMPLEMENTED" ? "NOT_APPLICABLE" : "IMPLEMENTED";
      statuses.set(current, status);
      return {
        method: "PATCH",
        path: `/api/checklist-items/${current}`,
        body: { status, expectedVersion: versions.get(current) },
      };
    },
    onReply: (body) => versions.set(current, (body as { version: number }).version),
  };
}

/** Sends one request (a page, a read or a write); true when it succeeded. The first few failures are printed. */
export function send(agent: http.Agent, worker: Worker, request: Request, isRetry = false): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const body = request.body === undefined ? undefined : JSON.stringify(request.body);
    const outgoing = http.request(
      new URL(request.path, BENCH_BASE),
      {
        agent,
        method: request.method,
        headers: {
          Cookie: worker.cookie,
          ...(body !== undefined && { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) }),
        },
      },
      (response) => {
        let text = "";
        response.on("data", (chunk) => (text += chunk));
        response.on("end", () => {
          const ok = response.statusCode === 200 || response.statusCode === 201;
          const isJson = response.headers["content-type"]?.includes("json");
          if (ok) worker.onReply(isJson ? JSON.parse(text) : text);
          else if (failures++ < 3)
            console.error(`  ${request.method} ${request.path} answered ${response.statusCode}: ${text.slice(0, 200)}`);
          resolve(ok);
        });
      },
    );
    outgoing.on("error", (error: NodeJS.ErrnoException) => {
      // A kept-alive connection the server closed as it was reused: a browser sends again, so do we.
      if (outgoing.reusedSocket && error.code === "ECONNRESET" && !isRetry) {
        void send(agent, worker, request, true).then(resolve);
        return;
      }
      if (failures++ < 3) console.error(`  ${request.method} ${request.path} failed: ${error.message}`);
      resolve(false);
    });
    outgoing.end(body);
  });
}
