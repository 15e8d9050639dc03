// npm run bench:crypto [-- --ms 300]
//
// The book's cryptography (src/kernel/crypto/, chapters 40–43) beside Node's crypto (OpenSSL,
// native code with CPU instructions for AES and SHA), in the same process and run: bulk
// primitives in MB/s over 64 KiB buffers, public-key operations in operations per second. The
// last column is ours ÷ Node's. Each row runs for --ms milliseconds of wall time per side after a
// short warm-up, so that V8 has optimised the hot functions before it is measured.
import { existsSync } from "node:fs";
import { runTool } from "../lib/args.ts";

const SPEC = {
  name: "bench:crypto",
  usage: "npm run bench:crypto [-- --ms N]",
  summary: "Each primitive of src/kernel/crypto against Node's crypto: MB/s or ops/s, and the ratio.",
  options: {
    ms: { type: "int", default: 300, min: 20, max: 10000, help: "wall-clock milliseconds per measurement" },
  },
} as const;

runTool(SPEC, async ({ options }) => {
  if (!existsSync(new URL("../../src/kernel/crypto/sha256.ts", import.meta.url))) {
    console.error("bench:crypto: this state of the book has no cryptography yet (chapter 40)");
    return 1;
  }
  const { benchCrypto } = await import("./crypto-run.ts");
  benchCrypto(options.ms);
  return 0;
});
