// chapter: 04e-cpu-simd
// Advanced SIMD as a program sees it: ld4 de-interleaves and st4 interleaves back, post-indexing
// moves the base by the bytes transferred, a structure load that faults changes neither its
// registers nor its base, ld1r replicates, a single-lane load keeps the other lanes, a Q = 0
// result zeroes the upper half, tbl indexes a two-register table, structure loads trap with
// EC 0x07 while CPACR_EL1 disables FP, reserved encodings are undefined, and the lane helpers read and write lanes of every size.
// Encodings from `llvm-mc -triple=aarch64 -show-encoding`.
import { describe, expect, it } from "vitest";
import { Bus } from "../../../src/emulator/bus/bus.ts";
import { Cpu } from "../../../src/emulator/cpu/cpu.ts";
import { lane, setLane } from "../../../src/emulator/cpu/simd.ts";
import { EXIT_HALT } from "../../../src/machine/door.ts";
import { EC_FP_ACCESS } from "../../../src/machine/exceptions.ts";
import { RAM_BASE } from "../../../src/machine/memory-map.ts";
import { CPACR_EL1, ESR_EL1 } from "../../../src/machine/sysregs.ts";

const LD4_POST64 = 0x4cdf0820; // ld4 {v0.4s-v3.4s}, [x1], #64
const ST4_X2 = 0x4c000840; // st4 {v0.4s-v3.4s}, [x2]
const LD1R_V4_8H = 0x4d40c424; // ld1r {v4.8h}, [x1]
const LD1_V5_S2_POST_X3 = 0x4dc38025; // ld1 {v5.s}[2], [x1], x3
const TBL_V6 = 0x4e072006; // tbl v6.16b, {v0.16b, v1.16b}, v7.16b
const ADD_V8_2S = 0x0eaa8528; // add v8.2s, v9.2s, v10.2s
const BRK0 = 0xd4200000;
const DATA = 0x1_0000; // offset of the data area in RAM
const OUT = 0x2_0000;

function run(words: number[], fpen = 3, setup?: (cpu: Cpu, bus: Bus) => void) {
  const bus = new Bus(RAM_BASE, 1 << 20);
  const cpu = new Cpu(bus);
  words.forEach((w, i) => {
    bus.ramView.setUint32(i * 4, w >>> 0, true);
  });
  for (let i = 0; i < 256; i++) bus.ramView.setUint8(DATA + i, i);
  cpu.reset(RAM_BASE, 1);
  cpu.writeSysreg(CPACR_EL1, BigInt(fpen) << 20n);
  cpu.setX(1, BigInt(RAM_BASE + DATA));
  cpu.setX(2, BigInt(RAM_BASE + OUT));
  let esr = -1;
  cpu.door.setVectorHandler(() => {
    esr = Number(cpu.door.mrs(ESR_EL1));
    return EXIT_HALT;
  });
  setup?.(cpu, bus);
  cpu.run(100);
  return { cpu, bus, ec: esr >>> 26 };
}
const words = (cpu: Cpu, v: number) => Array.from(cpu.fp.V.subarray(v * 4, v * 4 + 4));

describe("structure loads and stores", () => {
  it("ld4 de-interleaves 64 bytes into four registers and post-indexes the base by 64", () => {
    const { cpu } = run([LD4_POST64, BRK0]);
    // 32-bit element k of memory (bytes 4k..4k+3) goes to lane k / 4 of register k % 4
    const word = (k: number) => ((4 * k + 3) << 24) | ((4 * k + 2) << 16) | ((4 * k + 1) << 8) | (4 * k);
    for (let r = 0; r < 4; r++) expect(words(cpu, r)).toEqual([0, 1, 2, 3].map((e) => word(4 * e + r) >>> 0));
    expect(cpu.x(1)).toBe(BigInt(RAM_BASE + DATA + 64));
  });
  it("st4 interleaves them back: ld4 then st4 copies the 64 bytes unchanged", () => {
    const { bus } = run([LD4_POST64, ST4_X2, BRK0]);
    expect(Array.from(bus.ram.subarray(OUT, OUT + 64))).toEqual(Array.from({ length: 64 }, (_, i) => i));
  });
  it("a faulting ld4 leaves its registers and its base register unchanged", () => {
    const { cpu, ec } = run([LD4_POST64, BRK0], 3, (c) => {
      c.setX(1, BigInt(RAM_BASE + (1 << 20) - 32)); // the last 32 bytes of RAM: the third access faults
      c.fp.V.fill(0x5555_5555);
    });
    expect(ec).toBe(0x25); // a data abort taken at EL1, not the brk
    expect(cpu.x(1)).toBe(BigInt(RAM_BASE + (1 << 20) - 32));
    for (let r = 0; r < 4; r++) expect(words(cpu, r)).toEqual([0x5555_5555, 0x5555_5555, 0x5555_5555, 0x5555_5555]);
  });
  it("ld1r replicates one element into every lane", () => {
    const { cpu } = run([LD1R_V4_8H, BRK0]);
    expect(words(cpu, 4)).toEqual([0x0100_0100, 0x0100_0100, 0x0100_0100, 0x0100_0100]);
  });
  it("a single-lane load writes one lane, keeps the others, and post-indexes by Xm", () => {
    const { cpu } = run([LD1_V5_S2_POST_X3, BRK0], 3, (c) => {
      c.setX(3, 100n);
      c.fp.V.set([1, 2, 3, 4], 5 * 4);
    });
    expect(words(cpu, 5)).toEqual([1, 2, 0x0302_0100, 4]);
    expect(cpu.x(1)).toBe(BigInt(RAM_BASE + DATA + 100));
  });
  it("traps with EC 0x07 while CPACR_EL1.FPEN disables FP", () => {
    expect(run([LD4_POST64, BRK0], 0).ec).toBe(EC_FP_ACCESS);
  });
});

describe("vector data processing", () => {
  it("a Q = 0 result zeroes the upper 64 bits of the destination", () => {
    const { cpu } = run([ADD_V8_2S, BRK0], 3, (c) => {
      c.fp.V.set([0xffff_ffff, 7, 9, 9], 8 * 4);
      c.fp.V.set([1, 2, 3, 4], 9 * 4);
      c.fp.V.set([10, 20, 30, 40], 10 * 4);
    });
    expect(words(cpu, 8)).toEqual([11, 22, 0, 0]);
  });
  it("tbl looks bytes up in a two-register table; an index past it gives 0", () => {
    const { cpu } = run([TBL_V6, BRK0], 3, (c) => {
      for (let i = 0; i < 32; i++) setLane(c.fp.V, i < 16 ? 0 : 4, 8, i & 15, 0xa0 + i);
      c.fp.V.set([0x0010_1f00, 0xff20_0f01, 0x0303_0303, 0x1e1e_1e1e], 7 * 4);
    });
    const bytes = Array.from({ length: 16 }, (_, i) => lane(cpu.fp.V, 24, 8, i));
    expect(bytes).toEqual([0xa0, 0xbf, 0xb0, 0xa0, 0xa1, 0xaf, 0, 0, 0xa3, 0xa3, 0xa3, 0xa3, 0xbe, 0xbe, 0xbe, 0xbe]);
  });
});

describe("reserved encodings", () => {
  it("are undefined instructions (EC 0), not computed: add .1d, ld2 of .1d, tbl with op2 set", () => {
    const reserved = [
      0x0ee08400, // add v0.1d, v0.1d, v0.1d: size 11 with Q = 0
      0x0c408c20, // ld2 {v0.1d, v1.1d}, [x1]: 64-bit lanes, Q = 0, more than one element per structure
      0x4e472006, // tbl with op2 (bits 23:22) = 01
    ];
    for (const w of reserved) expect([w.toString(16), run([w, BRK0]).ec]).toEqual([w.toString(16), 0]);
  });
});

describe("the lane helpers", () => {
  it("read and write 8-, 16- and 32-bit lanes of little-endian words, leaving the rest alone", () => {
    const W = new Uint32Array([0x4433_2211, 0x8877_6655, 0, 0]);
    expect([lane(W, 0, 8, 5), lane(W, 0, 16, 1), lane(W, 0, 32, 1)]).toEqual([0x66, 0x4433, 0x8877_6655]);
    setLane(W, 0, 8, 2, 0x1ab);
    setLane(W, 0, 16, 3, -1);
    expect(Array.from(W)).toEqual([0x44ab_2211, 0xffff_6655, 0, 0]);
  });
});
