import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export function binPath(name: string): string {
  return path.join(process.cwd(), "node_modules", ".bin", name);
}

export function startCommand(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(command, args, { stdio: "inherit", env });
}

/** Runs a command to completion; rejects when it fails. */
export function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = startCommand(command, args, env);
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} ${args.join(" ")} exited with ${code}`)),
    );
  });
}
