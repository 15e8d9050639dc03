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

/**
 * Decodes the first segment of each generated line of a v3 map (all tangle writes):
 * for each generated line, the source, 1-based source line and 0-based column, or null.
 */
export function decodeLines(map: string): ({ source: string; line: number; column: number } | null)[] {
  const json = JSON.parse(map) as { sources: string[]; sourceRoot?: string; mappings: string };
  let source = 0;
  let line = 0;
  let column = 0;
  return json.mappings.split(";").map((segments) => {
    if (segments === "") return null;
    const values: number[] = [];
    let shift = 0;
    let value = 0;
    for (const ch of segments.split(",")[0]) {
      const digit = BASE64.indexOf(ch);
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        values.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    source += values[1] ?? 0;
    line += values[2] ?? 0;
    column += values[3] ?? 0;
    return { source: json.sources[source], line: line + 1, column };
  });
}
