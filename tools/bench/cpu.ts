// npm run bench:cpu [-- [--runs N] NAME…] — the CPU benchmarks: integer-, memory- and
// branch-heavy C programs (test/programs/bench/*.c, ELFs committed) run on our CPU in this process,
// interpreted (--no-translate) and with the translating tier of chapter 4t, runs interleaved, and,
// when it is installed, under qemu-aarch64. Prints instructions, MIPS of both tiers and their
// ratio, and the time ratio to qemu-aarch64 with its start-up subtracted.
// MIPS are computed from this process's CPU time (user + system), which stays meaningful on
// a loaded machine; wall-clock seconds are printed beside them. Each program runs N times (default
// 3) on a fresh machine; the line gives the median run and the range, because a 2-core virtual
// machine's speed moves by up to a third with what runs beside it (see chapters/04c-cpu-system.mdx,
// "How fast"). The first run includes the JIT's warm-up, as a reader's first run does.
// Then ViperOS boots to the shell's first prompt with each tier (as npm run bench:boot measures a
// boot: createSystem, then runUntilWaitingForInput), runs interleaved, and prints both CPU times
// and their ratio.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Cpu } from "../../src/emulator/cpu/cpu.ts";
import { LinuxRunner } from "../emu/linux.ts";
import { readCommand } from "../lib/args.ts";

const DIR = join(import.meta.dirname, "..", "..", "test", "programs", "bench");
const ALL = ["int", "mem", "branch", "boot"];
const SPEC = {
  name: "bench:cpu",
  usage: "npm run bench:cpu -- [--runs N] [int|mem|branch|boot...]",
  summary: `The CPU benchmarks (test/programs/bench/*.elf) interpreted, translated (chapter 4t) and, when it is
installed, under qemu-aarch64: instructions, MIPS from CPU time for both tiers, and the time ratios;
then ViperOS booted to the shell prompt with each tier. Prints figures; asserts nothing.`,
  options: { runs: { type: "int", help: "runs of each benchmark on a fresh machine", default: 3, min: 1 } },
  positionals: [{ name: "benchmarks", help: `which to run: ${ALL.join(", ")} (default all)`, rest: true }],
} as const;
const { options, positionals: names } = readCommand(SPEC);
const runs = options.runs;
for (const n of names) {
  if (!ALL.includes(n)) {
    console.error(`bench:cpu: no benchmark ${n} (there are: ${ALL.join(", ")})`);
    process.exit(2);
  }
}
const selected = names.length > 0 ? names : ALL;

function haveQemu(): boolean {
  try {
    execFileSync("qemu-aarch64", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

function runOurs(elf: string, translate: boolean): { out: string; instructions: number; cpu: number; wall: number } {
  const bytes = readFileSync(elf);
  let out = "";
  const dec = new TextDecoder();
  const runner = new LinuxRunner(new Uint8Array(bytes), [elf], {
    write: (_fd, data) => {
      out += dec.decode(data);
      return data.length;
    },
    read: () => 0,
  });
  runner.cpu.setTranslation(translate);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  runner.run();
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  return { out, instructions: runner.cpu.instret, cpu: (c.user + c.system) / 1e6, wall };
}

function runQemu(elf: string): { out: string; cpu: number; wall: number } {
  const t0 = performance.now();
  const r = spawnSync("/usr/bin/time", ["-f", "%U %S", "qemu-aarch64", elf], { encoding: "utf8" });
  const wall = (performance.now() - t0) / 1000;
  const lines = r.stderr.trim().split("\n");
  const [u, s] = lines[lines.length - 1].split(" ").map(Number);
  return { out: r.stdout, cpu: u + s, wall };
}

const qemu = selected.some((n) => n !== "boot") && haveQemu();
console.log(
  `bench:cpu — both tiers (interpreter, translated) in Node ${process.version}${qemu ? " vs qemu-aarch64" : selected.some((n) => n !== "boot") ? " (qemu-aarch64 not installed)" : ""}, median of ${runs} run${runs === 1 ? "" : "s"}`,
);
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
/** One tier's figures over its runs: median MIPS and range, median CPU seconds. */
function summary(results: { instructions: number; cpu: number }[]): { mips: number; cpu: number; text: string } {
  const mipsAll = results.map((x) => x.instructions / x.cpu / 1e6);
  const mips = median(mipsAll);
  const range = runs > 1 ? ` (${Math.min(...mipsAll).toFixed(1)}–${Math.max(...mipsAll).toFixed(1)})` : "";
  return { mips, cpu: median(results.map((x) => x.cpu)), text: `${mips.toFixed(1).padStart(6)} MIPS${range}` };
}

// qemu-aarch64's start-up (loading itself and the ELF), subtracted from its times: its CPU time on a
// program that prints 200 bytes and exits (test/programs/diff/bin/misc.elf).
const START_ELF = join(DIR, "..", "diff", "bin", "misc.elf");
const startup = qemu ? median(Array.from({ length: Math.max(runs, 3) }, () => runQemu(START_ELF).cpu)) : 0;
if (qemu) console.log(`qemu-aarch64 start-up: ${startup.toFixed(3)} s of CPU time, subtracted from its times below`);
const speedups: number[] = [];
for (const name of selected.filter((n) => n !== "boot")) {
  const elf = join(DIR, `${name}.elf`);
  const interp = [];
  const trans = [];
  // Interleaved, so both tiers see the same load on a shared machine.
  for (let r = 0; r < runs; r++) {
    interp.push(runOurs(elf, false));
    trans.push(runOurs(elf, true));
  }
  const ours = interp[0];
  const i = summary(interp);
  const t = summary(trans);
  speedups.push(t.mips / i.mips);
  let line = `${name.padEnd(7)} ${String(ours.instructions).padStart(10)} instr  interpreter ${i.text}  translated ${t.text}  ×${(t.mips / i.mips).toFixed(2)}`;
  if ([...interp, ...trans].some((x) => x.out !== ours.out || x.instructions !== ours.instructions)) line += "  RUNS DIFFER";
  if (qemu) {
    const qs = [];
    for (let r = 0; r < runs; r++) qs.push(runQemu(elf));
    const qcpu = median(qs.map((q) => q.cpu));
    if (qs[0].out !== ours.out) line += `  OUTPUT DIFFERS (qemu ${JSON.stringify(qs[0].out)} ours ${JSON.stringify(ours.out)})`;
    const q = Math.max(qcpu - startup, 0.01);
    line += `  | qemu cpu ${qcpu.toFixed(2)} s (${q.toFixed(2)} s past start-up)  ratio ${(i.cpu / q).toFixed(1)}x / ${(t.cpu / q).toFixed(1)}x`;
  }
  console.log(line);
}
if (speedups.length > 0) console.log(`translated / interpreted MIPS, median over the programs: ×${median(speedups).toFixed(2)}`);

// ViperOS from reset to the shell's first prompt, with each tier. The kernel is TypeScript and
// runs the same either way; the tier is chosen before the first user instruction (createSystem
// returns there), so everything the CPU runs to the prompt runs in that tier.
async function benchBoot(): Promise<void> {
  // Imported only when asked for: the kernel's modules take seconds to load.
  const { createSystem } = await import("../../src/system/index.ts");
  const bootfs = (await import("../mkbootfs.ts")).standardBootfs();
  type Boot = { cpu: number; wall: number; instructions: number; transcript: string };
  const bootToPrompt = (translate: boolean): Boot => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const sys = createSystem({ bootfs, ramSize: 64 * 1024 * 1024 });
    const cpu = sys.board.cpu as Cpu;
    cpu.setTranslation(translate);
    const stop = sys.runUntilWaitingForInput();
    if (stop !== "condition") console.log(`bench:cpu: the boot stopped (${stop}) before the prompt`);
    const wall = (performance.now() - t0) / 1000;
    const c = process.cpuUsage(c0);
    return { cpu: (c.user + c.system) / 1e6, wall, instructions: cpu.instret, transcript: sys.transcript };
  };
  const interp: Boot[] = [];
  const trans: Boot[] = [];
  for (let r = 0; r < runs; r++) {
    interp.push(bootToPrompt(false));
    trans.push(bootToPrompt(true));
  }
  const bi = median(interp.map((b) => b.cpu));
  const bt = median(trans.map((b) => b.cpu));
  const wall = (bs: Boot[]): string => median(bs.map((b) => b.wall)).toFixed(2);
  const same = [...interp, ...trans].every((b) => b.transcript === interp[0].transcript);
  console.log(
    `boot to the shell prompt (64 MiB, ${interp[0].instructions} user instructions): interpreter ${bi.toFixed(2)} s CPU, ` +
      `translated ${bt.toFixed(2)} s CPU (wall ${wall(interp)} / ${wall(trans)} s), ` +
      `interpreter / translated ×${(bi / bt).toFixed(2)}${same ? "" : "  TRANSCRIPTS DIFFER"}`,
  );
}
if (selected.includes("boot")) await benchBoot();
