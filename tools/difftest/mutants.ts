// How sharp are the differential tests? Plant one bug at a time in a copy of the
// CPU (src/ and tools/emu/ copied to a scratch directory, one text substitution
// each), and count what each suite notices: failing programs, divergent committed
// random sequences, divergent fresh sequences. The figures are quoted in
// chapters/08-testing-the-cpu.mdx.
//
//   node tools/difftest/mutants.ts [--sequences N]
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readCommand } from "../lib/args.ts";
import { SHORT_BATCHES } from "./build-short.ts";
import { compareBatch } from "./compare.ts";
import { buildBatch, generateBatch } from "./gen.ts";
import { minimise, report } from "./minimise.ts";
import { elfPath, PROGRAMS, RANDOM_DIR, REPO_ROOT, statusPath, stdoutPath } from "./programs.ts";
import { runOursInProcess, runQemu, scratchDir } from "./run.ts";

type Mutant = { name: string; file: string; find: string; replace: string };

/** Small, plausible bugs: off-by-one boundaries, a lost sign, a swapped condition. */
export const MUTANTS: readonly Mutant[] = [
  { name: "(none: the unmodified CPU, as a control)", file: "alu.ts", find: "", replace: "" },
  { name: "carry between the halves of a 64-bit add at 0xffffffff", file: "alu.ts", find: "const c0 = sl > 0xffffffff ? 1 : 0;", replace: "const c0 = sl >= 0xffffffff ? 1 : 0;" },
  { name: "32-bit carry out set on 0xffffffff", file: "alu.ts", find: "tC = s > 0xffffffff ? 1 : 0;\n  tV = (a ^ r) & (b ^ r);", replace: "tC = s >= 0xffffffff ? 1 : 0;\n  tV = (a ^ r) & (b ^ r);" },
  { name: "64-bit lsr by exactly 32", file: "alu.ts", find: "if (n < 32) {\n    tHi = hi >>> n;", replace: "if (n <= 32) {\n    tHi = hi >>> n;" },
  { name: "64-bit asr by 32 or more loses the sign in the high half", file: "alu.ts", find: "tHi = hi >> 31;\n  return hi >> (n - 32);", replace: "tHi = 0;\n  return hi >> (n - 32);" },
  { name: "sxtw extend treated as uxtw", file: "alu.ts", find: "case 6:\n      h = l >> 31;", replace: "case 6:\n      h = 0;" },
  { name: "clz of a value with bit 63 set", file: "alu.ts", find: "return hi !== 0 ? Math.clz32(hi)", replace: "return hi > 0 ? Math.clz32(hi)" },
  { name: "ldrsh into w sign-extends into the upper half", file: "cpu.ts", find: "R[a + 1] = op === O.OP_LDRSH_X ? v >> 31 : 0;", replace: "R[a + 1] = op !== O.OP_LDRH ? v >> 31 : 0;" },
  { name: "bitmask immediate rotation masked to 5 bits", file: "alu.ts", find: "const r = immr & levels;", replace: "const r = immr & levels & 31;" },
  { name: "ccmp/ccmn test the inverse condition", file: "cpu.ts", find: "if (!this.cond(D[di + 5])) {\n      this.setNzcv(D[di + 2]);", replace: "if (!this.cond(D[di + 5] ^ 1)) {\n      this.setNzcv(D[di + 2]);" },
  { name: "inline 64-bit add/sub carries between the halves at 0xffffffff", file: "cpu.ts", find: "const sh = (bh >>> 0) + (mh >>> 0) + (sl > 0xffffffff ? 1 : 0);", replace: "const sh = (bh >>> 0) + (mh >>> 0) + (sl >= 0xffffffff ? 1 : 0);" },
  { name: "inline 32-bit adds/subs set C on 0xffffffff", file: "cpu.ts", find: "this.cf = s > 0xffffffff ? 1 : 0;", replace: "this.cf = s >= 0xffffffff ? 1 : 0;" },
  { name: "csinc's increment never carries into the high word", file: "cpu.ts", find: "if (lo === 0) hi = (hi + 1) | 0;", replace: "" },
  { name: "store-exclusive ignores the low word of the address", file: "cpu.ts", find: "this.exclusiveArmed && this.exclusiveLo === lo && this.exclusiveHi === hi", replace: "this.exclusiveArmed && this.exclusiveHi === hi" },
];

const { options } = readCommand({
  name: "mutants.ts",
  usage: "node tools/difftest/mutants.ts [--sequences N]",
  summary: `Plants one small bug at a time in a scratch copy of the CPU and counts what each differential suite
notices. Needs qemu-aarch64; takes minutes.`,
  options: { sequences: { type: "int", help: "fresh random sequences per mutant", default: 10_000, min: 1000 } },
});
const nFresh = options.sequences;
const perElf = 1000;
const seed = 777;

// The reference outputs of the fresh batches, once.
const tmp = scratchDir();
const fresh: { elf: Uint8Array; ref: Buffer }[] = [];
for (let b = 0; b * perElf < nFresh; b++) {
  const elf = buildBatch(generateBatch(seed, b, perElf));
  const q = await runQemu(tmp.write(`f${b}.elf`, elf));
  fresh.push({ elf, ref: q.stdout });
}

const rows: string[] = [];
const reports: string[] = [];
let shown = false;
console.log(`| planted bug | programs failing | of 400 committed sequences, diverging | of ${nFresh} fresh sequences, diverging |`);
console.log("|---|---|---|---|");
for (const m of MUTANTS) {
  // A directory per mutant: modules are cached by URL, so each copy must have its own.
  const root = join(tmp.dir, `tree${rows.length}`);
  cpSync(join(REPO_ROOT, "src"), join(root, "src"), { recursive: true });
  cpSync(join(REPO_ROOT, "tools", "emu"), join(root, "tools", "emu"), { recursive: true });
  const file = join(root, "src", "emulator", "cpu", m.file);
  const text = readFileSync(file, "utf8");
  if (m.find && text.split(m.find).length !== 2) throw new Error(`mutant "${m.name}": pattern not found exactly once in ${m.file}`);
  writeFileSync(file, text.replace(m.find, m.replace));
  const { LinuxRunner } = await import(join(root, "tools", "emu", "linux.ts"));
  let programs = 0;
  for (const p of PROGRAMS) {
    const r = runOursInProcess(readFileSync(elfPath(p.name)), ["p"], 1e8, LinuxRunner);
    const status = Number(readFileSync(statusPath(p.name), "utf8"));
    if (!r.stdout.equals(readFileSync(stdoutPath(p.name))) || r.status !== status) programs++;
  }
  // Divergent records among those both runs printed; a batch whose run stopped early (a
  // fault, say) is counted once as "stopped" instead of as all its missing records.
  const tally = (runs: { ref: Buffer; ours: Buffer }[]): string => {
    let differ = 0;
    let stopped = 0;
    for (const r of runs) {
      if (r.ours.length < r.ref.length) stopped++;
      differ += compareBatch(r.ref.subarray(0, r.ours.length - (r.ours.length % 768)), r.ours).length;
    }
    return `${differ}${stopped ? ` (${stopped} of ${runs.length} runs stopped early)` : ""}`;
  };
  const short = tally(
    SHORT_BATCHES.map((b) => ({
      ref: readFileSync(join(RANDOM_DIR, `${b.name}.stdout`)),
      ours: runOursInProcess(readFileSync(join(RANDOM_DIR, `${b.name}.elf`)), ["s"], 1e8, LinuxRunner).stdout,
    })),
  );
  const long = tally(fresh.map((f) => ({ ref: f.ref, ours: runOursInProcess(f.elf, ["f"], 1e8, LinuxRunner).stdout })));
  // Show what a minimised report looks like, for the first mutant that diverges without faulting.
  if (!shown && m.find) {
    for (let b = 0; b < fresh.length && !shown; b++) {
      const d = compareBatch(fresh[b].ref, runOursInProcess(fresh[b].elf, ["f"], 1e8, LinuxRunner).stdout);
      if (!d.length || d[0].fields[0].startsWith("our record")) continue;
      const mm = await minimise(generateBatch(seed, b, perElf)[d[0].index], LinuxRunner);
      if (mm) {
        reports.push(report(`${m.name}: seed ${seed}, batch ${b}, sequence ${d[0].index}`, mm.seq, mm.divergence));
        shown = true;
      }
    }
  }
  const row = `| ${m.name} | ${programs} / ${PROGRAMS.length} | ${short} | ${long} |`;
  console.log(row);
  rows.push(row);
  rmSync(root, { recursive: true, force: true });
}
tmp.remove();
for (const r of reports) console.log(`\n${r}`);
