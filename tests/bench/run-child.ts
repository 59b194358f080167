import { spawn } from "node:child_process";
import path from "node:path";

/** Runs a bench script in its own process (one database client per process) and parses its JSON line. */
export function runChild<T>(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join("node_modules", ".bin", "tsx"), ["--conditions=react-server", script, ...args], {
      env,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => {
      const line = output.trim().split("\n").at(-1) ?? "";
      if (code !== 0) return reject(new Error(`${script} exited with ${code}: ${output}`));
      resolve(JSON.parse(line) as T);
    });
  });
}
