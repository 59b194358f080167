import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import path from "node:path";

export function binPath(name: string): string {
  return path.join(process.cwd(), "node_modules", ".bin", name);
}

export function startCommand(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  stdio: StdioOptions = "inherit",
): ChildProcess {
  return spawn(command, args, { stdio, env });
}

/** Runs a command to completion; rejects when it fails. */
export function runCommand(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  stdio: StdioOptions = "inherit",
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = startCommand(command, args, env, stdio);
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} ${args.join(" ")} exited with ${code}`)),
    );
  });
}
