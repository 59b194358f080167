import { describe, expect, it } from "vitest";
import { z } from "zod";
import { apiRoute, readJsonBody } from "@/lib/http/api";
import { AppError } from "@/lib/errors";

const schema = z.object({ reason: z.string().min(1, "Give a reason") });

const echo = apiRoute(async (request: Request) => Response.json(await readJsonBody(request, schema)));

function post(body: string) {
  return new Request("http://localhost/api/test", { method: "POST", body, headers: { "content-type": "application/json" } });
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
