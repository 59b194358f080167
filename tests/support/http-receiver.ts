import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedPost = { path: string; headers: IncomingHttpHeaders; body: string };

/**
 * A real HTTP server standing in for Teams or another system: it keeps every POST and answers
 * with the status `respond` gives (200 unless told otherwise).
 */
export async function startHttpReceiver() {
  const received: ReceivedPost[] = [];
  let respond = (_post: ReceivedPost) => 200;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const post = { path: request.url ?? "/", headers: request.headers, body: Buffer.concat(chunks).toString("utf8") };
      received.push(post);
      response.statusCode = respond(post);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path = "/") => `http://127.0.0.1:${port}${path}`,
    received,
    answerWith: (next: (post: ReceivedPost) => number) => {
      respond = next;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
