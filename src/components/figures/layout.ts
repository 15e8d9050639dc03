// <Layout>: a structure in memory or on disk drawn from the offsets the code reads it at — a
// header, a descriptor, a trap frame. Each field is an offset and a size in bytes; the figure
// draws `rowBytes` bytes to a row, splits a field across rows where it must, and marks bytes no
// field names as gaps, so a misplaced constant shows as a hole or an overlap (which fails the build).
import { label, rect, svgDocument } from "./svg.ts";

export interface LayoutField {
  name: string;
  offset: number;
  size: number;
}

const BYTE_W = 40;
const BOX_H = 32;
const ROW_H = 44;

/** Fields sorted by offset, with gaps as unnamed fields; overlaps and fields past `size` throw. */
export function layoutBytes(size: number, fields: LayoutField[]): LayoutField[] {
  const sorted = [...fields].sort((a, b) => a.offset - b.offset);
  const out: LayoutField[] = [];
  let next = 0;
  for (const f of sorted) {
    if (f.size <= 0) throw new Error(`<Layout>: field ${f.name} has no bytes`);
    if (f.offset < next) throw new Error(`<Layout>: field ${f.name} at ${f.offset} overlaps the field before it`);
    if (f.offset + f.size > size) throw new Error(`<Layout>: field ${f.name} ends past the ${size}-byte structure`);
    if (f.offset > next) out.push({ name: "", offset: next, size: f.offset - next });
    out.push(f);
    next = f.offset + f.size;
  }
  if (next < size) out.push({ name: "", offset: next, size: size - next });
  return out;
}

/**
 * The SVG of a `size`-byte structure, `rowBytes` to a row, offsets in hex at each row's left. With
 * `unit` "slot" the structure is an array of equal entries (a trap frame of registers): the units
 * are its indexes, shown as `[n]`.
 */
export function layoutSvg(title: string, size: number, fields: LayoutField[], rowBytes = 8, unit: "byte" | "slot" = "byte"): string {
  const all = layoutBytes(size, fields);
  const rows = Math.ceil(size / rowBytes);
  const left = 56;
  const body: string[] = [];
  for (let r = 0; r < rows; r++) {
    const y = 6 + r * ROW_H;
    const at = unit === "byte" ? `0x${(r * rowBytes).toString(16)}` : `[${r * rowBytes}]`;
    body.push(label(left / 2, y + BOX_H / 2, at, 11, "fig-bitno"));
    for (const f of all) {
      const start = Math.max(f.offset, r * rowBytes);
      const end = Math.min(f.offset + f.size, (r + 1) * rowBytes);
      if (start >= end) continue;
      const x = left + (start - r * rowBytes) * BYTE_W;
      const w = (end - start) * BYTE_W;
      body.push(rect(x, y, w, BOX_H, f.name === "" ? "fig-gap" : "fig-field"));
      const text = f.name === "" ? "" : start === f.offset ? f.name : `${f.name} (cont.)`;
      if (text !== "") body.push(nameIn(x + w / 2, y + BOX_H / 2, w - 4, text));
    }
  }
  const desc = all
    .filter((f) => f.name !== "")
    .map((f) => `${f.name} at ${unit === "byte" ? "offset" : "index"} ${f.offset}, ${f.size} ${unit}${f.size === 1 ? "" : "s"}`)
    .join("; ");
  return svgDocument(left + rowBytes * BYTE_W + 4, rows * ROW_H + 4, title, `${size} ${unit}s. ${desc}.`, body);
}

function nameIn(x: number, y: number, room: number, name: string): string {
  for (const size of [12, 10, 8]) if (name.length * size * 0.62 <= room) return label(x, y, name, size, "fig-name");
  return label(x, y, `${name.slice(0, Math.max(1, Math.floor(room / 5) - 1))}…`, 8, "fig-name");
}
