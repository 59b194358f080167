/** Where pages open the posture event stream: answered by the app server itself (lib/cli/serve.mjs). */
export const POSTURE_STREAM_PATH = "/api/posture/stream";
