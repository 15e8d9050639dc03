// The seeded random generator of SIMD&FP instruction sequences (chapter 4d's proof).
//
// Each sequence starts from a state taken from a table — x0..x7, FPCR (rounding mode, FZ, DN),
// NZCV, FPSR, v0..v31 filled with special values (signed zeros, infinities, quiet and
// signalling NaNs with payloads, denormals, the largest and smallest normals, halves that test
// ties, random bits) and a 1 KiB memory window — runs a few random instructions of the set the
// FP unit implements, and writes its final state to stdout as one 1624-byte record:
//
//   +0 x0..x7 | +64 q0..q31 | +576 FPSR | +584 FPCR | +592 NZCV | +600 the window (1024 bytes)
//
// The same ELF under qemu-aarch64 and under our emulator must print identical bytes.
// Register use: x5 points into the window (loads and stores; writeback moves it at most
// ±32 bytes per instruction), x6 is a small register offset, x28/x29 hold the table entry and
// the dump area; random instructions write only x0..x4 and x7.
import * as A from "./a64.ts";
import { buildElf, CODE_OFFSET, CODE_VADDR, dataVaddr } from "./elf.ts";
import { Rng } from "./gen.ts";
import { vectorInstruction } from "./simd-gen.ts";

export const FP_RECORD = 1624;
/** The short suite's committed batch (test/programs/diff/random/fp-1): seed 1, batch 0, 300 sequences. */
export const FP_SHORT = { seed: 1, batch: 0, count: 300 };
/** The committed batch of vector sequences (test/programs/diff/random/simd-1, chapter 4e): seed 1, batch 0. */
export const SIMD_SHORT = { seed: 1, batch: 0, count: 300 };
const WINDOW_AT = 600;
const ENTRY = 1632; // table entry: x0..x7, fpcr, nzcv, fpsr, pad, q0..q31, window
const Q_AT = 96;
const W_AT = 608;
const FPSR_REG = A.sysreg(3, 3, 4, 4, 1);
const FPCR_REG = A.sysreg(3, 3, 4, 4, 0);
const V = 1 << 26;

/** Special and random 64-bit patterns: doubles, or two singles. */
function special64(r: Rng): bigint {
  const d = [
    0n, 1n << 63n, 0x7ff0000000000000n, 0xfff0000000000000n, 0x7ff8000000000000n, 0x3ff0000000000000n,
    0x0000000000000001n, 0x000fffffffffffffn, 0x0010000000000000n, 0x7fefffffffffffffn, 0x4330000000000000n,
    0x3fe0000000000000n, 0x4004000000000000n, 0x41e0000000000000n, 0xc3e0000000000000n, 0x43f0000000000000n,
  ];
  const k = r.int(12);
  if (k < 3) return r.pick(d) | (r.chance(0.5) ? 1n << 63n : 0n);
  if (k === 3) return (r.chance(0.5) ? 0x7ff8n : 0xfff0n) << 48n | (r.u64() & 0x0007ffffffffffffn) | 1n; // NaNs
  if (k === 4) return r.u64() & 0x800fffffffffffffn; // denormals
  if (k === 5) return f64bits(r.range(-40, 40) / r.pick([1, 2, 4, 3]));
  if (k === 6) return (BigInt(special32(r)) << 32n) | BigInt(special32(r));
  if (k === 7) return (r.u64() & 0x800fffffffffffffn) | (BigInt(r.range(0x3c0, 0x440)) << 52n);
  if (k === 8) return BigInt(special32(r));
  return r.u64();
}
function special32(r: Rng): number {
  const s = [0, 0x80000000, 0x7f800000, 0xff800000, 0x7fc00000, 0x3f800000, 1, 0x007fffff, 0x00800000, 0x7f7fffff, 0x3f000000, 0x4f000000, 0x5f000000];
  const k = r.int(8);
  if (k < 3) return r.pick(s);
  if (k === 3) return ((r.chance(0.5) ? 0x7fc00000 : 0xff800000) | (r.u32() & 0x3fffff) | 1) >>> 0;
  if (k === 4) return (r.u32() & 0x807fffff) >>> 0;
  if (k === 5) return f32bits(r.range(-40, 40) / r.pick([1, 2, 4, 3]));
  if (k === 6) return ((r.u32() & 0x807fffff) | (r.range(0x60, 0xa0) << 23)) >>> 0;
  return r.u32();
}
function f64bits(x: number): bigint {
  const b = new DataView(new ArrayBuffer(8));
  b.setFloat64(0, x, true);
  return b.getBigUint64(0, true);
}
function f32bits(x: number): number {
  const b = new DataView(new ArrayBuffer(4));
  b.setFloat32(0, x, true);
  return b.getUint32(0, true);
}

const GPR_DEST = [0, 1, 2, 3, 4, 7];
const gsrc = (r: Rng) => r.int(9) === 8 ? 31 : r.int(8); // x0..x7 or xzr
const vreg = (r: Rng) => r.int(32);
const ftype = (r: Rng) => (r.chance(0.5) ? 0 : 1); // S or D

/** One random instruction of the implemented set (as a generator: a list of words). */
function instruction(r: Rng): number[] {
  const t = ftype(r);
  const rd = vreg(r);
  const rn = vreg(r);
  const rm = vreg(r);
  const fpdp = (bits: number) => [(0x1e200000 | (t << 22) | bits | (rn << 5) | rd) >>> 0];
  const pick = r.int(22);
  switch (pick >= 16 ? pick & 3 : pick) {
    case 0:
    case 1: // two-source arithmetic
      return fpdp((rm << 16) | (r.int(9) << 12) | (2 << 10));
    case 2: { // one-source: fmov, fabs, fneg, fsqrt, frint*, fcvt
      const ops = [0, 1, 2, 3, 3, 8, 9, 10, 11, 12, 14, 15];
      if (r.chance(0.3)) {
        const from = r.pick([0, 1, 3]);
        const to = r.pick([0, 1, 3].filter((x) => x !== from));
        return [(0x1e204000 | (from << 22) | ((4 | to) << 15) | (rn << 5) | rd) >>> 0];
      }
      return fpdp((r.pick(ops) << 15) | (0x10 << 10));
    }
    case 3: // fmadd, fmsub, fnmadd, fnmsub
      return [(0x1f000000 | (t << 22) | (r.int(2) << 21) | (rm << 16) | (r.int(2) << 15) | (vreg(r) << 10) | (rn << 5) | rd) >>> 0];
    case 4: { // fcmp, fcmpe (register or zero)
      const z = r.int(2);
      return [(0x1e202000 | (t << 22) | ((z ? 0 : rm) << 16) | (rn << 5) | (r.int(2) << 4) | (z << 3)) >>> 0];
    }
    case 5: // fccmp, fccmpe
      return fpdp((rm << 16) | (r.int(16) << 12) | (1 << 10)).map((w) => ((w & ~31) | (r.int(2) << 4) | r.int(16)) >>> 0);
    case 6: // fcsel
      return fpdp((rm << 16) | (r.int(16) << 12) | (3 << 10));
    case 7: // fmov (immediate)
      return [(0x1e201000 | (t << 22) | (r.int(256) << 13) | rd) >>> 0];
    case 8: { // FP <-> integer conversions
      const sf = r.int(2);
      const k = r.int(12);
      const [rmode, opcode] = k < 8 ? [k >> 1, k & 1] : k < 10 ? [0, 4 + (k & 1)] : [0, 2 + (k & 1)];
      const toGpr = opcode !== 2 && opcode !== 3;
      const d = toGpr ? r.pick(GPR_DEST) : rd;
      const n = toGpr ? rn : gsrc(r);
      return [((sf << 31) | 0x1e200000 | (t << 22) | (rmode << 19) | (opcode << 16) | (n << 5) | d) >>> 0];
    }
    case 9: { // fmov between general and FP registers
      const form = r.int(3); // W<->S, X<->D, X<->V.D[1]
      const toGpr = r.chance(0.5);
      const [sf, type, rmode] = form === 0 ? [0, 0, 0] : form === 1 ? [1, 1, 0] : [1, 2, 1];
      const d = toGpr ? r.pick(GPR_DEST) : rd;
      const n = toGpr ? rn : gsrc(r);
      return [((sf << 31) | 0x1e200000 | (type << 22) | (rmode << 19) | ((toGpr ? 6 : 7) << 16) | (n << 5) | d) >>> 0];
    }
    case 10: { // fixed-point conversions
      const sf = r.int(2);
      const scale = sf ? r.range(1, 63) : r.range(32, 63);
      const toGpr = r.chance(0.5);
      const kind = toGpr ? 0b11000 | r.int(2) : 0b00010 | r.int(2);
      const d = toGpr ? r.pick(GPR_DEST) : rd;
      const n = toGpr ? rn : gsrc(r);
      return [((sf << 31) | 0x1e000000 | (t << 22) | (kind << 16) | (scale << 10) | (n << 5) | d) >>> 0];
    }
    case 11:
      if (r.chance(0.3)) {
        // AdvSIMD scalar scvtf/ucvtf and fcvt{n,p,m,z,a}{s,u}
        const [o2, opcode] = r.pick([[0, 0b11101], [0, 0b11010], [1, 0b11010], [0, 0b11011], [1, 0b11011], [0, 0b11100]]);
        return [(0x5e200800 | (r.int(2) << 29) | (o2 << 23) | (t << 22) | (opcode << 12) | (rn << 5) | rd) >>> 0];
      }
      if (r.chance(0.2)) {
        // sshll, ushll (and the 2 forms)
        const size = r.int(3);
        const immh = 1 << size;
        const shift = r.int(8 << size);
        const imm = (immh << 3) | shift;
        return [((r.int(2) << 30) | (r.int(2) << 29) | 0x0f00a400 | (imm << 16) | (rn << 5) | rd) >>> 0];
      }
      return [copyInstruction(r)];
    case 12: { // movi, mvni, orr, bic, fmov (vector, immediate)
      const q = r.int(2);
      const op = r.int(2);
      let cmode = r.int(16);
      if (cmode === 15 && op === 1 && q === 0) cmode = 14;
      const imm8 = r.int(256);
      return [((q << 30) | (op << 29) | 0x0f000400 | ((imm8 >> 5) << 16) | (cmode << 12) | ((imm8 & 31) << 5) | rd) >>> 0];
    }
    default:
      return [memoryInstruction(r)];
  }
}

/** dup (element, general), ins (element, general), smov, umov with valid sizes. */
function copyInstruction(r: Rng): number {
  const size = r.int(4);
  const index = r.int(16 >> size);
  const imm5 = ((index << 1) | 1) << size;
  const base = (q: number, op: number, imm4: number, rn: number, rd: number) =>
    ((q << 30) | (op << 29) | 0x0e000400 | (imm5 << 16) | (imm4 << 11) | (rn << 5) | rd) >>> 0;
  const rd = vreg(r);
  switch (r.int(5)) {
    case 0:
      return base(size === 3 ? 1 : r.int(2), 0, 0, vreg(r), rd); // dup (element)
    case 1:
      return base(size === 3 ? 1 : r.int(2), 0, 1, gsrc(r), rd); // dup (general)
    case 2:
      return base(1, 0, 3, gsrc(r), rd); // ins (general)
    case 3:
      return base(1, 1, r.int(16 >> size) << size, vreg(r), rd); // ins (element)
    default: {
      if (size === 3) return base(1, 0, 7, vreg(r), r.pick(GPR_DEST)); // umov x
      if (r.chance(0.5)) return base(0, 0, 7, vreg(r), r.pick(GPR_DEST)); // umov w
      if (size === 2) return base(1, 0, 5, vreg(r), r.pick(GPR_DEST)); // smov x (from s)
      return base(r.int(2), 0, 5, vreg(r), r.pick(GPR_DEST)); // smov w/x
    }
  }
}

/** A load or store of a SIMD&FP register (or a pair) based on x5, within the window. */
function memoryInstruction(r: Rng): number {
  const rt = vreg(r);
  const load = r.int(2);
  const k = r.int(5);
  if (k === 0) {
    const opc = r.int(3); // S, D, Q
    const scale = 2 + opc;
    const type = r.pick([0, 1, 2, 3]);
    const off = type === 1 || type === 3 ? r.range(-32 >> scale, 32 >> scale) : r.range(-64 >> scale, 64 >> scale);
    return (A.ldstPair(opc, type, load, off, vreg(r), 5, rt) | V) >>> 0;
  }
  const [size, opcHigh] = r.pick([[0, 0], [1, 0], [2, 0], [3, 0], [0, 2]]); // B, H, S, D, Q
  const opc = opcHigh | load;
  const scale = opcHigh ? 4 : size;
  if (k === 1) return (A.ldstUimm(size, opc, r.int(8), 5, rt) | V) >>> 0;
  if (k === 2) return (A.ldstImm9(size, opc, r.range(-32, 32), r.pick([0, 1, 3]), 5, rt) | V) >>> 0;
  if (k === 3) return (A.ldstReg(size, opc, 6, r.pick([2, 3, 6, 7]), r.int(2), 5, rt) | V) >>> 0;
  void scale;
  return (A.ldstImm9(size, opc, r.range(-64, 64), 0, 5, rt) | V) >>> 0;
}

export type FpSequence = { body: number[]; x: bigint[]; fpcr: number; nzcv: number; fpsr: number; q: bigint[]; window: Uint8Array };

/** With `vector`, about half the instructions are Advanced SIMD vector forms (chapter 4e). */
export function generateFpSequence(r: Rng, length: number, vector = false): FpSequence {
  const body: number[] = [];
  for (let i = 0; i < length; i++) body.push(...(vector && r.chance(0.6) ? [vectorInstruction(r)] : instruction(r)));
  const x = Array.from({ length: 8 }, () => (r.chance(0.5) ? special64(r) : BigInt(r.range(-70000, 70000)) & ((1n << 64n) - 1n)));
  x[6] = BigInt(r.int(16));
  const fpcr = (r.int(4) << 22) | (r.chance(0.3) ? 1 << 24 : 0) | (r.chance(0.3) ? 1 << 25 : 0);
  const window = new Uint8Array(1024);
  const wv = new DataView(window.buffer);
  for (let i = 0; i < 1024; i += 8) wv.setBigUint64(i, special64(r), true);
  return {
    body, x, fpcr, nzcv: r.int(16) << 28, fpsr: r.chance(0.2) ? r.u32() & 0x9f : 0,
    q: Array.from({ length: 64 }, () => special64(r)), window,
  };
}

/** mov xd, #imm (imm < 2^32) as movz + movk. */
function movAddr(rd: number, imm: number): number[] {
  return [A.moveWide(1, 2, 0, imm & 0xffff, rd), A.moveWide(1, 3, 1, imm >>> 16, rd)];
}

function sequenceWords(s: FpSequence, entry: number, dump: number): number[] {
  const w: number[] = [...movAddr(28, entry), ...movAddr(29, dump)];
  w.push(A.addSubImm(1, 0, 0, 0, W_AT, 28, 10), A.addSubImm(1, 0, 0, 0, WINDOW_AT, 29, 11));
  for (let i = 0; i < 1024; i += 32) {
    w.push((A.ldstPair(2, 2, 1, i / 16, 1, 10, 0) | V) >>> 0, (A.ldstPair(2, 2, 0, i / 16, 1, 11, 0) | V) >>> 0);
  }
  w.push(A.ldstUimm(3, 1, 64 / 8, 28, 9), A.msr(FPCR_REG, 9));
  w.push(A.ldstUimm(3, 1, 72 / 8, 28, 9), A.msr(A.NZCV, 9));
  w.push(A.ldstUimm(3, 1, 80 / 8, 28, 9), A.msr(FPSR_REG, 9));
  for (let q = 0; q < 32; q += 2) w.push((A.ldstPair(2, 2, 1, (Q_AT + q * 16) / 16, q + 1, 28, q) | V) >>> 0);
  for (let x = 0; x < 8; x += 2) w.push(A.ldstPair(2, 2, 1, x, x + 1, 28, x));
  w.push(...movAddr(5, dump + WINDOW_AT + 512));
  w.push(...s.body);
  for (let x = 0; x < 8; x += 2) w.push(A.ldstPair(2, 2, 0, x, x + 1, 29, x));
  for (let q = 0; q < 32; q += 2) w.push((A.ldstPair(2, 2, 0, (64 + q * 16) / 16, q + 1, 29, q) | V) >>> 0);
  w.push(A.mrs(FPSR_REG, 9), A.ldstUimm(3, 0, 576 / 8, 29, 9));
  w.push(A.mrs(FPCR_REG, 9), A.ldstUimm(3, 0, 584 / 8, 29, 9));
  w.push(A.mrs(A.NZCV, 9), A.ldstUimm(3, 0, 592 / 8, 29, 9));
  w.push(A.moveWide(1, 2, 0, 1, 0), A.addSubImm(1, 0, 0, 0, 0, 29, 1), A.moveWide(1, 2, 0, FP_RECORD, 2));
  w.push(A.moveWide(1, 2, 0, 64, 8), A.svc(0));
  return w;
}

/** One static ELF running `seqs` in turn; exit status 0. */
export function buildFpBatch(seqs: FpSequence[]): Uint8Array {
  const words = (dataAt: number) => {
    const code: number[] = [];
    seqs.forEach((s, i) => {
  code.push(...sequenceWords(s, dataAt + FP_RECORD + 8 + i * ENTRY, dataAt));
});
    code.push(A.moveWide(1, 2, 0, 0, 0), A.moveWide(1, 2, 0, 93, 8), A.svc(0));
    return code;
  };
  const probe = words(0).length * 4;
  const dataAt = dataVaddr(probe);
  const code = words(dataAt);
  const data = new Uint8Array(FP_RECORD + 8 + seqs.length * ENTRY);
  const v = new DataView(data.buffer);
  seqs.forEach((s, i) => {
    const e = FP_RECORD + 8 + i * ENTRY;
    s.x.forEach((x, k) => {
  v.setBigUint64(e + 8 * k, x, true);
});
    v.setBigUint64(e + 64, BigInt(s.fpcr), true);
    v.setBigUint64(e + 72, BigInt(s.nzcv >>> 0), true);
    v.setBigUint64(e + 80, BigInt(s.fpsr), true);
    s.q.forEach((q, k) => {
  v.setBigUint64(e + Q_AT + 8 * k, q, true);
});
    data.set(s.window, e + W_AT);
  });
  const bytes = new Uint8Array(code.length * 4);
  const cv = new DataView(bytes.buffer);
  code.forEach((c, i) => {
  cv.setUint32(i * 4, c >>> 0, true);
});
  void CODE_OFFSET;
  void CODE_VADDR;
  return buildElf(bytes, data);
}

export function generateFpBatch(seed: number, batch: number, count: number, length = 6, vector = false): FpSequence[] {
  const r = new Rng((seed * 7919 + batch * 104729) >>> 0);
  return Array.from({ length: count }, () => generateFpSequence(r, r.range(1, length), vector));
}
