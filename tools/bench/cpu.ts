// npm run bench:cpu [-- NAME…] — the CPU benchmarks: integer-, memory- and branch-heavy C
// programs (test/programs/bench/*.c, ELFs committed) run on our interpreter in this process and,
// when it is installed, under qemu-aarch64. Prints instructions, MIPS and the time ratio.
// MIPS are computed from this process's CPU time (user + system), which stays meaningful on
// a loaded machine; wall-clock seconds are printed beside them.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LinuxRunner } from "../emu/linux.ts";

const DIR = join(import.meta.dirname, "..", "..", "test", "programs", "bench");
const ALL = ["int", "mem", "branch"];
const names = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const selected = names.length > 0 ? names : ALL;

function haveQemu(): boolean {
  try {
    execFileSync("qemu-aarch64", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

function runOurs(elf: string): { out: string; instructions: number; cpu: number; wall: number } {
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

const qemu = haveQemu();
console.log(`bench:cpu — interpreter in Node ${process.version}${qemu ? " vs qemu-aarch64" : " (qemu-aarch64 not installed)"}`);
for (const name of selected) {
  const elf = join(DIR, `${name}.elf`);
  const ours = runOurs(elf);
  const mips = ours.instructions / ours.cpu / 1e6;
  let line = `${name.padEnd(7)} ${String(ours.instructions).padStart(10)} instr  ${mips.toFixed(1).padStart(6)} MIPS  cpu ${ours.cpu.toFixed(2)} s  wall ${ours.wall.toFixed(2)} s`;
  if (qemu) {
    const q = runQemu(elf);
    if (q.out !== ours.out) line += `  OUTPUT DIFFERS (qemu ${JSON.stringify(q.out)} ours ${JSON.stringify(ours.out)})`;
    line += `  | qemu cpu ${q.cpu.toFixed(2)} s  ratio ${(ours.cpu / Math.max(q.cpu, 0.01)).toFixed(1)}x`;
  }
  console.log(line);
}
