import { createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from "node:crypto";
import type { Socket } from "node:net";

const PROTOCOL_3 = 196608;
const SSL_REQUEST = 80877103;
const ITERATIONS = 4096;

const hmac = (key: Buffer, text: string) => createHmac("sha256", key).update(text).digest();
const sha256 = (data: Buffer) => createHash("sha256").update(data).digest();

function message(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0);
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

function authentication(code: number, payload = Buffer.alloc(0)): Buffer {
  const head = Buffer.alloc(4);
  head.writeInt32BE(code);
  return message("R", Buffer.concat([head, payload]));
}

function fatal(text: string): Buffer {
  return message("E", Buffer.concat([Buffer.from("SFATAL\0C28P01\0M"), Buffer.from(text), Buffer.from("\0\0")]));
}

/** Reads whole messages off a socket during the handshake, before PGlite's handler takes it over. */
function reader(socket: Socket) {
  let buffer = Buffer.alloc(0);
  let waiting: (() => void) | null = null;
  const onData = (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    waiting?.();
  };
  socket.on("data", onData);
  const take = async (size: number) => {
    while (buffer.length < size) await new Promise<void>((resolve) => (waiting = resolve));
    const taken = buffer.subarray(0, size);
    buffer = buffer.subarray(size);
    return taken;
  };
  return {
    /** The startup message (length-prefixed, no type byte), answering an SSL request with "N" first. */
    async startup(): Promise<Buffer> {
      for (;;) {
        const length = (await take(4)).readInt32BE();
        if (length < 8 || length > 10_000) throw new Error("bad startup message");
        const rest = await take(length - 4);
        if (rest.readInt32BE() === SSL_REQUEST) {
          socket.write("N");
          continue;
        }
        if (rest.readInt32BE() !== PROTOCOL_3) throw new Error("unsupported protocol");
        const whole = Buffer.alloc(length);
        whole.writeInt32BE(length);
        rest.copy(whole, 4);
        return whole;
      }
    },
    async password(): Promise<Buffer> {
      const type = (await take(1)).toString();
      const length = (await take(4)).readInt32BE();
      if (type !== "p" || length < 4 || length > 10_000) throw new Error("expected a password message");
      return take(length - 4);
    },
    release: () => socket.off("data", onData),
  };
}

/**
 * Runs SCRAM-SHA-256 (RFC 5802/7677, as PostgreSQL does) on a new connection. Resolves with the
 * client's startup message to hand on to PGlite once the password is proven, or null after
 * refusing the connection.
 */
export async function authenticateConnection(socket: Socket, password: string): Promise<Buffer | null> {
  const read = reader(socket);
  try {
    const startup = await read.startup();
    socket.write(authentication(10, Buffer.from("SCRAM-SHA-256\0\0")));
    const initial = await read.password();
    const mechanismEnd = initial.indexOf(0);
    const clientFirst = initial.subarray(mechanismEnd + 5).toString();
    const clientFirstBare = clientFirst.replace(/^[^,]*,[^,]*,/, "");
    const clientNonce = /(?:^|,)r=([^,]+)/.exec(clientFirstBare)?.[1];
    if (initial.subarray(0, mechanismEnd).toString() !== "SCRAM-SHA-256" || !clientNonce)
      throw new Error("bad SASL start");
    const salt = randomBytes(16);
    const nonce = clientNonce + randomBytes(18).toString("base64");
    const serverFirst = `r=${nonce},s=${salt.toString("base64")},i=${ITERATIONS}`;
    socket.write(authentication(11, Buffer.from(serverFirst)));
    const clientFinal = (await read.password()).toString();
    const proof = /,p=([^,]+)$/.exec(clientFinal)?.[1];
    const finalWithoutProof = clientFinal.replace(/,p=[^,]+$/, "");
    if (!proof || !finalWithoutProof.includes(`r=${nonce}`)) throw new Error("bad SASL response");
    const salted = pbkdf2Sync(password.normalize("NFKC"), salt, ITERATIONS, 32, "sha256");
    const clientKey = hmac(salted, "Client Key");
    const authMessage = `${clientFirstBare},${serverFirst},${finalWithoutProof}`;
    const signature = hmac(sha256(clientKey), authMessage);
    const given = Buffer.from(proof, "base64");
    if (given.length !== signature.length) throw new Error("wrong password");
    const recoveredKey = Buffer.from(given.map((byte, index) => byte ^ signature[index]));
    if (!timingSafeEqual(sha256(recoveredKey), sha256(clientKey))) throw new Error("wrong password");
    const serverSignature = hmac(hmac(salted, "Server Key"), authMessage);
    socket.write(authentication(12, Buffer.from(`v=${serverSignature.toString("base64")}`)));
    read.release();
    return startup;
  } catch {
    read.release();
    if (socket.writable) socket.end(fatal("password authentication failed"));
    return null;
  }
}
