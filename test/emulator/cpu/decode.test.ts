// chapter: 04a-cpu-decode
// The decode table on its own, before any CPU runs it: every row is a 32-bit pattern,
// representative encodings decode to their operations, and reserved encodings are undefined.
// Encodings were produced with `llvm-mc -triple=aarch64 -show-encoding`; the assembly is beside each.
import { describe, expect, it } from "vitest";
import { decode, findRow, TABLE } from "../../../src/emulator/cpu/decode.ts";
import * as O from "../../../src/emulator/cpu/ops.ts";

describe("decode table", () => {
  it("has 32-bit patterns and decodes representative encodings to their operations", () => {
    for (const r of TABLE) expect(r.pattern).toMatch(/^[01x]{32}$/);
    const f = { a: 0, b: 0, c: 0, d: 0, e: 0 };
    expect(decode(0x91000400 | 0, f)).toBe(O.OP_ADDI); // add x0, x0, #1
    expect(decode(0xaa0103e0 | 0, f)).toBe(O.OP_MOV); // mov x0, x1
    expect(decode(0xaa010040 | 0, f)).toBe(O.OP_ORR); // orr x0, x2, x1
    expect(decode(0xd4000541 | 0, f)).toBe(O.OP_SVC); // svc #42
    expect(f.c).toBe(42);
    expect(decode(0x1e622820 | 0, f)).toBe(O.OP_FP); // fadd d0, d1, d2
    expect(decode(0, f)).toBe(O.OP_UNDEF); // udf #0
    expect(findRow(0xa9bf0c22 | 0)?.mnemonic).toBe("stp");
  });

  it("rejects reserved logical immediates and 32-bit forms with N=1", () => {
    const f = { a: 0, b: 0, c: 0, d: 0, e: 0 };
    expect(decode(0x9240fc00 | 0, f)).toBe(O.OP_UNDEF); // and x0, x0, #<all ones>: reserved
    expect(decode(0x12400000 | 0, f)).toBe(O.OP_UNDEF); // 32-bit and with N = 1
  });
});
