import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { auditKey, auditMac, checkpointFile } from "@/lib/audit/audit-key";
import type { Seal } from "@/lib/audit/seal-audit-chain";

export type Checkpoint = { at: string; headId: string; headHash: string; count: string; mac: string };

function checkpointMac(key: string, checkpoint: Omit<Checkpoint, "mac">) {
  return auditMac(key, "checkpoint", checkpoint.at, checkpoint.headId, checkpoint.headHash, checkpoint.count);
}

/** Appends a signed copy of the newest seal to the checkpoint file: the record a cut-off tail cannot erase. */
export function writeCheckpoint(seal: Seal, file = checkpointFile(), key = auditKey(), now = new Date()): Checkpoint {
  const body = {
    at: now.toISOString(),
    headId: seal.headId.toString(),
    headHash: seal.headHash,
    count: seal.count.toString(),
  };
  const checkpoint = { ...body, mac: checkpointMac(key, body) };
  mkdirSync(path.dirname(file), { recursive: true });
  appendFileSync(file, `${JSON.stringify(checkpoint)}\n`, { mode: 0o600 });
  return checkpoint;
}

export type ReadCheckpoint = { line: number; checkpoint: Checkpoint | null; isSigned: boolean };

/** Every checkpoint in the file, each with whether its signature holds. */
export function readCheckpoints(file = checkpointFile(), key = auditKey()): ReadCheckpoint[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .map((text, index) => ({ text, line: index + 1 }))
    .filter(({ text }) => text.trim())
    .map(({ text, line }) => {
      try {
        const checkpoint = JSON.parse(text) as Checkpoint;
        const { mac, ...body } = checkpoint;
        return { line, checkpoint, isSigned: mac === checkpointMac(key, body) };
      } catch {
        return { line, checkpoint: null, isSigned: false };
      }
    });
}
