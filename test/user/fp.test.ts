// chapter: 20f-floating-point
// Chapter 20f's program under the real kernel: /tests/kt_fp as init uses doubles (so chapter
// 13f's lazy FP switch gives it the registers) and prints exactly what the same source, built as
// a Linux program, prints on the book's Linux runner and under qemu-aarch64 (test/user/libc.test.ts,
// test/host-tools/libc-qemu.test.ts). /tests/kt_vec, whose loops clang vectorised, prints what
// qemu-aarch64 printed for its Linux build (test/user/c/kt_vec.expected; test:host-tools reruns qemu).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runAsInit } from "../kernel/run-program.ts";
import { codeWords } from "./code-words.ts";
import { KT_FP_EXPECTED, KT_VEC_EXPECTED } from "./libc-expected.ts";

describe("a program using double under ViperOS", () => {
  it("prints what the same program prints on Linux", () => {
    const { output, finished } = runAsInit("/tests/kt_fp");
    expect(finished).toBe(true);
    const printed = output.replace(/\r\n/g, "\n");
    const at = printed.indexOf("%f:");
    expect(at).toBeGreaterThanOrEqual(0);
    expect(printed.slice(at, at + KT_FP_EXPECTED.length)).toBe(KT_FP_EXPECTED);
  });
});

describe("a program with vectorised loops under ViperOS", () => {
  it("holds Advanced SIMD vector code: three-same, three-different and structure loads", () => {
    const words = codeWords(readFileSync("build/user/tests/kt_vec")).map((c) => c.word);
    const count = (mask: number, value: number) => words.filter((w) => (w & mask) >>> 0 === value).length;
    expect(count(0x9f20_0400, 0x0e20_0400)).toBeGreaterThan(20); // three same (fmla, add, cmeq, …)
    expect(count(0x9f20_0c00, 0x0e20_0000)).toBeGreaterThan(2); // three different (smlal, …)
    expect(count(0xbe00_0000, 0x0c00_0000)).toBeGreaterThan(1); // ld1–ld4, st1–st4
  });
  it("prints exactly what qemu-aarch64 prints for the same source", () => {
    const { output, finished } = runAsInit("/tests/kt_vec");
    expect(finished).toBe(true);
    const printed = output.replace(/\r\n/g, "\n");
    const at = printed.indexOf("daxpy ");
    expect(at).toBeGreaterThanOrEqual(0);
    expect(printed.slice(at, at + KT_VEC_EXPECTED.length)).toBe(KT_VEC_EXPECTED);
  });
});
