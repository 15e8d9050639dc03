// "Download my changes": the reader's edits of a chapter's fences as one unified diff against
// the chapter file, which `git apply` (or `patch -p1`) applies to the book. Each fence carries a
// few chapter lines around its body (sources.ts), so hunks at a fence's edges have context.
import type { SourceFence } from "./sources.ts";

const CONTEXT = 3;

type Op = { kind: " " | "-" | "+"; text: string };

/** A shortest edit script of two line lists (longest common subsequence; fences are short), removals before additions. */
export function diffLines(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push({ kind: " ", text: a[i++] });
      j++;
    } else if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) ops.push({ kind: "-", text: a[i++] });
    else ops.push({ kind: "+", text: b[j++] });
  }
  return ops;
}

/** The hunks of one fence's edit; `shift` is how many lines earlier hunks added to the new file. */
function fenceHunks(fence: SourceFence, body: string[], shift: number): { text: string[]; delta: number } {
  const start = fence.bodyLine - fence.before.length; // chapter line of the first line compared
  const ops = diffLines([...fence.before, ...fence.body, ...fence.after], [...fence.before, ...body, ...fence.after]);
  const changed = ops.map((o, k) => (o.kind !== " " ? k : -1)).filter((k) => k >= 0);
  const out: string[] = [];
  let delta = 0;
  let k = 0;
  while (k < changed.length) {
    // A hunk: changes no more than 2×CONTEXT unchanged lines apart, with CONTEXT lines either side.
    let last = k;
    while (last + 1 < changed.length && changed[last + 1] - changed[last] <= 2 * CONTEXT) last++;
    const from = Math.max(0, changed[k] - CONTEXT);
    const to = Math.min(ops.length, changed[last] + CONTEXT + 1);
    let oldLine = start;
    let newLine = start + shift;
    for (const o of ops.slice(0, from)) {
      if (o.kind !== "+") oldLine++;
      if (o.kind !== "-") newLine++;
    }
    const slice = ops.slice(from, to);
    const oldCount = slice.filter((o) => o.kind !== "+").length;
    const newCount = slice.filter((o) => o.kind !== "-").length;
    out.push(`@@ -${oldLine},${oldCount} +${newLine},${newCount} @@`, ...slice.map((o) => o.kind + o.text));
    delta += newCount - oldCount;
    k = last + 1;
  }
  return { text: out, delta };
}

/** A unified diff of `chapter` with each edited fence's body replaced; "" when nothing differs. */
export function chapterPatch(chapter: string, edits: { fence: SourceFence; body: string[] }[]): string {
  const hunks: string[] = [];
  let shift = 0;
  for (const { fence, body } of [...edits].sort((x, y) => x.fence.bodyLine - y.fence.bodyLine)) {
    const { text, delta } = fenceHunks(fence, body, shift);
    hunks.push(...text);
    shift += delta;
  }
  if (hunks.length === 0) return "";
  return `--- a/${chapter}\n+++ b/${chapter}\n${hunks.join("\n")}\n`;
}
