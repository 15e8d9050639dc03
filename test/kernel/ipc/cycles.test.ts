// chapter: 18-bootfs
// Channel cycles (chapter 15, "Cycles, and what frees them"; chapter 14's collector), played
// through real system calls on the fake machine: two channels holding each other's receive ends,
// every handle closed, made 60 000 times. Before the collector this kept 122 000 objects and
// 100 MiB of host heap; now the live objects, the open channels and the heap stay bounded.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { Status } from "../../../src/kernel/lib/status.ts";
import { TaskState } from "../../../src/kernel/sched/task.ts";
import { DEFAULT_LIMITS } from "../../../src/kernel/viper/process.ts";
import { SYS } from "../../../src/machine/abi.ts";
import { FakeMachine } from "../../../tools/fuzz/fake-machine.ts";
import { booksBalance, channel, FILES, send, spawnChild } from "../fake-calls.ts";
import { capCheckInvariants } from "../../../src/kernel/cap/table.ts";
import { ipcCheckInvariants } from "../../../src/kernel/ipc/channel.ts";
import { BootedMachine } from "../../../tools/boot/machine.ts";

const WAIT = 1;

/** A receives B's receive end, B receives A's; then every handle the process held is closed. */
function makeCycle(m: FakeMachine, passengers: number[] = []): void {
  const [as, ar] = channel(m);
  const [bs, br] = channel(m);
  expect(send(m, as, "b", [br, ...passengers])).toBe(Status.OK);
  expect(send(m, bs, "a", [ar])).toBe(Status.OK);
  expect(m.syscall(SYS.channel_close, as).status).toBe(Status.OK);
  expect(m.syscall(SYS.channel_close, bs).status).toBe(Status.OK);
}

function heapAfterGc(gc: () => void): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

describe("channel cycles", () => {
  it("one cycle outlives its handles until a collection frees it", () => {
    const m = new FakeMachine({ files: FILES });
    const before = { objects: m.k.caps.objects.size, channels: m.k.ipc.channels.size };
    makeCycle(m);
    // The send ends died with their handles; each receive end is named by the other's queue.
    expect(m.k.caps.objects.size).toBe(before.objects + 2);
    expect(m.k.ipc.channels.size).toBe(before.channels + 2);
    booksBalance(m);
    expect(m.k.caps.collect()).toBe(2);
    expect(m.k.caps.objects.size).toBe(before.objects);
    expect(m.k.ipc.channels.size).toBe(before.channels);
    expect(m.running()?.proc.quotas.channels.used).toBe(0);
    booksBalance(m);
  });

  it("60 000 cycles keep the objects, the channels and the host heap bounded", () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const m = new FakeMachine({ files: FILES });
    const base = { objects: m.k.caps.objects.size, channels: m.k.ipc.channels.size };
    for (let i = 0; i < 1000; i++) makeCycle(m); // warm up: code caches, the JIT
    const heapBefore = heapAfterGc(gc);
    let most = { objects: 0, channels: 0 };
    for (let i = 0; i < 60_000; i++) {
      makeCycle(m);
      most = { objects: Math.max(most.objects, m.k.caps.objects.size), channels: Math.max(most.channels, m.k.ipc.channels.size) };
      if (i % 10_000 === 0) booksBalance(m);
    }
    const heapAfter = heapAfterGc(gc);
    const growthMiB = (heapAfter - heapBefore) / 2 ** 20;
    console.log(
      `60 000 cycles: at most ${most.objects} objects and ${most.channels} channels, ${m.k.caps.collections} collections; heap ${(heapBefore / 2 ** 20).toFixed(1)} → ${(heapAfter / 2 ** 20).toFixed(1)} MiB`,
    );
    // A process's channels, garbage included, never pass its limit: 2 ends each.
    expect(most.channels).toBeLessThanOrEqual(base.channels + DEFAULT_LIMITS.channels);
    expect(most.objects).toBeLessThanOrEqual(base.objects + 2 * DEFAULT_LIMITS.channels);
    booksBalance(m);
    // Without the collector this grew by 100 MiB (1.7 KiB a cycle).
    expect(growthMiB).toBeLessThan(8);
  });

  it("timers parked in cycles come back to their creator's quota", () => {
    const m = new FakeMachine({ files: FILES });
    const quota = m.running()!.proc.quotas.timers;
    for (let i = 0; i < 4 * DEFAULT_LIMITS.timers; i++) {
      const t = m.syscall(SYS.timer_create, 1_000_000);
      expect(t.status).toBe(Status.OK);
      makeCycle(m, [Number(t.x1)]);
    }
    expect(quota.used).toBeLessThanOrEqual(DEFAULT_LIMITS.timers);
    expect(m.k.timers.size).toBeLessThanOrEqual(DEFAULT_LIMITS.timers);
    booksBalance(m);
  });

  it("a process's exit frees the cycles it made", () => {
    const m = new FakeMachine({ files: FILES });
    const parent = m.k.sched.current!;
    const before = { objects: m.k.caps.objects.size, channels: m.k.ipc.channels.size };
    const pid = spawnChild(m);
    expect(m.tickUntil(() => m.running()?.proc.pid === pid)).toBe(true);
    const child = m.running()!.proc;
    for (let i = 0; i < 10; i++) makeCycle(m);
    expect(m.k.ipc.channels.size).toBe(before.channels + 20);
    m.syscall(SYS.task_exit, 0);
    expect(m.k.caps.objects.size).toBe(before.objects);
    expect(m.k.ipc.channels.size).toBe(before.channels);
    expect(child.quotas.channels.used).toBe(0);
    expect(m.tickUntil(() => m.running() === parent)).toBe(true);
    booksBalance(m);
  });

  it("a sender waiting on a channel whose receive end nobody can reach learns CHANNEL_CLOSED", () => {
    const m = new FakeMachine({ files: FILES });
    const me = m.k.sched.current!;
    // C's receive end travels in A, A's in C: a cycle. The process keeps C's send end.
    const [as, ar] = channel(m);
    const [cs, cr] = channel(m);
    expect(send(m, as, "c", [cr])).toBe(Status.OK);
    expect(send(m, cs, "a", [ar])).toBe(Status.OK);
    expect(m.syscall(SYS.channel_close, as).status).toBe(Status.OK);
    for (let i = 1; i < 16; i++) expect(send(m, cs, "fill")).toBe(Status.OK);
    send(m, cs, "one too many", [], WAIT);
    expect(me.state).toBe(TaskState.BLOCKED);
    m.k.caps.collect(); // as another process's exit would
    expect(me.state).not.toBe(TaskState.BLOCKED);
    expect(m.tickUntil(() => m.running() === me)).toBe(true);
    expect(m.svcAgain().status).toBe(Status.CHANNEL_CLOSED);
    booksBalance(m);
  });

  it("kt_cycles makes 60 000 of them at EL0, with 7 500 timers, and every call succeeds", () => {
    const m = new BootedMachine({ bootargs: "init=/tests/kt_cycles" });
    let most = { objects: 0, channels: 0, timers: 0 };
    m.board.runUntil(() => {
      const k = m.kernel;
      if (k !== null && k.caps !== undefined) {
        most = {
          objects: Math.max(most.objects, k.caps.objects.size),
          channels: Math.max(most.channels, k.ipc.channels.size),
          timers: Math.max(most.timers, k.timers.size),
        };
      }
      return m.finished;
    }, 60 * 62_500_000);
    expect(m.finished).toBe(true);
    expect(m.transcript).toContain("cycles: 60000 made, every call answered");
    const k = m.kernel!;
    console.log(`kt_cycles: at most ${most.objects} objects, ${most.channels} channels, ${most.timers} timers; ${k.caps.collections} collections`);
    expect(most.channels).toBeLessThanOrEqual(DEFAULT_LIMITS.channels + 4);
    expect(most.timers).toBeLessThanOrEqual(DEFAULT_LIMITS.timers);
    expect(most.objects).toBeLessThanOrEqual(2 * DEFAULT_LIMITS.channels + DEFAULT_LIMITS.timers + 16);
    expect(capCheckInvariants(k.caps)).toEqual([]);
    expect(ipcCheckInvariants(k.ipc)).toEqual([]);
  });
});
