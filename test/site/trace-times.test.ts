// chapter: 18-bootfs
// The live book's panels stamp each tracepoint with its virtual time. Boot's events arrive while
// createSystem runs, before the worker has a system to ask, so the time comes with the event:
// the boot panel's log must rise from zero, not read [0.000000] on every line.
import { expect, it } from "vitest";
import { forwardTracepoints } from "../../src/components/live/system.ts";
import { Trace } from "../../src/kernel/trace.ts";
import { CNTFRQ_HZ } from "../../src/machine/irq.ts";
import { createSystem } from "../../src/system/index.ts";
import { standardBootfs } from "../../tools/mkbootfs.ts";

it("forwards boot's tracepoints with their virtual times, which rise through the boot", () => {
  const hub = new Trace();
  let eventNs = -1;
  const stamps: number[] = [];
  hub.on("kernel.log", () => stamps.push(eventNs));
  const sys = createSystem({
    bootfs: standardBootfs(),
    trace: { names: ["*"], listener: forwardTracepoints(hub, (ns) => (eventNs = ns)) },
  });
  expect(stamps.length).toBeGreaterThan(5);
  expect(stamps[0]).toBeGreaterThanOrEqual(0);
  for (let i = 1; i < stamps.length; i++) expect(stamps[i]).toBeGreaterThanOrEqual(stamps[i - 1]);
  expect(stamps[stamps.length - 1]).toBeGreaterThan(stamps[0]);
  expect(stamps[stamps.length - 1]).toBeLessThanOrEqual(Math.round((sys.board.now() * 1e9) / CNTFRQ_HZ));
});
