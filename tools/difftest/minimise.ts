// Minimising a divergent sequence: run it alone (one-sequence ELF) under both
// emulators, then replace its items by NOPs one at a time, keeping each
// replacement that leaves the divergence in place. What remains is usually one
// or two instructions; the report gives their words, llvm-mc's disassembly,
// the initial state and both results.
import { execFileSync } from "node:child_process";
import { compareBatch, type Divergence } from "./compare.ts";
import { buildBatch, generateBatch, type Item, type Sequence } from "./gen.ts";
import { NOP } from "./a64.ts";
import type { LinuxRunner } from "../emu/linux.ts";
import { runOursInProcess, runQemu, scratchDir } from "./run.ts";

const hex64 = (v: bigint) => `0x${BigInt.asUintN(64, v).toString(16).padStart(16, "0")}`;
const hex32 = (w: number) => `0x${(w >>> 0).toString(16).padStart(8, "0")}`;

/** llvm-mc's disassembly of instruction words (one line each). */
export function disassemble(words: number[]): string[] {
  const input = words
    .map((w) => [0, 8, 16, 24].map((s) => `0x${((w >>> s) & 0xff).toString(16)}`).join(" "))
    .join("\n");
  try {
    const out = execFileSync("llvm-mc", ["--disassemble", "-triple=aarch64"], { input, encoding: "utf8" });
    return out
      .split("\n")
      .filter((l) => l.startsWith("\t") && !l.includes(".text"))
      .map((l) => l.trim().replace(/\s+/g, " "));
  } catch {
    return words.map(() => "?");
  }
}

/** Runs one sequence alone under both emulators; returns its divergence or null. */
export async function divergesAlone(s: Sequence, Runner?: typeof LinuxRunner): Promise<Divergence | null> {
  const tmp = scratchDir();
  try {
    const bytes = buildBatch([s]);
    const q = await runQemu(tmp.write("one.elf", bytes));
    const o = runOursInProcess(bytes, ["one"], 10_000_000, Runner);
    const d = compareBatch(q.stdout, o.stdout);
    if (d.length) return d[0];
    if (q.status !== o.status) return { index: 0, fields: [`exit status: qemu ${q.status} ours ${o.status}`] };
    return null;
  } finally {
    tmp.remove();
  }
}

const nopItem = (it: Item): Item => ({ words: it.words.map(() => NOP), form: "nop" });

/** Greedy one-at-a-time reduction (ddmin with granularity 1 is enough for ≤ 24 items). */
export async function minimise(
  s: Sequence,
  Runner?: typeof LinuxRunner,
): Promise<{ seq: Sequence; divergence: Divergence } | null> {
  let d = await divergesAlone(s, Runner);
  if (!d) return null;
  let cur = s;
  for (let i = cur.items.length - 1; i >= 0; i--) {
    if (cur.items[i].form === "nop") continue;
    const items = cur.items.slice();
    items[i] = nopItem(items[i]);
    const trial: Sequence = { ...cur, items };
    const td = await divergesAlone(trial, Runner);
    if (td) {
      cur = trial;
      d = td;
    }
  }
  return { seq: cur, divergence: d };
}

/** A Markdown report of a minimised divergence, for /work/notes/cpu-divergences.md. */
export function report(title: string, s: Sequence, d: Divergence): string {
  const lines: string[] = [`### ${title}`, "", "Instructions (all others replaced by nop):", "", "```text"];
  for (const it of s.items) {
    if (it.form === "nop") continue;
    const dis = disassemble(it.words);
    it.words.forEach((w, k) => {
      lines.push(`${hex32(w)}  ${dis[k] ?? "?"}${k === 0 ? `    ; ${it.form}` : ""}`);
    });
  }
  lines.push("```", "", "Initial state (pointer registers point into the 512-byte window W):", "", "```text");
  const ptr = new Map(s.pointers.map((p) => [p.reg, p.off]));
  for (let r = 0; r <= 30; r += 2) {
    const cell = (k: number) =>
      ptr.has(k) ? `x${k} = W${ptr.get(k)! >= 0 ? "+" : ""}${ptr.get(k)}` : `x${k} = ${hex64(s.regs[k])}`;
    lines.push(r < 30 ? `${cell(r).padEnd(28)} ${cell(r + 1)}` : cell(r));
  }
  lines.push(`nzcv = ${hex32(s.nzcv)}`, "```", "", "qemu-aarch64 vs ours:", "", "```text", ...d.fields, "```", "");
  return lines.join("\n");
}

// CLI: node tools/difftest/minimise.ts --seed S --batch B --index I [--per-elf N]
if (import.meta.main) {
  const { readCommand } = await import("../lib/args.ts");
  const { options } = readCommand({
    name: "minimise.ts",
    usage: "node tools/difftest/minimise.ts --seed S --batch B --index I [--per-elf N]",
    summary: `Minimises one divergent sequence of the long differential suite (as it reports them: seed, batch,
index) and prints the report for cpu-divergences.md. Needs qemu-aarch64 and llvm-mc.`,
    options: {
      seed: { type: "int", help: "the suite's seed", default: 1 },
      batch: { type: "int", help: "the batch", default: 0, min: 0 },
      index: { type: "int", help: "the sequence in the batch", default: 0, min: 0 },
      "per-elf": { type: "int", help: "sequences per batch, as the suite ran", default: 1000, min: 1 },
    },
  });
  const { seed, batch, index } = options;
  if (index >= options["per-elf"]) {
    console.error(`minimise.ts: --index ${index}: the batch has ${options["per-elf"]} sequences`);
    process.exit(2);
  }
  const seqs = generateBatch(seed, batch, options["per-elf"]);
  const m = await minimise(seqs[index]);
  if (!m) {
    console.log(`seed ${seed} batch ${batch} sequence ${index}: no divergence when run alone`);
  } else {
    console.log(report(`seed ${seed}, batch ${batch}, sequence ${index}`, m.seq, m.divergence));
  }
}
