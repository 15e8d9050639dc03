// chapter: 18-bootfs
// Chapter 13's invariant, measured: with N tasks ready and spinning at any priorities, no task
// waits longer than 7 × AGING_TICKS + N × SLICE_TICKS ticks between two turns on the CPU.
import { describe, expect, it } from "vitest";
import { Status } from "../../../src/kernel/lib/status.ts";
import { AGING_TICKS, SCHED_LEVELS, SLICE_TICKS } from "../../../src/kernel/sched/scheduler.ts";
import type { Task } from "../../../src/kernel/sched/task.ts";
import { SYS } from "../../../src/machine/abi.ts";
import { FakeMachine, NOP_PROGRAM } from "../../../tools/fuzz/fake-machine.ts";

function longestWait(seed: number): { n: number; wait: number } {
  let s = seed;
  const rand = (k: number) => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s >>> 8) % k;
  };
  const m = new FakeMachine({ files: { "/vinit": NOP_PROGRAM, "/spin": NOP_PROGRAM } });
  const tasks = [m.k.sched.current as Task];
  const n = 2 + rand(7);
  for (let i = 1; i < n; i++) {
    const r = m.syscall(SYS.task_spawn, m.pokeString("/spin"), 0);
    expect(r.status).toBe(Status.OK);
    tasks.push(m.k.sched.task(Number(r.x2)) as Task);
  }
  // Straight to the scheduler: once vinit is not the most urgent, a system call would come
  // from whichever spinner runs, and it may not change the others.
  for (const t of tasks) m.k.sched.setPriority(t, rand(256));
  // The tick at which each task last lost the CPU, and the longest gap until it ran again.
  const left = new Map<number, number>(tasks.map((t) => [t.tid, m.k.sched.ticks]));
  let wait = 0;
  const off = m.k.trace.on("sched.switch", (_n, d) => {
    const now = m.k.sched.ticks;
    if (typeof d.from === "number" && d.from !== 0) left.set(d.from, now);
    const since = left.get(d.to as number);
    if (since !== undefined) wait = Math.max(wait, now - since);
  });
  m.tick(6000);
  off();
  // A task that never ran since its last departure has been waiting until now.
  const current = m.k.sched.current?.tid;
  for (const [tid, since] of left) if (tid !== current) wait = Math.max(wait, m.k.sched.ticks - since);
  return { n, wait };
}

describe("aging bounds every wait", () => {
  it(`no ready task waits more than ${SCHED_LEVELS - 1} × AGING_TICKS + N × SLICE_TICKS ticks (40 seeds)`, () => {
    const over: string[] = [];
    for (let seed = 1; seed <= 40; seed++) {
      const { n, wait } = longestWait(seed);
      const bound = (SCHED_LEVELS - 1) * AGING_TICKS + n * SLICE_TICKS;
      if (wait > bound) over.push(`seed ${seed}: ${n} tasks, waited ${wait} > ${bound}`);
    }
    expect(over).toEqual([]);
  });
});
