import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedEmail = { to: string[]; subject: string; text: string; html: string; messageId: string };

/**
 * A real SMTP server on a free local port, as a mail relay would be: it accepts every message and
 * keeps it, parsed, for the test to read. `smtpUrl` is what SMTP_URL would be set to.
 */
export async function startSmtpReceiver({ parse = true }: { parse?: boolean } = {}) {
  const received: ReceivedEmail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    // The app's pooled connections stay open: closing waits a second for them, not thirty.
    closeTimeout: 1_000,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const to = session.envelope.rcptTo.map((recipient) => recipient.address);
      if (!parse) {
        // A benchmark counts what was accepted; parsing thousands of messages would compete for the CPU.
        stream.on("end", () => {
          received.push({ to, subject: "", text: "", html: "", messageId: "" });
          callback();
        });
        stream.resume();
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          received.push({
            to,
            subject: mail.subject ?? "",
            text: mail.text ?? "",
            html: typeof mail.html === "string" ? mail.html : "",
            messageId: mail.messageId ?? "",
          });
          callback();
        })
        .catch(callback);
    },
  });
  // The app's pooled connections are reset when its server stops at the end of a worker: that is
  // no failure of the test, and an 'error' event without a listener would end the worker.
  server.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "ECONNRESET") console.error("SMTP receiver:", error);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    smtpUrl: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
