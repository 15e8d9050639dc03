// chapter: 04t-cpu-translate
// The translating tier (chapter 4t) against the interpreter: the same programs run on two CPUs,
// one translating and one not, compared after every slice (lockstep); a fault inside a block is
// precise; code rewritten by the program, by a device (DMA) or by a loader is never run stale.
// Encodings were produced with llvm-mc and llvm-objdump when the tests were written; the assembly
// is beside each word.
import { describe, expect, it } from "vitest";
import { Bus } from "../../src/emulator/bus/bus.ts";
import { Cpu } from "../../src/emulator/cpu/cpu.ts";
import { lockstep, state } from "../../src/emulator/cpu/translate/lockstep.ts";
import { EXIT_HALT, FRAME_ELR } from "../../src/machine/door.ts";
import { EC_DABT_CURRENT } from "../../src/machine/exceptions.ts";
import { RAM_BASE } from "../../src/machine/memory-map.ts";
import { ESR_EL1, FAR_EL1 } from "../../src/machine/sysregs.ts";

interface Entry {
  esr: number;
  elr: bigint;
  far: bigint;
  instret: number;
}

/** A 1 MiB machine with `words` at RAM_BASE, at EL1 with the MMU off; an exception halts it. */
function machine(words: number[], translate: boolean, hot = 1) {
  const bus = new Bus(RAM_BASE, 1 << 20);
  const cpu = new Cpu(bus);
  cpu.setTranslation(translate, hot);
  for (let i = 0; i < words.length; i++) bus.ramView.setUint32(i * 4, words[i] >>> 0, true);
  cpu.reset(RAM_BASE, 1);
  cpu.sp = BigInt(RAM_BASE + 0x8_0000);
  const entries: Entry[] = [];
  cpu.door.setVectorHandler((_offset, frame) => {
    entries.push({
      esr: Number(cpu.door.mrs(ESR_EL1)),
      elr: frame.regs[FRAME_ELR],
      far: cpu.door.mrs(FAR_EL1),
      instret: cpu.instret,
    });
    return EXIT_HALT;
  });
  return { bus, cpu, entries };
}

// Every template the translator has: arithmetic, logic, loads and stores of each inline kind,
// a pair (a memory helper), a bitfield and a multiply (helpers), PC-relative forms, conditions,
// and each kind of branch. 1000 iterations, then brk.
const MIXED = [
  0xd2800000, // mov x0, #0
  0xd2807d01, // mov x1, #1000
  0xd2a80102, // mov x2, #0x40080000
  0x8b010000, // add x0, x0, x1                 (loop)
  0xca010c03, // eor x3, x0, x1, lsl #3
  0xf8617844, // ldr x4, [x2, x1, lsl #3]
  0xf9000443, // str x3, [x2, #8]
  0x39000443, // strb w3, [x2, #1]
  0x39400445, // ldrb w5, [x2, #1]
  0xab0300a6, // adds x6, x5, x3
  0x9a8010c7, // csel x7, x6, x0, ne
  0xa9011c46, // stp x6, x7, [x2, #16]
  0xa9412448, // ldp x8, x9, [x2, #16]
  0xd343fd0a, // lsr x10, x8, #3
  0x9b01014b, // madd x11, x10, x1, x0
  0x9000000c, // adrp x12, 0x40000000
  0xf2c2468c, // movk x12, #4660, lsl #32
  0xf107d03f, // cmp x1, #500
  0x9a8d95ad, // cinc x13, x13, hi
  0x36100041, // tbz w1, #2, skip
  0x94000004, // bl func
  0xf1000421, // subs x1, x1, #1                (skip)
  0x54fffda1, // b.ne loop
  0xd4200000, // brk #0
  0x91000dce, // add x14, x14, #3               (func)
  0xd65f03c0, // ret
];

describe("the translating tier", () => {
  it("runs a program exactly as the interpreter does, compared after every slice", () => {
    for (const hot of [1, 16]) {
      const fast = machine(MIXED, true, hot);
      const slow = machine(MIXED, false);
      expect(lockstep(fast.cpu, slow.cpu, 100_000)).toBeNull();
      expect(fast.cpu.halted).toBe(true);
      expect(fast.cpu.tx?.translated).toBeGreaterThan(0);
      expect(fast.entries).toEqual(slow.entries);
      expect(fast.cpu.x(14)).toBe(3n * 500n);
    }
  });

  it("stops at the same instruction count as the interpreter for every budget", () => {
    for (let budget = 1; budget <= 200; budget += 7) {
      const fast = machine(MIXED, true);
      const slow = machine(MIXED, false);
      for (let k = 0; k < 40; k++) {
        fast.cpu.run(budget);
        slow.cpu.run(budget);
      }
      expect(state(fast.cpu)).toEqual(state(slow.cpu));
    }
  });

  it("makes a data abort inside a block precise: PC, registers and instret as the interpreter's", () => {
    const words = [
      0xd2a80042, // mov x2, #0x40020000
      0xd2800001, // mov x1, #0
      0x91000421, // add x1, x1, #1              (loop)
      0xf9000041, // str x1, [x2]                → faults at 0x40100000, past RAM
      0x91404042, // add x2, x2, #16, lsl #12
      0x17fffffd, // b loop
    ];
    const fast = machine(words, true);
    const slow = machine(words, false);
    expect(lockstep(fast.cpu, slow.cpu, 10_000)).toBeNull();
    expect(fast.entries).toEqual(slow.entries);
    expect(fast.entries.length).toBe(1);
    const e = fast.entries[0];
    expect(e.esr >>> 26).toBe(EC_DABT_CURRENT);
    expect(e.elr).toBe(BigInt(RAM_BASE + 12));
    expect(e.far).toBe(BigInt(RAM_BASE + 0x10_0000));
    expect(fast.cpu.x(1)).toBe(15n);
    expect(fast.cpu.tx?.translated).toBeGreaterThan(0);
  });

  it("sees code the program rewrites: the block's words are checked on every entry", () => {
    const words = [
      0xd2800000, // mov x0, #0
      0xd2800045, // mov x5, #2
      0xd2800c81, // mov x1, #100                (outer)
      0x91000400, // add x0, x0, #1              (loop)  ← rewritten to add x0, x0, #2
      0xf1000421, // subs x1, x1, #1
      0x54ffffc1, // b.ne loop
      0x18000103, // ldr w3, patch
      0x10ffff84, // adr x4, loop
      0xb9000083, // str w3, [x4]
      0xd50b7524, // ic ivau, x4
      0xd5033fdf, // isb
      0xf10004a5, // subs x5, x5, #1
      0x54fffec1, // b.ne outer
      0xd4200000, // brk #0
      0x91000800, // add x0, x0, #2              (patch)
    ];
    for (const hot of [1, 16]) {
      const fast = machine(words, true, hot);
      const slow = machine(words, false);
      expect(lockstep(fast.cpu, slow.cpu, 10_000)).toBeNull();
      expect(fast.cpu.x(0)).toBe(100n + 200n);
      expect(fast.cpu.tx?.dropped).toBeGreaterThan(0);
    }
  });

  it("sees code a device or a loader writes into RAM between runs", () => {
    const program = (n: number) => [
      0xd2800000, // mov x0, #0
      0xd2800c81, // mov x1, #100
      0x91000400 | (n << 10), // add x0, x0, #n   (loop)
      0xf1000421, // subs x1, x1, #1
      0x54ffffc1, // b.ne loop
      0xd4200000, // brk #0
    ];
    const m = machine(program(1), true);
    m.cpu.run(10_000);
    expect(m.cpu.x(0)).toBe(100n);
    // A DMA write (a device writes RAM through the bus's view) puts another program in its place.
    const next = program(3);
    for (let i = 0; i < next.length; i++) m.bus.ramView.setUint32(i * 4, next[i], true);
    m.cpu.reset(RAM_BASE, 1);
    m.cpu.run(10_000);
    expect(m.cpu.x(0)).toBe(300n);
    expect(m.cpu.tx?.dropped).toBeGreaterThan(0);
  });
});
