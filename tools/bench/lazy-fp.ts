// npm run --silent bench:lazyfp — the figures of chapter 13f ("Lazy FP switching"). All in the
// cost model's ticks of virtual time (src/emulator/cpu/costs.ts), which do not depend on the
// host's load: (1) kt_sched, three spinners that never touch FP, run to the end: the kernel
// work per switch, and what the lazy switch added to it; (2) on the same booted kernel, the
// door work of the FP trap's hand-over from one task to another, measured around the kernel's
// own fpAccessTrap; (3) what an eager switch would add to every switch instead.
import { KERNEL_ENTRY_COST } from "../../src/emulator/cpu/costs.ts";
import { Cpu } from "../../src/emulator/cpu/cpu.ts";
import { fpAccessTrap, fpLeave } from "../../src/kernel/sched/fp.ts";
import { Task } from "../../src/kernel/sched/task.ts";
import type { ThreadOwner } from "../../src/kernel/syscall/types.ts";
import { FPCR, FPSR } from "../../src/machine/sysregs.ts";
import { BootedMachine } from "../boot/machine.ts";
import { readCommand } from "../lib/args.ts";

readCommand({
  name: "bench:lazyfp",
  usage: "npm run --silent bench:lazyfp",
  summary: `The figures of chapter 13f: kernel work per context switch without FP state, the cost of the
lazy FP hand-over (trap, save, load), and what an eager switch would cost, in cost-model ticks.
Prints figures; asserts nothing.`,
  options: {},
});

const m = new BootedMachine({ bootargs: "init=/tests/kt_sched" });
if (!(m.board.cpu instanceof Cpu)) throw new Error("bench:lazyfp: the board has no interpreter CPU");
const door = m.board.cpu.door;
const k = m.kernel;
if (k === null) throw new Error("bench:lazyfp: the kernel did not boot");
const work0 = door.work;
const entries0 = door.entries;
const switches0 = k.sched.switches;
m.board.runUntil(() => m.finished, 120 * 62_500_000);
const switches = k.sched.switches - switches0;
const entries = door.entries - entries0;
const kernelTicks = door.work - work0 + entries * KERNEL_ENTRY_COST;
console.log(`kt_sched (no FP): ${switches} switches, ${entries} kernel entries, ${kernelTicks} ticks of kernel work`);
console.log(`  per switch: ${(kernelTicks / switches).toFixed(0)} ticks; FP traps ${k.fp.traps}, saves ${k.fp.saves}, loads ${k.fp.loads}`);

// The hand-over, on the same kernel: two tasks, measured around the real functions.
const owner = {} as ThreadOwner;
const a = new Task(1_000_001, owner, "fp-a", 128);
const b = new Task(1_000_002, owner, "fp-b", 128);
const measure = (f: () => void): number => {
  const w = door.work;
  f();
  return door.work - w;
};
const first = measure(() => fpAccessTrap(k, a)) + KERNEL_ENTRY_COST;
const handover = measure(() => fpAccessTrap(k, b)) + KERNEL_ENTRY_COST;
const sched = k.sched as { current: Task | null }; // the bench plays the scheduler here
sched.current = a;
const toggle = measure(() => fpLeave(k));
const again = measure(() => fpLeave(k));
k.fp.saved.delete(a);
k.fp.saved.delete(b);
k.fp.owner = null;
sched.current = null;
// An eager switch: save and load 512 bytes of vectors, FPCR and FPSR, at every switch.
const eager = measure(() => {
  const buf = new Uint8Array(512);
  door.saveVectors(buf);
  door.mrs(FPCR);
  door.mrs(FPSR);
  door.loadVectors(buf);
  door.msr(FPCR, 0n);
  door.msr(FPSR, 0n);
});
console.log(`first FP use (trap, load zeros): ${first} ticks; hand-over (trap, save, load): ${handover} ticks`);
console.log(`FPEN change at a switch: ${toggle} ticks; no change: ${again} ticks`);
console.log(`eager save+load at every switch: ${eager} ticks = ${((100 * eager) / (kernelTicks / switches)).toFixed(1)}% of a switch`);
console.log(`lazy hand-over / eager per switch: ${(handover / eager).toFixed(2)}x; bytes moved per hand-over: ${2 * (512 + 16)}`);
