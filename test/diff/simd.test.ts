// chapter: 04e-cpu-simd
// The vector half of the floating-point differential suite's committed batch: 300 random
// sequences mixing Advanced SIMD vector instructions (integer and FP lanes, permutations, tables,
// structure loads and stores) with the scalar ones, whose final x0..x7, q0..q31, FPSR (QC
// included), FPCR, NZCV and memory window must equal, bit for bit, what qemu-aarch64 printed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FP_RECORD, SIMD_SHORT, buildFpBatch, generateFpBatch } from "../../tools/difftest/fp-gen.ts";
import { RANDOM_DIR } from "../../tools/difftest/programs.ts";
import { runOursInProcess } from "../../tools/difftest/run.ts";

describe("committed random vector sequences end in qemu-aarch64's state", () => {
  const elf = readFileSync(join(RANDOM_DIR, "simd-1.elf"));
  it("the generator still builds the committed batch", () => {
    const again = buildFpBatch(generateFpBatch(SIMD_SHORT.seed, SIMD_SHORT.batch, SIMD_SHORT.count, 6, true));
    expect(Buffer.compare(Buffer.from(again), elf)).toBe(0);
  });
  it(`simd-1: ${SIMD_SHORT.count} sequences, registers, flags and memory identical`, () => {
    const golden = readFileSync(join(RANDOM_DIR, "simd-1.stdout"));
    const r = runOursInProcess(elf);
    const differing: number[] = [];
    for (let i = 0; i * FP_RECORD < Math.max(golden.length, r.stdout.length); i++) {
      const a = golden.subarray(i * FP_RECORD, (i + 1) * FP_RECORD);
      if (Buffer.compare(a, r.stdout.subarray(i * FP_RECORD, (i + 1) * FP_RECORD)) !== 0) differing.push(i);
    }
    expect(differing).toEqual([]);
    expect(r.status).toBe(0);
  });
  it("the batch is mostly vector instructions: every group of the vector decoder appears", () => {
    const words = generateFpBatch(SIMD_SHORT.seed, SIMD_SHORT.batch, SIMD_SHORT.count, 6, true).flatMap((s) => s.body);
    const groups: [string, number, number][] = [
      ["three same", 0x9f20_0400, 0x0e20_0400],
      ["three different", 0x9f20_0c00, 0x0e20_0000],
      ["two-register misc", 0x9f3e_0c00, 0x0e20_0800],
      ["across lanes", 0x9f3e_0c00, 0x0e30_0800],
      ["permute", 0xbf20_8c00, 0x0e00_0800],
      ["table", 0xbfe0_8c00, 0x0e00_0000],
      ["ext", 0xbfe0_8400, 0x2e00_0000],
      ["by element", 0x9f00_0400, 0x0f00_0000],
      ["structures", 0xbe00_0000, 0x0c00_0000],
    ];
    for (const [name, mask, value] of groups) expect([name, words.filter((w) => (w & mask) >>> 0 === value).length > 5]).toEqual([name, true]);
  });
});
