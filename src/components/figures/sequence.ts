// <Sequence>: who says what to whom, in order — a protocol exchange or a handle passed through a
// channel. Participants are columns in order of first appearance with a lifeline each; every
// arrow is one message, later ones lower, and a lost message (`-x`) ends in a cross short of its
// receiver.
import { namesOf, parseArrows } from "./diagram-text.ts";
import { esc, label, rect, svgDocument, textWidth } from "./svg.ts";

const MIN_COL_W = 120;
const STEP = 40;
const TOP = 44;

export function sequenceSvg(title: string, source: string): string {
  const arrows = parseArrows(source, "Sequence");
  for (const a of arrows) if (a.from === a.to) throw new Error(`<Sequence>: ${a.from} -> ${a.to}: a message needs two participants`);
  const names = namesOf(arrows);
  // Each gap between neighbouring lifelines is wide enough for the labels of the arrows that
  // cross it: an arrow over one gap needs its label's width there; one over several gaps
  // widens them all equally if they are not already wide enough together.
  const gaps = new Array<number>(Math.max(0, names.length - 1)).fill(MIN_COL_W);
  const spans = arrows.map((a) => {
    const [lo, hi] = [names.indexOf(a.from), names.indexOf(a.to)].sort((p, q) => p - q);
    return { lo, hi, need: textWidth(a.text, 11) + 24 };
  });
  for (const sp of spans.sort((p, q) => p.hi - p.lo - (q.hi - q.lo))) {
    const have = gaps.slice(sp.lo, sp.hi).reduce((a, b) => a + b, 0);
    if (have < sp.need) for (let g = sp.lo; g < sp.hi; g++) gaps[g] += (sp.need - have) / (sp.hi - sp.lo);
  }
  const xsAt = names.map((_, i) => 100 + gaps.slice(0, i).reduce((a, b) => a + b, 0));
  const x = (n: string) => xsAt[names.indexOf(n)];
  const bottom = TOP + 20 + arrows.length * STEP;
  const body: string[] = [];
  for (const n of names) {
    const w = Math.max(80, textWidth(n, 13) + 20);
    body.push(rect(x(n) - w / 2, 6, w, 28, "fig-field", 6));
    body.push(label(x(n), 20, n, 13, "fig-name"));
    body.push(`<line x1="${x(n)}" y1="34" x2="${x(n)}" y2="${bottom}" stroke-width="1" stroke-dasharray="4 4" class="fig-lifeline" />`);
  }
  arrows.forEach((a, i) => {
    const y = TOP + 20 + i * STEP;
    const x1 = x(a.from);
    const full = x(a.to);
    const x2 = a.lost ? x1 + (full - x1) * 0.6 : full + (full > x1 ? -2 : 2);
    const marker = a.lost ? "" : ' marker-end="url(#arrow)"';
    body.push(`<line x1="${x1}" y1="${y}" x2="${x2.toFixed(1)}" y2="${y}" stroke-width="1.4"${marker} />`);
    if (a.lost) body.push(`<path d="M${x2 - 6},${y - 6} l12,12 m0,-12 l-12,12" stroke-width="2" class="fig-lost" fill="none" />`);
    const mid = (x1 + (a.lost ? x2 : full)) / 2;
    body.push(`<text x="${mid.toFixed(1)}" y="${y - 8}" font-size="11" text-anchor="middle" class="fig-edge">${esc(a.text)}</text>`);
  });
  const desc = arrows.map((a) => `${a.from} ${a.lost ? "sends, and loses," : "to"} ${a.to}: ${a.text}`).join("; ");
  return svgDocument((xsAt.at(-1) ?? 100) + 100, bottom + 10, title, `Participants: ${names.join(", ")}. Messages in order: ${desc}.`, body);
}
