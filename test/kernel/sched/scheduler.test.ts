// chapter: 18-bootfs
import { describe, expect, it } from "vitest";
import { Status } from "../../../src/kernel/lib/status.ts";
import { AGING_TICKS, SLICE_TICKS } from "../../../src/kernel/sched/scheduler.ts";
import type { Task } from "../../../src/kernel/sched/task.ts";
import { CNT_CTL_ENABLE, CNT_CTL_IMASK, CNTP_CTL_EL0, CNTP_CVAL_EL0 } from "../../../src/machine/sysregs.ts";
import { FakeMachine, NOP_PROGRAM } from "../../../tools/fuzz/fake-machine.ts";
import { SYS } from "../../../src/machine/abi.ts";

const FILES = { "/vinit": NOP_PROGRAM, "/spin": NOP_PROGRAM };

/** vinit spawns `n` spinners; returns their tasks. */
function spinners(m: FakeMachine, n: number): Task[] {
  const out: Task[] = [];
  for (let i = 0; i < n; i++) {
    const r = m.syscall(SYS.task_spawn, m.pokeString("/spin"), 0);
    expect(r.status).toBe(Status.OK);
    out.push(m.k.sched.task(Number(r.x2)) as Task);
  }
  return out;
}

describe("scheduler", () => {
  it("shares the CPU round-robin in 10 ms slices among equal priorities", () => {
    const m = new FakeMachine({ files: FILES });
    const tasks = [m.k.sched.current as Task, ...spinners(m, 3)];
    const order: number[] = [];
    const off = m.k.trace.on("sched.switch", (_n, d) => order.push(d.to as number));
    m.tick(400);
    off();
    const ticks = tasks.map((t) => t.cpuTicks);
    expect(Math.max(...ticks) - Math.min(...ticks)).toBeLessThanOrEqual(SLICE_TICKS);
    // Each switch hands the CPU to the next task in turn.
    expect(order.slice(0, 8)).toEqual([...tasks.map((t) => t.tid).slice(1), tasks[0].tid, ...tasks.map((t) => t.tid).slice(1), tasks[0].tid]);
  });

  it("runs a more urgent task as soon as it is ready", () => {
    const m = new FakeMachine({ files: FILES });
    const [urgent] = spinners(m, 1);
    expect(m.syscall(SYS.task_set_priority, urgent.tid, 0).status).toBe(Status.OK);
    expect(m.k.sched.current).toBe(urgent);
    m.tick(100);
    expect(urgent.cpuTicks).toBeGreaterThan(90);
  });

  it("ages a waiting low-priority task so it is not starved", () => {
    const m = new FakeMachine({ files: FILES });
    const vinit = m.k.sched.current as Task;
    const [low] = spinners(m, 1);
    m.syscall(SYS.task_set_priority, low.tid, 255); // level 7
    m.syscall(SYS.task_set_priority, 0, 0); // vinit: level 0, busy forever
    m.tick(2000);
    expect(low.cpuTicks).toBeGreaterThan(0);
    // Without aging it would get nothing; with it, roughly one slice per 7 aging periods + its wait.
    expect(low.cpuTicks).toBeGreaterThanOrEqual(Math.floor(2000 / (7 * AGING_TICKS + SLICE_TICKS)) * SLICE_TICKS - SLICE_TICKS);
    expect(vinit.cpuTicks).toBeGreaterThan(low.cpuTicks);
  });

  it("idles in wfi with nothing to run and counts idle ticks", () => {
    const m = new FakeMachine({ files: FILES });
    m.syscall(SYS.sleep, 50);
    m.tick(10);
    expect(m.k.sched.current).toBe(null);
    expect(m.k.sched.idleTicks).toBe(10);
  });

  it("counts switches per task", () => {
    const m = new FakeMachine({ files: FILES });
    const [a] = spinners(m, 1);
    m.tick(100);
    expect(a.switches).toBeGreaterThanOrEqual(4);
    expect(m.k.sched.switches).toBeGreaterThanOrEqual(9);
  });
});

describe("tickless idle", () => {
  it("stretches the tick to the next deadline, masks it with none, and resumes it for a task", () => {
    const m = new FakeMachine();
    const { door, k } = m;
    m.syscall(SYS.sleep, 25); // sleep 25 ms: nobody else runs
    expect(m.lastExit).toBe(1);
    const hz = BigInt(k.counterHz);
    expect(door.sysregs.get(CNTP_CVAL_EL0)).toBe(k.bootCount + (25n * hz) / 1000n);
    expect(door.sysregs.get(CNTP_CTL_EL0)).toBe(BigInt(CNT_CTL_ENABLE));
    m.tick(25);
    expect(m.lastExit).toBe(0);
    m.svcAgain();
    m.syscall(SYS.getchar); // getchar: no deadline anywhere
    expect(door.sysregs.get(CNTP_CTL_EL0)).toBe(BigInt(CNT_CTL_ENABLE | CNT_CTL_IMASK));
    m.type("x");
    expect(m.lastExit).toBe(0);
    expect(door.sysregs.get(CNTP_CTL_EL0)).toBe(BigInt(CNT_CTL_ENABLE));
  });
});
