// npm run bench:gcon: boot to the first prompt with the graphics console and without it
// (kernel command line gcon=off), interleaved, and the host's cost of first touching 3 MiB of
// fresh memory, which is what most of the difference is. Prints figures; asserts nothing.
import { createSystem } from "../../src/system/index.ts";
import { readCommand } from "../lib/args.ts";
import { standardBootfs } from "../mkbootfs.ts";

readCommand({
  name: "bench:gcon",
  usage: "npm run bench:gcon",
  summary: `Boots to the first prompt with the graphics console and without it (gcon=off), interleaved, and
measures the host's cost of first touching 3 MiB of fresh memory. Prints figures; asserts nothing.`,
  options: {},
});

const bootfs = standardBootfs();
const RUNS = 15;
const boot = (on: boolean): number => {
  const t0 = performance.now();
  const sys = createSystem({ bootfs, bootargs: on ? "" : "gcon=off" });
  sys.runUntilWaitingForInput();
  const ms = performance.now() - t0;
  if ((sys.board.ramfb.framebuffer !== null) !== on) throw new Error("bench:gcon: gcon=off was not honoured");
  return ms;
};
const median = (xs: number[]): string => [...xs].sort((a, b) => a - b)[xs.length >> 1].toFixed(1);
for (let i = 0; i < 3; i++) {
  boot(true);
  boot(false);
}
const on: number[] = [];
const off: number[] = [];
const touch: number[] = [];
for (let i = 0; i < RUNS; i++) {
  on.push(boot(true));
  off.push(boot(false));
  const fresh = new Uint8Array(128 << 20); // like the board's RAM
  const t0 = performance.now();
  fresh.fill(1, 4 << 20, 7 << 20);
  touch.push(performance.now() - t0);
}
console.log(
  `bench:gcon: boot to prompt (128 MiB, median of ${RUNS}): with gcon ${median(on)} ms, gcon=off ${median(off)} ms; ` +
    `first touch of 3 MiB of a fresh 128 MiB buffer ${median(touch)} ms`,
);
