// The seeded random instruction-sequence generator.
//
// A *sequence* is a short run of random but valid A64 instructions — integer
// data processing, loads and stores of every addressing mode, exclusives,
// forward branches — plus the state it starts from: x0–x30, NZCV and a
// 512-byte memory window. A *batch* is one static ELF holding many sequences;
// each one is entered by a prologue that loads its state from a table and
// left by an epilogue that writes x0–x30, NZCV and the window to stdout
// (768 bytes), so the same ELF run under qemu-aarch64 and under our emulator
// must print byte-identical output.
//
//   data segment:  D (0xe00 in): [x0..x30, NZCV: 256 bytes][window W: 512 bytes]   <- SP = D
//                  T_0, T_1, ...: [initial x0..x30, NZCV][initial window]
//   code segment:  _start: sp = D
//                  seq i:  adrp x29, T_i; add x29, x29, :lo12:T_i; bl prep
//                          ldr x30, [x29, #240]; ldr x28, [x29, #224]; ldr x29, [x29, #232]
//                          <body>
//                  end_i:  str x30, [sp, #240]; bl dump
//                  exit(0); prep: copy window, msr nzcv, load x0..x27; ret
//                  dump: store x0..x29 and NZCV at SP, write(1, sp, 768); ret
//
// The invariants that keep every sequence well-defined (no UNPREDICTABLE
// encodings, no faults, no dependence on anything but the sequence's state):
//  - SP is never written (no Rd = 31 where 31 means SP, no writeback to it),
//    so the epilogue can always find the dump area; it may be read, and be the
//    base of an access that lands in the window.
//  - A few *pointer* registers start inside the window (or far below it, for
//    large scaled offsets); they are never the destination of anything but a
//    load/store writeback, and every access is proved in-window from the
//    interval of values each pointer can hold at that point.
//  - Branches only go forward, to an item boundary inside the sequence or to
//    its epilogue; multi-instruction items (index setup + load, exclusive
//    pairs) are never entered in the middle.
import * as A from "./a64.ts";
import { buildElf, CODE_OFFSET, CODE_VADDR, dataVaddr } from "./elf.ts";

export const WINDOW = 512;
export const STATE = 256;
export const RECORD = STATE + WINDOW;
const TABLE_STRIDE = RECORD;
const D_OFFSET = 0xe00;

/** A small, fast, seedable PRNG (sfc32, from PractRand). */
export class Rng {
  a: number;
  b: number;
  c: number;
  d: number;
  constructor(seed: number) {
    this.a = 0x9e3779b9;
    this.b = seed >>> 0;
    this.c = 0x243f6a88 ^ Math.imul(seed, 0x85ebca6b);
    this.d = 1;
    for (let i = 0; i < 15; i++) this.u32();
  }
  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }
  /** Uniform in [0, n). */
  int(n: number): number {
    return Math.floor((this.u32() / 4294967296) * n);
  }
  /** Uniform in [lo, hi]. */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  chance(p: number): boolean {
    return this.u32() / 4294967296 < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  u64(): bigint {
    return (BigInt(this.u32()) << 32n) | BigInt(this.u32());
  }
}

/** Operand values that find carry, overflow and sign bugs. */
const EDGE: readonly bigint[] = [
  0n,
  1n,
  2n,
  0x7fn,
  0x80n,
  0xffn,
  0x7fffn,
  0x8000n,
  0xffffn,
  0x7fffffffn,
  0x80000000n,
  0xffffffffn,
  0x100000000n,
  0x7fffffffffffffffn,
  0x8000000000000000n,
  0xfffffffffffffffen,
  0xffffffffffffffffn,
  0xffffffff80000000n,
  0xffffffff7fffffffn,
];

function randomValue(r: Rng): bigint {
  const k = r.int(10);
  if (k < 3) return r.pick(EDGE);
  if (k < 5) return BigInt.asUintN(64, BigInt(r.range(-64, 64)));
  if (k < 6) return BigInt(r.u32());
  if (k < 7) return BigInt.asUintN(64, BigInt.asIntN(32, BigInt(r.u32())));
  return r.u64();
}

/** How a branch's word is patched once item addresses are known. */
type Fixup = { word: number; kind: "imm26" | "imm19" | "imm14" | "adr"; target: number };

/** One generator step: one or a few words that are always executed together. */
export type Item = { words: number[]; fixups?: Fixup[]; form: string };

export type Sequence = {
  /** x0..x30 */
  regs: bigint[];
  /** NZCV in bits 31:28 */
  nzcv: number;
  window: Uint8Array;
  /** Pointer registers and their initial byte offset from the window's start (patched in at layout). */
  pointers: { reg: number; off: number }[];
  items: Item[];
};

/** Interval of a pointer register's value, as a byte offset from the window's start. */
type Ptr = { reg: number; lo: number; hi: number };

/** The generation context of one sequence. */
class Ctx {
  r: Rng;
  ptrs: Ptr[];
  /** Registers that may be written: everything but the pointers. */
  dests: number[];
  items: Item[] = [];
  /** Words emitted so far in the body (for literal offsets). */
  words = 0;
  /** Items up to (not including) this index may be skipped by a pending branch. */
  shadowEnd = 0;
  length: number;
  constructor(r: Rng, ptrs: Ptr[], length: number) {
    this.r = r;
    this.ptrs = ptrs;
    this.length = length;
    const isPtr = new Set(ptrs.map((p) => p.reg));
    this.dests = [];
    for (let i = 0; i <= 30; i++) if (!isPtr.has(i)) this.dests.push(i);
  }
  sf(): number {
    return this.r.int(2);
  }
  /** A writable register; `zr` allows 31 (which must mean XZR/WZR in that encoding). */
  dest(zr = true): number {
    return zr && this.r.chance(0.05) ? A.ZR : this.r.pick(this.dests);
  }
  /** Any register as a source (31 = XZR, or SP where the encoding says so). */
  src(): number {
    return this.r.chance(0.06) ? 31 : this.r.int(31);
  }
  /** Applies a writeback of `delta` to pointer p, widening if the item may be skipped. */
  writeback(p: Ptr, delta: number): void {
    if (this.items.length < this.shadowEnd) {
      p.lo = Math.min(p.lo, p.lo + delta);
      p.hi = Math.max(p.hi, p.hi + delta);
    } else {
      p.lo += delta;
      p.hi += delta;
    }
  }
}

/** Whether every address p + off .. p + off + size - 1 stays in the window. */
const fits = (p: Ptr, off: number, size: number): boolean => p.lo + off >= 0 && p.hi + off + size <= WINDOW;

/** A random offset in [min, max] that is a multiple of `scale` and keeps an access of `size` in the window. */
function pickOffset(r: Rng, p: Ptr, size: number, scale: number, min: number, max: number): number | null {
  const lo = Math.max(min, -p.lo);
  const hi = Math.min(max, WINDOW - size - p.hi);
  const first = Math.ceil(lo / scale);
  const last = Math.floor(hi / scale);
  if (first > last) return null;
  return r.range(first, last) * scale;
}

/** After a writeback the pointer must still be usable: keep it inside the window. */
function pickWriteback(r: Rng, p: Ptr, scale: number, min: number, max: number): number | null {
  return pickOffset(r, p, 16, scale, min, max);
}

// ---------------------------------------------------------------------------
// The forms. Each returns an item or null when its constraints cannot be met.

type Form = { name: string; weight: number; gen: (c: Ctx) => Item | null };

const one = (form: string, w: number): Item => ({ words: [w], form });

/** Allocated (size, opc) pairs of the single-register loads/stores: size, opc, load?, signed-into. */
const ACCESS: readonly { size: number; opc: number; load: boolean; name: string }[] = [
  { size: 0, opc: 0, load: false, name: "strb" },
  { size: 0, opc: 1, load: true, name: "ldrb" },
  { size: 0, opc: 2, load: true, name: "ldrsb x" },
  { size: 0, opc: 3, load: true, name: "ldrsb w" },
  { size: 1, opc: 0, load: false, name: "strh" },
  { size: 1, opc: 1, load: true, name: "ldrh" },
  { size: 1, opc: 2, load: true, name: "ldrsh x" },
  { size: 1, opc: 3, load: true, name: "ldrsh w" },
  { size: 2, opc: 0, load: false, name: "str w" },
  { size: 2, opc: 1, load: true, name: "ldr w" },
  { size: 2, opc: 2, load: true, name: "ldrsw" },
  { size: 3, opc: 0, load: false, name: "str x" },
  { size: 3, opc: 1, load: true, name: "ldr x" },
];

/** The register transferred by a load (never a pointer) or a store (anything but the base when writing back). */
function transferReg(c: Ctx, load: boolean, base: number, writeback: boolean): number {
  if (load) return c.dest(true);
  for (;;) {
    const t = c.src();
    if (!(writeback && t === base)) return t;
  }
}

/**
 * A base register for an access. Without writeback, SP is a candidate too: the window starts
 * 256 bytes above it (rule 2 forbids only writing SP), which tests that base register 31
 * means SP, not XZR.
 */
function pointer(c: Ctx, writeback: boolean): Ptr | null {
  if (!writeback && c.r.chance(0.15)) return { reg: 31, lo: -STATE, hi: -STATE };
  return c.ptrs.length ? c.r.pick(c.ptrs) : null;
}

const FORMS: Form[] = [
  // ---- C4.1.2 data processing, immediate
  {
    name: "add/sub imm",
    weight: 6,
    gen: (c) => {
      const s = c.r.int(2);
      return one(
        s ? "adds/subs imm" : "add/sub imm",
        A.addSubImm(
          c.sf(),
          c.r.int(2),
          s,
          c.r.int(2),
          c.r.chance(0.2) ? c.r.pick([0, 1, 4095]) : c.r.int(4096),
          c.src(),
          c.dest(s === 1),
        ),
      );
    },
  },
  {
    name: "logical imm",
    weight: 5,
    gen: (c) => {
      const sf = c.sf();
      for (;;) {
        const n = sf ? c.r.int(2) : 0;
        const imms = c.r.int(64);
        const immr = c.r.int(sf ? 64 : 32);
        if (!A.validBitmask(n, imms, sf ? 64 : 32)) continue;
        const opc = c.r.int(4);
        return one("logical imm", A.logicalImm(sf, opc, n, immr, imms, c.src(), c.dest(opc === 3)));
      }
    },
  },
  {
    name: "move wide",
    weight: 4,
    gen: (c) => {
      const sf = c.sf();
      return one(
        "movn/movz/movk",
        A.moveWide(
          sf,
          c.r.pick([0, 2, 3]),
          c.r.int(sf ? 4 : 2),
          c.r.chance(0.2) ? c.r.pick([0, 0xffff, 0x8000]) : c.r.int(0x10000),
          c.dest(),
        ),
      );
    },
  },
  {
    name: "bitfield",
    weight: 6,
    gen: (c) => {
      const sf = c.sf();
      const w = sf ? 64 : 32;
      const edge = () => (c.r.chance(0.3) ? c.r.pick([0, 1, w - 2, w - 1]) : c.r.int(w));
      return one("sbfm/bfm/ubfm", A.bitfield(sf, c.r.int(3), edge(), edge(), c.src(), c.dest()));
    },
  },
  {
    name: "extr",
    weight: 2,
    gen: (c) => {
      const sf = c.sf();
      return one("extr", A.extr(sf, c.src(), c.r.int(sf ? 64 : 32), c.src(), c.dest()));
    },
  },
  {
    name: "adr/adrp",
    weight: 1,
    gen: (c) => one("adr/adrp", A.adr(c.r.int(2), c.r.range(-(1 << 20), (1 << 20) - 1), c.dest())),
  },
  // ---- C4.1.5 data processing, register
  {
    name: "logical shifted",
    weight: 6,
    gen: (c) => {
      const sf = c.sf();
      // mov (orr with the zero register, unshifted) has its own decode row
      if (c.r.chance(0.1)) return one("mov", A.logicalReg(sf, 1, 0, 0, c.src(), 0, 31, c.dest()));
      return one(
        "logical shifted",
        A.logicalReg(sf, c.r.int(4), c.r.int(4), c.r.int(2), c.src(), c.r.int(sf ? 64 : 32), c.src(), c.dest()),
      );
    },
  },
  {
    name: "add/sub shifted",
    weight: 6,
    gen: (c) => {
      const sf = c.sf();
      return one(
        "add/sub shifted",
        A.addSubShifted(sf, c.r.int(2), c.r.int(2), c.r.int(3), c.src(), c.r.int(sf ? 64 : 32), c.src(), c.dest()),
      );
    },
  },
  {
    name: "add/sub extended",
    weight: 4,
    gen: (c) => {
      const s = c.r.int(2);
      return one(
        "add/sub extended",
        A.addSubExtended(c.sf(), c.r.int(2), s, c.src(), c.r.int(8), c.r.int(5), c.src(), c.dest(s === 1)),
      );
    },
  },
  {
    name: "adc/sbc",
    weight: 4,
    gen: (c) => one("adc/sbc", A.addSubCarry(c.sf(), c.r.int(2), c.r.int(2), c.src(), c.src(), c.dest())),
  },
  {
    name: "ccmp/ccmn",
    weight: 4,
    gen: (c) => {
      const imm = c.r.int(2);
      return one(
        "ccmp/ccmn",
        A.condCompare(c.sf(), c.r.int(2), imm ? c.r.int(32) : c.src(), c.r.int(16), imm, c.src(), c.r.int(16)),
      );
    },
  },
  {
    name: "csel family",
    weight: 4,
    gen: (c) =>
      one(
        "csel/csinc/csinv/csneg",
        A.condSelect(c.sf(), c.r.int(2), c.src(), c.r.int(16), c.r.int(2), c.src(), c.dest()),
      ),
  },
  {
    name: "dp 2-source",
    weight: 4,
    gen: (c) =>
      one("udiv/sdiv/lslv/lsrv/asrv/rorv", A.dp2(c.sf(), c.src(), c.r.pick([2, 3, 8, 9, 10, 11]), c.src(), c.dest())),
  },
  {
    name: "dp 1-source",
    weight: 3,
    gen: (c) => {
      const sf = c.sf();
      return one("rbit/rev/clz/cls", A.dp1(sf, c.r.pick(sf ? [0, 1, 2, 3, 4, 5] : [0, 1, 2, 4, 5]), c.src(), c.dest()));
    },
  },
  {
    name: "dp 3-source",
    weight: 4,
    gen: (c) => {
      const k = c.r.int(5);
      // madd/msub (either width), smaddl/smsubl, smulh, umaddl/umsubl, umulh
      if (k === 0) return one("madd/msub", A.dp3(c.sf(), 0, c.src(), c.r.int(2), c.src(), c.src(), c.dest()));
      const op31 = [1, 2, 5, 6][k - 1];
      const high = op31 === 2 || op31 === 6;
      return one(
        high ? "smulh/umulh" : "smaddl/umaddl",
        A.dp3(1, op31, c.src(), high ? 0 : c.r.int(2), high ? 31 : c.src(), c.src(), c.dest()),
      );
    },
  },
  // ---- system instructions that EL0 may use
  {
    name: "nzcv",
    weight: 1,
    gen: (c) => one("msr/mrs nzcv", c.r.int(2) ? A.msr(A.NZCV, c.src()) : A.mrs(A.NZCV, c.dest())),
  },
  {
    name: "tpidr_el0",
    weight: 0.3,
    gen: (c) => ({ words: [A.msr(A.TPIDR_EL0, c.src()), A.mrs(A.TPIDR_EL0, c.dest())], form: "msr+mrs tpidr_el0" }),
  },
  {
    name: "hints and barriers",
    weight: 0.5,
    gen: (c) => {
      const k = c.r.int(5);
      const crm = c.r.pick([1, 2, 3, 5, 6, 7, 9, 10, 11, 13, 14, 15]);
      if (k === 0) return one("nop/yield", A.hint(c.r.int(2)));
      if (k === 1) return one("dsb", A.barrier(crm, 4));
      if (k === 2) return one("dmb", A.barrier(crm, 5));
      if (k === 3) return one("isb", A.barrier(15, 6));
      return one("clrex", A.barrier(c.r.int(16), 2));
    },
  },
  // ---- C4.1.3 forward branches
  {
    name: "branch",
    weight: 3,
    gen: (c) => {
      const here = c.items.length;
      if (here + 1 > c.length) return null;
      // The target: an item boundary after this item, or the epilogue (index == length).
      const target = c.r.range(here + 1, Math.min(c.length, here + 6));
      c.shadowEnd = Math.max(c.shadowEnd, target);
      const k = c.r.int(9);
      if (k === 0) return { words: [A.b(0, 0)], fixups: [{ word: 0, kind: "imm26", target }], form: "b" };
      if (k === 1) return { words: [A.b(1, 0)], fixups: [{ word: 0, kind: "imm26", target }], form: "bl" };
      if (k <= 3)
        return { words: [A.bcond(0, c.r.int(16))], fixups: [{ word: 0, kind: "imm19", target }], form: "b.cond" };
      if (k <= 5)
        return {
          words: [A.cbz(c.sf(), c.r.int(2), 0, c.src())],
          fixups: [{ word: 0, kind: "imm19", target }],
          form: "cbz/cbnz",
        };
      if (k <= 7)
        return {
          words: [A.tbz(c.r.int(64), c.r.int(2), 0, c.src())],
          fixups: [{ word: 0, kind: "imm14", target }],
          form: "tbz/tbnz",
        };
      // adr xT, target; br/blr/ret xT
      const t = c.dest(false);
      return {
        words: [A.adr(0, 0, t), A.branchReg(c.r.int(3), t)],
        fixups: [{ word: 0, kind: "adr", target }],
        form: "br/blr/ret",
      };
    },
  },
  // ---- C4.1.4 loads and stores
  {
    name: "ld/st unsigned offset",
    weight: 6,
    gen: (c) => {
      const p = pointer(c, false);
      if (!p) return null;
      const a = c.r.pick(ACCESS);
      const size = 1 << a.size;
      const off = pickOffset(c.r, p, size, size, 0, 4095 * size);
      if (off === null) return null;
      return one(
        `${a.name} [xn, #uimm]`,
        A.ldstUimm(a.size, a.opc, off / size, p.reg, transferReg(c, a.load, p.reg, false)),
      );
    },
  },
  {
    name: "ld/st imm9",
    weight: 6,
    gen: (c) => {
      const idx = c.r.int(4); // 0 unscaled, 1 post, 2 unprivileged, 3 pre
      const p = pointer(c, idx === 1 || idx === 3);
      if (!p) return null;
      const a = c.r.pick(ACCESS);
      const size = 1 << a.size;
      const form = `${a.name} ${["[xn, #simm]", "[xn], #simm", "unprivileged", "[xn, #simm]!"][idx]}`;
      if (idx === 0 || idx === 2) {
        const off = pickOffset(c.r, p, size, 1, -256, 255);
        if (off === null) return null;
        return one(form, A.ldstImm9(a.size, a.opc, off, idx, p.reg, transferReg(c, a.load, p.reg, false)));
      }
      const wb = pickWriteback(c.r, p, 1, -256, 255);
      if (wb === null || (idx === 3 && !fits(p, wb, size)) || (idx === 1 && !fits(p, 0, size))) return null;
      const item = one(form, A.ldstImm9(a.size, a.opc, wb, idx, p.reg, transferReg(c, a.load, p.reg, true)));
      c.writeback(p, wb);
      return item;
    },
  },
  {
    name: "ld/st register offset",
    weight: 5,
    gen: (c) => {
      const p = pointer(c, true); // (SP is 256 bytes below the window: no index reaches it)
      if (!p) return null;
      const a = c.r.pick(ACCESS);
      const size = 1 << a.size;
      const option = c.r.pick([2, 3, 6, 7]); // uxtw, lsl, sxtw, sxtx
      const s = c.r.int(2);
      const shift = s ? a.size : 0;
      const signed = option === 6 || option === 7;
      // A bounded index made from a random register: and (unsigned) or sbfx (signed).
      const idx = c.dest(false);
      for (let bits = 7; bits >= 1; bits--) {
        const lo = signed ? -(2 ** (bits - 1)) << shift : 0;
        const hi = (signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1) * 2 ** shift;
        if (!fits(p, lo, size) || !fits(p, hi, size)) continue;
        const words: number[] = [];
        const w32 = option === 2 || option === 6;
        if (signed) words.push(A.bitfield(w32 ? 0 : 1, 0, 0, bits - 1, c.src(), idx));
        else words.push(A.logicalImm(1, 0, 1, 0, bits - 1, c.src(), idx));
        // uxtw/sxtw must ignore the upper half: sometimes fill it with ones.
        if (w32 && c.r.chance(0.4)) words.push(A.logicalImm(1, 1, 1, 32, 31, idx, idx));
        const rt = a.load ? c.r.pick(c.dests.filter((d) => d !== idx).concat([31])) : c.src();
        words.push(A.ldstReg(a.size, a.opc, idx, option, s, p.reg, rt));
        return { words, form: `${a.name} [xn, xm, ${["", "", "uxtw", "lsl", "", "", "sxtw", "sxtx"][option]}]` };
      }
      return null;
    },
  },
  {
    name: "prfm",
    weight: 1,
    gen: (c) => {
      // Prefetches never fault, whatever the address: any base register.
      const k = c.r.int(4);
      const op = c.r.int(32);
      if (k === 0) return one("prfm [xn, #uimm]", A.ldstUimm(3, 2, c.r.int(4096), c.src(), op));
      if (k === 1) return one("prfum", A.ldstImm9(3, 2, c.r.range(-256, 255), 0, c.src(), op));
      if (k === 2)
        return one("prfm [xn, xm]", A.ldstReg(3, 2, c.src(), c.r.pick([2, 3, 6, 7]), c.r.int(2), c.src(), op));
      return one("prfm literal", A.ldrLiteral(3, c.r.range(-1000, 1000), op));
    },
  },
  {
    name: "ldr literal",
    weight: 1,
    gen: (c) => {
      // Read back an instruction word of this sequence or its prologue (6 words).
      const back = c.r.range(1, c.words + 6);
      return one("ldr/ldrsw literal", A.ldrLiteral(c.r.int(3), -back, c.dest()));
    },
  },
  {
    name: "ld/st pair",
    weight: 5,
    gen: (c) => {
      const k = c.r.int(3); // 0: w, 1: x, 2: ldpsw
      const opc = [0, 2, 1][k];
      const scale = k === 1 ? 8 : 4;
      const l = k === 2 ? 1 : c.r.int(2);
      const type = k === 2 ? c.r.range(1, 3) : c.r.int(4);
      const p = pointer(c, type === 1 || type === 3);
      if (!p) return null;
      const rt = l ? c.dest() : c.src();
      let rt2 = l ? c.dest() : c.src();
      while (l && rt2 === rt) rt2 = c.dest();
      const wbForm = type === 1 || type === 3;
      if (wbForm && (rt === p.reg || rt2 === p.reg)) return null;
      const form = `${["stp/ldp w", "stp/ldp x", "ldpsw"][k]} ${["nontemporal", "post-index", "offset", "pre-index"][type]}`;
      if (!wbForm) {
        const off = pickOffset(c.r, p, 2 * scale, scale, -64 * scale, 63 * scale);
        if (off === null) return null;
        return one(form, A.ldstPair(opc, type, l, off / scale, rt2, p.reg, rt));
      }
      const wb = pickWriteback(c.r, p, scale, -64 * scale, 63 * scale);
      if (wb === null || (type === 3 && !fits(p, wb, 2 * scale)) || (type === 1 && !fits(p, 0, 2 * scale))) return null;
      const item = one(form, A.ldstPair(opc, type, l, wb / scale, rt2, p.reg, rt));
      c.writeback(p, wb);
      return item;
    },
  },
  {
    name: "exclusive",
    weight: 3,
    gen: (c) => {
      // and xT, xP, #-16 gives an aligned address in the window; then
      //  ldxr/ldaxr; [an ALU op]; stxr/stlxr   (a load-store-exclusive pair that succeeds)
      //  ldxp/ldaxp; stxp/stlxp
      //  clrex; stxr                           (fails: status 1, memory unchanged)
      //  ldar / stlr                           (ordered, any width)
      const p = pointer(c, true); // and xT, SP would read XZR: never SP here
      if (!p) return null;
      const lo = Math.floor(p.lo / 16) * 16;
      const hi = Math.floor(p.hi / 16) * 16;
      if (lo < 0 || hi + 16 > WINDOW) return null;
      const dests = c.dests.slice();
      const take = (): number => {
        const i = c.r.int(dests.length);
        return dests.splice(i, 1)[0];
      };
      const t = take();
      const andT = A.logicalImm(1, 0, 1, 60, 59, p.reg, t); // and xT, xP, #0xfffffffffffffff0
      const k = c.r.int(5);
      const size = c.r.int(4);
      if (k <= 1) {
        const rt = take();
        const rs = take();
        const acq = c.r.int(2);
        const rel = c.r.int(2);
        const words = [andT, A.ldstExcl(size, 0, 1, 0, 31, acq, 31, t, rt)];
        if (c.r.chance(0.5)) words.push(A.addSubImm(size === 3 ? 1 : 0, 0, 0, 0, c.r.int(4096), rt, rt));
        words.push(A.ldstExcl(size, 0, 0, 0, rs, rel, 31, t, rt));
        return { words, form: "ldxr+stxr" };
      }
      if (k === 2) {
        const rt = take();
        const rt2 = take();
        const rs = take();
        const sz = c.r.int(2);
        return {
          words: [
            andT,
            A.ldstExcl(2 + sz, 0, 1, 1, 31, c.r.int(2), rt2, t, rt),
            A.ldstExcl(2 + sz, 0, 0, 1, rs, c.r.int(2), rt2, t, rt),
          ],
          form: "ldxp+stxp",
        };
      }
      if (k === 3) {
        const rt = c.src();
        const rs = take();
        const pairs = c.r.int(2);
        const st = pairs
          ? A.ldstExcl(2 + c.r.int(2), 0, 0, 1, rs, c.r.int(2), c.r.pick(dests), t, rt === rs ? t : rt)
          : A.ldstExcl(size, 0, 0, 0, rs, c.r.int(2), 31, t, rt === rs ? t : rt);
        return { words: [andT, A.barrier(15, 2), st], form: "clrex+stxr" };
      }
      const l = c.r.int(2);
      const rt = l ? take() : c.src();
      return { words: [andT, A.ldstExcl(size, 1, l, 0, 31, 1, 31, t, rt)], form: l ? "ldar" : "stlr" };
    },
  },
];

const TOTAL_WEIGHT = FORMS.reduce((s, f) => s + f.weight, 0);

function pickForm(r: Rng): Form {
  let x = (r.u32() / 4294967296) * TOTAL_WEIGHT;
  for (const f of FORMS) {
    x -= f.weight;
    if (x < 0) return f;
  }
  return FORMS[FORMS.length - 1];
}

/** Generates one sequence of `length` items from `r`. */
export function generateSequence(r: Rng, length: number): Sequence {
  const regs: bigint[] = [];
  for (let i = 0; i <= 30; i++) regs.push(randomValue(r));
  // Pointer registers: one to three of x0..x29; most start inside the window,
  // some far below it so that large scaled offsets are reachable.
  const nptr = r.range(1, 3);
  const ptrs: Ptr[] = [];
  const used = new Set<number>();
  while (ptrs.length < nptr) {
    const reg = r.int(30);
    if (used.has(reg)) continue;
    used.add(reg);
    const off = r.chance(0.15) ? r.range(-4095 * 8 + WINDOW, -1) : r.range(96, WINDOW - 112);
    const aligned = r.chance(0.5) ? off & ~7 : off;
    ptrs.push({ reg, lo: aligned, hi: aligned });
  }
  const pointers = ptrs.map((p) => ({ reg: p.reg, off: p.lo }));
  const c = new Ctx(r, ptrs, length);
  while (c.items.length < length) {
    let item: Item | null = null;
    for (let tries = 0; tries < 20 && !item; tries++) item = pickForm(r).gen(c);
    if (!item) item = one("nop", A.NOP);
    c.items.push(item);
    c.words += item.words.length;
  }
  const window = new Uint8Array(WINDOW);
  for (let i = 0; i < WINDOW; i += 4) {
    const v = r.chance(0.1) ? r.pick([0, 0xffffffff, 0x80000000, 0x7fffffff]) : r.u32();
    window[i] = v & 0xff;
    window[i + 1] = (v >>> 8) & 0xff;
    window[i + 2] = (v >>> 16) & 0xff;
    window[i + 3] = v >>> 24;
  }
  return { regs, nzcv: r.int(16) << 28, window, pointers, items: c.items };
}

// ---------------------------------------------------------------------------
// Laying out a batch.

const PROLOGUE_WORDS = 6;
const EPILOGUE_WORDS = 2;

function seqWords(s: Sequence): number {
  return PROLOGUE_WORDS + s.items.reduce((n, it) => n + it.words.length, 0) + EPILOGUE_WORDS;
}

/** Builds the ELF for a batch of sequences. */
export function buildBatch(seqs: Sequence[]): Uint8Array {
  const startWords = 4; // adrp x0, D; add x0, x0, lo12; mov sp, x0; b first
  let codeWords = startWords;
  const seqStart: number[] = [];
  for (const s of seqs) {
    seqStart.push(codeWords);
    codeWords += seqWords(s);
  }
  const exitAt = codeWords;
  codeWords += 3; // mov x0, #0; mov x8, #93; svc #0
  const prepAt = codeWords;
  const prep = prepWords(prepAt);
  codeWords += prep.length;
  const dumpAt = codeWords;
  const dump = dumpWords();
  codeWords += dump.length;

  const code = new Uint32Array(codeWords);
  const codeBase = CODE_VADDR + CODE_OFFSET;
  const pc = (word: number) => codeBase + word * 4;
  const dataBase = dataVaddr(codeWords * 4);
  // The dump area sits 0xe00 into the data segment, so the window W (D + 256 .. D + 768)
  // straddles a page boundary and accesses that cross it are generated too.
  const D = dataBase + D_OFFSET;
  const tableAt = (i: number) => D + RECORD + i * TABLE_STRIDE;

  const adrp = (at: number, target: number, rd: number) =>
    A.adr(1, Math.floor(target / 4096) - Math.floor(pc(at) / 4096), rd);
  const lo12 = (target: number) => target & 0xfff;
  code[0] = adrp(0, D, 0);
  code[1] = A.addSubImm(1, 0, 0, 0, lo12(D), 0, 0);
  code[2] = A.addSubImm(1, 0, 0, 0, 0, 0, 31); // mov sp, x0
  code[3] = A.b(0, 1);

  const data = new Uint8Array(D_OFFSET + RECORD + seqs.length * TABLE_STRIDE);
  const dv = new DataView(data.buffer);
  seqs.forEach((s, i) => {
    let w = seqStart[i];
    const T = tableAt(i);
    code[w] = adrp(w, T, 29);
    code[w + 1] = A.addSubImm(1, 0, 0, 0, lo12(T), 29, 29);
    code[w + 2] = A.b(1, prepAt - (w + 2));
    code[w + 3] = A.ldstUimm(3, 1, 240 / 8, 29, 30);
    code[w + 4] = A.ldstUimm(3, 1, 224 / 8, 29, 28);
    code[w + 5] = A.ldstUimm(3, 1, 232 / 8, 29, 29);
    w += PROLOGUE_WORDS;
    const itemAt: number[] = [];
    for (const it of s.items) {
      itemAt.push(w);
      w += it.words.length;
    }
    const endAt = w;
    itemAt.push(endAt);
    s.items.forEach((it, k) => {
      it.words.forEach((word, j) => {
        code[itemAt[k] + j] = word;
      });
      for (const f of it.fixups ?? []) {
        const at = itemAt[k] + f.word;
        const delta = itemAt[f.target] - at;
        const word = code[at];
        if (f.kind === "imm26") code[at] = (word & 0xfc000000) | (delta & 0x3ffffff);
        else if (f.kind === "imm19") code[at] = (word & 0xff00001f) | ((delta & 0x7ffff) << 5);
        else if (f.kind === "imm14") code[at] = (word & 0xfff8001f) | ((delta & 0x3fff) << 5);
        else code[at] = A.adr(0, delta * 4, word & 31);
        code[at] >>>= 0;
      }
    });
    code[endAt] = A.ldstUimm(3, 0, 240 / 8, 31, 30); // str x30, [sp, #240]
    code[endAt + 1] = A.b(1, dumpAt - (endAt + 1));
    // The initial-state table.
    const base = D_OFFSET + RECORD + i * TABLE_STRIDE;
    const regs = s.regs.slice();
    for (const p of s.pointers) regs[p.reg] = BigInt(D + STATE + p.off);
    for (let r = 0; r < 31; r++) dv.setBigUint64(base + r * 8, BigInt.asUintN(64, regs[r]), true);
    dv.setBigUint64(base + 248, BigInt(s.nzcv >>> 0), true);
    data.set(s.window, base + STATE);
  });
  code[3] = A.b(0, (seqs.length ? seqStart[0] : exitAt) - 3);
  code[exitAt] = A.moveWide(1, 2, 0, 0, 0);
  code[exitAt + 1] = A.moveWide(1, 2, 0, 93, 8);
  code[exitAt + 2] = A.svc(0);
  code.set(prep, prepAt);
  code.set(dump, dumpAt);
  return buildElf(new Uint8Array(code.buffer), data);
}

/** prep: copy the window from T (x29) to W (sp + 256), set NZCV, load x0..x27. */
function prepWords(at: number): number[] {
  void at;
  const w: number[] = [
    A.addSubImm(1, 0, 0, 0, 256, 29, 0), // add x0, x29, #256
    A.addSubImm(1, 0, 0, 0, 256, 31, 1), // add x1, sp, #256
    A.moveWide(1, 2, 0, WINDOW / 16, 2), // mov x2, #32
    A.ldstPair(2, 1, 1, 2, 4, 0, 3), // ldp x3, x4, [x0], #16
    A.ldstPair(2, 1, 0, 2, 4, 1, 3), // stp x3, x4, [x1], #16
    A.addSubImm(1, 1, 1, 0, 1, 2, 2), // subs x2, x2, #1
    A.bcond(-3, 1), // b.ne loop
    A.ldstUimm(3, 1, 248 / 8, 29, 0), // ldr x0, [x29, #248]
    A.msr(A.NZCV, 0), // msr nzcv, x0
  ];
  for (let r = 0; r < 28; r += 2) w.push(A.ldstPair(2, 2, 1, r, r + 1, 29, r)); // ldp xr, xr+1, [x29, #8r]
  w.push(A.branchReg(2, 30)); // ret
  return w;
}

/** dump: store x0..x29 and NZCV at sp (x30 is already there), write(1, sp, 768), return. */
function dumpWords(): number[] {
  const w: number[] = [];
  for (let r = 0; r < 30; r += 2) w.push(A.ldstPair(2, 2, 0, r, r + 1, 31, r)); // stp xr, xr+1, [sp, #8r]
  w.push(A.mrs(A.NZCV, 0)); // mrs x0, nzcv
  w.push(A.ldstUimm(3, 0, 248 / 8, 31, 0)); // str x0, [sp, #248]
  w.push(A.moveWide(1, 2, 0, 1, 0)); // mov x0, #1
  w.push(A.addSubImm(1, 0, 0, 0, 0, 31, 1)); // mov x1, sp
  w.push(A.moveWide(1, 2, 0, RECORD, 2)); // mov x2, #768
  w.push(A.moveWide(1, 2, 0, 64, 8)); // mov x8, #64 (write)
  w.push(A.svc(0));
  w.push(A.branchReg(2, 30)); // ret
  return w;
}

/** The sequences of batch `batch` of the run seeded with `seed`: fully determined by the two. */
export function generateBatch(seed: number, batch: number, count: number): Sequence[] {
  const r = new Rng((Math.imul(seed, 0x9e3779b1) ^ Math.imul(batch + 1, 0x85ebca77)) >>> 0);
  const seqs: Sequence[] = [];
  for (let i = 0; i < count; i++) {
    const length = r.chance(0.1) ? r.range(1, 4) : r.range(4, 24);
    seqs.push(generateSequence(r, length));
  }
  return seqs;
}

/** Names of the forms, for coverage reports. */
export function formCounts(seqs: Sequence[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const s of seqs) for (const it of s.items) m.set(it.form, (m.get(it.form) ?? 0) + 1);
  return m;
}

// CLI: node tools/difftest/gen.ts OUT.elf [--seed N] [--batch K] [--count N]
if (import.meta.main) {
  const { writeFileSync } = await import("node:fs");
  const { readCommand } = await import("../lib/args.ts");
  const { options, positionals } = readCommand({
    name: "gen.ts",
    usage: "node tools/difftest/gen.ts OUT.elf [--seed N] [--batch K] [--count N]",
    summary: "Writes one batch of random instruction sequences as a static AArch64 Linux ELF.",
    options: {
      seed: { type: "int", help: "the seed", default: 1 },
      batch: { type: "int", help: "the batch number under that seed", default: 0, min: 0 },
      count: { type: "int", help: "sequences in the batch", default: 1000, min: 1 },
    },
    positionals: [{ name: "OUT.elf", help: "the file to write" }],
  });
  const out = positionals[0];
  const seqs = generateBatch(options.seed, options.batch, options.count);
  writeFileSync(out, buildBatch(seqs));
  console.log(`${out}: ${seqs.length} sequences`);
}
