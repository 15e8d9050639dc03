// npm run bench:boot: host and virtual time from reset to the first user instruction, and to the
// shell's first prompt, for several RAM sizes; then boot-command.ts. Prints figures; asserts nothing.
import { createSystem } from "../../src/system/index.ts";
import { CNTFRQ_HZ } from "../../src/machine/irq.ts";
import { readCommand } from "../lib/args.ts";
import { standardBootfs } from "../mkbootfs.ts";
import { benchBootCommand } from "./boot-command.ts";

readCommand({
  name: "bench:boot",
  usage: "npm run bench:boot",
  summary: `Host and virtual time from reset to the first user instruction and to the shell's first prompt,
for 64 MiB, 128 MiB and 1 GiB of RAM; then the wall time from starting npm run boot to its first
prompt. Prints figures; asserts nothing.`,
  options: {},
});

const bootfs = standardBootfs();
const MiB = 1024 * 1024;
const us = (ticks: number): string => `${((ticks * 1e6) / CNTFRQ_HZ).toFixed(0)} µs`;
// Warm up the JIT once, as a long-running host (the browser, a test runner) would be.
createSystem({ bootfs }).runUntilWaitingForInput();
for (const ramSize of [64 * MiB, 128 * MiB, 1024 * MiB]) {
  const t0 = performance.now();
  const sys = createSystem({ bootfs, ramSize });
  const first = sys.bootStats;
  sys.runUntilWaitingForInput();
  const prompt = performance.now() - t0;
  console.log(
    `bench:boot: ${String(ramSize / MiB).padStart(4)} MiB: first user instruction after ${first.hostMs.toFixed(1)} ms host (kernel ${first.kernelMs.toFixed(1)} ms), ${us(first.virtualTicks)} virtual; ` +
      `shell prompt after ${prompt.toFixed(1)} ms host, ${us(sys.board.now())} virtual`,
  );
}
await benchBootCommand();
