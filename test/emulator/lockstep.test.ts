// chapter: 04t-cpu-translate
// Lockstep (chapter 4t) compares the translating CPU with the interpreter after every translated
// block: a translator bug planted in one block run is named by the exact instruction count and the
// block's PC; RAM a block corrupted is seen by the end of the slice. The CPU benchmarks run in
// lockstep for their first 2 million instructions without a difference.
// Encodings were produced with llvm-mc; the assembly is beside each word.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Bus } from "../../src/emulator/bus/bus.ts";
import { Cpu } from "../../src/emulator/cpu/cpu.ts";
import { describe as describeDifference, lockstep } from "../../src/emulator/cpu/translate/lockstep.ts";
import type { Block } from "../../src/emulator/cpu/translate/translate.ts";
import { EXIT_HALT } from "../../src/machine/door.ts";
import { RAM_BASE } from "../../src/machine/memory-map.ts";
import { LinuxRunner } from "../../tools/emu/linux.ts";

/** A 1 MiB machine with `words` at RAM_BASE, at EL1 with the MMU off; an exception halts it. */
function machine(words: number[], translate: boolean): Cpu {
  const bus = new Bus(RAM_BASE, 1 << 20);
  const cpu = new Cpu(bus);
  cpu.setTranslation(translate, 1);
  for (let i = 0; i < words.length; i++) bus.ramView.setUint32(i * 4, words[i] >>> 0, true);
  cpu.reset(RAM_BASE, 1);
  cpu.sp = BigInt(RAM_BASE + 0x8_0000);
  cpu.door.setVectorHandler(() => EXIT_HALT);
  return cpu;
}

// A loop of arithmetic, loads and stores around x2 = 0x40080000, 1000 times, then brk. The `b next`
// in its middle splits it into two blocks, so each pass is two block runs (a loop closed by one
// block's own branch would run inside that block, chapter 4t's "Loops", and be compared only on
// leaving it): the planted bugs below strike in block runs up to 400.
const LOOP = [
  0xd2800000, // mov x0, #0
  0xd2807d01, // mov x1, #1000
  0xd2a80102, // mov x2, #0x40080000
  0x8b010000, // add x0, x0, x1                 (loop)
  0xca010c03, // eor x3, x0, x1, lsl #3
  0xf8617844, // ldr x4, [x2, x1, lsl #3]
  0xf9000443, // str x3, [x2, #8]
  0x14000001, // b next
  0x39000443, // strb w3, [x2, #1]                (next)
  0x39400445, // ldrb w5, [x2, #1]
  0xab0300a6, // adds x6, x5, x3
  0x9a8010c7, // csel x7, x6, x0, ne
  0xf1000421, // subs x1, x1, #1
  0x54fffec1, // b.ne loop
  0xd4200000, // brk #0
];

/**
 * Plants a translator bug in `cpu`: after the `n`th run of any block, `corrupt` changes the CPU.
 * Returns where it struck: the instruction count after that block, and the block's PC.
 */
function plant(cpu: Cpu, n: number, corrupt: (c: Cpu) => void): { instret: number; block: number } {
  const tx = cpu.tx;
  if (tx === null) throw new Error("no translator");
  const struck = { instret: -1, block: -1 };
  let runs = 0;
  const translate = tx.translate;
  tx.translate = (bi, wi) => {
    translate.call(tx, bi, wi);
    const f = tx.fn[bi];
    if (f === null) return;
    tx.fn[bi] = ((c: Cpu, pc: number, r0: number, end: number) => {
      const npc = (f as Block)(c, pc, r0, end);
      if (++runs === n) {
        corrupt(c);
        struck.instret = r0 + c.txN;
        struck.block = pc;
      }
      return npc;
    }) as Block;
  };
  return struck;
}

describe("lockstep", () => {
  it("agrees with itself: the loop runs identically in both tiers", () => {
    const fast = machine(LOOP, true);
    const slow = machine(LOOP, false);
    expect(lockstep(fast, slow, 100_000)).toBeNull();
    expect(fast.halted).toBe(true);
    expect(fast.tx?.translated).toBeGreaterThan(0);
  });

  it("agrees on the same loop closed by one block's own branch (the loop runs inside the block)", () => {
    // Without `b next`, b.ne loop goes back to the block's start: chapter 4t runs the passes inside it.
    const selfLoop = LOOP.filter((w) => w !== 0x14000001).map((w) => (w === 0x54fffec1 ? 0x54fffee1 : w));
    const fast = machine(selfLoop, true);
    const slow = machine(selfLoop, false);
    const struck = plant(fast, 2, (c) => c.setX(5, c.x(5) ^ 0x100n));
    const d = lockstep(fast, slow, 100_000);
    expect(d?.instret).toBe(struck.instret);
    expect(d?.what).toMatch(/^x5 bits 31:0: /);
  });

  for (const n of [1, 2, 57, 400]) {
    it(`names the exact instruction count and block of a register corrupted after block run ${n}`, () => {
      const fast = machine(LOOP, true);
      const slow = machine(LOOP, false);
      const struck = plant(fast, n, (c) => c.setX(5, c.x(5) ^ 0x100n));
      const d = lockstep(fast, slow, 100_000);
      expect(struck.instret).toBeGreaterThan(0);
      expect(d).not.toBeNull();
      expect(d?.instret).toBe(struck.instret);
      expect(d?.block).toBe(struck.block);
      expect(d?.what).toMatch(/^x5 bits 31:0: translated /);
      expect(describeDifference(d ?? { instret: 0, block: 0, what: "" })).toBe(
        `after ${struck.instret} instructions (block at ${struck.block.toString(16)}): ${d?.what}`,
      );
    });
  }

  it("names a flag a block got wrong", () => {
    const fast = machine(LOOP, true);
    const slow = machine(LOOP, false);
    const struck = plant(fast, 30, (c) => {
      c.cf ^= 1;
    });
    const d = lockstep(fast, slow, 100_000);
    expect(d?.instret).toBe(struck.instret);
    expect(d?.what).toMatch(/^pstate: /);
  });

  it("sees RAM a block corrupted, by the end of the slice, near the register that addressed it", () => {
    const fast = machine(LOOP, true);
    const slow = machine(LOOP, false);
    // The word at x2 + 4 is never read or written by the loop: only lockstep can see the change.
    const struck = plant(fast, 100, (c) => {
      c.bus.ram[0x8_0004] ^= 1;
    });
    const d = lockstep(fast, slow, 100_000);
    expect(d?.what).toBe("RAM word at 40080004: translated 1, interpreted 0");
    expect(d?.instret).toBeGreaterThanOrEqual(struck.instret);
    expect(d?.instret).toBeLessThan(struck.instret + 1000);
  });

  it("sees RAM corrupted far from every register in its whole-RAM comparison", () => {
    const fast = machine(LOOP, true);
    const slow = machine(LOOP, false);
    plant(fast, 100, (c) => {
      c.bus.ram[0xc_0000] ^= 0x80;
    });
    expect(lockstep(fast, slow, 100_000)?.what).toBe("RAM word at 400c0000: translated 80, interpreted 0");
  });
});

describe("the CPU benchmarks in lockstep", () => {
  for (const name of ["int", "mem", "branch"]) {
    it(`${name}: the first 2 million instructions agree in both tiers, block by block`, () => {
      const elf = new Uint8Array(readFileSync(`test/programs/bench/${name}.elf`));
      const io = { write: (_fd: number, data: Uint8Array) => data.length, read: () => 0 };
      const fast = new LinuxRunner(elf, [name], io, { ramSize: 32 << 20, translate: true, translateAfter: 1 });
      const slow = new LinuxRunner(elf, [name], io, { ramSize: 32 << 20, translate: false });
      const d = lockstep(fast.cpu, slow.cpu, 2_000_000);
      expect(d === null ? null : describeDifference(d)).toBeNull();
      expect(slow.cpu.instret).toBeGreaterThanOrEqual(2_000_000);
      expect(fast.cpu.tx?.translated).toBeGreaterThan(0);
    }, 60_000);
  }
});
