import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { apiRoute, readJson } from "@/lib/http/api";
import { AppError, parseInput } from "@/lib/errors";

const schema = z.object({ reason: z.string().min(1, "Give a reason") });

const echo = apiRoute(async (request: Request) => Response.json(parseInput(schema, await readJson(request))));

function post(body: string) {
  return new Request("http://localhost/api/test", {
    method: "POST",
    body,
    headers: { "content-type": "application/json" },
  });
}

describe("API routes", () => {
  it("answer 400 to malformed JSON", async () => {
    const response = await echo(post("{not json"), undefined);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: "BAD_REQUEST", message: "The request body is not valid JSON." },
    });
  });

  it("answer 422 naming each invalid field", async () => {
    const response = await echo(post(JSON.stringify({ reason: "" })), undefined);
    expect(response.status).toBe(422);
    expect((await response.json()).error.fields).toEqual({ reason: ["Give a reason"] });
  });

  it("pass valid input through", async () => {
    const response = await echo(post(JSON.stringify({ reason: "Threat raised" })), undefined);
    expect(await response.json()).toEqual({ reason: "Threat raised" });
  });

  it("map AppErrors to their status", async () => {
    const forbidden = apiRoute(async () => {
      throw new AppError("FORBIDDEN", "No.");
    });
    const response = await forbidden(post("{}"), undefined);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: { code: "FORBIDDEN", message: "No." } });
  });
});

describe("API routes against a hostile browser", () => {
  const ok = apiRoute(async () => Response.json({ ok: true }));
  const request = (headers: Record<string, string>, body = "{}") =>
    new Request("http://localhost:3000/api/levels", {
      method: "POST",
      body,
      headers: { "content-type": "application/json", ...headers },
    });

  it("refuse a state-changing request from another origin with 403", async () => {
    const foreign: Record<string, string>[] = [
      { origin: "http://localhost:4000" },
      { origin: "null" },
      { "sec-fetch-site": "cross-site" },
      { referer: "http://evil.example/page" },
    ];
    for (const headers of foreign) {
      const response = await ok(request(headers), undefined);
      expect(response.status).toBe(403);
      expect((await response.json()).error.code).toBe("FORBIDDEN");
    }
  });

  it("accept the app's own origin, and clients that are not browsers", async () => {
    expect((await ok(request({ origin: "http://localhost:3000" }), undefined)).status).toBe(200);
    expect((await ok(request({ "sec-fetch-site": "same-origin" }), undefined)).status).toBe(200);
    expect((await ok(request({}), undefined)).status).toBe(200);
  });

  it("refuse a body that is not JSON with 415, and one over 1 MB with 413 before parsing it", async () => {
    const plain = new Request("http://localhost:3000/api/levels", {
      method: "POST",
      body: "{}",
      headers: { "content-type": "text/plain" },
    });
    expect((await ok(plain, undefined)).status).toBe(415);
    const big = "x".repeat(1_000_001);
    const tooLarge = await echo(post(JSON.stringify({ reason: big })), undefined);
    expect(tooLarge.status).toBe(413);
    expect((await tooLarge.json()).error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("name the field holding a NUL byte or a lone surrogate, with 422", async () => {
    for (const reason of ["a\u0000b", "a\ud800b", "\udc00"]) {
      const response = await echo(post(JSON.stringify({ nested: { reason } })), undefined);
      expect(response.status).toBe(422);
      expect((await response.json()).error.fields).toHaveProperty(["nested.reason"]);
    }
  });

  it("send nothing cacheable", async () => {
    expect((await ok(request({}), undefined)).headers.get("cache-control")).toBe("no-store");
  });

  it("answer 503 in the error shape while the database cannot be reached", async () => {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const { PrismaClient } = await import("@/lib/generated/prisma/client");
    const unreachable = new PrismaClient({
      adapter: new PrismaPg({ connectionString: "postgresql://postgres@127.0.0.1:1/estate" }),
    });
    const route = apiRoute(async () => Response.json(await unreachable.site.findMany()));
    vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await route(new Request("http://localhost:3000/api/posture"), undefined);
    expect(response.status).toBe(503);
    expect((await response.json()).error).toEqual({
      code: "UNAVAILABLE",
      message: expect.stringMatching(/unavailable/),
    });
  });
});
