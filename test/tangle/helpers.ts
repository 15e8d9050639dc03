// Helpers for the tangle tests: chapters from template strings, results as text.
import { type TangleResult, formatProblem, tangleSources } from "../../tools/tangle/tangle.ts";

/** Chapter text from lines; "~~~" in the lines stands for a ``` fence (easier to read in tests). */
export function chapter(...lines: string[]): string {
  return `${lines.map((l) => l.replace(/^~~~/, "```")).join("\n")}\n`;
}

/** Tangles in-memory chapters (by file name under chapters/) without the formatter. */
export function tangle(chapters: Record<string, string>, root?: string): TangleResult {
  const sources = Object.entries(chapters).map(([name, text]) => ({ chapter: `chapters/${name}`, text }));
  return tangleSources(sources, root === undefined ? { format: false } : { root });
}

export function problems(result: TangleResult): string[] {
  return result.problems.map(formatProblem);
}

export function fileText(result: TangleResult, path: string): string {
  const f = result.files.find((x) => x.path === path);
  if (!f) throw new Error(`no file ${path}; files: ${result.files.map((x) => x.path).join(", ")}`);
  return f.content;
}

/** The generated file's lines without the two header lines and the sourceMappingURL line. */
export function bodyLines(result: TangleResult, path: string): string[] {
  const lines = fileText(result, path).replace(/\n$/, "").split("\n");
  return lines.slice(2).filter((l) => !l.startsWith("//# sourceMappingURL="));
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Decodes a v3 map: for each generated line, [source, 1-based line, 0-based column] or null. */
export function decodeMap(map: string): {
  sources: string[];
  sourceRoot: string;
  lines: ([string, number, number] | null)[];
} {
  const json = JSON.parse(map) as { sources: string[]; sourceRoot: string; mappings: string };
  const state = [0, 0, 0, 0];
  const lines = json.mappings.split(";").map((segment) => {
    if (segment === "") return null;
    const first = segment.split(",")[0];
    const values: number[] = [];
    let shift = 0;
    let value = 0;
    for (const ch of first) {
      const digit = BASE64.indexOf(ch);
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        values.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    // generated column resets per line; source, line and column are deltas across the map
    state[1] += values[1];
    state[2] += values[2];
    state[3] += values[3];
    return [json.sources[state[1]], state[2] + 1, state[3]] as [string, number, number];
  });
  return { sources: json.sources, sourceRoot: json.sourceRoot, lines };
}
