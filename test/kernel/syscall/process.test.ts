// chapter: 18-bootfs
import { describe, expect, it } from "vitest";
import { FaultKind } from "../../../src/kernel/lib/fault.ts";
import { Status } from "../../../src/kernel/lib/status.ts";
import { STACK_SIZE, STACK_TOP } from "../../../src/kernel/mm/aspace.ts";
import { TaskState } from "../../../src/kernel/sched/task.ts";
import { EXIT_ERET, EXIT_WFI } from "../../../src/machine/door.ts";
import { FakeMachine, NOP_PROGRAM } from "../../../tools/fuzz/fake-machine.ts";
import { SYS } from "../../../src/machine/abi.ts";


const FILES = { "/vinit": NOP_PROGRAM, "/child": NOP_PROGRAM };
const BUF = STACK_TOP - 0x2000;

/** vinit spawns /child; returns its pid and tid. */
function spawnChild(m: FakeMachine, name = "child"): { pid: number; tid: number } {
  const path = m.pokeString("/child");
  const n = m.pokeString(name, path + 64);
  const r = m.syscall(SYS.task_spawn, path, n);
  expect(r.status).toBe(Status.OK);
  return { pid: Number(r.x1), tid: Number(r.x2) };
}

describe("processes", () => {
  it("spawns a child that runs, exits, and is reaped by wait with its exit record", () => {
    const m = new FakeMachine({ files: FILES });
    const parent = m.k.sched.current;
    const { pid, tid } = spawnChild(m);
    m.syscall(SYS.wait, BUF);
    // wait blocked the parent: the child runs now.
    expect(m.k.sched.current?.tid).toBe(tid);
    expect(parent?.state).toBe(TaskState.BLOCKED);
    m.syscall(SYS.task_exit, 42);
    // The parent is woken and restarts its wait.
    expect(m.k.sched.current).toBe(parent);
    const r = m.svcAgain();
    expect(r.status).toBe(Status.OK);
    expect(Number(r.x1)).toBe(pid);
    expect(Number(r.x2)).toBe(42);
    expect(Number(r.x3)).toBe(FaultKind.NONE);
    const info = new DataView(m.peek(BUF, 32).buffer);
    expect(info.getInt32(0, true)).toBe(42);
    expect(info.getUint32(4, true)).toBe(0);
    expect(m.k.procs.get(pid)).toBeUndefined();
    expect(m.k.sched.task(tid)).toBeUndefined();
  });

  it("keeps a zombie until its parent waits, and refuses to reap into a bad pointer", () => {
    const m = new FakeMachine({ files: FILES });
    const { pid } = spawnChild(m);
    expect(m.tickUntil(() => m.k.sched.current?.proc.pid === pid)).toBe(true);
    m.syscall(SYS.task_exit, 7);
    expect(m.k.procs.get(pid)?.state).toBe(4);
    expect(m.syscall(SYS.waitpid, pid, 0x4000_0000).status).toBe(Status.INVALID_ARG);
    expect(m.k.procs.get(pid)?.state).toBe(4);
    const r = m.syscall(SYS.waitpid, pid, 0);
    expect(r.status).toBe(Status.OK);
    expect(Number(r.x2)).toBe(7);
    expect(m.syscall(SYS.waitpid, pid, 0).status).toBe(Status.TASK_NOT_FOUND);
    expect(m.syscall(SYS.wait, 0).status).toBe(Status.TASK_NOT_FOUND);
  });

  it("kills only the process that touches its guard page, and tells the parent why", () => {
    const m = new FakeMachine({ files: FILES });
    const { pid } = spawnChild(m);
    const other = spawnChild(m, "bystander");
    expect(m.tickUntil(() => m.k.sched.current?.proc.pid === pid)).toBe(true);
    const pc = m.door.frame.regs[32];
    const guard = BigInt(STACK_TOP - STACK_SIZE - 16);
    m.abort(guard, 0x07, { write: true });
    expect(m.k.procs.get(pid)?.state).toBe(4);
    expect(m.k.procs.get(other.pid)?.state).toBe(2);
    expect(m.tickUntil(() => m.k.sched.current?.proc.pid === 1)).toBe(true);
    const r = m.syscall(SYS.waitpid, pid, BUF);
    expect(r.status).toBe(Status.OK);
    expect(Number(r.x3)).toBe(FaultKind.STACK_OVERFLOW);
    const info = new DataView(m.peek(BUF, 32).buffer);
    expect(info.getInt32(0, true)).toBe(-1);
    expect(info.getUint32(4, true)).toBe(1);
    expect(info.getUint32(8, true)).toBe(FaultKind.STACK_OVERFLOW);
    expect(info.getBigUint64(16, true)).toBe(guard);
    expect(info.getBigUint64(24, true)).toBe(pc);
    expect(m.k.log.lines.some((l) => l.includes(`pid ${pid} (child) killed: stack overflow`))).toBe(true);
  });

  it("gives back every page of a dead process", () => {
    const m = new FakeMachine({ files: FILES });
    const before = m.k.pmm.freePages;
    const { pid } = spawnChild(m);
    expect(m.tickUntil(() => m.k.sched.current?.proc.pid === pid)).toBe(true);
    m.syscall(SYS.sbrk, 64 * 1024);
    m.poke(0x1_0000_0000 + 60 * 1024, new Uint8Array([1]));
    m.abort(0n, 0x07);
    expect(m.tickUntil(() => m.k.sched.current?.proc.pid === 1)).toBe(true);
    m.syscall(SYS.wait, 0);
    expect(m.k.pmm.freePages).toBe(before);
  });

  it("refuses a program that is not a valid executable and a missing file", () => {
    const m = new FakeMachine({ files: { "/vinit": NOP_PROGRAM, "/junk": new Uint8Array(100).fill(0x41) } });
    expect(m.syscall(SYS.task_spawn, m.pokeString("/junk"), 0).status).toBe(Status.INVALID_ARG);
    expect(m.syscall(SYS.task_spawn, m.pokeString("/nothing"), 0).status).toBe(Status.NOT_FOUND);
    expect(m.syscall(SYS.task_spawn, 0xffff_0000_0000_0000n, 0).status).toBe(Status.INVALID_ARG);
  });

  it("joins a task and reports its exit code", () => {
    const m = new FakeMachine({ files: FILES });
    const { tid } = spawnChild(m);
    m.syscall(SYS.task_join, tid);
    expect(m.k.sched.current?.tid).toBe(tid);
    m.syscall(SYS.task_exit, 3);
    const r = m.svcAgain();
    expect(r.status).toBe(Status.OK);
    expect(Number(r.x1)).toBe(3);
    expect(m.syscall(SYS.task_join, 999).status).toBe(Status.TASK_NOT_FOUND);
  });

  it("lists tasks as 64-byte TaskInfo records", () => {
    const m = new FakeMachine({ files: FILES });
    spawnChild(m);
    expect(Number(m.syscall(SYS.task_list, 0, 0).x1)).toBe(2);
    const r = m.syscall(SYS.task_list, BUF, 8);
    expect(Number(r.x1)).toBe(2);
    const rec = m.peek(BUF, 128);
    const v = new DataView(rec.buffer);
    expect(v.getUint32(0, true)).toBe(1);
    expect(String.fromCharCode(...rec.subarray(8, 13))).toBe("vinit");
    expect(v.getUint32(64 + 56, true)).toBe(1); // the child's parent task
    expect(m.syscall(SYS.task_list, 0x8000_0000, 2).status).toBe(Status.INVALID_ARG); // code is read-only
  });
});

describe("blocking calls restart", () => {
  it("getchar blocks until the UART interrupt delivers a byte", () => {
    const m = new FakeMachine();
    m.syscall(SYS.getchar);
    expect(m.lastExit).toBe(EXIT_WFI);
    m.type("x");
    expect(m.lastExit).toBe(EXIT_ERET);
    const r = m.svcAgain();
    expect(r.status).toBe(Status.OK);
    expect(Number(r.x1)).toBe(0x78);
  });

  it("sleep wakes after its deadline and not before", () => {
    const m = new FakeMachine();
    m.syscall(SYS.sleep, 20);
    expect(m.lastExit).toBe(EXIT_WFI);
    m.tick(19);
    expect(m.lastExit).toBe(EXIT_WFI);
    m.tick(1);
    expect(m.lastExit).toBe(EXIT_ERET);
    expect(m.svcAgain().status).toBe(Status.OK);
    expect(m.k.uptimeMs()).toBeGreaterThanOrEqual(20);
  });
});

describe("memory calls", () => {
  it("sbrk moves the break from 4 GiB and demand-pages the heap", () => {
    const m = new FakeMachine();
    expect(m.syscall(SYS.sbrk, 0).x1).toBe(0x1_0000_0000n);
    expect(m.syscall(SYS.sbrk, 10_000).x1).toBe(0x1_0000_0000n);
    expect(m.syscall(SYS.sbrk, 0).x1).toBe(0x1_0000_0000n + 10_000n);
    expect(m.syscall(SYS.sbrk, -20_000).status).toBe(Status.INVALID_ARG);
    expect(m.syscall(SYS.sbrk, 1n << 40n).status).toBe(Status.NO_MEMORY);
    expect(m.syscall(SYS.sbrk, -10_000).status).toBe(Status.OK);
    expect(m.syscall(SYS.sbrk, 0).x1).toBe(0x1_0000_0000n);
  });

  it("mem_info reports the allocator's numbers and refuses kernel pointers", () => {
    const m = new FakeMachine();
    expect(m.syscall(SYS.mem_info, BUF).status).toBe(Status.OK);
    const v = new DataView(m.peek(BUF, 64).buffer);
    expect(Number(v.getBigUint64(0, true))).toBe(m.k.pmm.totalPages);
    expect(Number(v.getBigUint64(24, true))).toBe(4096);
    expect(m.syscall(SYS.mem_info, 0x4000_0000).status).toBe(Status.INVALID_ARG);
    expect(m.syscall(SYS.net_stats, BUF).status).toBe(Status.OK);
  });
});

describe("the dispatcher", () => {
  it("answers unknown and network numbers with NOT_SUPPORTED", () => {
    const m = new FakeMachine();
    for (const nr of [0x50, 0xdf, 0xff, 0x1234, 0xffff_ffff]) expect(m.syscall(nr).status).toBe(Status.NOT_SUPPORTED);
  });

  it("debug_print refuses kernel and unmapped addresses and prints user strings", () => {
    const m = new FakeMachine();
    expect(m.syscall(SYS.debug_print, 0x4000_0000).status).toBe(Status.INVALID_ARG);
    expect(m.syscall(SYS.debug_print, 0).status).toBe(Status.INVALID_ARG);
    expect(m.syscall(SYS.debug_print, m.pokeString("hello from user\n")).status).toBe(Status.OK);
    expect(m.door.uartText()).toContain("hello from user\r\n");
  });

  it("timers fire after their deadline and cancel closes the handle", () => {
    const m = new FakeMachine();
    const r = m.syscall(SYS.timer_create, 5);
    expect(r.status).toBe(Status.OK);
    const timer = [...m.k.timers][0];
    m.tick(5);
    expect(timer.fired).toBe(true);
    expect(m.syscall(SYS.timer_cancel, r.x1).status).toBe(Status.OK);
    expect(m.syscall(SYS.timer_cancel, r.x1).status).toBeLessThan(0);
  });

  it("priorities are checked and read back", () => {
    const m = new FakeMachine();
    expect(m.syscall(SYS.task_set_priority, 0, 300).status).toBe(Status.INVALID_ARG);
    expect(m.syscall(SYS.task_set_priority, 0, 10).status).toBe(Status.OK);
    expect(Number(m.syscall(SYS.task_get_priority, 0).x1)).toBe(10);
    expect(m.syscall(SYS.task_set_priority, 77, 10).status).toBe(Status.TASK_NOT_FOUND);
  });
});
