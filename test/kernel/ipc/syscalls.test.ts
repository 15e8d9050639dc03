// chapter: 18-bootfs
// Capabilities and IPC through the system-call interface of a booted kernel (on the fake
// machine of tools/fuzz: the test plays the CPU and issues each svc itself).
import { describe, expect, it } from "vitest";
import { Rights } from "../../../src/kernel/cap/rights.ts";
import { Status } from "../../../src/kernel/lib/status.ts";
import { TaskState } from "../../../src/kernel/sched/task.ts";
import { Trace } from "../../../src/kernel/trace.ts";
import { FakeMachine } from "../../../tools/fuzz/fake-machine.ts";
import { SYS } from "../../../src/machine/abi.ts";
import { booksBalance, COUNT, channel, FILES, HANDLES, OUT, recv, send, spawnChild, u64 } from "../fake-calls.ts";

const WAIT = 1;

describe("rights violations are answered with the right status", () => {
  it("send on a receive end, receive on a send end, forged and stale handles", () => {
    const m = new FakeMachine({ files: FILES });
    const [s, r] = channel(m);
    expect(send(m, r, "x")).toBe(Status.PERMISSION);
    expect(recv(m, s).status).toBe(Status.PERMISSION);
    expect(send(m, 0x00ab_cdef, "x")).toBe(Status.INVALID_HANDLE);
    expect(m.syscall(SYS.cap_revoke, s).status).toBe(Status.OK);
    expect(send(m, s, "x")).toBe(Status.INVALID_HANDLE);
    expect(m.syscall(SYS.cap_revoke, s).status).toBe(Status.INVALID_HANDLE);
    const root = Number(m.syscall(SYS.fs_open_root).x1);
    expect(send(m, root, "x")).toBe(Status.WRONG_TYPE);
    booksBalance(m);
  });

  it("cap_derive refuses rights not held; cap_query and cap_list describe handles", () => {
    const m = new FakeMachine({ files: FILES });
    const [, r] = channel(m);
    expect(m.syscall(SYS.cap_derive, r, Rights.READ | Rights.WRITE).status).toBe(Status.PERMISSION);
    const d = m.syscall(SYS.cap_derive, r, Rights.READ);
    expect(d.status).toBe(Status.OK);
    expect(m.syscall(SYS.cap_query, d.x1, OUT).status).toBe(Status.OK);
    const info = new DataView(m.peek(OUT, 12).buffer);
    expect(info.getUint32(0, true)).toBe(Number(d.x1));
    expect(info.getUint16(4, true)).toBe(16);
    expect(info.getUint32(8, true)).toBe(Rights.READ);
    expect(m.syscall(SYS.cap_derive, d.x1, Rights.READ).status).toBe(Status.PERMISSION);
    expect(Number(m.syscall(SYS.cap_list, 0, 0).x1)).toBe(3);
    expect(Number(m.syscall(SYS.cap_list, OUT, 2).x1)).toBe(2);
    expect(m.syscall(SYS.cap_query, d.x1, 0xffff_0000_0000n).status).toBe(Status.INVALID_ARG);
    booksBalance(m);
  });
});

describe("channels through system calls", () => {
  it("deliver bytes and handles in order within one process", () => {
    const m = new FakeMachine({ files: FILES });
    const [s, r] = channel(m);
    const root = Number(m.syscall(SYS.fs_open_root).x1);
    expect(send(m, s, "first", [root])).toBe(Status.OK);
    expect(send(m, s, "second")).toBe(Status.OK);
    const a = recv(m, r);
    expect(a).toMatchObject({ status: Status.OK, text: "first" });
    expect(a.handles.length).toBe(1);
    expect(m.syscall(SYS.fs_read_dir, a.handles[0], OUT).x1).toBe(1n);
    expect(recv(m, r)).toMatchObject({ text: "second", handles: [] });
    expect(recv(m, r).status).toBe(Status.WOULD_BLOCK);
    booksBalance(m);
  });

  it("a receive buffer too small keeps the message and reports its size", () => {
    const m = new FakeMachine({ files: FILES });
    const [s, r] = channel(m);
    send(m, s, "0123456789");
    const small = m.syscall(SYS.channel_recv, r, OUT, 4, 0, 0, 0);
    expect(small.status).toBe(Status.MSG_TOO_LARGE);
    expect(small.x1).toBe(10n);
    expect(recv(m, r).text).toBe("0123456789");
  });

  it("a bad receive buffer changes nothing", () => {
    const m = new FakeMachine({ files: FILES });
    const [s, r] = channel(m);
    send(m, s, "keep me");
    expect(m.syscall(SYS.channel_recv, r, 0xffff_0000_0000_0000n, 256, 0, 0, 0).status).toBe(Status.INVALID_ARG);
    expect(recv(m, r).text).toBe("keep me");
    booksBalance(m);
  });

  it("transfer a handle to another process, which can use it; the sender loses it", () => {
    const m = new FakeMachine({ files: FILES });
    const parent = m.k.sched.current!;
    const [s, r] = channel(m);
    const pid = spawnChild(m);
    // Bootstrap: the test plants the receive end in the child's table, as a spawn with a
    // bootstrap channel would (the rest of the transfer is real system calls).
    const entry = parent.proc.handles.take(r);
    if (typeof entry === "number") throw new Error("take");
    const child = m.k.procs.get(pid)!;
    const childRecv = child.handles.adopt(entry);
    const root = Number(m.syscall(SYS.fs_open_root).x1);
    expect(send(m, s, "a directory for you", [root])).toBe(Status.OK);
    expect(m.syscall(SYS.fs_read_dir, root, OUT).status).toBe(Status.INVALID_HANDLE);
    expect(m.tickUntil(() => m.running()?.proc.pid === pid)).toBe(true);
    const got = recv(m, childRecv);
    expect(got.text).toBe("a directory for you");
    expect(m.syscall(SYS.fs_read_dir, got.handles[0], OUT).x1).toBe(1n);
    booksBalance(m);
  });

  it("a blocking receive sleeps until a message arrives, then restarts and delivers it", () => {
    const m = new FakeMachine({ files: FILES });
    const parent = m.k.sched.current!;
    const [s, r] = channel(m);
    const pid = spawnChild(m);
    const childRecv = m.k.procs.get(pid)!.handles.adopt(parent.proc.handles.take(r) as never);
    expect(m.tickUntil(() => m.running()?.proc.pid === pid)).toBe(true);
    const childTask = m.k.sched.current!;
    m.poke(COUNT, u64(4));
    m.syscall(SYS.channel_recv, childRecv, OUT, 256, HANDLES, COUNT, WAIT);
    expect(childTask.state).toBe(TaskState.BLOCKED);
    expect(m.tickUntil(() => m.running() === parent)).toBe(true);
    expect(send(m, s, "wake up")).toBe(Status.OK);
    expect(childTask.state).toBe(TaskState.READY);
    expect(m.tickUntil(() => m.running() === childTask)).toBe(true);
    const again = m.svcAgain();
    expect(again.status).toBe(Status.OK);
    expect(new TextDecoder().decode(m.peek(OUT, Number(again.x1)))).toBe("wake up");
  });

  it("closing the send end wakes a blocked receiver with CHANNEL_CLOSED", () => {
    const m = new FakeMachine({ files: FILES });
    const parent = m.k.sched.current!;
    const [s, r] = channel(m);
    const pid = spawnChild(m);
    const childRecv = m.k.procs.get(pid)!.handles.adopt(parent.proc.handles.take(r) as never);
    expect(m.tickUntil(() => m.running()?.proc.pid === pid)).toBe(true);
    const childTask = m.k.sched.current!;
    m.syscall(SYS.channel_recv, childRecv, OUT, 256, 0, 0, WAIT);
    expect(childTask.state).toBe(TaskState.BLOCKED);
    expect(m.tickUntil(() => m.running() === parent)).toBe(true);
    expect(m.syscall(SYS.channel_close, s).status).toBe(Status.OK);
    expect(m.tickUntil(() => m.running() === childTask)).toBe(true);
    expect(m.svcAgain().status).toBe(Status.CHANNEL_CLOSED);
    booksBalance(m);
  });

  it("a blocking send waits for room and completes when the receiver drains one", () => {
    const m = new FakeMachine({ files: FILES });
    const parent = m.k.sched.current!;
    const [s, r] = channel(m);
    const pid = spawnChild(m);
    const childRecv = m.k.procs.get(pid)!.handles.adopt(parent.proc.handles.take(r) as never);
    for (let i = 0; i < 16; i++) expect(send(m, s, `m${i}`)).toBe(Status.OK);
    expect(send(m, s, "x")).toBe(Status.WOULD_BLOCK);
    send(m, s, "17th", [], WAIT);
    expect(parent.state).toBe(TaskState.BLOCKED);
    expect(m.tickUntil(() => m.running()?.proc.pid === pid)).toBe(true);
    expect(recv(m, childRecv).text).toBe("m0");
    expect(m.tickUntil(() => m.running() === parent)).toBe(true);
    expect(m.svcAgain().status).toBe(Status.OK);
    expect(m.tickUntil(() => m.running()?.proc.pid === pid)).toBe(true);
    for (let i = 1; i < 16; i++) recv(m, childRecv);
    expect(recv(m, childRecv).text).toBe("17th");
    booksBalance(m);
  });
});

describe("tracepoints", () => {
  it("ipc.send and ipc.recv report the channel, the bytes and the handles", () => {
    const trace = new Trace();
    const events: [string, Record<string, unknown>][] = [];
    trace.on("ipc.send", (name, data) => events.push([name, data]));
    trace.on("ipc.recv", (name, data) => events.push([name, data]));
    const m = new FakeMachine({ files: FILES, trace });
    const [s, r] = channel(m);
    const root = Number(m.syscall(SYS.fs_open_root).x1);
    send(m, s, "hello", [root]);
    recv(m, r);
    expect(events.map(([n, d]) => [n, d.bytes, d.handles])).toEqual([
      ["ipc.send", 5, 1],
      ["ipc.recv", 5, 1],
    ]);
    expect(events[0][1].channel).toBe(events[1][1].channel);
  });
});

describe("poll sets through system calls", () => {
  it("poll_wait sleeps until its timeout and the timer wakes it", () => {
    const m = new FakeMachine({ files: FILES });
    const [, r] = channel(m);
    const set = Number(m.syscall(SYS.poll_create).x1);
    expect(m.syscall(SYS.poll_add, set, r, 1).status).toBe(Status.OK);
    const me = m.k.sched.current!;
    const start = m.k.uptimeMs();
    m.syscall(SYS.poll_wait, set, OUT, 4, 50);
    expect(me.state).toBe(TaskState.BLOCKED);
    expect(m.tickUntil(() => me.state !== TaskState.BLOCKED, 200)).toBe(true);
    expect(m.k.uptimeMs() - start).toBeGreaterThanOrEqual(50);
    expect(m.k.uptimeMs() - start).toBeLessThanOrEqual(52);
    expect(m.tickUntil(() => m.running() === me)).toBe(true);
    const r2 = m.svcAgain();
    expect(r2.status).toBe(Status.OK);
    expect(r2.x1).toBe(0n);
  });

  it("poll_wait wakes for a message and reports it", () => {
    const m = new FakeMachine({ files: FILES });
    const parent = m.k.sched.current!;
    const [s, r] = channel(m);
    const pid = spawnChild(m);
    const child = m.k.procs.get(pid)!;
    const childRecv = child.handles.adopt(parent.proc.handles.take(r) as never);
    expect(m.tickUntil(() => m.running()?.proc.pid === pid)).toBe(true);
    const childTask = m.k.sched.current!;
    const set = Number(m.syscall(SYS.poll_create).x1);
    expect(m.syscall(SYS.poll_add, set, childRecv, 1).status).toBe(Status.OK);
    m.syscall(SYS.poll_wait, set, OUT, 4, -1);
    expect(childTask.state).toBe(TaskState.BLOCKED);
    expect(m.tickUntil(() => m.running() === parent)).toBe(true);
    send(m, s, "ping");
    expect(m.tickUntil(() => m.running() === childTask)).toBe(true);
    const done = m.svcAgain();
    expect(done.status).toBe(Status.OK);
    expect(done.x1).toBe(1n);
    const ev = new DataView(m.peek(OUT, 12).buffer);
    expect(ev.getUint32(0, true)).toBe(childRecv);
    expect(ev.getUint32(8, true)).toBe(1);
  });

  it("a timer from timer_create fires as a TIMER event", () => {
    const m = new FakeMachine({ files: FILES });
    const me = m.k.sched.current!;
    const t = m.syscall(SYS.timer_create, 20);
    expect(t.status).toBe(Status.OK);
    const set = Number(m.syscall(SYS.poll_create).x1);
    expect(m.syscall(SYS.poll_add, set, t.x1, 4).status).toBe(Status.OK);
    const start = m.k.uptimeMs();
    m.syscall(SYS.poll_wait, set, OUT, 4, -1);
    expect(me.state).toBe(TaskState.BLOCKED);
    expect(m.tickUntil(() => m.running() === me, 100)).toBe(true);
    expect(m.k.uptimeMs() - start).toBeGreaterThanOrEqual(20);
    const done = m.svcAgain();
    expect(done.x1).toBe(1n);
    expect(new DataView(m.peek(OUT, 12).buffer).getUint32(8, true)).toBe(4);
  });

  it("console input wakes a poller on the console pseudo-handle", () => {
    const m = new FakeMachine({ files: FILES });
    const me = m.k.sched.current!;
    const set = Number(m.syscall(SYS.poll_create).x1);
    expect(m.syscall(SYS.poll_add, set, 0xffff_0001, 8).status).toBe(Status.OK);
    m.syscall(SYS.poll_wait, set, OUT, 4, -1);
    expect(me.state).toBe(TaskState.BLOCKED);
    m.type("k");
    expect(m.tickUntil(() => m.running() === me)).toBe(true);
    expect(m.svcAgain().x1).toBe(1n);
  });
});
