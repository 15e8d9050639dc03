// npm run --silent bench:fp — what floating point costs in the interpreter (chapter 4d, "What it
// costs"): the same five-instruction loop — three arithmetic instructions, subs, b.ne — run with
// double-precision FP arithmetic (fmadd, fadd, fmul), with a double division, and with integer
// arithmetic (add, add, mul), on one CPU at EL1 with FP enabled; and (chapter 4e) the same loops
// as Advanced SIMD vector instructions (fmla, fadd, fmul on 2D; add, add, mul on 4S). Prints
// millions of instructions and of lane operations per second for each; asserts nothing.
import { Bus } from "../../src/emulator/bus/bus.ts";
import { Cpu } from "../../src/emulator/cpu/cpu.ts";
import { RAM_BASE } from "../../src/machine/memory-map.ts";
import { CPACR_EL1 } from "../../src/machine/sysregs.ts";
import { readCommand } from "../lib/args.ts";

readCommand({
  name: "bench:fp",
  usage: "npm run --silent bench:fp",
  summary: `What floating point costs in the interpreter: a loop of double-precision arithmetic, one with a
division, and the same loop in integer arithmetic, in millions of instructions per second. Prints
figures; asserts nothing.`,
  options: {},
});

const SUBS_BNE = [0xf1000529, 0x54ffff81]; // subs x9, x9, #1; b.ne loop
/** name, the three arithmetic instructions, and the lanes each of them computes. */
const LOOPS: [string, number[], number][] = [
  ["fp: fmadd, fadd, fmul (double)", [0x1f420020, 0x1e612863, 0x1e620884], 1],
  ["fp: fdiv, fadd (double), fadd (single)", [0x1e611865, 0x1e612863, 0x1e212863], 1],
  ["integer: add, add, mul", [0x8b020020, 0x8b010063, 0x9b027c84], 1],
  ["vector fp: fmla, fadd, fmul (2D)", [0x4e62cc20, 0x4e61d463, 0x6e62dc84], 2],
  ["vector integer: add, add, mul (4S)", [0x4ea28420, 0x4ea18463, 0x4ea29c84], 4],
];
const ITERATIONS = 400_000;

for (const [name, body, lanes] of LOOPS) {
  const bus = new Bus(RAM_BASE, 1 << 20);
  const cpu = new Cpu(bus);
  [...body, ...SUBS_BNE].forEach((w, i) => {
  bus.ramView.setUint32(i * 4, w, true);
});
  cpu.reset(RAM_BASE, 1);
  cpu.writeSysreg(CPACR_EL1, 3n << 20n);
  cpu.setX(9, BigInt(ITERATIONS));
  // 1.5, 1.25 and 0.75 keep the values finite and inexact for the whole run.
  for (const [r, v] of [[0, 0x3ff8_0000_0000_0000n], [1, 0x3ff4_0000_0000_0000n], [2, 0x3fe8_0000_0000_0000n]] as const) {
    cpu.fp.V[r * 4] = cpu.fp.V[r * 4 + 2] = Number(v & 0xffff_ffffn);
    cpu.fp.V[r * 4 + 1] = cpu.fp.V[r * 4 + 3] = Number(v >> 32n);
  }
  const t0 = process.cpuUsage();
  const n = cpu.run(ITERATIONS * 5);
  const t = process.cpuUsage(t0);
  const seconds = (t.user + t.system) / 1e6;
  const laneOps = (ITERATIONS * 3 * lanes) / seconds / 1e6;
  console.log(`${name.padEnd(40)} ${(n / seconds / 1e6).toFixed(2).padStart(8)} MIPS ${laneOps.toFixed(2).padStart(8)} M lane ops/s  (${n} instructions)`);
}
