// <Regions>: an address space or a disk drawn as a column of regions, lowest address at the
// bottom (as memory maps are drawn), each labelled with its first and last address. Not to scale:
// a 128 MiB RAM and a 24-byte fw_cfg window would not both be visible otherwise; a hole between
// two regions is drawn as a short grey band so the reader sees that something is skipped.
import { esc, label, rect, svgDocument, textWidth } from "./svg.ts";

export interface Region {
  name: string;
  base: number | bigint;
  size: number | bigint;
  note?: string;
}

const BOX_W = 230;
const BOX_H = 34;
const GAP_H = 14;

function hex(v: bigint): string {
  const digits = v.toString(16).padStart(8, "0");
  // Underscores every four digits, as the book writes addresses: 0x0800_0000.
  return `0x${digits.replace(/\B(?=(\w{4})+$)/g, "_")}`;
}

export function regionsSvg(title: string, regions: Region[], unit: "address" | "block" = "address"): string {
  const sorted = [...regions].map((r) => ({ ...r, base: BigInt(r.base), size: BigInt(r.size) })).sort((a, b) => (a.base < b.base ? -1 : 1));
  for (let i = 1; i < sorted.length; i++)
    if (sorted[i].base < sorted[i - 1].base + sorted[i - 1].size)
      throw new Error(`<Regions>: ${sorted[i].name} overlaps ${sorted[i - 1].name}`);
  const show = (v: bigint) => (unit === "address" ? hex(v) : String(v));
  const rows: { y: number; h: number; r?: (typeof sorted)[number] }[] = [];
  let y = 8;
  // Drawn from the top: highest region first.
  for (let i = sorted.length - 1; i >= 0; i--) {
    rows.push({ y, h: BOX_H, r: sorted[i] });
    y += BOX_H;
    const below = sorted[i - 1];
    if (below !== undefined && below.base + below.size < sorted[i].base) {
      rows.push({ y, h: GAP_H });
      y += GAP_H;
    }
  }
  const left = 150;
  const noteW = Math.max(0, ...sorted.map((r) => textWidth(r.note ?? "", 11)));
  const body: string[] = [];
  for (const row of rows) {
    if (row.r === undefined) {
      body.push(rect(left, row.y, BOX_W, row.h, "fig-gap"));
      continue;
    }
    const r = row.r;
    body.push(rect(left, row.y, BOX_W, row.h, "fig-field"));
    body.push(label(left + BOX_W / 2, row.y + row.h / 2, r.name, 12, "fig-name"));
    body.push(`<text x="${left - 8}" y="${row.y + row.h - 4}" font-size="11" text-anchor="end" class="fig-bitno">${show(r.base)}</text>`);
    if (r.note !== undefined)
      body.push(`<text x="${left + BOX_W + 10}" y="${row.y + row.h / 2}" font-size="11" dominant-baseline="middle" class="fig-edge">${esc(r.note)}</text>`);
  }
  const desc = sorted
    .map((r) => `${r.name} from ${show(r.base)}, ${unit === "address" ? `${r.size} bytes` : `${r.size} blocks`}${r.note ? ` (${r.note})` : ""}`)
    .join("; ");
  return svgDocument(left + BOX_W + 20 + noteW, y + 8, title, `From the lowest ${unit}: ${desc}.`, body);
}
