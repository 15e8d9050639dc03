// chapter: 21s-shell-scripts
// The page's pacing (src/components/live/pacing.ts): a machine waiting on a timer reaches it when
// the wall clock does, whatever instruction budget the worker hands each call, and a busy machine
// runs no more than its budget per call. The wall clock here is a counter the test moves, so
// nothing depends on how fast this host is.
import { describe, expect, it } from "vitest";
import { wallClockPacer } from "../../src/components/live/pacing.ts";
import { CNTFRQ_HZ } from "../../src/machine/irq.ts";
import { BootedMachine } from "../../tools/boot/machine.ts";

/** Calls `run(n)` every 8 ms of the fake wall clock (the worker's idle cadence) until `done()`. */
function drive(run: (n: number) => number, clock: { ms: number }, n: number, done: () => boolean, limitMs: number): number {
  const start = clock.ms;
  while (!done() && clock.ms - start < limitMs) {
    run(n);
    clock.ms += 8;
  }
  return clock.ms - start;
}

describe("the page's pacing", () => {
  for (const budget of [10_000, 1_000_000]) {
    it(`lets a waiting machine's timer fire when the wall clock reaches it (budget ${budget})`, () => {
      const m = new BootedMachine();
      const clock = { ms: 0 };
      const run = wallClockPacer(m.board, () => clock.ms);
      const before = m.transcript.length;
      m.type("Wait 2\nEcho woke\n");
      const took = drive(run, clock, budget, () => m.transcript.slice(before).includes("woke"), 60_000);
      expect(m.transcript.slice(before)).toContain("woke");
      // Two seconds of Wait take two seconds of wall clock, give or take a slice: not twenty, not one.
      expect(took).toBeGreaterThanOrEqual(2000);
      expect(took).toBeLessThan(2500);
    });
  }

  it("runs a busy machine at most its budget of instructions per call", () => {
    const m = new BootedMachine();
    const clock = { ms: 0 };
    const run = wallClockPacer(m.board, () => clock.ms);
    m.type("Echo busy\n");
    const cpu = m.board.cpu;
    const counts: number[] = [];
    for (let i = 0; i < 50 && !cpu.idle; i++) {
      const before = cpu.instret;
      run(20_000);
      counts.push(cpu.instret - before);
      clock.ms += 1000; // the wall clock runs far ahead: only the budget bounds the call
    }
    expect(counts.length).toBeGreaterThan(0);
    // The run loop checks between its slices (at most 10 000 ticks each).
    expect(Math.max(...counts)).toBeLessThanOrEqual(20_000 + 10_000);
    expect(m.board.now()).toBeLessThan(50 * 1000 * (CNTFRQ_HZ / 1000));
  });
});
