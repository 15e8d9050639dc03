// chapter: 18-bootfs
// Lab sched-aging (chapter 13, "Levels, slices and aging"): the exact rule, one level per
// AGING_TICKS of waiting at the head of a queue, and back to its own level when it has run.
import { describe, expect, it } from "vitest";
import { SYS } from "../../src/machine/abi.ts";
import { AGING_TICKS } from "../../src/kernel/sched/scheduler.ts";
import type { Task } from "../../src/kernel/sched/task.ts";
import { FakeMachine, NOP_PROGRAM } from "../../tools/fuzz/fake-machine.ts";

/** The levels whose ready queues hold `t`, once per time it is there. */
function places(m: FakeMachine, t: Task): number[] {
  return m.k.sched.queues.flatMap((q, level) => q.filter((x) => x === t).map(() => level));
}

describe("aging", () => {
  it("lifts the head of a level by one level after AGING_TICKS", () => {
    const m = new FakeMachine({ files: { "/vinit": NOP_PROGRAM, "/spin": NOP_PROGRAM } });
    const low = m.k.sched.task(Number(m.syscall(SYS.task_spawn, m.pokeString("/spin"), 0).x2)) as Task;
    m.syscall(SYS.task_set_priority, low.tid, 255); // level 7
    m.syscall(SYS.task_set_priority, 0, 0); // the caller: level 0, busy
    expect(low.level).toBe(7);
    m.tick(AGING_TICKS + 1);
    expect(low.level).toBe(6);
    expect(places(m, low)).toEqual([6]); // on one ready queue: the chapter's invariant
    m.tick(AGING_TICKS);
    expect(low.level).toBe(5);
    expect(places(m, low)).toEqual([5]);
    // It runs once it reaches level 0, and having run it is back at its own level.
    let ticks = 0;
    while (low.cpuTicks === 0 && ticks++ < 7 * AGING_TICKS) m.tick();
    expect(low.cpuTicks).toBeGreaterThan(0);
    for (let i = 0; i < 100 && m.k.sched.current === low; i++) m.tick();
    expect(low.level).toBe(7);
  });

  it("leaves the tasks of level 0 where they are", () => {
    const m = new FakeMachine({ files: { "/vinit": NOP_PROGRAM, "/spin": NOP_PROGRAM } });
    const tasks: Task[] = [];
    for (let i = 0; i < 7; i++) {
      const tid = Number(m.syscall(SYS.task_spawn, m.pokeString("/spin"), 0).x2);
      m.syscall(SYS.task_set_priority, tid, 0);
      tasks.push(m.k.sched.task(tid) as Task);
    }
    m.syscall(SYS.task_set_priority, 0, 0);
    m.tick(4 * AGING_TICKS); // each of the eight waits longer than AGING_TICKS for its turn
    for (const t of tasks) expect(t.level).toBe(0);
    expect(m.k.sched.queues[0].length).toBe(7);
    for (const t of tasks) if (t !== m.k.sched.current) expect(places(m, t)).toEqual([0]);
  });
});
