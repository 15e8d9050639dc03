// chapter: 21-shell
// The soak's census (chapter 17): it counts what a running program holds, and the counts come
// back when the program ends.
import { describe, expect, it } from "vitest";
import { CNTFRQ_HZ } from "../../src/machine/irq.ts";
import { censusLeaks, systemCensus } from "../../src/system/census.ts";
import { BootedMachine } from "../../tools/boot/machine.ts";

describe("systemCensus", () => {
  it("counts a program's process, task, handle and timer, and balances once it has ended", () => {
    const m = new BootedMachine({ bootargs: "init=/tests/kt_idle" });
    m.runUntilWaiting();
    const k = m.kernel;
    if (k === null) throw new Error("no kernel");
    const holding = systemCensus(k);
    expect(holding).toMatchObject({ processes: 1, tasks: 1, handles: 1, timers: 1, channelEnds: 0 });
    expect(holding.objects).toBeGreaterThanOrEqual(1);
    m.type("x");
    m.board.runUntil(() => m.finished, 10 * CNTFRQ_HZ);
    const after = systemCensus(k);
    expect(after).toMatchObject({ processes: 0, tasks: 0, handles: 0, timers: 0 });
    expect(after.freePages).toBeGreaterThan(holding.freePages);
    expect(censusLeaks(holding, after)).toContain("timers: 1 → 0");
    expect(censusLeaks(after, after)).toEqual([]);
  });
});
