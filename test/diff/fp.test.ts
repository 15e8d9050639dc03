// chapter: 04d-cpu-fp
// The floating-point differential suite's committed batch: 300 random SIMD&FP sequences (special
// operands, NaN payloads, denormals, every rounding mode, FZ and DN) whose final x0..x7,
// q0..q31, FPSR, FPCR, NZCV and memory window must equal, bit for bit, what qemu-aarch64 printed.
// The long suite (npm run test:diff:fp) runs fresh sequences against a live qemu-aarch64.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FP_RECORD, FP_SHORT, buildFpBatch, generateFpBatch } from "../../tools/difftest/fp-gen.ts";
import { RANDOM_DIR } from "../../tools/difftest/programs.ts";
import { runOursInProcess } from "../../tools/difftest/run.ts";

describe("committed random FP sequences end in qemu-aarch64's state", () => {
  const elf = readFileSync(join(RANDOM_DIR, "fp-1.elf"));
  it("the generator still builds the committed batch", () => {
    const again = buildFpBatch(generateFpBatch(FP_SHORT.seed, FP_SHORT.batch, FP_SHORT.count));
    expect(Buffer.compare(Buffer.from(again), elf)).toBe(0);
  });
  it(`fp-1: ${FP_SHORT.count} sequences, registers, flags and memory identical`, () => {
    const golden = readFileSync(join(RANDOM_DIR, "fp-1.stdout"));
    const r = runOursInProcess(elf);
    const differing: number[] = [];
    for (let i = 0; i * FP_RECORD < Math.max(golden.length, r.stdout.length); i++) {
      const a = golden.subarray(i * FP_RECORD, (i + 1) * FP_RECORD);
      if (Buffer.compare(a, r.stdout.subarray(i * FP_RECORD, (i + 1) * FP_RECORD)) !== 0) differing.push(i);
    }
    expect(differing).toEqual([]);
    expect(r.status).toBe(0);
  });
});
