// chapter: 18-bootfs
// Chapter 12: a host exception inside a system-call handler is a kernel bug. It is never turned
// into a status for the caller; the kernel panics, naming the call and the chapter line that threw.
import { describe, expect, it } from "vitest";
import { Status } from "../../../src/kernel/lib/status.ts";
import { FakeMachine, NOP_PROGRAM } from "../../../tools/fuzz/fake-machine.ts";

const BOOM = 0xfff0;

describe("a handler that throws", () => {
  it("panics the kernel with the call's name and the chapter line, instead of answering UNKNOWN", () => {
    const m = new FakeMachine({ files: { "/vinit": NOP_PROGRAM } });
    m.k.syscalls.register([
      {
        nr: BOOM,
        name: "boom",
        handler: () => {
          throw new Error("half-way through");
        },
      },
    ]);
    const r = m.syscall(BOOM);
    expect(r.status).not.toBe(Status.UNKNOWN);
    expect(m.k.stats.kernelFaults).toBe(1);
    expect(m.k.panicMessage).toContain("kernel bug in syscall boom: Error: half-way through");
    // The stack names the line that threw (here, this test file)…
    expect(m.k.panicMessage).toMatch(/dispatch\.test\.ts:\d+/);
    // …and the kernel frames below it name the chapter, through the tangled files' source maps.
    expect(m.k.panicMessage).toMatch(/chapters\/12-exceptions-syscalls\.mdx:\d+/);
    expect(m.k.log.lines.some((l) => l.startsWith("KERNEL PANIC: "))).toBe(true);
  });
});
