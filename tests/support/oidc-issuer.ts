import { createSign, generateKeyPairSync, randomBytes, type KeyObject } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { type KoaContextWithOIDC } from "oidc-provider";

export type IssuedClaims = {
  oid?: string;
  name?: string;
  preferred_username?: string;
  email?: string;
  roles?: string[];
};

/** What the next ID token suffers on its way to the app: a changed claim, or a lapsed expiry. */
export type Tampering = "changed-claim" | "expired" | null;

const base64url = (value: string | Buffer) => Buffer.from(value).toString("base64url");

function signJwt(header: object, payload: object, key: KeyObject): string {
  const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  const signature = createSign("RSA-SHA256").update(input).sign(key);
  return `${input}.${base64url(signature)}`;
}

function tamper(idToken: string, how: Exclude<Tampering, null>, key: KeyObject): string {
  const [header, payload, signature] = idToken.split(".");
  const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  if (how === "changed-claim") {
    // Someone grants themselves ADMIN and keeps the issuer's signature: it no longer matches.
    return `${header}.${base64url(JSON.stringify({ ...claims, roles: ["ADMIN"] }))}.${signature}`;
  }
  // Properly signed by the issuer's own key, but an hour old.
  const now = Math.floor(Date.now() / 1000);
  return signJwt(
    JSON.parse(Buffer.from(header, "base64url").toString("utf8")),
    { ...claims, iat: now - 3600, exp: now - 1800 },
    key,
  );
}

/**
 * A real OpenID Connect provider (`oidc-provider`, the certified implementation) for the tests:
 * authorization code with PKCE, its own signing key, accounts the test registers, and its
 * development login form (any password). It can tamper with the next ID token it issues.
 */
export async function startOidcIssuer({
  redirectUri,
  clientId = "estate-security",
  clientSecret = randomBytes(16).toString("hex"),
}: {
  redirectUri: string;
  clientId?: string;
  clientSecret?: string;
}) {
  const accounts = new Map<string, IssuedClaims>();
  let tampering: Tampering = null;
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: "jwk" }), kid: "test-key", alg: "RS256", use: "sig" };

  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: [randomBytes(16).toString("hex")] },
    pkce: { required: () => true },
    claims: {
      openid: ["sub", "oid", "roles"],
      profile: ["name", "preferred_username"],
      email: ["email"],
    },
    // The claims go in the ID token itself, as Entra ID puts them.
    conformIdTokenClaims: false,
    findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ sub, ...accounts.get(sub) }) }),
    // Consent is the force's, given once for the app: no consent screen.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const { client, session } = ctx.oidc;
      const grant = new ctx.oidc.provider.Grant({ clientId: client!.clientId, accountId: session!.accountId });
      grant.addOIDCScope("openid profile email");
      await grant.save();
      return grant;
    },
    features: { devInteractions: { enabled: true } },
  });
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (ctx.path === "/token" && tampering && body?.id_token) {
      body.id_token = tamper(body.id_token, tampering, privateKey);
      tampering = null;
    }
  });
  const handle = provider.callback();
  server.on("request", (request, response) => void handle(request, response));

  return {
    issuer,
    clientId,
    clientSecret,
    /** A person the issuer knows: signing in with `login` gives these claims. */
    addAccount: (login: string, claims: IssuedClaims) => accounts.set(login, claims),
    tamperWithNextToken: (how: Tampering) => {
      tampering = how;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type OidcIssuer = Awaited<ReturnType<typeof startOidcIssuer>>;
