// <StateDiagram>: states as boxes in columns by their distance from the first state (found by a
// breadth-first walk of the arrows), each transition an arrow with its cause. Two arrows between
// the same pair bend apart; an arrow from a state to itself is a loop above it.
import { type Arrow, namesOf, parseArrows, parsePlacements } from "./diagram-text.ts";
import { label, labelLines, rect, svgDocument, textWidth, wrapText } from "./svg.ts";

const MIN_COL_W = 220;
const LABEL_CHARS = 22;
const MAX_COLUMNS = 3;
const ROW_H = 96;
const BOX_H = 34;

interface Placed {
  x: number;
  y: number;
  w: number;
}

/** Columns wide enough for a state's box and a wrapped label beside it. */
function columnWidth(arrows: Arrow[]): number {
  const boxW = Math.max(90, ...namesOf(arrows).map((n) => textWidth(n, 13) + 20));
  const labelW = Math.max(0, ...arrows.map((a) => Math.max(0, ...wrapText(a.text, LABEL_CHARS).map((l) => textWidth(l, 11)))));
  return Math.max(MIN_COL_W, boxW + labelW + 30);
}

/** Column = breadth-first distance from the first state; row = order within the column. */
export function placeStates(arrows: Arrow[], pinned = new Map<string, { col: number; row: number }>()): Map<string, Placed> {
  const names = namesOf(arrows);
  const depth = new Map<string, number>([[names[0], 0]]);
  const queue = [names[0]];
  while (queue.length > 0) {
    const n = queue.shift() as string;
    for (const a of arrows)
      if (a.from === n && !depth.has(a.to)) {
        depth.set(a.to, (depth.get(n) ?? 0) + 1);
        queue.push(a.to);
      }
  }
  for (const n of names) if (!depth.has(n)) depth.set(n, 0);
  const colW = columnWidth(arrows);
  // A long chain folds: depth 3 starts a new band of rows under the first, and so on.
  const perDepth = new Map<number, number>();
  for (const d of depth.values()) perDepth.set(d, (perDepth.get(d) ?? 0) + 1);
  const bandRows = Math.max(...perDepth.values()) + 0.3;
  const rows = new Map<number, number>();
  const out = new Map<string, Placed>();
  for (const n of names) {
    const col = (depth.get(n) ?? 0) % MAX_COLUMNS;
    const band = Math.floor((depth.get(n) ?? 0) / MAX_COLUMNS);
    const row = rows.get(depth.get(n) ?? 0) ?? 0;
    rows.set(depth.get(n) ?? 0, row + 1);
    const pin = pinned.get(n);
    const [c, r] = pin === undefined ? [col, row + band * bandRows] : [pin.col, pin.row];
    out.set(n, { x: 20 + c * colW, y: 96 + r * ROW_H, w: Math.max(90, textWidth(n, 13) + 20) });
  }
  return out;
}

/** The SVG of the state machine in `source` (the text form of diagram-text.ts). */
export function stateDiagramSvg(title: string, source: string): string {
  const arrows = parseArrows(source, "StateDiagram");
  const at = placeStates(arrows, parsePlacements(source));
  const colW = columnWidth(arrows);
  const body: string[] = [];
  const centre = (n: string) => {
    const p = at.get(n) as Placed;
    return { x: p.x + p.w / 2, y: p.y + BOX_H / 2, p };
  };
  for (const a of arrows) {
    const s = centre(a.from);
    const t = centre(a.to);
    if (a.from === a.to) {
      const x = s.p.x + s.p.w - 14;
      body.push(`<path d="M${x - 12},${s.p.y} C${x - 20},${s.p.y - 34} ${x + 26},${s.p.y - 34} ${x + 4},${s.p.y}" fill="none" stroke-width="1.4" marker-end="url(#arrow)" />`);
      body.push(labelLines(x, s.p.y - 40, wrapText(a.text, LABEL_CHARS), 11, "fig-edge", true));
      continue;
    }
    const twin = arrows.some((b) => b.from === a.to && b.to === a.from);
    const skips = s.p.y === t.p.y && Math.abs(s.p.x - t.p.x) > colW;
    // An arrow that would pass through the states between its ends leaves and arrives at the
    // tops of its boxes and arches over the row.
    const [x1, y1] = skips ? [s.x, s.p.y] : edgePoint(s.p, t.x, t.y);
    const [x2, y2] = skips ? [t.x, t.p.y] : edgePoint(t.p, s.x, s.y);
    // Bend to the arrow's left when the reverse arrow exists, so the two do not overlap.
    const dx = x2 - x1;
    const dy = y2 - y1;
    const len = Math.hypot(dx, dy) || 1;
    const bend = skips ? 0 : twin ? 28 : 0;
    const cx = (x1 + x2) / 2 + (-dy / len) * bend;
    const cy = skips ? y1 - 110 : (y1 + y2) / 2 + (dx / len) * bend;
    body.push(`<path d="M${x1.toFixed(1)},${y1.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${x2.toFixed(1)},${y2.toFixed(1)}" fill="none" stroke-width="1.4" marker-end="url(#arrow)" />`);
    if (a.text !== "") {
      // A quadratic curve passes half-way to its control point; the label sits just beyond.
      const lx = (x1 + x2) / 2 + (-dy / len) * (bend / 2 + 12);
      const ly = skips ? y1 - 67 : (y1 + y2) / 2 + (dx / len) * (bend / 2 + 12);
      const lines = wrapText(a.text, LABEL_CHARS);
      // Horizontal arrows carry their label above or below, clear of the line.
      const shift = Math.abs(dy) < 1 && !skips ? ((lines.length - 1) * 11 * 0.6) * Math.sign(dx || 1) : 0;
      body.push(labelLines(lx, ly + shift, lines, 11, "fig-edge", true));
    }
  }
  for (const [n, p] of at) {
    body.push(rect(p.x, p.y, p.w, BOX_H, "fig-field", 10));
    body.push(label(p.x + p.w / 2, p.y + BOX_H / 2, n, 13, "fig-name"));
  }
  const width = Math.max(...[...at.values()].map((p) => p.x + p.w)) + 30;
  const height = Math.max(...[...at.values()].map((p) => p.y + BOX_H)) + 30;
  const desc = arrows.map((a) => `${a.from} to ${a.to}${a.text === "" ? "" : ` (${a.text})`}`).join("; ");
  // The room above the first row is for arches and loops; without them, drop it.
  const arches = arrows.some((a) => a.from === a.to || (at.get(a.from)?.y === at.get(a.to)?.y && Math.abs((at.get(a.from)?.x ?? 0) - (at.get(a.to)?.x ?? 0)) > colW));
  const trim = arches ? 0 : 66;
  const drawn = trim === 0 ? body : [`<g transform="translate(0 ${-trim})">`, ...body, "</g>"];
  return svgDocument(width, height - trim, title, `States: ${[...at.keys()].join(", ")}. Transitions: ${desc}.`, drawn);
}

/** Where the line from a box's centre towards (tx, ty) leaves the box. */
function edgePoint(p: Placed, tx: number, ty: number): [number, number] {
  const cx = p.x + p.w / 2;
  const cy = p.y + BOX_H / 2;
  const dx = tx - cx;
  const dy = ty - cy;
  const sx = dx === 0 ? Number.POSITIVE_INFINITY : p.w / 2 / Math.abs(dx);
  const sy = dy === 0 ? Number.POSITIVE_INFINITY : BOX_H / 2 / Math.abs(dy);
  const s = Math.min(sx, sy);
  return [cx + dx * s, cy + dy * s];
}
