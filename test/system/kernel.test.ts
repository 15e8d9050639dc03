// chapter: 18-bootfs
// Integration tests: the real board, the real CPU, the kernel, and test programs from
// build/user/tests booted as init (bootargs init=/tests/…).
import { describe, expect, it } from "vitest";
import { TaskState } from "../../src/kernel/sched/task.ts";
import { CNTFRQ_HZ } from "../../src/machine/irq.ts";
import { createSystem, type ViperSystem } from "../../src/system/index.ts";
import { standardBootfs } from "../../tools/mkbootfs.ts";

const bootfs = standardBootfs();
const MiB = 1024 * 1024;

/** Boots `program` as init and runs until every task has exited (or `seconds` pass). */
function runProgram(program: string, seconds = 5): { sys: ViperSystem; out: string } {
  const sys = createSystem({ bootfs, bootargs: `init=/tests/${program}` });
  sys.runUntil(() => {
    const k = sys.kernel;
    return k === null || k.panicMessage !== null || [...k.sched.tasks.values()].every((t) => t.state === TaskState.EXITED);
  }, seconds * CNTFRQ_HZ);
  expect(sys.kernel?.panicMessage).toBe(null);
  return { sys, out: sys.transcript.replaceAll("\r\n", "\n") };
}

describe("booting", () => {
  for (const ramSize of [64 * MiB, 1024 * MiB]) {
    it(`boots with ${ramSize / MiB} MiB, sizing memory from the device tree`, () => {
      const sys = createSystem({ bootfs, ramSize });
      sys.runUntilWaitingForInput();
      const k = sys.kernel;
      if (k === null) throw new Error("no kernel");
      const log = sys.transcript.replaceAll("\r\n", "\n");
      expect(log).toMatch(/^ViperOS v\d+\.\d+\.\d+ - AArch64/);
      expect(log).toContain(`fdt: linux,dummy-virt, 1 memory region(s), ${ramSize / MiB} MiB`);
      // The kernel's image and the initrd (under two megabytes) are all that is held back.
      expect(k.pmm.totalPages).toBeGreaterThan(ramSize / 4096 - 512);
      expect(k.pmm.totalPages).toBeLessThanOrEqual(ramSize / 4096);
      expect(log).toMatch(/^mm: \d+ pages free/m);
      expect(log).toContain("timer: 1000 Hz tick");
      expect(log).toContain("proc: started /vinit as pid 1");
      expect(log).not.toContain("[timer]");
      expect(k.panicMessage).toBe(null);
    });
  }

  it("takes a typed line whole after the shell blocked in getchar (restart, not resume)", () => {
    const sys = createSystem({ bootfs });
    sys.runUntilWaitingForInput();
    sys.uart.input("Version\r");
    sys.runUntilWaitingForInput();
    expect(sys.transcript).toContain("SYS:> Version\r\n");
    expect(sys.transcript).not.toContain("ersion (type Help");
  });
});

describe("memory on the machine", () => {
  it("demand-pages the heap: sbrk takes nothing, touching takes pages", () => {
    const { out } = runProgram("kt_demand");
    const m = /demand: sbrk took (\d+) pages, 16 touches took (\d+) pages/.exec(out);
    expect(m).not.toBeNull();
    expect(Number(m?.[1])).toBe(0);
    expect(Number(m?.[2])).toBeGreaterThanOrEqual(16);
    expect(Number(m?.[2])).toBeLessThanOrEqual(16 + 3); // plus at most the tables that map them
  });

  it("kills only the process that overflows into its guard page, and tells its parent", () => {
    const { out } = runProgram("kt_guard");
    expect(out).toMatch(/proc: pid \d+ \(kt_stack\) killed: stack overflow at 0x7fffffe[0-9a-f]+/);
    expect(out).toMatch(/guard: pid \d+ how 1 kind 5 code -1/);
    expect(out).toContain("sleep: done");
    expect(out).toMatch(/guard: neighbour pid \d+ exited with 7/);
  });

  it("answers thousands of seeded hostile calls made through the real CPU, with no kernel fault", () => {
    const { sys, out } = runProgram("kt_hostile", 10);
    expect(out).toMatch(/hostile: \d{4} calls answered/);
    expect(sys.kernel?.stats.kernelFaults).toBe(0);
  });

  it("refuses kernel, NULL, unmapped and read-only pointers with INVALID_ARG", () => {
    const { out } = runProgram("kt_badptr");
    expect(out).toContain("badptr: ok");
    expect(out).not.toContain("expected");
  });
});

describe("processes and scheduling on the machine", () => {
  it("keeps a zombie until its parent reaps it", () => {
    const { out } = runProgram("kt_zombie");
    expect(out).toContain("zombie: listed 1 (state 4), reaped 1 with code 7, listed after 0");
  });

  it("shares the CPU between equals and does not starve a low priority", () => {
    const { out } = runProgram("kt_sched", 3);
    const ticks = (name: string): number => Number(new RegExp(`spin: ${name} priority \\d+ ticks (\\d+)`).exec(out)?.[1] ?? -1);
    const a = ticks("spin-a");
    const b = ticks("spin-b");
    const low = ticks("spin-low");
    expect(out).toContain("sched: done");
    expect(Math.abs(a - b)).toBeLessThanOrEqual(Math.max(20, 0.1 * a));
    expect(low).toBeGreaterThan(0);
    expect(low).toBeLessThan(a);
  });
});
