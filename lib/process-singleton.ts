// Next.js loads a module once per bundle (route handlers, pages, instrumentation), so a module-level
// value would exist several times in one server. These live on globalThis: one per process.
const registry = globalThis as unknown as { estateSingletons?: Map<string, unknown> };

/** The one value for `key` in this process, made by `create` the first time it is asked for. */
export function processSingleton<T>(key: string, create: () => T): T {
  registry.estateSingletons ??= new Map();
  if (!registry.estateSingletons.has(key)) registry.estateSingletons.set(key, create());
  return registry.estateSingletons.get(key) as T;
}

/** The key under which the app offers its event-stream endpoint to the app server (lib/cli/serve.mjs). */
export const POSTURE_STREAM_ENDPOINT = "postureStreamEndpoint";

/** What the app has offered under `key`, if it has yet. */
export function offeredSingleton<T>(key: string): T | undefined {
  return registry.estateSingletons?.get(key) as T | undefined;
}
