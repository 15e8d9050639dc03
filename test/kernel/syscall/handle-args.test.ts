// chapter: 18-bootfs
// Handle and descriptor arguments with stray high bits (chapter 12, `ctx.handle`): the kernel
// once read the low 32 bits of the register, so 0x1_0000_0003 acted as handle 3. Every argument
// that names a handle or a descriptor, in every call the kernel registers, is sent with bit 32
// set through the real system-call path: the call names nothing, and the object is untouched.
import { describe, expect, it } from "vitest";
import { Status } from "../../../src/kernel/lib/status.ts";
import { SYS, SYSCALLS, type SyscallName } from "../../../src/machine/abi.ts";
import { FakeMachine } from "../../../tools/fuzz/fake-machine.ts";
import { channel, DATA, FILES, OUT } from "../fake-calls.ts";

const HIGH = 1n << 32n;
const NAME = OUT + 0x800;

/** One of each thing a handle or descriptor argument can name, made by the running process. */
interface Names {
  send: number;
  recv: number;
  set: number;
  timer: number;
  dir: number;
  file: number;
  fd: number;
  dirFd: number;
}

function makeNames(m: FakeMachine): Names {
  const [send, recv] = channel(m);
  const x1 = (nr: number, ...args: (number | bigint)[]): number => {
    const r = m.syscall(nr, ...args);
    expect(r.status).toBe(Status.OK);
    return Number(r.x1);
  };
  const set = x1(SYS.poll_create);
  const timer = x1(SYS.timer_create, 1000);
  const dir = x1(SYS.fs_open_root);
  m.poke(NAME, new TextEncoder().encode("child"));
  const file = x1(SYS.fs_open, dir, NAME, 5, 0);
  const fd = x1(SYS.open, m.pokeString("/child", NAME + 64), 0);
  const dirFd = x1(SYS.open, m.pokeString("/", NAME + 128), 0);
  expect(m.syscall(SYS.poll_add, set, recv, 1).status).toBe(Status.OK);
  return { send, recv, set, timer, dir, file, fd, dirFd };
}

type Case = {
  /** The arguments, with the handle or descriptor under test in its place. */
  args: (n: Names) => number[];
  /** What the call answers when that argument has bit 32 set (INVALID_HANDLE unless said). */
  refused?: number;
};

/** Every (call, argument) that names a handle or a descriptor. */
const CASES: Record<string, Case> = {
  "timer_cancel 0": { args: (n) => [n.timer] },
  "cap_derive 0": { args: (n) => [n.send, 0] },
  "cap_revoke 0": { args: (n) => [n.send] },
  "cap_query 0": { args: (n) => [n.send, OUT] },
  "channel_close 0": { args: (n) => [n.send] },
  "channel_send 0": { args: (n) => [n.send, DATA, 1, 0, 0, 0] },
  "channel_recv 0": { args: (n) => [n.recv, OUT, 256, 0, 0, 0] },
  "poll_add 0": { args: (n) => [n.set, n.recv, 1] },
  "poll_add 1": { args: (n) => [n.set, n.recv, 1] },
  "poll_remove 0": { args: (n) => [n.set, n.recv] },
  "poll_remove 1": { args: (n) => [n.set, n.recv], refused: Status.NOT_FOUND },
  "poll_wait 0": { args: (n) => [n.set, OUT, 4, 0] },
  "close 0": { args: (n) => [n.fd] },
  "read 0": { args: (n) => [n.fd, OUT, 1] },
  "write 0": { args: (n) => [n.fd, DATA, 1] },
  "lseek 0": { args: (n) => [n.fd, 0, 0] },
  "fstat 0": { args: (n) => [n.fd, OUT] },
  "dup 0": { args: (n) => [n.fd] },
  "dup2 0": { args: (n) => [n.fd, 20] },
  "dup2 1": { args: (n) => [n.dirFd, n.fd], refused: Status.INVALID_ARG },
  "readdir 0": { args: (n) => [n.dirFd, OUT, 1024] },
  "ftruncate 0": { args: (n) => [n.fd, 0] },
  "fsync 0": { args: (n) => [n.fd] },
  "fs_open 0": { args: (n) => [n.dir, NAME, 5, 0] },
  "io_read 0": { args: (n) => [n.file, OUT, 1] },
  "io_write 0": { args: (n) => [n.file, DATA, 1] },
  "io_seek 0": { args: (n) => [n.file, 0, 0] },
  "fs_close 0": { args: (n) => [n.file] },
  "fs_read_dir 0": { args: (n) => [n.dir, OUT] },
  "fs_rewind_dir 0": { args: (n) => [n.dir] },
  "assign_set 2": { args: (n) => [NAME, 5, n.dir] },
  "proc_spawn 0": { args: (n) => [n.dir, NAME, 0, 0, 0] },
};

/** The cases whose call this state of the book registers (proc_spawn arrives in chapter 21b). */
function registeredCases(m: FakeMachine): [string, Case][] {
  return Object.entries(CASES).filter(([key]) => m.k.syscalls.lookup(SYS[key.split(" ")[0] as SyscallName]) !== undefined);
}

/** The arguments the ABI names as handles or descriptors, in the calls this kernel registers. */
function handleArguments(m: FakeMachine): string[] {
  const out: string[] = [];
  for (const call of SYSCALLS) {
    if (m.k.syscalls.lookup(call.nr) === undefined) continue;
    call.args.forEach((a, i) => {
      if (/^(h|set|dir|fd|old|new): (u32|i32)$/.test(a)) out.push(`${call.name} ${i}`);
    });
  }
  return out.sort();
}

describe("a handle or descriptor argument with bit 32 set", () => {
  it("every one of them in the ABI is tried below", () => {
    const m = new FakeMachine({ files: FILES });
    expect(registeredCases(m).map(([key]) => key).sort()).toEqual(handleArguments(m));
  });

  for (const [key, c] of registeredCases(new FakeMachine({ files: FILES }))) {
    const [call, at] = key.split(" ") as [SyscallName, string];
    it(`${call}: argument ${at} names nothing, and its object is untouched`, () => {
      const m = new FakeMachine({ files: FILES });
      const n = makeNames(m);
      const args = c.args(n).map((v, i) => (i === Number(at) ? BigInt(v) | HIGH : v));
      expect(m.syscall(SYS[call], ...args).status).toBe(c.refused ?? Status.INVALID_HANDLE);
      // Everything the process named is still there: the call touched nothing.
      for (const h of [n.send, n.recv, n.set, n.timer, n.dir, n.file]) expect(m.syscall(SYS.cap_query, h, OUT).status).toBe(Status.OK);
      for (const fd of [n.fd, n.dirFd]) expect(m.syscall(SYS.fstat, fd, OUT).status).toBe(Status.OK);
      expect(m.syscall(SYS.poll_remove, n.set, n.recv).status).toBe(Status.OK);
    });
  }
});
