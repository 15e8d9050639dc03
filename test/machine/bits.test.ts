// chapter: 00-how-to-read
import { describe, expect, it } from "vitest";
import {
  bit,
  bits,
  bits64,
  insertBits,
  insertBits64,
  mask32,
  mask64,
  signExtend,
  signExtend64,
} from "../../src/machine/bits.ts";

describe("bit fields of 32-bit numbers", () => {
  it("extracts ESR_EL1 fields as the ARM ARM numbers them", () => {
    const esr = (0x15 << 26) | (1 << 25) | 0x1234; // SVC from AArch64, IL=1, imm16=0x1234
    expect(bits(esr, 31, 26)).toBe(0x15);
    expect(bit(esr, 25)).toBe(1);
    expect(bits(esr, 24, 0)).toBe(0x1234);
  });

  it("returns unsigned fields even when bit 31 is set", () => {
    expect(bits(0x8000_0000, 31, 31)).toBe(1);
    expect(bits(0xffff_ffff, 31, 0)).toBe(0xffff_ffff);
    expect(bits(-1, 31, 16)).toBe(0xffff);
    expect(bit(0x8000_0000, 31)).toBe(1);
  });

  it("builds masks of every width", () => {
    expect(mask32(1)).toBe(1);
    expect(mask32(31)).toBe(0x7fff_ffff);
    expect(mask32(32)).toBe(0xffff_ffff);
  });

  it("inserts a field and leaves the other bits alone", () => {
    expect(insertBits(0xffff_ffff, 7, 4, 0)).toBe(0xffff_ff0f);
    expect(insertBits(0, 31, 26, 0x25)).toBe(0x9400_0000);
    expect(insertBits(0, 31, 0, 0xdead_beef)).toBe(0xdead_beef);
    expect(bits(insertBits(0x1234_5678, 15, 8, 0xab), 15, 8)).toBe(0xab);
  });

  it("throws RangeError on bad field positions", () => {
    expect(() => bits(0, 32, 0)).toThrow(RangeError);
    expect(() => bits(0, 3, 4)).toThrow(/bad bit field \[3:4\]/);
    expect(() => bits(0, 3, -1)).toThrow(RangeError);
    expect(() => bits(0, 2.5, 0)).toThrow(RangeError);
    expect(() => bit(0, 32)).toThrow(RangeError);
    expect(() => insertBits(0, 40, 0, 1)).toThrow(/bad bit field \[40:0\]/);
    expect(() => mask32(0)).toThrow(RangeError);
    expect(() => mask32(33)).toThrow(RangeError);
  });

  it("refuses a field value that does not fit", () => {
    expect(() => insertBits(0, 3, 0, 16)).toThrow(/does not fit in bits \[3:0\]/);
    expect(() => insertBits(0, 3, 0, -1)).toThrow(RangeError);
    expect(() => insertBits(0, 3, 0, 1.5)).toThrow(RangeError);
  });
});

describe("bit fields of 64-bit bigints", () => {
  const pte = 0x0060_0000_4008_0743n; // UXN|PXN, output address 0x40080000, AF, SH, AP, valid

  it("extracts fields above bit 53", () => {
    expect(bits64(pte, 54, 54)).toBe(1n);
    expect(bits64(pte, 53, 53)).toBe(1n);
    expect(bits64(pte, 47, 12) << 12n).toBe(0x4008_0000n);
    expect(bits64(pte, 1, 0)).toBe(3n);
    expect(bits64(0xffff_ffff_ffff_ffffn, 63, 0)).toBe(0xffff_ffff_ffff_ffffn);
  });

  it("treats negative bigints as their 64-bit two's complement", () => {
    expect(bits64(-1n, 63, 60)).toBe(0xfn);
  });

  it("inserts a field and keeps the result inside 64 bits", () => {
    expect(insertBits64(0n, 63, 63, 1n)).toBe(0x8000_0000_0000_0000n);
    expect(insertBits64(pte, 47, 12, 0x12345n)).toBe(0x0060_0000_1234_5743n);
    expect(insertBits64(-1n, 7, 0, 0n)).toBe(0xffff_ffff_ffff_ff00n);
    expect(mask64(64)).toBe(0xffff_ffff_ffff_ffffn);
  });

  it("throws RangeError on bad field positions and values", () => {
    expect(() => bits64(0n, 64, 0)).toThrow(/bad bit field \[64:0\] for a 64-bit value/);
    expect(() => bits64(0n, 0, 1)).toThrow(RangeError);
    expect(() => insertBits64(0n, 3, 0, 16n)).toThrow(/does not fit/);
    expect(() => insertBits64(0n, 3, 0, -1n)).toThrow(RangeError);
    expect(() => mask64(65)).toThrow(RangeError);
  });
});

describe("sign extension", () => {
  it("reads the top bit of the field as the sign", () => {
    expect(signExtend(0x3ff_ffff, 26)).toBe(-1);
    expect(signExtend(0x200_0000, 26)).toBe(-(2 ** 25));
    expect(signExtend(0x1ff_ffff, 26)).toBe(2 ** 25 - 1);
    expect(signExtend(0xffff_ffff, 32)).toBe(-1);
    expect(signExtend(1, 1)).toBe(-1);
    expect(signExtend64(0xffn, 8)).toBe(-1n);
    expect(signExtend64(0x7fn, 8)).toBe(127n);
    expect(signExtend64(0xffff_ffff_ffff_ffffn, 64)).toBe(-1n);
  });

  it("throws RangeError on bad widths", () => {
    expect(() => signExtend(0, 0)).toThrow(RangeError);
    expect(() => signExtend(0, 33)).toThrow(RangeError);
    expect(() => signExtend64(0n, 65)).toThrow(RangeError);
  });
});
