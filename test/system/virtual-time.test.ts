// chapter: 18-bootfs
// The kernel's work takes virtual time (chapter 4c's cost model): the boot log's timestamps rise
// from zero, a loop of system calls pays each call's entry cost, and the same boot gives the same
// timestamps every time.
import { describe, expect, it } from "vitest";
import { KERNEL_ENTRY_COST } from "../../src/emulator/cpu/costs.ts";
import { CNTFRQ_HZ } from "../../src/machine/irq.ts";
import { createSystem } from "../../src/system/index.ts";
import { cpioArchive, makeElf } from "../../tools/fuzz/programs.ts";
import { standardBootfs } from "../../tools/mkbootfs.ts";

/** Boots the standard system and returns its boot log, each line with its virtual time in ticks. */
function bootLog(): { ticks: number; text: string }[] {
  const log: { ticks: number; text: string }[] = [];
  createSystem({
    bootfs: standardBootfs(),
    ramSize: 64 * 1024 * 1024,
    trace: { names: ["kernel.log"], listener: (_name, data, ticks) => log.push({ ticks, text: String(data.text) }) },
  });
  return log;
}

const CALLS = 1000;
/** vinit: task_current CALLS times, then task_exit(0). */
const SYSCALL_LOOP = [
  0xd2807d13, // movz x19, #1000
  0xd2800048, // loop: movz x8, #2 (task_current)
  0xd4000001, // svc #0
  0xf1000673, // subs x19, x19, #1
  0x54ffffa1, // b.ne loop
  0xd2800028, // movz x8, #1 (task_exit)
  0xd2800000, // movz x0, #0
  0xd4000001, // svc #0
];

describe("virtual time in the kernel", () => {
  it("stamps the boot log with rising virtual times, the last within 50 ms", () => {
    const log = bootLog();
    expect(log.length).toBeGreaterThan(5);
    for (let i = 1; i < log.length; i++) expect(log[i].ticks).toBeGreaterThanOrEqual(log[i - 1].ticks);
    expect(log[log.length - 1].ticks).toBeGreaterThan(log[0].ticks);
    // The model puts a boot at about five milliseconds (chapter 10); fifty would mean a charge
    // gone wrong, such as zeroing all of RAM.
    expect(log[log.length - 1].ticks).toBeLessThan(0.05 * CNTFRQ_HZ);
  });

  it("gives the same timestamps on every boot", () => {
    expect(bootLog()).toEqual(bootLog());
  });

  it("charges a loop of system calls at least the entry cost of each call", () => {
    const words = new Uint8Array(new Uint32Array(SYSCALL_LOOP).buffer);
    const sys = createSystem({ bootfs: cpioArchive({ "/vinit": makeElf(words) }) });
    const cpu = sys.board.cpu;
    const [time, instret] = [sys.board.now(), cpu.instret];
    sys.runUntilWaitingForInput(10 * CNTFRQ_HZ); // none is left once vinit has exited
    expect(sys.kernel?.panicMessage ?? null).toBeNull();
    const retired = cpu.instret - instret;
    expect(retired).toBeGreaterThanOrEqual(4 * CALLS);
    expect(sys.board.now() - time).toBeGreaterThanOrEqual(retired + CALLS * KERNEL_ENTRY_COST);
  });
});
