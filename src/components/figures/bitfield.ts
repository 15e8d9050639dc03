// <Bitfield>: a register or descriptor drawn from the masks the code uses. A field is given by its
// mask (a number or a bigint), so the picture is computed from the same constant the kernel or
// the emulator tests bits with and cannot disagree with it. Bits no field names are drawn as gaps.
import { esc, label, rect, svgDocument } from "./svg.ts";

export interface BitfieldField {
  name: string;
  /** The field's bits, contiguous: `1n << 10n`, `0xfn << 2n`, `DESC_ADDR_MASK`. */
  mask: number | bigint;
}

export interface Span {
  name: string;
  hi: number;
  lo: number;
}

/** The bit range of a contiguous mask; throws (failing the build) for 0 or a mask with holes. */
export function maskSpan(name: string, mask: number | bigint): Span {
  // A number mask may come from `<<` on bit 31 and be negative: read it as 32 unsigned bits.
  let m = typeof mask === "number" && mask < 0 ? BigInt(mask >>> 0) : BigInt(mask);
  if (m <= 0n) throw new Error(`<Bitfield>: field ${name} has an empty mask`);
  let lo = 0;
  while ((m & 1n) === 0n) {
    m >>= 1n;
    lo++;
  }
  let width = 0;
  while ((m & 1n) === 1n) {
    m >>= 1n;
    width++;
  }
  if (m !== 0n) throw new Error(`<Bitfield>: field ${name}'s mask is not contiguous`);
  return { name, hi: lo + width - 1, lo };
}

/** The fields as spans from the top bit down, gaps filled with unnamed spans; overlaps throw. */
export function layoutBits(width: number, fields: BitfieldField[]): Span[] {
  const spans = fields.map((f) => maskSpan(f.name, f.mask)).sort((a, b) => b.hi - a.hi);
  const out: Span[] = [];
  let next = width - 1;
  for (const s of spans) {
    if (s.hi >= width) throw new Error(`<Bitfield>: field ${s.name} reaches bit ${s.hi} of a ${width}-bit value`);
    if (s.hi > next) throw new Error(`<Bitfield>: field ${s.name} overlaps the field above it`);
    if (s.hi < next) out.push({ name: "", hi: next, lo: s.hi + 1 });
    out.push(s);
    next = s.lo - 1;
  }
  if (next >= 0) out.push({ name: "", hi: next, lo: 0 });
  return out;
}

const BIT = 22;
const ROW = 32;
const BOX_H = 34;
const ROW_H = 64;

/** The SVG of a `width`-bit value (32 bits to a row), with a text alternative listing the fields. */
export function bitfieldSvg(title: string, width: number, fields: BitfieldField[]): string {
  const spans = layoutBits(width, fields);
  const rows = Math.ceil(width / ROW);
  const body: string[] = [];
  for (let r = 0; r < rows; r++) {
    const top = width - 1 - r * ROW;
    const bottom = Math.max(0, top - ROW + 1);
    const y = 18 + r * ROW_H;
    for (const s of spans) {
      const hi = Math.min(s.hi, top);
      const lo = Math.max(s.lo, bottom);
      if (hi < lo) continue;
      const x = 4 + (top - hi) * BIT;
      const w = (hi - lo + 1) * BIT;
      body.push(rect(x, y, w, BOX_H, s.name === "" ? "fig-gap" : "fig-field"));
      // Bit numbers sit over their own bit's cell, so neighbours' numbers never collide.
      body.push(label(x + BIT / 2, y - 8, String(hi), 10, "fig-bitno"));
      if (lo !== hi) body.push(label(x + w - BIT / 2, y - 8, String(lo), 10, "fig-bitno"));
      if (s.name !== "") body.push(fitted(x + w / 2, y + BOX_H / 2, w - 4, s.name));
    }
  }
  const desc = spans
    .filter((s) => s.name !== "")
    .map((s) => (s.hi === s.lo ? `bit ${s.lo}: ${s.name}` : `bits ${s.hi} to ${s.lo}: ${s.name}`))
    .join("; ");
  return svgDocument(ROW * BIT + 8, rows * ROW_H + 4, title, `${width}-bit layout. ${desc}.`, body);
}

/** A field name in a box `room` pixels wide: smaller type when long, upright letters when narrow. */
function fitted(x: number, y: number, room: number, name: string): string {
  for (const size of [12, 10, 8]) if (name.length * size * 0.62 <= room) return label(x, y, name, size, "fig-name");
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="8" text-anchor="middle" dominant-baseline="middle" class="fig-name" transform="rotate(-90 ${x.toFixed(1)} ${y.toFixed(1)})">${esc(name.slice(0, 5))}</text>`;
}
