// npm run difftest:build-short — (re)generate the committed random batches of
// the short suite and record qemu-aarch64's output for them. The ELFs are
// committed too, so the short suite needs neither the generator's history nor
// QEMU.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildBatch, generateBatch, RECORD } from "./gen.ts";
import { RANDOM_DIR } from "./programs.ts";
import { runQemu, scratchDir } from "./run.ts";

/** The committed batches: name, seed, batch number, sequence count. */
export const SHORT_BATCHES: readonly { name: string; seed: number; batch: number; count: number }[] = [
  { name: "short-1", seed: 1, batch: 0, count: 200 },
  { name: "short-2", seed: 2, batch: 0, count: 200 },
];

if (import.meta.main) {
  const { readCommand } = await import("../lib/args.ts");
  readCommand({
    name: "difftest:build-short",
    usage: "npm run difftest:build-short",
    summary: `Regenerates the committed random batches of the short differential suite (test/programs/diff/random)
and records qemu-aarch64's output for them. Needs qemu-aarch64.`,
    options: {},
  });
  mkdirSync(RANDOM_DIR, { recursive: true });
  const tmp = scratchDir();
  try {
    for (const b of SHORT_BATCHES) {
      const elf = buildBatch(generateBatch(b.seed, b.batch, b.count));
      const path = tmp.write(`${b.name}.elf`, elf);
      const q = await runQemu(path);
      if (q.status !== 0 || q.stdout.length !== b.count * RECORD) throw new Error(`qemu-aarch64 failed on ${b.name}`);
      writeFileSync(join(RANDOM_DIR, `${b.name}.elf`), elf, { mode: 0o755 });
      writeFileSync(join(RANDOM_DIR, `${b.name}.stdout`), q.stdout);
      console.log(`${b.name}: ${b.count} sequences, ${elf.length} bytes of ELF`);
    }
  } finally {
    tmp.remove();
  }
}
