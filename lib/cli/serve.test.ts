import { describe, expect, it } from "vitest";
import { STREAM_ENDPOINT, STREAM_PATH } from "@/lib/cli/serve.mjs";
import { POSTURE_STREAM_PATH } from "@/lib/live/stream-path";
import { POSTURE_STREAM_ENDPOINT } from "@/lib/process-singleton";

describe("the app server", () => {
  it("answers the stream at the path pages open, with the endpoint the app offers", () => {
    expect(STREAM_PATH).toBe(POSTURE_STREAM_PATH);
    expect(STREAM_ENDPOINT).toBe(POSTURE_STREAM_ENDPOINT);
  });
});
