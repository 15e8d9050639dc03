// chapter: 18-bootfs
// A file system that waits: the system call blocks its task, the operation is kept in the
// restart state, and the wake resumes it where it stopped (chapter 18's `ctx.drive`, chapter 12's
// restart). A task killed while it waits lets go of what the operation held (chapter 13's taskExit).
import { describe, expect, it } from "vitest";
import type { FileSystem, Io } from "../../../src/kernel/fs/fs.ts";
import { Status } from "../../../src/kernel/lib/status.ts";
import { STACK_TOP } from "../../../src/kernel/mm/aspace.ts";
import { TaskState } from "../../../src/kernel/sched/task.ts";
import { WaitQueue } from "../../../src/kernel/sched/waitqueue.ts";
import { processExit } from "../../../src/kernel/viper/lifecycle.ts";
import { SYS } from "../../../src/machine/abi.ts";
import { FakeMachine, NOP_PROGRAM } from "../../../tools/fuzz/fake-machine.ts";

const BUF = STACK_TOP - 0x3000;
const OUT = STACK_TOP - 0x2000;

/** The boot archive behind a "disk" that makes every read wait until `ready`, holding a lock meanwhile. */
function slowFs(inner: FileSystem): FileSystem & { ready: boolean; queue: WaitQueue; held: number; reads: number } {
  const queue = new WaitQueue();
  const slow = Object.create(inner) as FileSystem & { ready: boolean; queue: WaitQueue; held: number; reads: number };
  Object.assign(slow, { ready: false, queue, held: 0, reads: 0 });
  slow.read = function* (ino: number, offset: number, len: number): Io<Uint8Array | Status> {
    slow.held++;
    slow.reads++;
    try {
      while (!slow.ready) yield queue;
      return yield* inner.read(ino, offset, len);
    } finally {
      slow.held--;
    }
  };
  return slow;
}

function setup(): { m: FakeMachine; slow: ReturnType<typeof slowFs>; fd: number } {
  const m = new FakeMachine({ files: { "/vinit": NOP_PROGRAM, "/data": new TextEncoder().encode("slow bytes") } });
  const inner = m.k.fs.root;
  if (inner === null) throw new Error("no boot archive");
  const slow = slowFs(inner);
  m.k.fs.root = slow;
  const fd = Number(m.syscall(SYS.open, m.pokeString("/data", BUF), 0).x1);
  return { m, slow, fd };
}

describe("a system call on a file system that waits", () => {
  it("blocks, keeps the operation, and finishes it after the wake without starting it again", () => {
    const { m, slow, fd } = setup();
    const task = m.k.sched.current;
    if (task === null) throw new Error("nobody runs");
    m.syscall(SYS.read, fd, OUT, 64);
    expect(task.state).toBe(TaskState.BLOCKED);
    expect(task.restartState).toBeDefined();
    expect(slow.held).toBe(1);
    slow.ready = true;
    m.k.sched.wakeAll(slow.queue);
    expect(m.tickUntil(() => m.running() === task)).toBe(true);
    const r = m.svcAgain();
    expect(r.status).toBe(Status.OK);
    expect(Number(r.x1)).toBe(10);
    expect(new TextDecoder().decode(m.peek(OUT, 10))).toBe("slow bytes");
    expect(slow.reads).toBe(1);
    expect(slow.held).toBe(0);
    expect(task.restartState).toBeUndefined();
  });

  it("a task killed while it waits runs the operation's finally: nothing stays held", () => {
    const { m, slow, fd } = setup();
    const task = m.k.sched.current;
    if (task === null) throw new Error("nobody runs");
    m.syscall(SYS.read, fd, OUT, 64);
    expect(slow.held).toBe(1);
    processExit(m.k, task.proc, -1, null);
    expect(slow.held).toBe(0);
    expect(task.restartState).toBeUndefined();
  });
});
