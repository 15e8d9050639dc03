// How the page keeps a machine's virtual time to the wall clock (viperos-system.ts's `run`): the
// worker hands each call a budget of `n` instructions; a busy CPU runs at most that many, and a
// CPU waiting in `wfi` lets virtual time pass until it catches up with the wall clock — however
// far that is, since jumping over idle time costs nothing. (Capping the idle jump at `n` ticks,
// as this once did, made a waiting machine crawl at ~2 % of real time whenever the worker's
// budget was small, and a TCP retransmission timer took minutes to fire in the page.)
// Rebased whenever the worker comes back after a pause (a hidden tab, a breakpoint), so a machine
// never races to catch up with time it was not running.
import { CNTFRQ_HZ } from "../../machine/irq.ts";

const TICKS_PER_MS = CNTFRQ_HZ / 1000;
/** A gap between calls longer than this is a pause, not time the machine owes. */
const PAUSE_MS = 100;

/** What pacing needs of a board: its clock, its CPU and its run loop. */
export interface PacedBoard {
  now(): number;
  runUntil(condition: () => boolean, maxTicks: number): unknown;
  cpu: { idle: boolean; irqLine: boolean; halted: boolean; instret: number };
}

/** A `run(n)` for `board` that keeps virtual time to `wallMs()` (performance.now in the page). */
export function wallClockPacer(board: PacedBoard, wallMs: () => number): (n: number) => number {
  const cpu = board.cpu;
  let lastCall = -1;
  let wallBase = 0;
  let virtualBase = 0;
  return (n) => {
    const now = wallMs();
    if (lastCall < 0 || now - lastCall > PAUSE_MS) {
      wallBase = now;
      virtualBase = board.now();
    }
    lastCall = now;
    const target = Math.ceil(virtualBase + (now - wallBase) * TICKS_PER_MS);
    if (cpu.idle && !cpu.irqLine && board.now() >= target) return 0;
    const before = cpu.instret;
    const ahead = Math.max(n, target - board.now());
    board.runUntil(() => (cpu.idle && board.now() >= target) || cpu.instret - before >= n, ahead);
    return Math.max(cpu.instret - before, cpu.idle ? 0 : 1);
  };
}
