// Source Map v3 (https://tc39.es/ecma426/) for tangled files: one segment per output line,
// mapping column 0 of the line to the chapter line it came from (at the column where its text
// starts, when known). Lines tangle writes itself (header, blank lines) have no segment.
import type { OutputFile } from "./graph.ts";

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

export function vlq(value: number): string {
  let v = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = "";
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v > 0) digit |= 32;
    out += BASE64[digit];
  } while (v > 0);
  return out;
}

/** Builds the map; `sourceRoot` is the relative path from the generated file's folder to the repo root. */
export function sourceMapFor(
  file: OutputFile,
  lines: { chapter: string | null; line: number; column?: number }[],
  sourceRoot: string,
): string {
  const sources: string[] = [];
  const index = new Map<string, number>();
  let prevSource = 0;
  let prevLine = 0;
  let prevColumn = 0;
  const segments: string[] = [];
  for (const l of lines) {
    if (l.chapter === null) {
      segments.push("");
      continue;
    }
    let s = index.get(l.chapter);
    if (s === undefined) {
      s = sources.length;
      index.set(l.chapter, s);
      sources.push(l.chapter);
    }
    const srcLine = l.line - 1;
    const srcColumn = l.column ?? 0;
    segments.push(vlq(0) + vlq(s - prevSource) + vlq(srcLine - prevLine) + vlq(srcColumn - prevColumn));
    prevSource = s;
    prevLine = srcLine;
    prevColumn = srcColumn;
  }
  const base = file.path.split("/").pop() ?? file.path;
  return `${JSON.stringify({ version: 3, file: base, sourceRoot, sources, names: [], mappings: segments.join(";") })}\n`;
}
