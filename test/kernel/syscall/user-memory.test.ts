// chapter: 18-bootfs
// Bad user pointers through the real system-call path: every call that takes user memory takes
// it as a UserSlice, and every bad range — NULL, a kernel address, a range that wraps past 2^64
// or runs off the user half, a length over the limit — answers the documented INVALID_ARG (or the
// call's own documented limit status), never a kernel fault.
import { describe, expect, it } from "vitest";
import { Status } from "../../../src/kernel/lib/status.ts";
import { STACK_TOP, USER_VA_END } from "../../../src/kernel/mm/aspace.ts";
import { UACCESS_MAX, UserSlice } from "../../../src/kernel/mm/uaccess.ts";
import { SYS } from "../../../src/machine/abi.ts";
import { FakeMachine, NOP_PROGRAM } from "../../../tools/fuzz/fake-machine.ts";

const BUF = STACK_TOP - 0x3000;
const OUT = STACK_TOP - 0x2000;

/** The bad addresses, each with the length a call would use there. */
const BAD: readonly [string, bigint][] = [
  ["NULL", 0n],
  ["a kernel address", 0xffff_0000_4000_0000n],
  ["a range that wraps past 2^64", 0xffff_ffff_ffff_fff0n],
  ["a range that runs off the user half", BigInt(USER_VA_END - 4)],
  ["RAM's physical address", 0x4000_0000n],
];

function machine(): FakeMachine {
  return new FakeMachine({ files: { "/vinit": NOP_PROGRAM, "/bin/hello": new TextEncoder().encode("hello, world\n") } });
}

describe("a bad user pointer", () => {
  for (const [what, va] of BAD) {
    it(`(${what}) answers INVALID_ARG from calls of six subsystems, and nothing faults`, () => {
      const m = machine();
      const path = m.pokeString("/bin/hello", BUF);
      const fd = Number(m.syscall(SYS.open, path, 0).x1);
      const [send, recv] = [m.syscall(SYS.channel_create)].map((r) => [Number(r.x1), Number(r.x2)])[0];
      // memory (chapter 12), console (13), capabilities (14), IPC (15), processes (16), files (18)
      expect(m.syscall(SYS.mem_info, va).status).toBe(Status.INVALID_ARG);
      expect(m.syscall(SYS.debug_print, va).status).toBe(Status.INVALID_ARG);
      expect(m.syscall(SYS.cap_query, send, va).status).toBe(Status.INVALID_ARG);
      expect(m.syscall(SYS.channel_send, send, va, 32, 0, 0, 0).status).toBe(Status.INVALID_ARG);
      expect(m.syscall(SYS.task_spawn, va, 0).status).toBe(Status.INVALID_ARG);
      expect(m.syscall(SYS.open, va, 0).status).toBe(Status.INVALID_ARG);
      expect(m.syscall(SYS.read, fd, va, 32).status).toBe(Status.INVALID_ARG);
      expect(m.syscall(SYS.fstat, fd, va).status).toBe(Status.INVALID_ARG);
      expect(m.syscall(SYS.write, fd, va, 32).status).toBe(Status.INVALID_ARG);
      // A failed read moved nothing: the file still reads from its start.
      expect(Number(m.syscall(SYS.read, fd, OUT, 5).x1)).toBe(5);
      expect(new TextDecoder().decode(m.peek(OUT, 5))).toBe("hello");
      // A message sent with a good buffer stays queued when the receive buffer is bad.
      m.poke(BUF, new TextEncoder().encode("ping"));
      expect(m.syscall(SYS.channel_send, send, BUF, 4, 0, 0, 0).status).toBe(Status.OK);
      expect(m.syscall(SYS.channel_recv, recv, va, 4, 0, 0, 0).status).toBe(Status.INVALID_ARG);
      expect(m.syscall(SYS.channel_recv, recv, OUT, 4, 0, 0, 0).status).toBe(Status.OK);
      expect(m.k.stats.kernelFaults).toBe(0);
    });
  }

  it("with a length at or over 2^53, or over a call's limit, is refused with the documented status", () => {
    const m = machine();
    const fd = Number(m.syscall(SYS.open, m.pokeString("/bin/hello", BUF), 0).x1);
    const [send] = [m.syscall(SYS.channel_create)].map((r) => [Number(r.x1), Number(r.x2)])[0];
    expect(m.syscall(SYS.write, fd, BUF, 1n << 60n).status).toBe(Status.INVALID_ARG);
    expect(m.syscall(SYS.read, fd, BUF, 1n << 60n).status).toBe(Status.INVALID_ARG);
    expect(m.syscall(SYS.channel_send, send, BUF, 1n << 40n, 0, 0, 0).status).toBe(Status.MSG_TOO_LARGE);
    expect(m.syscall(SYS.assign_get, BUF, 1n << 40n, OUT).status).toBe(Status.INVALID_ARG);
    expect(m.k.stats.kernelFaults).toBe(0);
  });
});

describe("UserSlice", () => {
  function slice(m: FakeMachine, va: bigint, len: number): UserSlice {
    const space = m.k.sched.current?.proc.aspace;
    if (space === undefined) throw new Error("nobody runs");
    return new UserSlice(m.k, space, va, len);
  }

  it("checks the length against UACCESS_MAX before it looks at a page", () => {
    const m = machine();
    expect(slice(m, BigInt(BUF), UACCESS_MAX + 1).read()).toBe(Status.INVALID_ARG);
    expect(slice(m, BigInt(BUF), -1).read()).toBe(Status.INVALID_ARG);
    expect(slice(m, BigInt(BUF), 1.5).read()).toBe(Status.INVALID_ARG);
    expect(slice(m, BigInt(BUF), 16).read()).toEqual(new Uint8Array(16));
  });

  it("refuses a range whose end wraps or leaves the user half, though its start is fine", () => {
    const m = machine();
    expect(slice(m, 0xffff_ffff_ffff_fff0n, 0x20).read()).toBe(Status.INVALID_ARG);
    expect(slice(m, BigInt(USER_VA_END - 4), 8).write(new Uint8Array(8))).toBe(Status.INVALID_ARG);
    expect(slice(m, BigInt(USER_VA_END), 0).read()).toEqual(new Uint8Array(0));
  });

  it("writes at most its length: a longer write is a kernel bug and throws", () => {
    const m = machine();
    expect(slice(m, BigInt(OUT), 8).write(Uint8Array.of(1, 2, 3))).toBe(Status.OK);
    expect(m.peek(OUT, 4)).toEqual(Uint8Array.of(1, 2, 3, 0));
    expect(() => slice(m, BigInt(OUT), 2).write(Uint8Array.of(1, 2, 3))).toThrow(/kernel writes 3 bytes to a 2-byte/);
  });

  it("reads a string of at most its length, and says whether it is NULL", () => {
    const m = machine();
    const at = m.pokeString("hello", BUF);
    expect(slice(m, BigInt(at), 5).readString()).toBe("hello");
    expect(slice(m, BigInt(at), 4).readString()).toBe(Status.INVALID_ARG);
    expect(slice(m, 0n, 4).isNull).toBe(true);
    expect(slice(m, BigInt(at), 4).isNull).toBe(false);
  });
});
