import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { POSTURE_STREAM_PATH } from "@/lib/live/stream-path";
import { POSTURE_STREAM_ENDPOINT } from "@/lib/process-singleton";

// Read, not imported: importing the server would start it.
const source = readFileSync(path.join(import.meta.dirname, "serve.mjs"), "utf8");
const constant = (name: string) => new RegExp(`export const ${name} = "([^"]+)"`).exec(source)?.[1];

describe("the app server", () => {
  it("answers the stream at the path pages open, with the endpoint the app offers", () => {
    expect(constant("STREAM_PATH")).toBe(POSTURE_STREAM_PATH);
    expect(constant("STREAM_ENDPOINT")).toBe(POSTURE_STREAM_ENDPOINT);
  });
});
