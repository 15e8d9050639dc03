// npm run test:diff:fp — the floating-point differential suite (chapter 4d): seeded random
// SIMD&FP sequences (fp-gen.ts), each batch one ELF run under qemu-aarch64 and in our emulator,
// the 1624-byte state records compared byte for byte: x0..x7, q0..q31, FPSR, FPCR, NZCV and the
// memory window. Prints `diff:fp: N sequences, M divergences` and exits 1 on any divergence,
// after printing the first few with their instruction words. Odd batches mix in the Advanced SIMD
// vector forms of chapter 4e (simd-gen.ts); `--only vector` or `--only scalar` runs one kind.
//
// `--write-short` instead writes the committed batch of the short suite
// (test/programs/diff/random/fp-1.elf and qemu-aarch64's fp-1.stdout) and the vector one (simd-1).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { readCommand } from "../lib/args.ts";
import { FP_RECORD, FP_SHORT, SIMD_SHORT, buildFpBatch, generateFpBatch } from "./fp-gen.ts";
import { RANDOM_DIR } from "./programs.ts";
import { runOursInProcess, runQemu, scratchDir } from "./run.ts";

const { options } = readCommand({
  name: "test:diff:fp",
  usage: "npm run test:diff:fp -- [--seed S] [--batches N] [--only scalar|vector] [--write-short]",
  summary: `The floating-point differential suite: random SIMD&FP sequences run under qemu-aarch64 and our
emulator, final states compared bit for bit. Exits 1 on any divergence. Needs qemu-aarch64.`,
  options: {
    seed: { type: "int", help: "the seed", default: 2026 },
    batches: { type: "int", help: "batches of 200 sequences", default: 50, min: 1 },
    "no-translate": { type: "flag", help: "run our emulator with the translating tier off (sets DIFF_NO_TRANSLATE=1)" },
    wasm: { type: "enum", values: ["all", "loops", "off"], help: "which blocks the translator makes WebAssembly (sets DIFF_WASM; default all)" },
    "write-short": { type: "flag", help: "write the short suite's committed batches and exit" },
    only: { type: "enum", values: ["all", "scalar", "vector"], help: "run only that kind of batch", default: "all" },
  },
});
if (options["no-translate"]) process.env.DIFF_NO_TRANSLATE = "1";
if (options.wasm !== undefined) process.env.DIFF_WASM = options.wasm;

const scratch = scratchDir();
if (options["write-short"]) {
  for (const [name, set, vector] of [["fp-1", FP_SHORT, false], ["simd-1", SIMD_SHORT, true]] as const) {
    const elf = buildFpBatch(generateFpBatch(set.seed, set.batch, set.count, 6, vector));
    const q = await runQemu(scratch.write(`${name}.elf`, elf));
    if (q.status !== 0) throw new Error(`qemu-aarch64 exited with ${q.status}`);
    writeFileSync(join(RANDOM_DIR, `${name}.elf`), elf);
    writeFileSync(join(RANDOM_DIR, `${name}.stdout`), q.stdout);
    console.log(`diff:fp: wrote ${name} (${set.count} sequences, ${q.stdout.length} bytes)`);
  }
  scratch.remove();
  process.exit(0);
}
let bad = 0;
let total = 0;
for (let b = 0; b < options.batches; b++) {
  const vector = options.only === "vector" || (options.only !== "scalar" && b % 2 === 1);
  const seqs = generateFpBatch(options.seed, b, 200, 6, vector);
  const elf = buildFpBatch(seqs);
  const q = await runQemu(scratch.write(`b${b}.elf`, elf));
  const o = runOursInProcess(elf);
  if (o.status !== q.status) console.log(`batch ${b}: exit ${o.status}, qemu ${q.status}: ${o.stderr}`);
  for (let i = 0; i < seqs.length; i++, total++) {
    const a = q.stdout.subarray(i * FP_RECORD, (i + 1) * FP_RECORD);
    const c = o.stdout.subarray(i * FP_RECORD, (i + 1) * FP_RECORD);
    if (Buffer.compare(a, c) === 0) continue;
    if (++bad > 5) continue;
    const words = seqs[i].body.map((w) => w.toString(16).padStart(8, "0")).join(" ");
    console.log(`batch ${b} sequence ${i}: ${words} (FPCR 0x${seqs[i].fpcr.toString(16)})`);
    for (let k = 0; k + 8 <= Math.min(a.length, c.length); k += 8) {
      const x = a.readBigUInt64LE(k);
      const y = c.readBigUInt64LE(k);
      if (x !== y) console.log(`  +${k}: qemu 0x${x.toString(16)} ours 0x${y.toString(16)}`);
    }
  }
}
scratch.remove();
console.log(`diff:fp: ${total} sequences, ${bad} divergences`);
process.exit(bad === 0 ? 0 : 1);
