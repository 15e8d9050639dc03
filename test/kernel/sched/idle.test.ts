// chapter: 18-bootfs
// Tickless idle (chapter 10, "The timer"): an idle spell programs the comparator for the earliest
// deadline, even one earlier than what an idle spell before it left there.
import { describe, expect, it } from "vitest";
import { CNTFRQ_HZ } from "../../../src/machine/irq.ts";
import { BootedMachine } from "../../../tools/boot/machine.ts";

describe("the tickless idle", () => {
  it("wakes a 100 ms sleeper on time while a one-minute timer is pending", () => {
    const m = new BootedMachine({ bootargs: "init=/tests/kt_idle" });
    m.runUntilWaiting();
    m.type("x");
    m.board.runUntil(() => m.finished, 120 * CNTFRQ_HZ);
    const slept = /idle: slept (\d+) ms with a timer pending/.exec(m.transcript);
    expect(slept).not.toBeNull();
    expect(Number(slept?.[1])).toBeGreaterThanOrEqual(100);
    expect(Number(slept?.[1])).toBeLessThan(110);
  });
});
