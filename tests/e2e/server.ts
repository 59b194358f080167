import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { startHttpReceiver, type ReceivedPost } from "../support/http-receiver";
import { startOidcIssuer, type OidcIssuer } from "../support/oidc-issuer";
import { startSmtpReceiver, type ReceivedEmail } from "../support/smtp-receiver";

export type E2eServer = {
  baseURL: string;
  databasePort: number;
  dataDir: string;
  /** Every email the server sent, as the force's mail relay would have received it. */
  mail: ReceivedEmail[];
  /** Every post to the Teams channel's webhook. */
  teams: ReceivedPost[];
  /** The force's identity provider, which the server trusts for sign-in. */
  oidc: OidcIssuer;
};

export const OIDC_ROLE_MAP = { "EstateSecurity.Commander": "COMMANDER", "EstateSecurity.Admin": "ADMIN" };
export const SUPPORT_CONTACT = "the Estate Security service desk";
export const SCIM_TOKEN = "e2e-scim-token-0123456789abcdef";

const HEALTH_TIMEOUT_MS = 180_000;

/**
 * A production server (the build `npm run test:e2e` made) on a fresh embedded database of its
 * own: one per Playwright worker, so workers never share a force level or a row.
 */
export async function startServer(index: number): Promise<E2eServer & { stop: () => Promise<void> }> {
  const port = 3100 + index;
  const baseURL = `http://localhost:${port}`;
  const [smtp, teams, oidc] = await Promise.all([
    startSmtpReceiver(),
    startHttpReceiver(),
    startOidcIssuer({ redirectUri: `${baseURL}/api/auth/callback/oidc` }),
  ]);
  const server = {
    baseURL,
    databasePort: 55433 + index,
    dataDir: `.e2e-data/worker-${index}`,
    mail: smtp.received,
    teams: teams.received,
    oidc,
  };
  rmSync(server.dataDir, { recursive: true, force: true });
  const child = spawn("node_modules/.bin/tsx", ["--conditions=react-server", "lib/cli/start.ts"], {
    env: {
      ...process.env,
      DATA_DIR: server.dataDir,
      PORT: String(port),
      EMBEDDED_DATABASE_PORT: String(server.databasePort),
      SMTP_URL: smtp.smtpUrl,
      MAIL_FROM: "Estate Security <estate-security@estate.example>",
      TEAMS_WEBHOOK_URL: teams.url("/teams"),
      AUTH_OIDC_ISSUER: oidc.issuer,
      AUTH_OIDC_CLIENT_ID: oidc.clientId,
      AUTH_OIDC_CLIENT_SECRET: oidc.clientSecret,
      AUTH_OIDC_NAME: "Sign in with Microsoft",
      AUTH_OIDC_ROLE_MAP: JSON.stringify(OIDC_ROLE_MAP),
      AUTH_SUPPORT_CONTACT: SUPPORT_CONTACT,
      SCIM_TOKEN,
    },
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitForHealth(server.baseURL, child);
  return {
    ...server,
    stop: async () => {
      await stop(child);
      await Promise.all([smtp.close(), teams.close(), oidc.close()]);
    },
  };
}

async function waitForHealth(baseURL: string, child: ChildProcess) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the e2e server exited with ${child.exitCode}`);
    const ok = await fetch(`${baseURL}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the e2e server at ${baseURL} did not answer within ${HEALTH_TIMEOUT_MS / 1000} s`);
}

/** The server and its database run in one process group: stop them together. */
async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid, "SIGTERM");
  const timer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}
