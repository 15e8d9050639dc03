// chapter: 20f-floating-point
// Chapter 20f's program under the real kernel: /tests/kt_fp as init uses doubles (so chapter
// 13f's lazy FP switch gives it the registers) and prints exactly what the same source, built as
// a Linux program, prints on the book's Linux runner and under qemu-aarch64 (test/user/libc.test.ts,
// test/host-tools/libc-qemu.test.ts).
import { describe, expect, it } from "vitest";
import { runAsInit } from "../kernel/run-program.ts";
import { KT_FP_EXPECTED } from "./libc-expected.ts";

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
