// A64 instruction encoders for the random-sequence generator: one function per
// encoding class of the ARM ARM (DDI 0487, chapter C4 "A64 Instruction Set
// Encoding"), taking field values and returning the 32-bit word. They check
// nothing; the generator (gen.ts) only passes allocated, predictable field
// combinations.

export const ZR = 31;
export const SP = 31;

const u = (w: number): number => w >>> 0;

// C4.1.2 Data processing — immediate
export const addSubImm = (sf: number, op: number, s: number, sh: number, imm12: number, rn: number, rd: number) =>
  u((sf << 31) | (op << 30) | (s << 29) | (0b100010 << 23) | (sh << 22) | (imm12 << 10) | (rn << 5) | rd);
export const logicalImm = (sf: number, opc: number, n: number, immr: number, imms: number, rn: number, rd: number) =>
  u((sf << 31) | (opc << 29) | (0b100100 << 23) | (n << 22) | (immr << 16) | (imms << 10) | (rn << 5) | rd);
export const moveWide = (sf: number, opc: number, hw: number, imm16: number, rd: number) =>
  u((sf << 31) | (opc << 29) | (0b100101 << 23) | (hw << 21) | (imm16 << 5) | rd);
export const bitfield = (sf: number, opc: number, immr: number, imms: number, rn: number, rd: number) =>
  u((sf << 31) | (opc << 29) | (0b100110 << 23) | (sf << 22) | (immr << 16) | (imms << 10) | (rn << 5) | rd);
export const extr = (sf: number, rm: number, imms: number, rn: number, rd: number) =>
  u((sf << 31) | (0b100111 << 23) | (sf << 22) | (rm << 16) | (imms << 10) | (rn << 5) | rd);
/** adr (op 0) or adrp (op 1); imm is the 21-bit signed byte (adr) or page (adrp) offset. */
export const adr = (op: number, imm: number, rd: number) =>
  u((op << 31) | ((imm & 3) << 29) | (0b10000 << 24) | (((imm >> 2) & 0x7ffff) << 5) | rd);

// C4.1.3 Branches, exception generating and system instructions
export const b = (link: number, imm26: number) => u((link << 31) | (0b00101 << 26) | (imm26 & 0x3ffffff));
export const bcond = (imm19: number, cond: number) => u((0b01010100 << 24) | ((imm19 & 0x7ffff) << 5) | cond);
export const cbz = (sf: number, nz: number, imm19: number, rt: number) =>
  u((sf << 31) | (0b011010 << 25) | (nz << 24) | ((imm19 & 0x7ffff) << 5) | rt);
export const tbz = (bit: number, nz: number, imm14: number, rt: number) =>
  u(((bit >> 5) << 31) | (0b011011 << 25) | (nz << 24) | ((bit & 31) << 19) | ((imm14 & 0x3fff) << 5) | rt);
/** br (opc 0), blr (opc 1), ret (opc 2). */
export const branchReg = (opc: number, rn: number) => u(0xd61f0000 | (opc << 21) | (rn << 5));
export const NOP = 0xd503201f;
export const hint = (imm7: number) => u(0xd503201f | (imm7 << 5));
/** Barriers, op2: 2 clrex, 4 dsb, 5 dmb, 6 isb. */
export const barrier = (crm: number, op2: number) => u(0xd503301f | (crm << 8) | (op2 << 5));
/** msr/mrs of a system register given as op0:op1:CRn:CRm:op2 packed in sysreg (15 bits). */
export const msr = (sysreg: number, rt: number) => u(0xd5100000 | (sysreg << 5) | rt);
export const mrs = (sysreg: number, rt: number) => u(0xd5300000 | (sysreg << 5) | rt);
export const sysreg = (op0: number, op1: number, crn: number, crm: number, op2: number) =>
  ((op0 - 2) << 14) | (op1 << 11) | (crn << 7) | (crm << 3) | op2;
export const NZCV = sysreg(3, 3, 4, 2, 0);
export const TPIDR_EL0 = sysreg(3, 3, 13, 0, 2);
export const svc = (imm16: number) => u(0xd4000001 | (imm16 << 5));

// C4.1.4 Loads and stores
export const ldstUimm = (size: number, opc: number, imm12: number, rn: number, rt: number) =>
  u((size << 30) | (0b111001 << 24) | (opc << 22) | (imm12 << 10) | (rn << 5) | rt);
/** 9-bit signed offset forms; idx: 0 unscaled (ldur), 1 post-index, 2 unprivileged (ldtr), 3 pre-index. */
export const ldstImm9 = (size: number, opc: number, imm9: number, idx: number, rn: number, rt: number) =>
  u((size << 30) | (0b111000 << 24) | (opc << 22) | ((imm9 & 0x1ff) << 12) | (idx << 10) | (rn << 5) | rt);
export const ldstReg = (size: number, opc: number, rm: number, option: number, s: number, rn: number, rt: number) =>
  u(
    (size << 30) |
      (0b111000 << 24) |
      (opc << 22) |
      (1 << 21) |
      (rm << 16) |
      (option << 13) |
      (s << 12) |
      (0b10 << 10) |
      (rn << 5) |
      rt,
  );
/** Literal: opc 0 ldr w, 1 ldr x, 2 ldrsw, 3 prfm; imm19 in words. */
export const ldrLiteral = (opc: number, imm19: number, rt: number) =>
  u((opc << 30) | (0b011000 << 24) | ((imm19 & 0x7ffff) << 5) | rt);
/** Pairs; type: 0 no-allocate (ldnp/stnp), 1 post-index, 2 signed offset, 3 pre-index. */
export const ldstPair = (opc: number, type: number, l: number, imm7: number, rt2: number, rn: number, rt: number) =>
  u((opc << 30) | (0b101 << 27) | (type << 23) | (l << 22) | ((imm7 & 0x7f) << 15) | (rt2 << 10) | (rn << 5) | rt);
/** Exclusive and ordered: o2 L o1 o0 as in C4.1.4 "Load/store exclusive". */
export const ldstExcl = (
  size: number,
  o2: number,
  l: number,
  o1: number,
  rs: number,
  o0: number,
  rt2: number,
  rn: number,
  rt: number,
) =>
  u(
    (size << 30) |
      (0b001000 << 24) |
      (o2 << 23) |
      (l << 22) |
      (o1 << 21) |
      (rs << 16) |
      (o0 << 15) |
      (rt2 << 10) |
      (rn << 5) |
      rt,
  );

// C4.1.5 Data processing — register
export const logicalReg = (
  sf: number,
  opc: number,
  shift: number,
  n: number,
  rm: number,
  imm6: number,
  rn: number,
  rd: number,
) =>
  u(
    (sf << 31) | (opc << 29) | (0b01010 << 24) | (shift << 22) | (n << 21) | (rm << 16) | (imm6 << 10) | (rn << 5) | rd,
  );
export const addSubShifted = (
  sf: number,
  op: number,
  s: number,
  shift: number,
  rm: number,
  imm6: number,
  rn: number,
  rd: number,
) =>
  u((sf << 31) | (op << 30) | (s << 29) | (0b01011 << 24) | (shift << 22) | (rm << 16) | (imm6 << 10) | (rn << 5) | rd);
export const addSubExtended = (
  sf: number,
  op: number,
  s: number,
  rm: number,
  option: number,
  imm3: number,
  rn: number,
  rd: number,
) =>
  u(
    (sf << 31) |
      (op << 30) |
      (s << 29) |
      (0b01011001 << 21) |
      (rm << 16) |
      (option << 13) |
      (imm3 << 10) |
      (rn << 5) |
      rd,
  );
export const addSubCarry = (sf: number, op: number, s: number, rm: number, rn: number, rd: number) =>
  u((sf << 31) | (op << 30) | (s << 29) | (0b11010000 << 21) | (rm << 16) | (rn << 5) | rd);
/** ccmn (op 0) / ccmp (op 1); imm: 1 when `rmOrImm5` is a 5-bit immediate. */
export const condCompare = (
  sf: number,
  op: number,
  rmOrImm5: number,
  cond: number,
  imm: number,
  rn: number,
  nzcv: number,
) =>
  u(
    (sf << 31) |
      (op << 30) |
      (1 << 29) |
      (0b11010010 << 21) |
      (rmOrImm5 << 16) |
      (cond << 12) |
      (imm << 11) |
      (rn << 5) |
      nzcv,
  );
/** csel (op 0, op2 0), csinc (0, 1), csinv (1, 0), csneg (1, 1). */
export const condSelect = (sf: number, op: number, rm: number, cond: number, op2: number, rn: number, rd: number) =>
  u((sf << 31) | (op << 30) | (0b11010100 << 21) | (rm << 16) | (cond << 12) | (op2 << 10) | (rn << 5) | rd);
/** Two-source: opcode 2 udiv, 3 sdiv, 8 lslv, 9 lsrv, 10 asrv, 11 rorv. */
export const dp2 = (sf: number, rm: number, opcode: number, rn: number, rd: number) =>
  u((sf << 31) | (0b11010110 << 21) | (rm << 16) | (opcode << 10) | (rn << 5) | rd);
/** One-source: opcode 0 rbit, 1 rev16, 2 rev32/rev(w), 3 rev(x), 4 clz, 5 cls. */
export const dp1 = (sf: number, opcode: number, rn: number, rd: number) =>
  u((sf << 31) | (1 << 30) | (0b11010110 << 21) | (opcode << 10) | (rn << 5) | rd);
/** Three-source: op31 0 madd/msub, 1 smaddl/smsubl, 2 smulh, 5 umaddl/umsubl, 6 umulh. */
export const dp3 = (sf: number, op31: number, rm: number, o0: number, ra: number, rn: number, rd: number) =>
  u((sf << 31) | (0b11011 << 24) | (op31 << 21) | (rm << 16) | (o0 << 15) | (ra << 10) | (rn << 5) | rd);

/**
 * Whether N:immr:imms is an allocated bitmask immediate for a `width`-bit
 * operation (ARM ARM J1 pseudocode DecodeBitMasks): the element size comes
 * from the highest set bit of N:NOT(imms), and the run length may not fill
 * the whole element.
 */
export function validBitmask(n: number, imms: number, width: number): boolean {
  const combined = (n << 6) | (~imms & 63);
  if (combined === 0) return false;
  const len = 31 - Math.clz32(combined);
  if (len < 1 || 1 << len > width) return false;
  const levels = (1 << len) - 1;
  return (imms & levels) !== levels;
}
