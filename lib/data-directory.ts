import path from "node:path";

/** Where the embedded database, its secrets and the audit checkpoints live (`DATA_DIR`, default ./data). */
export const dataDirectory = () => path.resolve(process.env.DATA_DIR ?? "data");
