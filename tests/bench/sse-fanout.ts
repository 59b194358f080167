import http from "node:http";

export type FanoutResult = { clients: number; p50: number; p95: number; p99: number; max: number };

/**
 * Opens `clients` event streams, waits until all are ready, then runs `change` and times how long
 * each client takes to receive its "change" event.
 */
export async function measureFanout(
  baseUrl: string,
  cookie: string,
  clients: number,
  change: () => Promise<void>,
): Promise<FanoutResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const requests: http.ClientRequest[] = [];
  const received: number[] = [];
  let ready = 0;
  let startedAt = 0;
  let resolveAll: () => void;
  const allReceived = new Promise<void>((resolve) => (resolveAll = resolve));

  await new Promise<void>((resolveReady, rejectReady) => {
    for (let index = 0; index < clients; index++) {
      const request = http.get(
        new URL("/api/posture/stream", baseUrl),
        { agent, headers: { Cookie: cookie, Accept: "text/event-stream" } },
        (response) => {
          if (response.statusCode !== 200) return rejectReady(new Error(`stream answered ${response.statusCode}`));
          let buffer = "";
          let isReady = false;
          let hasChange = false;
          response.setEncoding("utf8");
          response.on("data", (chunk: string) => {
            buffer += chunk;
            if (!isReady && buffer.includes("event: ready")) {
              isReady = true;
              if (++ready === clients) resolveReady();
            }
            if (!hasChange && startedAt && buffer.includes("event: change")) {
              hasChange = true;
              received.push(performance.now() - startedAt);
              if (received.length === clients) resolveAll();
            }
          });
        },
      );
      request.on("error", rejectReady);
      requests.push(request);
    }
  });

  startedAt = performance.now();
  await change();
  await Promise.race([allReceived, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  for (const request of requests) request.destroy();
  agent.destroy();
  const sorted = [...received].sort((a, b) => a - b);
  const at = (quantile: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] ?? Number.NaN;
  if (sorted.length < clients) throw new Error(`only ${sorted.length} of ${clients} clients received the change`);
  return { clients, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1)! };
}
