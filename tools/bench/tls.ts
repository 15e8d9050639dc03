// npm run bench:tls [-- --handshakes N --mib N]
//
// The book's TLS 1.3 client (chapters 44–47) beside Node's (OpenSSL, native code), in the same
// process and run, both talking to one Node TLS server over an in-memory pipe: handshakes per
// second for each suite and group, and bulk MB/s for each suite. The server is the same for both
// clients, so its share of the time is in both figures; the ratio column is ours ÷ Node's.
// Prints figures; asserts nothing. The TLS modules load after the command line is read
// (tls-run.ts), so --help works in the states before chapter 47.
import { existsSync } from "node:fs";
import { runTool } from "../lib/args.ts";

const SPEC = {
  name: "bench:tls",
  usage: "npm run bench:tls [-- --handshakes N --mib N]",
  summary: `TLS 1.3 handshakes per second (each suite, x25519 and secp256r1) and bulk MB/s (each suite) of the
book's client and of Node's, against one Node server over an in-memory pipe, with the ratio.`,
  options: {
    handshakes: { type: "int", default: 10, min: 1, max: 1000, help: "handshakes per row and client" },
    mib: { type: "int", default: 8, min: 1, max: 256, help: "MiB each client sends per suite" },
  },
} as const;

runTool(SPEC, async ({ options }) => {
  if (!existsSync(new URL("../../src/kernel/tls/session.ts", import.meta.url))) {
    console.error("bench:tls: this state of the book has no TLS sessions yet (chapter 47)");
    return 1;
  }
  const { benchTls } = await import("./tls-run.ts");
  await benchTls(options.handshakes, options.mib);
  return 0;
});
