// chapter: 08-testing-the-cpu
// The random-sequence generator (tools/difftest/gen.ts): deterministic in its
// seed, and every word it emits is one the CPU's decode table defines — while
// together they reach every row of that table EL0 integer code can execute.
import { describe, expect, it } from "vitest";
import { decode, type Fields, findRow, TABLE } from "../../src/emulator/cpu/decode.ts";
import { OP_UNDEF } from "../../src/emulator/cpu/ops.ts";
import { buildBatch, generateBatch } from "../../tools/difftest/gen.ts";

describe("the generator", () => {
  it("is a function of its seed", () => {
    const a = buildBatch(generateBatch(5, 3, 50));
    const b = buildBatch(generateBatch(5, 3, 50));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(a).equals(Buffer.from(buildBatch(generateBatch(6, 3, 50))))).toBe(false);
  });

  it("emits only words the CPU's decode table defines, and reaches every EL0 integer row", () => {
    // Rows that EL0 integer code cannot use in a sequence: exception return and
    // generation, EL1 system instructions, and the trapped FP/SIMD space.
    const excluded = new Set(["eret", "svc", "brk", "sys", "ldr (fp)", "ldp (fp)", "ld1-4 (fp)", "simd/fp"]);
    const f: Fields = { a: 0, b: 0, c: 0, d: 0, e: 0 };
    const reached = new Set<string>();
    const undefinedWords: string[] = [];
    for (const s of generateBatch(11, 0, 3000)) {
      for (const it of s.items) {
        for (const w of it.words) {
          const row = findRow(w);
          if (!row || decode(w, f) === OP_UNDEF) undefinedWords.push(`${w.toString(16)} (${it.form})`);
          else reached.add(`${row.mnemonic} ${row.pattern}`);
        }
      }
    }
    expect(undefinedWords.slice(0, 10)).toEqual([]);
    const missed = TABLE.filter((r) => !excluded.has(r.mnemonic) && !(r.mnemonic === "msr" && r.pattern.startsWith("1101010100000")))
      .map((r) => `${r.mnemonic} ${r.pattern}`)
      .filter((k) => !reached.has(k));
    expect(missed).toEqual([]);
  });
});
