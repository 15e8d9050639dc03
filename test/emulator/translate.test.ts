// chapter: 04t-cpu-translate
// The translating tier (chapter 4t) against the interpreter: the same programs run on two CPUs,
// one translating and one not, compared after every slice (lockstep); a fault inside a block is
// precise; code rewritten by the program, by a device (DMA) or by a loader is never run stale;
// a block that branches to its own start runs as a loop inside its function, leaving at the exact
// instruction count of the budget, with flags and registers written back at every exit and call;
// the hook chains from block to block with the same budget and entry checks; the 64-bit multiply
// template carries out of every 16-bit column.
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
function machine(words: number[], translate: boolean, hot = 1, wasm: "loops" | "all" | "off" = "loops") {
  const bus = new Bus(RAM_BASE, 1 << 20);
  const cpu = new Cpu(bus);
  cpu.setTranslation(translate, hot, wasm);
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

/** Counts calls of every block the CPU translates from now on. */
function countCalls(cpu: Cpu): { calls: number } {
  const tx = cpu.tx;
  if (tx === null) throw new Error("no translator");
  const counter = { calls: 0 };
  const translate = tx.translate.bind(tx);
  tx.translate = (bi: number, wi: number) => {
    translate(bi, wi);
    const f = tx.fn[bi];
    if (f === null) return;
    tx.fn[bi] = (c, pc, r0, end) => {
      counter.calls++;
      return f(c, pc, r0, end);
    };
  };
  return counter;
}

// The templates of multiply-add, 32-bit division (by zero, and INT_MIN / -1), bitfields, extr
// and the inline pairs, halfwords, writeback and extended-register forms, in a loop of 1000.
const TEMPLATES = [
  0xd2824680, // mov x0, #4660
  0xf2f35780, // movk x0, #39612, lsl #48
  0xd2807d01, // mov x1, #1000
  0xd2a80102, // mov x2, #1074266112
  0x928000a3, // mov x3, #-6
  0x52b00009, // mov w9, #-2147483648
  0x1280000a, // mov w10, #-1
  0x93c30004, // extr x4, x0, x3, #0 (loop)
  0x93c33405, // extr x5, x0, x3, #13
  0x93c38006, // extr x6, x0, x3, #32
  0x93c0b467, // extr x7, x3, x0, #45
  0x13831c08, // extr w8, w0, w3, #7
  0x93c0ec00, // ror x0, x0, #59
  0x9b03040b, // madd x11, x0, x3, x1
  0x9b01806c, // msub x12, x3, x1, x0
  0x1b03040d, // madd w13, w0, w3, w1
  0x9b007c0e, // mul x14, x0, x0
  0x1ac1080f, // udiv w15, w0, w1
  0x1ac10c70, // sdiv w16, w3, w1
  0x1aca0d31, // sdiv w17, w9, w10
  0x1adf0812, // udiv w18, w0, wzr
  0xd373c813, // lsl x19, x0, #13
  0xd36dfc14, // lsr x20, x0, #45
  0x9347fc75, // asr x21, x3, #7
  0x93401c16, // sxtb x22, w0
  0x93403c77, // sxth x23, w3
  0x93407c18, // sxtw x24, w0
  0x53032c19, // ubfx w25, w0, #3, #9
  0x131c147a, // sbfiz w26, w3, #4, #6
  0x3318101b, // bfi w27, w0, #8, #5
  0x53003c7c, // uxth w28, w3
  0xa9810c40, // stp x0, x3, [x2, #16]!
  0xa8ff785d, // ldp x29, x30, [x2], #-16
  0x293f0c40, // stp w0, w3, [x2, #-8]
  0x297f1444, // ldp w4, w5, [x2, #-8]
  0x79000443, // strh w3, [x2, #2]
  0x79400446, // ldrh w6, [x2, #2]
  0xb89f8056, // ldursw x22, [x2, #-8]
  0x79800457, // ldrsh x23, [x2, #2]
  0x79c00458, // ldrsh w24, [x2, #2]
  0x389fc059, // ldursb x25, [x2, #-4]
  0x38dfc05a, // ldursb w26, [x2, #-4]
  0xb89fc05b, // ldursw x27, [x2, #-4]
  0xb8215840, // str w0, [x2, w1, uxtw #2]
  0xb8615847, // ldr w7, [x2, w1, uxtw #2]
  0x38401448, // ldrb w8, [x2], #1
  0x381ffc40, // strb w0, [x2, #-1]!
  0xd1000042, // sub x2, x2, #0
  0x8b010000, // add x0, x0, x1
  0xca000463, // eor x3, x3, x0, lsl #1
  0xf1000421, // subs x1, x1, #1
  0x54fffa81, // b.ne loop
  0xd4200000, // brk #0
];

describe("the templates added for the profile", () => {
  it("run as the interpreter runs them, compared after every slice", () => {
    for (const hot of [1, 16]) {
      const fast = machine(TEMPLATES, true, hot);
      const slow = machine(TEMPLATES, false);
      expect(lockstep(fast.cpu, slow.cpu, 100_000)).toBeNull();
      expect(fast.cpu.halted).toBe(true);
      expect(fast.entries).toEqual(slow.entries);
      expect(fast.cpu.x(1)).toBe(0n);
    }
  });
});

describe("side exits", () => {
  it("goes on past a conditional branch and leaves by it with the count up to it", () => {
    const words = [
      0xd2800000, // mov x0, #0
      0xd2800c81, // mov x1, #100
      0x37000061, // tbnz w1, #0, odd            (loop) a side exit: the block goes on
      0x91000400, // add x0, x0, #1
      0x14000002, // b next                      → the block at loop ends here: 3 instructions
      0x91000800, // add x0, x0, #2              (odd)
      0xf1000421, // subs x1, x1, #1             (next)
      0x54ffff61, // b.ne loop
      0xd4200000, // brk #0
    ];
    for (const hot of [1, 16]) {
      const fast = machine(words, true, hot);
      const slow = machine(words, false);
      expect(lockstep(fast.cpu, slow.cpu, 10_000)).toBeNull();
      expect(fast.cpu.x(0)).toBe(150n);
      expect(fast.cpu.tx?.len[2]).toBe(3);
    }
  });
});

describe("loops inside a block", () => {
  const COUNT = [
    0xd2800000, // mov x0, #0
    0xd2807d01, // mov x1, #1000
    0x91000c00, // add x0, x0, #3              (loop)
    0xf1000421, // subs x1, x1, #1
    0x54ffffc1, // b.ne loop                   → the block at loop branches to its own start
    0xd4200000, // brk #0
  ];

  it("leaves the loop at the exact instruction count of the budget, in one call", () => {
    const fast = machine(COUNT, true);
    const slow = machine(COUNT, false);
    const counter = countCalls(fast.cpu);
    for (const m of [fast, slow]) m.cpu.run(2);
    counter.calls = 0;
    // 100 passes of 3 fill a budget of 300 exactly: one call (leaving a pass early would enter again).
    for (const m of [fast, slow]) m.cpu.run(300);
    expect(counter.calls).toBe(1);
    expect(fast.cpu.instret).toBe(302);
    expect(fast.cpu.x(0)).toBe(300n);
    expect(state(fast.cpu)).toEqual(state(slow.cpu));
    // 100 passes fit in 301 with 1 to spare, which the interpreter spends on `add`.
    for (const m of [fast, slow]) m.cpu.run(301);
    expect(counter.calls).toBe(2);
    expect(fast.cpu.instret).toBe(603);
    expect(fast.cpu.x(0)).toBe(603n);
    expect(fast.cpu.x(1)).toBe(800n);
    expect(state(fast.cpu)).toEqual(state(slow.cpu));
    for (let budget = 1; budget < 40; budget++) {
      for (const m of [fast, slow]) m.cpu.run(budget);
      expect(state(fast.cpu)).toEqual(state(slow.cpu));
    }
  });

  it("makes a fault in the 129th pass of a loop precise", () => {
    const words = [
      0xd2a80102, // mov x2, #0x40080000
      0xd2800001, // mov x1, #0
      0x91000421, // add x1, x1, #1              (loop)
      0xf9000041, // str x1, [x2]                → the 129th pass stores at 0x40100000, past RAM
      0x91400442, // add x2, x2, #1, lsl #12
      0x17fffffd, // b loop
    ];
    // The WebAssembly loop leaves at every pass's TLB miss (a new page each pass) and the interpreter
    // makes the access: the 129th faults, precisely too.
    const wasm = machine(words, true);
    const reference = machine(words, false);
    wasm.cpu.run(100_000);
    reference.cpu.run(100_000);
    expect(wasm.cpu.tx?.wasmBlocks).toBeGreaterThan(0);
    expect(wasm.entries).toEqual(reference.entries);
    expect(state(wasm.cpu)).toEqual(state(reference.cpu));
    // The JavaScript loop calls its helper on a miss and stays in the block: one call for all passes.
    const fast = machine(words, true, 1, "off");
    const slow = machine(words, false);
    const counter = countCalls(fast.cpu);
    fast.cpu.run(100_000);
    slow.cpu.run(100_000);
    expect(counter.calls).toBe(2); // the block at 0, then the loop once
    expect(fast.entries).toEqual(slow.entries);
    expect(fast.entries.length).toBe(1);
    expect(fast.entries[0].elr).toBe(BigInt(RAM_BASE + 12));
    expect(fast.entries[0].far).toBe(BigInt(RAM_BASE + 0x10_0000));
    expect(fast.entries[0].instret).toBe(slow.entries[0].instret);
    expect(fast.cpu.x(1)).toBe(129n);
    expect(state(fast.cpu)).toEqual(state(slow.cpu));
  });

  it("interprets the access a WebAssembly block left for, even when it is the block's first", () => {
    // The same loop, every block WebAssembly: each pass's store misses the TLB (a new page), the
    // block at the store leaves before it with nothing retired, and the run loop interprets it
    // (the hook's stalled word) instead of entering that block again forever.
    const words = [0xd2a80102, 0xd2800001, 0x91000421, 0xf9000041, 0x91400442, 0x17fffffd];
    const fast = machine(words, true, 1, "all");
    const slow = machine(words, false);
    fast.cpu.run(100_000);
    slow.cpu.run(100_000);
    expect(fast.cpu.tx?.wasmBlocks).toBeGreaterThan(0);
    expect(fast.entries).toEqual(slow.entries);
    expect(fast.cpu.x(1)).toBe(129n);
    expect(state(fast.cpu)).toEqual(state(slow.cpu));
  });

  it("writes the flags back before a helper reads them and when the block is left", () => {
    const words = [
      0xd2800000, // mov x0, #0
      0xd2807d01, // mov x1, #1000
      0x91000c00, // add x0, x0, #3              (loop)
      0xf100143f, // cmp x1, #5
      0x9a1f00a5, // adc x5, x5, xzr             (a helper call: reads C)
      0xf1000421, // subs x1, x1, #1
      0x54ffff81, // b.ne loop
      0xd53b4203, // mrs x3, nzcv                (interpreted: reads the CPU's flags)
      0xd4200000, // brk #0
    ];
    for (const hot of [1, 16]) {
      const fast = machine(words, true, hot);
      const slow = machine(words, false);
      expect(lockstep(fast.cpu, slow.cpu, 100_000)).toBeNull();
      expect(fast.cpu.x(5)).toBe(996n);
      expect(fast.cpu.x(3)).toBe(0x6000_0000n);
      expect(fast.cpu.x(0)).toBe(3000n);
    }
  });

  it("runs the old code of a loop that rewrites itself until it leaves", () => {
    const words = [
      0xd2800000, // mov x0, #0
      0xd2800c81, // mov x1, #100
      0x10000064, // adr x4, loop
      0x180000e3, // ldr w3, patch
      0xd50b7524, // ic ivau, x4                 (no template: the loop's block starts after it)
      0x91000400, // add x0, x0, #1              (loop) ← its first pass stores add x0, x0, #2 here
      0xb9000083, // str w3, [x4]
      0xf1000421, // subs x1, x1, #1
      0x54ffffa1, // b.ne loop
      0xd4200000, // brk #0
      0x91000800, // add x0, x0, #2              (patch)
    ];
    // The interpreter sees the new word from the second pass on: 1 + 99 × 2.
    const slow = machine(words, false);
    slow.cpu.run(100_000);
    expect(slow.cpu.x(0)).toBe(199n);
    // One entry of the JavaScript block runs all 100 passes with the words it was translated from.
    const whole = machine(words, true, 1, "off");
    whole.cpu.run(100_000);
    expect(whole.cpu.x(0)).toBe(100n);
    // Budgets of 20: the first entry runs 3 passes; the next entry's prologue sees the new word,
    // drops the block, and from then on every pass adds 2 (3 + 97 × 2).
    const sliced = machine(words, true, 1, "off");
    while (!sliced.cpu.halted) sliced.cpu.run(20);
    expect(sliced.cpu.x(0)).toBe(197n);
    expect(sliced.cpu.tx?.dropped).toBeGreaterThan(0);
    // The WebAssembly loop leaves at its first store (the write TLB misses; the interpreter stores),
    // and its next entry sees the new word: it runs as the interpreter does.
    const wasm = machine(words, true);
    wasm.cpu.run(100_000);
    expect(wasm.cpu.x(0)).toBe(199n);
    expect(wasm.cpu.tx?.dropped).toBeGreaterThan(0);
  });
});

describe("chaining from block to block", () => {
  // Two blocks that branch to each other (neither to its own start), so the run loop's hook calls
  // one after the other; at x1 = 50 the block at aa stores a new first word into the block at bb
  // and branches there, in the same chain.
  const CHAIN = [
    0xd2800000, // mov x0, #0
    0xd2800c81, // mov x1, #100
    0x10000104, // adr x4, bb
    0x18000163, // ldr w3, patch
    0x91000400, // add x0, x0, #1              (aa)
    0xf100c83f, // cmp x1, #50
    0x54000041, // b.ne skip
    0xb9000083, // str w3, [x4]                → bb's first word becomes add x0, x0, #5
    0x14000002, // b bb                        (skip)
    0xd4200020, // brk #1
    0x91000400, // add x0, x0, #1              (bb)
    0xf1000421, // subs x1, x1, #1
    0x54ffff01, // b.ne aa
    0xd4200000, // brk #0
    0x91001400, // add x0, x0, #5              (patch)
  ];

  it("sees a store from inside a chain into the next block's code", () => {
    // 100 passes add 1 at aa; bb adds 1 for the first 50 passes and 5 from the store on.
    const slow = machine(CHAIN, false);
    slow.cpu.run(100_000);
    expect(slow.cpu.x(0)).toBe(100n + 50n + 250n);
    // Both back ends: JavaScript blocks chained by the run loop, WebAssembly ones by tail calls.
    for (const [hot, wasm] of [[1, "off"], [16, "off"], [1, "all"], [16, "all"]] as const) {
      const fast = machine(CHAIN, true, hot, wasm);
      fast.cpu.run(100_000);
      expect(fast.cpu.x(0)).toBe(400n);
      expect(fast.cpu.tx?.dropped).toBeGreaterThan(0);
      if (wasm === "all") expect(fast.cpu.tx?.wasmBlocks).toBeGreaterThan(0);
      else expect(fast.cpu.tx?.wasmBlocks).toBe(0);
      expect(state(fast.cpu)).toEqual(state(slow.cpu));
      const again = machine(CHAIN, true, hot, wasm);
      const twin = machine(CHAIN, false);
      expect(lockstep(again.cpu, twin.cpu, 100_000)).toBeNull();
    }
  });

  it("sees a chained successor a device overwrote between runs", () => {
    const fast = machine(CHAIN.slice(0, 14), true);
    const slow = machine(CHAIN.slice(0, 14), false);
    for (const m of [fast, slow]) m.cpu.run(200); // aa and bb are translated and chained by now
    expect(fast.cpu.tx?.translated).toBeGreaterThan(1);
    // A DMA write makes bb's first instruction add 7 (add x0, x0, #7).
    for (const m of [fast, slow]) m.bus.ramView.setUint32(10 * 4, 0x91001c00, true);
    for (const m of [fast, slow]) m.cpu.run(100_000);
    expect(fast.cpu.halted).toBe(true);
    expect(state(fast.cpu)).toEqual(state(slow.cpu));
    expect(fast.cpu.tx?.dropped).toBeGreaterThan(0);
  });

  it("ends a chain at the exact instruction count of every budget", () => {
    for (let budget = 1; budget <= 30; budget++) {
      const fast = machine(CHAIN, true);
      const slow = machine(CHAIN, false);
      let total = 0;
      while (!slow.cpu.halted) {
        for (const m of [fast, slow]) m.cpu.run(budget);
        total += budget;
        if (!slow.cpu.halted) expect(fast.cpu.instret).toBe(total);
        expect(state(fast.cpu)).toEqual(state(slow.cpu));
      }
      expect(fast.cpu.halted).toBe(true);
    }
  });
});

describe("the 64-bit multiply template", () => {
  it("carries out of every 16-bit column, as the interpreter does", () => {
    const program = [
      0x92800000, // mov x0, #-1
      0x92800001, // mov x1, #-1
      0x9b017c02, // mul x2, x0, x1
      0x12800003, // mov w3, #-1
      0x9b037c64, // mul x4, x3, x3
      0x9b030065, // madd x5, x3, x3, x0
      0x9b03fc66, // mneg x6, x3, x3
      0xf2dfffe3, // movk x3, #65535, lsl #32
      0x9b037c67, // mul x7, x3, x3
      0x9b018c68, // msub x8, x3, x1, x3
      0xd4200000, // brk #0
    ];
    const fast = machine(program, true);
    const slow = machine(program, false);
    expect(lockstep(fast.cpu, slow.cpu, 100)).toBeNull();
    expect(fast.cpu.tx?.translated).toBeGreaterThan(0);
    const u = (v: bigint) => BigInt.asUintN(64, v);
    const w = 0xffffffffn;
    const x = 0xffffffffffffn;
    expect([2, 4, 5, 6, 7, 8].map((n) => fast.cpu.x(n))).toEqual([
      1n,
      u(w * w),
      u(w * w - 1n),
      u(-w * w),
      u(x * x),
      u(x + x),
    ]);
  });
});
