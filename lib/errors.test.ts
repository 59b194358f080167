import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError, parseInput, toActionState, toAppError, toErrorBody } from "@/lib/errors";

function captured(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

afterEach(() => vi.restoreAllMocks());

describe("AppError mapping", () => {
  it.each([
    ["BAD_REQUEST", 400],
    ["UNAUTHENTICATED", 401],
    ["FORBIDDEN", 403],
    ["NOT_FOUND", 404],
    ["CONFLICT", 409],
    ["VALIDATION", 422],
  ] as const)("maps %s to HTTP %i", (code, status) => {
    expect(new AppError(code, "message").status).toBe(status);
  });

  it("names each invalid field of parsed input", () => {
    const schema = z.object({ reason: z.string().min(1, "Give a reason"), level: z.enum(["NORMAL"]) });
    const error = toAppError(captured(() => parseInput(schema, { reason: "", level: "X" })));
    expect(error.status).toBe(422);
    expect(error.fields?.reason).toEqual(["Give a reason"]);
    expect(error.fields?.level).toHaveLength(1);
  });

  it("treats a bare zod error (our own data failing its schema) as an internal fault, logged, not the user's", () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const auditPayload = z.object({ from: z.enum(["NORMAL"]) });
    const error = toAppError(captured(() => auditPayload.parse({ from: "LOW" })));
    expect(error).toMatchObject({ code: "INTERNAL", status: 500 });
    expect(error.message).not.toMatch(/fields are not valid/);
    expect(error.fields).toBeUndefined();
    expect(logged).toHaveBeenCalled();
  });

  it("hides unknown errors behind a generic message", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const error = toAppError(new Error('relation "User" does not exist'));
    expect(error.status).toBe(500);
    expect(error.message).not.toMatch(/relation/);
  });

  it("builds the one JSON error shape", () => {
    const body = toErrorBody(new AppError("VALIDATION", "Bad", { reason: ["Required"] }));
    expect(body).toEqual({ error: { code: "VALIDATION", message: "Bad", fields: { reason: ["Required"] } } });
    expect(toErrorBody(new AppError("FORBIDDEN", "No"))).toEqual({ error: { code: "FORBIDDEN", message: "No" } });
  });

  it("gives forms their field errors", () => {
    const state = toActionState(new AppError("VALIDATION", "Bad", { reason: ["Required"] }));
    expect(state).toEqual({ ok: false, message: "Bad", fieldErrors: { reason: ["Required"] } });
  });
});
