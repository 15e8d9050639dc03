// npm run test:diff:long — the long differential suite: ≥ 100 000 random
// sequences, seeded, each batch of 1000 one ELF run live under qemu-aarch64 and
// under our emulator, outputs compared byte for byte. Prints
// `diff: N sequences, M divergences` and exits non-zero on any divergence,
// after minimising the first few and printing reports for cpu-divergences.md.
//
//   npm run test:diff:long -- [--seed S] [--sequences N] [--per-elf K] [--jobs J] [--minimise M] [--spawn]
//
// Our emulator runs in this process (LinuxRunner, no Node start-up per batch) while
// qemu-aarch64 runs the next batches in child processes; --spawn runs the CLI instead.
import { execFileSync } from "node:child_process";
import { availableParallelism } from "node:os";
import { compareBatch } from "./compare.ts";
import { buildBatch, generateBatch } from "./gen.ts";
import { minimise, report } from "./minimise.ts";
import { readFileSync } from "node:fs";
import { readCommand } from "../lib/args.ts";
import { type RunResult, runOurs, runOursInProcess, runQemu, scratchDir } from "./run.ts";

const { options } = readCommand({
  name: "test:diff:long",
  usage: "npm run test:diff:long -- [options]",
  summary: `The long differential suite: seeded random instruction sequences, each batch one ELF run under
qemu-aarch64 and under our emulator, outputs compared byte for byte. Exits 1 on any divergence,
after minimising the first few. Needs qemu-aarch64.`,
  options: {
    seed: { type: "int", help: "the seed (default $DIFF_SEED or 20261124)" },
    sequences: { type: "int", help: "sequences in all", default: 100_000, min: 1 },
    "per-elf": { type: "int", help: "sequences per ELF", default: 1000, min: 1 },
    jobs: { type: "int", help: "qemu-aarch64 processes at a time (default: the CPU count)", min: 1 },
    minimise: { type: "int", help: "divergences to minimise and report", default: 3, min: 0 },
    "no-translate": { type: "flag", help: "run our emulator with the translating tier off (sets DIFF_NO_TRANSLATE=1)" },
    wasm: { type: "enum", values: ["all", "loops", "off"], help: "which blocks the translator makes WebAssembly (sets DIFF_WASM; default all)" },
    spawn: { type: "flag", help: "run our emulator as a child process (the emu CLI) instead of in this process" },
  },
});
if (options["no-translate"]) process.env.DIFF_NO_TRANSLATE = "1";
if (options.wasm !== undefined) process.env.DIFF_WASM = options.wasm;
const seed = options.seed ?? Number(process.env.DIFF_SEED ?? 20261124);
const total = options.sequences;
const perElf = options["per-elf"];
const jobs = options.jobs ?? availableParallelism();
const toMinimise = options.minimise;
const spawnOurs = options.spawn;
const batches = Math.ceil(total / perElf);

try {
  execFileSync(process.env.QEMU_AARCH64 ?? "qemu-aarch64", ["--version"], { stdio: "ignore" });
} catch {
  console.error("diff: qemu-aarch64 is not installed (apt-get install qemu-user); the long suite needs it");
  process.exit(2);
}

const tmp = scratchDir();
const started = performance.now();
let done = 0;
let divergences = 0;
const found: { batch: number; index: number; fields: string[] }[] = [];

async function runBatch(b: number): Promise<void> {
  const count = Math.min(perElf, total - b * perElf);
  const elf = tmp.write(`batch-${b}.elf`, buildBatch(generateBatch(seed, b, count)));
  const qemu = runQemu(elf);
  let o: RunResult;
  if (spawnOurs) o = await runOurs(elf);
  else {
    await new Promise((resolve) => setImmediate(resolve)); // let the other batches' qemu start first
    o = runOursInProcess(readFileSync(elf), ["batch"], 50_000_000);
  }
  const q = await qemu;
  if (q.status !== 0 || q.stdout.length !== count * 768) {
    throw new Error(`qemu-aarch64 failed on batch ${b} (status ${q.status}): ${q.stderr.toString().slice(0, 500)}`);
  }
  const d = compareBatch(q.stdout, o.stdout);
  if (!d.length && o.status !== q.status)
    d.push({ index: count - 1, fields: [`exit status: qemu ${q.status} ours ${o.status}`] });
  if (d.length && o.stdout.length < q.stdout.length) {
    // Our run stopped early: one divergence where it stopped, the rest were not compared.
    const at = Math.floor(o.stdout.length / 768);
    console.log(`diff: batch ${b}: ours stopped at sequence ${at} with status ${o.status}: ${o.stderr.toString().trim().split("\n").slice(0, 8).join(" | ")}`);
  } else if (d.length && o.stderr.length) d[0].fields.push(`our stderr: ${o.stderr.toString().trim().slice(0, 300)}`);
  divergences += d.length;
  for (const x of d) found.push({ batch: b, index: x.index, fields: x.fields });
  done += count;
}

let next = 0;
async function worker(): Promise<void> {
  while (next < batches) {
    const b = next++;
    await runBatch(b);
    if (b % 10 === 9) {
      const s = (performance.now() - started) / 1000;
      console.log(`diff: ${done} sequences so far, ${divergences} divergences (${s.toFixed(0)} s)`);
    }
  }
}

try {
  await Promise.all(Array.from({ length: jobs }, worker));
  const secs = (performance.now() - started) / 1000;
  found.sort((a, b) => a.batch - b.batch || a.index - b.index);
  for (const f of found.slice(0, 20)) {
    console.log(`divergence: seed ${seed} batch ${f.batch} sequence ${f.index}: ${f.fields.slice(0, 4).join("; ")}`);
  }
  for (const f of found.slice(0, toMinimise)) {
    const seq = generateBatch(seed, f.batch, Math.min(perElf, total - f.batch * perElf))[f.index];
    const m = await minimise(seq);
    const title = `seed ${seed}, batch ${f.batch}, sequence ${f.index} (--per-elf ${perElf})`;
    console.log(m ? report(title, m.seq, m.divergence) : `${title}: no divergence when run alone`);
  }
  console.log(`diff: ${done} sequences, ${divergences} divergences (seed ${seed}, ${secs.toFixed(1)} s, ${jobs} jobs)`);
  process.exitCode = divergences ? 1 : 0;
} finally {
  tmp.remove();
}
