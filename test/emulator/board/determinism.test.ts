// chapter: 05-boot-hardware
// Two boards with the real CPU, the same program and the same inputs must produce the same run.
import { describe, expect, it } from "vitest";
import { createVirtBoard } from "../../../src/emulator/board/virt.ts";
import type { Cpu } from "../../../src/emulator/cpu/cpu.ts";
import { EXIT_HALT, EXIT_WFI } from "../../../src/machine/door.ts";
import { GICC_BASE, GICD_BASE } from "../../../src/machine/memory-map.ts";
import { CNTV_CTL_EL0, CNTV_TVAL_EL0, CNTVCT_EL0, DAIF } from "../../../src/machine/sysregs.ts";

/**
 * An EL1 bare-metal program (assembled from this source with clang --target=aarch64-none-elf,
 * linked at 0x4010_0000): it enables the virtual timer's PPI at the GIC, takes ten timer
 * interrupts 5000 ticks apart — each prints a letter and CNTVCT & 7 — then prints a newline and
 * waits in wfi with interrupts masked.
 *
 *   _start: movz x0,#0x4080,lsl#16; mov sp,x0; adr x0,vectors; msr vbar_el1,x0
 *           movz x1,#0x0800,lsl#16; mov w2,#1; str w2,[x1]            // GICD_CTLR
 *           mov w2,#(1<<27); str w2,[x1,#0x100]                      // ISENABLER0: INTID 27
 *           movz x3,#0x0801,lsl#16; mov w2,#0xff; str w2,[x3,#4]     // GICC_PMR
 *           mov w2,#1; str w2,[x3]                                    // GICC_CTLR
 *           mov x2,#5000; msr cntv_tval_el0,x2; mov x2,#1; msr cntv_ctl_el0,x2
 *           mov x20,#0; msr daifclr,#2
 *   loop:   wfi; cmp x20,#10; b.lo loop
 *           msr cntv_ctl_el0,xzr; movz x4,#0x0900,lsl#16; mov w5,#10; str w5,[x4]; msr daifset,#2
 *   halt:   wfi; b halt
 *   vectors+0x280: movz x3,#0x0801,lsl#16; ldr w6,[x3,#0xc]           // GICC_IAR
 *           movz x4,#0x0900,lsl#16; add w5,w20,#65; str w5,[x4]
 *           mrs x7,cntvct_el0; and x7,x7,#7; add w7,w7,#48; str w7,[x4]
 *           add x20,x20,#1; mov x2,#5000; msr cntv_tval_el0,x2; str w6,[x3,#0x10]; eret
 */
const LOAD = 0x4010_0000;
const MAIN = [
  0xd2a81000, 0x9100001f, 0x10003fc0, 0xd518c000, 0xd2a10001, 0x52800022, 0xb9000022, 0x52a10002, 0xb9010022,
  0xd2a10023, 0x52801fe2, 0xb9000462, 0x52800022, 0xb9000062, 0xd2827102, 0xd51be302, 0xd2800022, 0xd51be322,
  0xd2800014, 0xd50342ff, 0xd503207f, 0xf1002a9f, 0x54ffffc3, 0xd51be33f, 0xd2a12004, 0x52800145, 0xb9000085,
  0xd50342df, 0xd503207f, 0x17ffffff,
];
const IRQ_VECTOR = [
  0xd2a10023, 0xb9400c66, 0xd2a12004, 0x11010685, 0xb9000085, 0xd53be047, 0x924008e7, 0x1100c0e7, 0xb9000087,
  0x91000694, 0xd2827102, 0xd51be302, 0xb9001066, 0xd69f03e0,
];

function runOnce() {
  const out: number[] = [];
  const board = createVirtBoard({ uartOutput: (b) => out.push(...b) });
  const ram = board.bus.ramView;
  MAIN.forEach((w, i) => {
    ram.setUint32(LOAD - 0x4000_0000 + 4 * i, w, true);
  });
  IRQ_VECTOR.forEach((w, i) => {
    ram.setUint32(LOAD - 0x4000_0000 + 0x800 + 0x280 + 4 * i, w, true);
  });
  (board.cpu as Cpu).reset(LOAD, 1);
  const reason = board.runUntilIdle();
  return { reason, text: String.fromCharCode(...out), instret: board.cpu.instret, now: board.now() };
}

describe("determinism with the real CPU", () => {
  it("runs a timer-driven program to the same output, instruction count and time, twice", () => {
    const a = runOnce();
    expect(a.reason).toBe("idle");
    expect(a.text).toMatch(/^(?:[A-J][0-7]){10}\n$/);
    expect(runOnce()).toEqual(a);
  });
  it("takes each timer interrupt 5000 ticks after the last, skipping the idle time", () => {
    const a = runOnce();
    expect(a.now).toBeGreaterThanOrEqual(50_000);
    expect(a.instret).toBeLessThan(400);
  });
});

describe("booting a TypeScript kernel through the door", () => {
  it("enters the kernel with the device tree, delivers timer interrupts to its vectors, and halts", () => {
    const board = createVirtBoard();
    const events: string[] = [];
    board.on("boot", () => events.push("boot"));
    board.on("halt", () => events.push("halt"));
    const ticks: bigint[] = [];
    let magic = 0;
    board.boot((door, fdt) => {
      magic = door.read32(fdt);
      door.setVectorHandler((offset) => {
        expect(offset).toBe(0x280); // IRQ, current EL with SP_EL1
        const id = door.read32(GICC_BASE + 0xc);
        ticks.push(door.mrs(CNTVCT_EL0));
        door.write32(GICC_BASE + 0x10, id);
        if (ticks.length === 3) return EXIT_HALT;
        door.msr(CNTV_TVAL_EL0, 625_000n); // 10 ms
        door.msr(DAIF, 0n); // exception entry masked IRQs; idle means unmask, then wfi
        return EXIT_WFI;
      });
      door.write32(GICD_BASE + 0x100, 1 << 27);
      door.write32(GICD_BASE, 1);
      door.write32(GICC_BASE + 4, 0xff);
      door.write32(GICC_BASE, 1);
      door.msr(CNTV_TVAL_EL0, 625_000n);
      door.msr(CNTV_CTL_EL0, 1n);
      door.msr(DAIF, 0n);
      return EXIT_WFI;
    });
    expect(magic).toBe(0xedfe0dd0); // 0xd00dfeed, read little-endian
    expect(board.runUntilIdle()).toBe("halted");
    expect(events).toEqual(["boot", "halt"]);
    expect(ticks.length).toBe(3);
    expect(Number(ticks[1] - ticks[0])).toBeGreaterThanOrEqual(625_000);
    expect(Number(ticks[1] - ticks[0])).toBeLessThan(625_000 + 1000);
  });
});
