// chapter: 06-mmu-hardware
// The translating tier (chapter 4t) under the MMU: blocks are keyed by physical address and
// read the PC at run time, so a remapped page runs its new code after the TLB maintenance that
// makes the mapping visible, and one frame mapped at two virtual addresses gives each its own
// PC-relative results from the same block. Each of the architecture's ways of changing what runs
// at an address — a TTBR0 switch to another ASID, SCTLR.M off and on, code rewritten and made
// visible with `ic ivau` or `ic iallu` — gives the translating CPU the interpreter's results.
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
function setup(translate = true) {
  const bus = new Bus(RAM_BASE, 8 << 20);
  const cpu = new Cpu(bus);
  cpu.setTranslation(translate, 1);
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
  return { cpu, put, runAt, door };
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

// A second set of tables, for another address space: VA 0x1000 maps frame B there.
const L0B = RAM_BASE + 0x14000;
const NG = 1n << 11n; // not global: the TLB tags the entry with the ASID

/** TTBR0 with an ASID in bits 63:48 (TCR.A1 = 0: TTBR0 holds the current ASID). */
const ttbr = (table: number, asid: number) => BigInt(table) | (BigInt(asid) << 48n);

/**
 * Rewrites its own loop: 100 passes of `add x0, x0, #1`, then stores `add x0, x0, #3` over that
 * instruction, cleans and invalidates with `dc cvau` / `ic ivau` (or `ic iallu`), `isb`, and runs the
 * loop again: x0 = 400. Assembled with llvm-mc.
 */
const selfRewriting = (ic: number) => [
  0xd2800000, // mov x0, #0
  0xd2800043, // mov x3, #2
  0xd2800c81, // mov x1, #100          (outer)
  0x91000400, // add x0, x0, #1        (loop)
  0xf1000421, // subs x1, x1, #1
  0x54ffffc1, // b.ne loop
  0xf1000463, // subs x3, x3, #1
  0x54000140, // b.eq done
  0x10ffff6a, // adr x10, loop
  0x18000129, // ldr w9, newadd
  0xb9000149, // str w9, [x10]
  0xd50b7b2a, // dc cvau, x10
  0xd5033b9f, // dsb ish
  ic, //         ic ivau, x10 | ic iallu
  0xd5033b9f, // dsb ish
  0xd5033fdf, // isb
  0x17fffff2, // b outer
  0xd4200000, // brk #0               (done)
  0x91000c00, // add x0, x0, #3       (newadd)
];
const IC_IVAU_X10 = 0xd50b752a;
const IC_IALLU = 0xd508751f;

describe("the translating tier and the architecture's ways of changing code", () => {
  it("runs the other address space's code after a TTBR0 switch to another ASID, and back, as the interpreter does", () => {
    const seen = [true, false].map((translate) => {
      const { cpu, put, runAt, door } = setup(translate);
      put(L3, 1, BigInt(FRAME_A) | PAGE | NG);
      cpu.mmu.tlbi("vmalle1", 0n);
      for (let i = 0; i < 3; i++) door.write64(L0B + i * 0x1000, BigInt(L0B + (i + 1) * 0x1000) | 3n);
      door.write64(L0B + 0x3000 + 8, BigInt(FRAME_B) | PAGE | NG);
      const out: bigint[] = [];
      for (const [table, asid] of [[L0, 1], [L0B, 2], [L0, 1], [L0B, 2]]) {
        door.msr(TTBR0_EL1, ttbr(table, asid)); // no TLB maintenance: the ASID tells the spaces apart
        runAt(0x1000);
        out.push(cpu.x(0));
      }
      if (translate) expect(cpu.tx?.translated).toBeGreaterThan(0);
      return out;
    });
    expect(seen[0]).toEqual([100n, 300n, 100n, 300n]);
    expect(seen[1]).toEqual(seen[0]);
  });

  it("runs the code at the PC's physical address with SCTLR.M off, and the mapped code when it is on again", () => {
    const seen = [true, false].map((translate) => {
      const { cpu, runAt, door } = setup(translate);
      const out: bigint[] = [];
      runAt(0x1000);
      out.push(cpu.x(0), cpu.x(2));
      door.msr(SCTLR_EL1, 0x00c5_0838n); // M clear: addresses are physical
      runAt(FRAME_B);
      out.push(cpu.x(0), cpu.x(2));
      door.msr(SCTLR_EL1, 0x00c5_0838n | 1n);
      runAt(0x1000);
      out.push(cpu.x(0), cpu.x(2));
      return out;
    });
    expect(seen[0]).toEqual([100n, 0x1014n, 300n, BigInt(FRAME_B + 0x14), 100n, 0x1014n]);
    expect(seen[1]).toEqual(seen[0]);
  });

  for (const [name, ic] of [["ic ivau", IC_IVAU_X10], ["ic iallu", IC_IALLU]] as const) {
    it(`runs a loop's rewritten code after ${name} and isb, as the interpreter does`, () => {
      const seen = [true, false].map((translate) => {
        const { cpu, runAt, door } = setup(translate);
        door.msr(SCTLR_EL1, 0x00c5_0838n); // MMU off: the program runs where it lies
        const at = RAM_BASE + 0x200000;
        const words = selfRewriting(ic);
        for (let i = 0; i < words.length; i++) door.write32(at + i * 4, words[i]);
        runAt(at);
        expect(cpu.halted).toBe(true);
        if (translate) expect(cpu.tx?.translated).toBeGreaterThan(0);
        return cpu.x(0);
      });
      expect(seen).toEqual([400n, 400n]);
    });
  }
});
