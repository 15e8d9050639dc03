// chapter: 18-bootfs
import { describe, expect, it } from "vitest";
import { fuzzAudit, fuzzSyscalls } from "../../../tools/fuzz/syscalls.ts";
import { FakeMachine } from "../../../tools/fuzz/fake-machine.ts";

describe("syscall fuzzer", () => {
  for (const seed of [1, 20261124]) {
    it(`seed ${seed}: hostile processes get statuses, never a kernel fault, and the books balance`, () => {
      const r = fuzzSyscalls({ seed, count: 2500 });
      expect(r.syscalls).toBe(2500);
      expect(r.kernelFaults).toBe(0);
      expect(r.problems).toEqual([]);
      // It really exercised the kernel: calls succeeded and calls were refused.
      const ok = [...r.byCall.values()].reduce((s, x) => s + x.ok, 0);
      const refused = [...r.byCall.values()].reduce((s, x) => s + x.failed, 0);
      expect(ok).toBeGreaterThan(300);
      expect(refused).toBeGreaterThan(300);
    });
  }

  it("notices broken books", () => {
    const m = new FakeMachine();
    expect(fuzzAudit(m, new Map())).toEqual([]);
    m.k.pmm.freePages -= 1;
    expect(fuzzAudit(m, new Map()).join()).toMatch(/pmm/);
    m.k.pmm.freePages += 1;
    const task = m.k.sched.current;
    if (task === null) throw new Error("no task");
    task.proc.aspace.pages += 1;
    expect(fuzzAudit(m, new Map()).join()).toMatch(/pages mapped/);
  });
});
