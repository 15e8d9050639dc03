// Random Advanced SIMD vector instructions for the floating-point differential suite (chapter 4e's
// proof): every form the vector decoder implements, built from the fields of the Arm ARM's
// encoding diagrams (not from the decoder's masks), with only valid field combinations, so that
// qemu-aarch64 never stops on an undefined instruction. Loads and stores are based on x5, which
// points into the 1 KiB window; post-indexing moves it by at most 64 bytes or by x6 (0..15).
import type { Rng } from "./gen.ts";

const v = (r: Rng) => r.int(32);

/** The three-same integer opcodes: [u allowed, 64-bit lanes allowed, max size]. */
const SAME: readonly (readonly [number, number, boolean, number])[] = [
  [0x00, 2, false, 2], [0x01, 2, true, 3], [0x02, 2, false, 2], [0x04, 2, false, 2], [0x05, 2, true, 3],
  [0x06, 2, true, 3], [0x07, 2, true, 3], [0x08, 2, true, 3], [0x0a, 2, true, 3], [0x0c, 2, false, 2],
  [0x0d, 2, false, 2], [0x0e, 2, false, 2], [0x0f, 2, false, 2], [0x10, 2, true, 3], [0x11, 2, true, 3],
  [0x12, 2, false, 2], [0x13, 0, false, 2], [0x14, 2, false, 2], [0x15, 2, false, 2], [0x17, 0, true, 3],
];
/** FP three-same keys u:a:opcode. */
const FP_SAME = [0x18, 0x38, 0x19, 0x39, 0x1a, 0x3a, 0x7a, 0x5b, 0x5f, 0x1e, 0x3e, 0x1c, 0x5c, 0x7c, 0x5d, 0x7d, 0x58, 0x78, 0x5a, 0x5e, 0x7e];
/** FP two-register keys u:a:opcode. */
const FP_MISC = [0x2c, 0x2d, 0x2e, 0x6c, 0x6d, 0x2f, 0x6f, 0x7f, 0x18, 0x38, 0x19, 0x39, 0x58, 0x59, 0x79, 0x1d, 0x5d, 0x1a, 0x3a, 0x1b, 0x3b, 0x1c, 0x5a, 0x7a, 0x5b, 0x7b, 0x5c];
/** Integer two-register forms: [u, opcode, max size (3 means any, with Q = 1 for 64-bit lanes)]. */
const MISC: readonly (readonly [number, number, number])[] = [
  [0, 0, 2], [1, 0, 1], [0, 1, 0], [0, 5, 0], [1, 5, 1], [0, 2, 2], [1, 2, 2], [0, 6, 2], [1, 6, 2], [0, 4, 2], [1, 4, 2],
  [0, 7, 3], [1, 7, 3], [0, 8, 3], [1, 8, 3], [0, 9, 3], [1, 9, 3], [0, 10, 3], [0, 11, 3], [1, 11, 3], [0, 0x12, 2], [0, 0x14, 2], [1, 0x14, 2],
];

/** One random vector instruction (a word). */
export function vectorInstruction(r: Rng): number {
  const q = r.int(2);
  const u = r.int(2);
  const [rd, rn, rm] = [v(r), v(r), v(r)];
  const regs = (rn << 5) | rd;
  switch (r.int(18)) {
    case 0:
    case 1: { // three same, integer
      const [opcode, us, wide, maxSize] = r.pick(SAME);
      const uu = us === 2 ? u : us;
      let size = r.int(maxSize + 1);
      if (size === 3 && !wide) size = 2;
      const qq = size === 3 ? 1 : q;
      return ((qq << 30) | (uu << 29) | 0x0e200400 | (size << 22) | (rm << 16) | (opcode << 11) | regs) >>> 0;
    }
    case 2: // logical: and, bic, orr, orn, eor, bsl, bit, bif
      return ((q << 30) | (u << 29) | 0x0e201c00 | (r.int(4) << 22) | (rm << 16) | regs) >>> 0;
    case 3: { // three same, FP
      const key = r.pick(FP_SAME);
      const sz = r.int(2);
      return (((sz ? 1 : q) << 30) | ((key >> 6) << 29) | 0x0e200400 | (((key >> 5) & 1) << 23) | (sz << 22) | (rm << 16) | ((key & 31) << 11) | regs) >>> 0;
    }
    case 4: // three different
      return ((q << 30) | (u << 29) | 0x0e200000 | (r.int(3) << 22) | (rm << 16) | (r.pick([0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12]) << 12) | regs) >>> 0;
    case 5: { // two-register miscellaneous, integer
      const [uu, opcode, maxSize] = r.pick(MISC);
      const size = r.int(maxSize + 1);
      return (((size === 3 ? 1 : q) << 30) | (uu << 29) | 0x0e200800 | (size << 22) | (opcode << 12) | regs) >>> 0;
    }
    case 6: { // two-register miscellaneous, FP (and fcvtl, fcvtn)
      const sz = r.int(2);
      if (r.chance(0.2)) return ((q << 30) | 0x0e200800 | (sz << 22) | ((0x16 + r.int(2)) << 12) | regs) >>> 0;
      const key = r.pick(FP_MISC);
      return (((sz ? 1 : q) << 30) | ((key >> 6) << 29) | 0x0e200800 | (((key >> 5) & 1) << 23) | (sz << 22) | ((key & 31) << 12) | regs) >>> 0;
    }
    case 7: { // across lanes
      if (r.chance(0.3)) return (0x6e300800 | (r.pick([0, 2]) << 22) | (r.pick([0x0c, 0x0f]) << 12) | regs) >>> 0;
      const [uu, opcode] = r.pick([[0, 0x1b], [0, 0x0a], [1, 0x0a], [0, 0x1a], [1, 0x1a], [0, 3], [1, 3]]);
      const size = r.int(3);
      return (((size === 2 ? 1 : q) << 30) | (uu << 29) | 0x0e300800 | (size << 22) | (opcode << 12) | regs) >>> 0;
    }
    case 8: { // permutations, tables, ext
      const k = r.int(3);
      const size = r.int(4);
      if (k === 0) return (((size === 3 ? 1 : q) << 30) | 0x0e000800 | (size << 22) | (rm << 16) | (r.pick([1, 2, 3, 5, 6, 7]) << 12) | regs) >>> 0;
      if (k === 1) return ((q << 30) | 0x0e000000 | (rm << 16) | (r.int(4) << 13) | (r.int(2) << 12) | regs) >>> 0;
      return ((q << 30) | 0x2e000000 | (rm << 16) | (r.int(q ? 16 : 8) << 11) | regs) >>> 0;
    }
    case 9:
    case 10:
      return shiftImmediate(r, q, u, regs);
    case 11:
      return byElement(r, q, u, regs);
    case 12: // scalar pairwise: addp d, faddp, fmaxp, fminp, fmaxnmp, fminnmp
      if (r.chance(0.3)) return (0x5ef1b800 | regs) >>> 0;
    {
      const opcode = r.pick([0x0c, 0x0d, 0x0f]);
      return (0x7e300800 | (r.int(opcode === 0x0d ? 2 : 4) << 22) | (opcode << 12) | regs) >>> 0;
    }
    case 13:
      return scalarForm(r, u, regs, rm);
    case 14:
    case 15:
      return armv8Rest(r, q, u, regs, rm);
    default:
      return structure(r, q);
  }
}

/** Shifts by an immediate: right shifts by 1..esize, left by 0..esize-1, narrowing, fixed point. */
function shiftImmediate(r: Rng, q: number, u: number, regs: number): number {
  const kind = r.int(4);
  if (kind === 0) {
    // shrn, rshrn (u 0), sqshrun, sqrshrun (u 1), sqshrn, uqshrn, sqrshrn, uqrshrn: narrow lanes of 8 << size
    const size = r.int(3);
    const esize = 8 << size;
    const immhb = 2 * esize - r.range(1, esize);
    return ((q << 30) | (u << 29) | 0x0f000400 | (immhb << 16) | ((0x10 + r.int(4)) << 11) | regs) >>> 0;
  }
  if (kind === 1) {
    // scvtf, ucvtf, fcvtzs, fcvtzu (fixed point) on S or D lanes
    const size = 2 + r.int(2);
    const esize = 8 << size;
    const immhb = 2 * esize - r.range(1, esize);
    return (((size === 3 ? 1 : q) << 30) | (u << 29) | 0x0f000400 | (immhb << 16) | (r.pick([0x1c, 0x1f]) << 11) | regs) >>> 0;
  }
  const size = r.int(4);
  const esize = 8 << size;
  const qq = size === 3 ? 1 : q;
  const ops = [0, 2, 4, 6, 8, 0xa, 0xc, 0xe];
  const opcode = r.pick(ops);
  const uu = opcode === 8 || opcode === 0xc ? 1 : u;
  const left = opcode >= 0xa;
  const immhb = left ? esize + r.int(esize) : 2 * esize - r.range(1, esize);
  return ((qq << 30) | (uu << 29) | 0x0f000400 | (immhb << 16) | (opcode << 11) | regs) >>> 0;
}

/** Vector by element: mul, mla, mls, smull, umull, smlal, umlal, smlsl, umlsl, fmul, fmla, fmls. */
function byElement(r: Rng, q: number, u: number, regs: number): number {
  if (r.chance(0.4)) {
    const sz = r.int(2);
    const index = r.int(sz ? 2 : 4);
    const m = r.int(32);
    const [h, l] = sz ? [index, 0] : [index >> 1, index & 1];
    return (((sz ? 1 : q) << 30) | 0x0f800000 | (sz << 22) | (l << 21) | (m << 16) | (r.pick([1, 5, 9]) << 12) | (h << 11) | regs) >>> 0;
  }
  const size = 1 + r.int(2);
  const [uu, opcode] = r.pick([[0, 8], [1, 0], [1, 4], [u, 2], [u, 6], [u, 10]]);
  const index = r.int(size === 1 ? 8 : 4);
  const m = size === 1 ? r.int(16) : r.int(32);
  const [h, l, mbit] = size === 1 ? [index >> 2, (index >> 1) & 1, index & 1] : [index >> 1, index & 1, m >> 4];
  return ((q << 30) | (uu << 29) | 0x0f000000 | (size << 22) | (l << 21) | (mbit << 20) | ((m & 15) << 16) | (opcode << 12) | (h << 11) | regs) >>> 0;
}

/** ld1-ld4, st1-st4 (multiple and single structures), ld1r-ld4r; based on x5, post-indexed by size or by x6. */
function structure(r: Rng, q: number): number {
  const load = r.int(2);
  const post = r.int(2);
  const rm = post ? r.pick([31, 6]) : 0;
  const rt = r.int(32);
  const tail = (post << 23) | (rm << 16) | (5 << 5) | rt;
  if (r.chance(0.5)) {
    const opcode = r.pick([0, 2, 4, 6, 7, 8, 10]);
    let size = r.int(4);
    if (size === 3 && q === 0 && (opcode === 0 || opcode === 4 || opcode === 8)) size = 2;
    return ((q << 30) | 0x0c000000 | (load << 22) | (opcode << 12) | (size << 10) | tail) >>> 0;
  }
  const selem = r.int(2); // opcode bit 13
  const rbit = r.int(2);
  const scale = r.int(4);
  let s = r.int(2);
  let size = r.int(4);
  let l = load;
  if (scale === 1) size &= 2;
  if (scale === 2) {
    size &= 1;
    if (size) s = 0;
  }
  if (scale === 3) {
    l = 1;
    s = 0;
  }
  return ((q << 30) | 0x0d000000 | (l << 22) | (rbit << 21) | (((scale << 1) | selem) << 13) | (s << 12) | (size << 10) | tail) >>> 0;
}

/** The AdvSIMD scalar forms: integer three-same and shifts on D, FP compares and fabd, dup (element). */
function scalarForm(r: Rng, u: number, regs: number, rm: number): number {
  switch (r.int(4)) {
    case 0: {
      const opcode = r.pick([0x01, 0x05, 0x06, 0x07, 0x08, 0x0a, 0x10, 0x11]);
      return (0x5ee00400 | (u << 29) | (rm << 16) | (opcode << 11) | regs) >>> 0;
    }
    case 1: {
      const key = r.pick([0x1c, 0x5c, 0x7c, 0x5d, 0x7d, 0x7a]);
      return (0x5e200400 | ((key >> 6) << 29) | (((key >> 5) & 1) << 23) | (r.int(2) << 22) | (rm << 16) | ((key & 31) << 11) | regs) >>> 0;
    }
    case 2: {
      const opcode = r.pick([0, 2, 4, 6, 8, 0xa]);
      const immhb = opcode === 0xa ? 64 + r.int(64) : 128 - r.range(1, 64);
      return (0x5f000400 | ((opcode === 8 ? 1 : u) << 29) | (immhb << 16) | (opcode << 11) | regs) >>> 0;
    }
    default: {
      const size = r.int(4);
      const imm5 = ((r.int(16 >> size) << 1) | 1) << size;
      return (0x5e000400 | (imm5 << 16) | regs) >>> 0;
    }
  }
}

/**
 * The rest of Armv8.0's Advanced SIMD (chapter 4e, "The rest of Armv8.0"): saturating shifts by
 * register, doubling and polynomial multiplies, shll, sqxtun, suqadd, usqadd, fcvtxn, fmulx,
 * frecps, frsqrts, in vector, by-element and scalar forms.
 */
function armv8Rest(r: Rng, q: number, u: number, regs: number, rm: number): number {
  const m16 = rm & 15;
  switch (r.int(10)) {
    case 0: { // three same: sq(r)shl, uq(r)shl (any size), sq(r)dmulh (H, S), pmul (B)
      const k = r.int(3);
      if (k === 0) {
        const size = r.int(4);
        return (((size === 3 ? 1 : q) << 30) | (u << 29) | 0x0e200400 | (size << 22) | (rm << 16) | (r.pick([9, 0xb]) << 11) | regs) >>> 0;
      }
      if (k === 1) return ((q << 30) | (u << 29) | 0x0e200400 | ((1 + r.int(2)) << 22) | (rm << 16) | (0x16 << 11) | regs) >>> 0;
      return ((q << 30) | 0x2e200400 | (rm << 16) | (0x13 << 11) | regs) >>> 0;
    }
    case 1: { // three different: sqdmlal, sqdmlsl, sqdmull (H, S), pmull (B)
      const opcode = r.pick([9, 11, 13, 14]);
      const size = opcode === 14 ? 0 : 1 + r.int(2);
      return ((q << 30) | 0x0e200000 | (size << 22) | (rm << 16) | (opcode << 12) | regs) >>> 0;
    }
    case 2: { // two-register: shll, sqxtun (B, H, S), suqadd, usqadd (any), fcvtxn; the estimates
      const k = r.int(5);
      if (k === 4) {
        const key = r.pick([0x3c, 0x3d, 0x7c, 0x7d]);
        const sz = key & 1 ? r.int(2) : 0;
        return (((sz ? 1 : q) << 30) | ((key >> 6) << 29) | 0x0e200800 | (1 << 23) | (sz << 22) | ((key & 31) << 12) | regs) >>> 0;
      }
      if (k === 3) return ((q << 30) | 0x2e200800 | (1 << 22) | (0x16 << 12) | regs) >>> 0;
      if (k === 2) {
        const size = r.int(4);
        return (((size === 3 ? 1 : q) << 30) | (u << 29) | 0x0e200800 | (size << 22) | (3 << 12) | regs) >>> 0;
      }
      return ((q << 30) | 0x2e200800 | (r.int(3) << 22) | ((k ? 0x12 : 0x13) << 12) | regs) >>> 0;
    }
    case 3: { // FP three same: fmulx, frecps, frsqrts
      const key = r.pick([0x1b, 0x1f, 0x3f]);
      const sz = r.int(2);
      return (((sz ? 1 : q) << 30) | 0x0e200400 | (((key >> 5) & 1) << 23) | (sz << 22) | (rm << 16) | ((key & 31) << 11) | regs) >>> 0;
    }
    case 4: // by element: sqdmulh, sqrdmulh, sqdmull, sqdmlal, sqdmlsl; fmulx
      return elementForm(r, q, regs, rm, 0x0f000000);
    case 5: { // scalar three same on B, H, S; sq(r)dmulh; fmulx, frecps, frsqrts
      const k = r.int(3);
      if (k === 0) return (0x5e200400 | (u << 29) | (r.int(3) << 22) | (rm << 16) | (r.pick([1, 5, 9, 0xb]) << 11) | regs) >>> 0;
      if (k === 1) return (0x5e200400 | (u << 29) | ((1 + r.int(2)) << 22) | (rm << 16) | (0x16 << 11) | regs) >>> 0;
      const key = r.pick([0x1b, 0x1f, 0x3f]);
      return (0x5e200400 | (((key >> 5) & 1) << 23) | (r.int(2) << 22) | (rm << 16) | ((key & 31) << 11) | regs) >>> 0;
    }
    case 6: // scalar three different
      return (0x5e200000 | ((1 + r.int(2)) << 22) | (rm << 16) | (r.pick([9, 11, 13]) << 12) | regs) >>> 0;
    case 7: { // scalar two-register
      const k = r.int(6);
      if (k === 5) {
        const key = r.pick([0x3d, 0x7d, 0x3f]); // frecpe, frsqrte, frecpx
        return (0x5e200800 | ((key >> 6) << 29) | (1 << 23) | (r.int(2) << 22) | ((key & 31) << 12) | regs) >>> 0;
      }
      if (k === 0) return (0x5e200800 | (u << 29) | (r.int(4) << 22) | (r.pick([3, 7]) << 12) | regs) >>> 0;
      if (k === 1) {
        const [uu, opcode] = r.pick([[0, 8], [1, 8], [0, 9], [1, 9], [0, 10], [0, 11], [1, 11]]);
        return (0x5ee00800 | (uu << 29) | (opcode << 12) | regs) >>> 0;
      }
      if (k === 2) {
        const [uu, opcode] = r.pick([[0, 0x14], [1, 0x14], [1, 0x12]]);
        return (0x5e200800 | (uu << 29) | (r.int(3) << 22) | (opcode << 12) | regs) >>> 0;
      }
      if (k === 3) return (0x7e600800 | (0x16 << 12) | regs) >>> 0; // fcvtxn s, d
      const key = r.pick([0x2c, 0x2d, 0x2e, 0x6c, 0x6d]);
      return (0x5e200800 | ((key >> 6) << 29) | (((key >> 5) & 1) << 23) | (r.int(2) << 22) | ((key & 31) << 12) | regs) >>> 0;
    }
    case 8: // scalar by element
      return elementForm(r, 1, regs, m16 | (rm & 16), 0x5f000000);
    default: { // scalar shifts by an immediate: saturating, narrowing, fixed point
      const k = r.int(3);
      if (k === 0) {
        const size = r.int(4);
        const esize = 8 << size;
        const opcode = r.pick([0x0c, 0x0e]);
        return (0x5f000400 | ((opcode === 0x0c ? 1 : u) << 29) | ((esize + r.int(esize)) << 16) | (opcode << 11) | regs) >>> 0;
      }
      if (k === 1) {
        const esize = 8 << r.int(3);
        const opcode = 0x10 + r.int(4);
        const uu = opcode <= 0x11 ? 1 : u;
        return (0x5f000400 | (uu << 29) | ((2 * esize - r.range(1, esize)) << 16) | (opcode << 11) | regs) >>> 0;
      }
      const esize = 32 << r.int(2);
      return (0x5f000400 | (u << 29) | ((2 * esize - r.range(1, esize)) << 16) | (r.pick([0x1c, 0x1f]) << 11) | regs) >>> 0;
    }
  }
}

/** A by-element doubling multiply or fmulx/fmul/fmla/fmls, vector (base 0x0f…) or scalar (0x5f…). */
function elementForm(r: Rng, q: number, regs: number, rm: number, base: number): number {
  if (r.chance(0.4)) {
    const sz = r.int(2);
    const index = r.int(sz ? 2 : 4);
    const [h, l] = sz ? [index, 0] : [index >> 1, index & 1];
    const [uu, opcode] = base === 0x5f000000 ? r.pick([[0, 1], [0, 5], [0, 9], [1, 9]]) : [1, 9];
    return ((((sz && base !== 0x5f000000) ? 1 : q) << 30) | (uu << 29) | base | (1 << 23) | (sz << 22) | (l << 21) | (rm << 16) | (opcode << 12) | (h << 11) | regs) >>> 0;
  }
  const size = 1 + r.int(2);
  const opcode = r.pick([3, 7, 11, 12, 13]);
  const index = r.int(size === 1 ? 8 : 4);
  const [h, l, mbit] = size === 1 ? [index >> 2, (index >> 1) & 1, index & 1] : [index >> 1, index & 1, rm >> 4];
  return ((q << 30) | base | (size << 22) | (l << 21) | (mbit << 20) | ((rm & 15) << 16) | (opcode << 12) | (h << 11) | regs) >>> 0;
}
