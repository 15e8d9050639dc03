// chapter: 06-mmu-hardware
// The translating tier (chapter 4t) under the MMU: blocks are keyed by physical address and
// read the PC at run time, so a remapped page runs its new code after the TLB maintenance that
// makes the mapping visible, and one frame mapped at two virtual addresses gives each its own
// PC-relative results from the same block.
import { describe, expect, it } from "vitest";
import { Bus } from "../../src/emulator/bus/bus.ts";
import { Cpu } from "../../src/emulator/cpu/cpu.ts";
import { EXIT_HALT } from "../../src/machine/door.ts";
import { RAM_BASE } from "../../src/machine/memory-map.ts";
import { MAIR_EL1, SCTLR_EL1, TCR_EL1, TTBR0_EL1, TTBR1_EL1 } from "../../src/machine/sysregs.ts";

const L0 = RAM_BASE + 0x10000;
const L1 = RAM_BASE + 0x11000;
const L2 = RAM_BASE + 0x12000;
const L3 = RAM_BASE + 0x13000;
const FRAME_A = RAM_BASE + 0x100000;
const FRAME_B = RAM_BASE + 0x101000;
const PAGE = 3n | (1n << 10n); // a level-3 page descriptor with AF set, EL1 read/write

/** A loop adding `n` to x0 100 times, then x2 = its own address (adr), then brk. */
const program = (n: number) => [
  0xd2800000, // mov x0, #0
  0xd2800c81, // mov x1, #100
  0x91000400 | (n << 10), // add x0, x0, #n   (loop)
  0xf1000421, // subs x1, x1, #1
  0x54ffffc1, // b.ne loop
  0x10000002, // adr x2, .
  0xd4200000, // brk #0
];

/** A translating CPU at EL1 with VA 0x1000 and 0x5000 mapped, program(1) in A, program(3) in B. */
function setup() {
  const bus = new Bus(RAM_BASE, 8 << 20);
  const cpu = new Cpu(bus);
  cpu.setTranslation(true, 1);
  const door = cpu.door;
  const put = (table: number, index: number, d: bigint) => door.write64(table + index * 8, d);
  put(L0, 0, BigInt(L1) | 3n);
  put(L1, 0, BigInt(L2) | 3n);
  put(L2, 0, BigInt(L3) | 3n);
  put(L3, 1, BigInt(FRAME_A) | PAGE);
  put(L3, 5, BigInt(FRAME_A) | PAGE);
  for (const [frame, words] of [[FRAME_A, program(1)], [FRAME_B, program(3)]] as const)
    for (let i = 0; i < words.length; i++) bus.ramView.setUint32(frame - RAM_BASE + i * 4, words[i], true);
  door.msr(MAIR_EL1, 0x00ffn);
  door.msr(TCR_EL1, 16n | (16n << 16n) | (2n << 30n) | (4n << 32n) | (1n << 36n));
  door.msr(TTBR0_EL1, BigInt(L0));
  door.msr(TTBR1_EL1, BigInt(L0));
  door.msr(SCTLR_EL1, 0x00c5_0838n | 1n);
  door.setVectorHandler(() => EXIT_HALT);
  const runAt = (va: number) => {
    cpu.halted = false;
    cpu.pc = va;
    cpu.run(10_000);
  };
  return { cpu, put, runAt };
}

describe("the translating tier under the MMU", () => {
  it("runs a page's new code once the remapping is made visible with tlbi", () => {
    const { cpu, put, runAt } = setup();
    runAt(0x1000);
    expect(cpu.x(0)).toBe(100n);
    expect(cpu.tx?.translated).toBeGreaterThan(0);
    put(L3, 1, BigInt(FRAME_B) | PAGE);
    cpu.mmu.tlbi("vmalle1", 0n);
    runAt(0x1000);
    expect(cpu.x(0)).toBe(300n);
  });

  it("runs one frame's blocks at two virtual addresses, each with its own PC", () => {
    const { cpu, runAt } = setup();
    runAt(0x1000);
    expect(cpu.x(2)).toBe(0x1014n);
    const made = cpu.tx?.translated;
    runAt(0x5000);
    expect(cpu.x(0)).toBe(100n);
    expect(cpu.x(2)).toBe(0x5014n);
    expect(cpu.tx?.translated).toBe(made); // the same blocks, found by physical address
  });
});
