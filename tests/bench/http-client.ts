import http from "node:http";

/** Signs in through next-auth's credentials flow and returns the session cookie header. */
export async function signIn(baseUrl: string, username: string, password = "estate-demo"): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, username, password, json: "true" }),
  });
  const session = response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .find((cookie) => cookie.includes("session-token"));
  if (!session) throw new Error(`Sign-in as ${username} failed (${response.status})`);
  return session;
}

/** Requests/s of GET `path` from `concurrency` keep-alive connections for `seconds`. */
export async function measureThroughput(baseUrl: string, path: string, cookie: string, concurrency = 50, seconds = 8) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const url = new URL(path, baseUrl);
  let completed = 0;
  let failed = 0;
  const deadline = Date.now() + seconds * 1000;
  const one = () =>
    new Promise<void>((resolve) => {
      const request = http.get(url, { agent, headers: { Cookie: cookie } }, (response) => {
        response.resume();
        response.on("end", () => {
          if (response.statusCode === 200) completed++;
          else failed++;
          resolve();
        });
      });
      request.on("error", () => {
        failed++;
        resolve();
      });
    });
  const loop = async () => {
    while (Date.now() < deadline) await one();
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: concurrency }, loop));
  agent.destroy();
  return { requestsPerSecond: completed / ((Date.now() - started) / 1000), failed };
}
