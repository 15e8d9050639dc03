// tangle: chapters/**/*.mdx → src/** (+ .map). Nothing is written unless the whole graph resolves.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { buildGraph, expandAll, type Graph, type OutputFile } from "./graph.ts";
import { type Fence, type ParseProblem, parseChapter } from "./parse.ts";
import { sourceMapFor } from "./sourcemap.ts";

export interface TangleResult {
  graph: Graph;
  files: { path: string; content: string; map: string | null; chapters: string[] }[];
  problems: ParseProblem[];
}

/** Every chapters/**\/*.mdx under root, sorted so that the output does not depend on readdir order. */
export function findChapters(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    let names: string[];
    try {
      names = readdirSync(join(root, dir));
    } catch {
      return;
    }
    for (const name of names.sort()) {
      const rel = `${dir}/${name}`;
      if (statSync(join(root, rel)).isDirectory()) walk(rel);
      else if (name.endsWith(".mdx")) out.push(rel);
    }
  };
  walk("chapters");
  return out;
}

export function tangleSources(sources: { chapter: string; text: string }[]): TangleResult {
  const fences: Fence[] = [];
  const problems: ParseProblem[] = [];
  for (const { chapter, text } of sources) {
    const parsed = parseChapter(chapter, text);
    fences.push(...parsed.fences);
    problems.push(...parsed.problems);
  }
  const graph = buildGraph(fences);
  problems.push(...graph.problems);
  const expanded = expandAll(graph);
  problems.push(...expanded.problems);
  problems.sort((a, b) => (a.chapter < b.chapter ? -1 : a.chapter > b.chapter ? 1 : a.line - b.line || a.column - b.column));
  const files = expanded.files.map((f) => render(f));
  return { graph, files, problems };
}

export function render(file: OutputFile): { path: string; content: string; map: string | null; chapters: string[] } {
  const mapName = `${file.path.split("/").pop()}.map`;
  const withMap = /\.(ts|tsx|js|mjs)$/.test(file.path);
  const body = file.lines.map((l) => l.text.replace(/\s+$/, ""));
  // Collapse runs of blank lines to one, so chunk boundaries stay tidy.
  const keep: number[] = [];
  body.forEach((t, i) => {
    if (t === "" && (keep.length === 0 || body[keep[keep.length - 1]] === "")) return;
    keep.push(i);
  });
  while (keep.length > 0 && body[keep[keep.length - 1]] === "") keep.pop();
  const text = keep.map((i) => body[i]);
  const origins = keep.map((i) => file.lines[i]);
  if (!withMap) return { path: file.path, content: `${text.join("\n")}\n`, map: null, chapters: file.chapters };
  text.push(`//# sourceMappingURL=${mapName}`);
  origins.push({ text: "", chapter: null, line: 0 });
  const depth = file.path.split("/").length - 1;
  const sourceRoot = "../".repeat(depth);
  return { path: file.path, content: `${text.join("\n")}\n`, map: sourceMapFor(file, origins, sourceRoot), chapters: file.chapters };
}

export function formatProblem(p: ParseProblem): string {
  return `${p.chapter}:${p.line}:${p.column}: ${p.message}`;
}

export function tangleRepository(root: string): TangleResult {
  const sources = findChapters(root).map((chapter) => ({ chapter, text: readFileSync(join(root, chapter), "utf8") }));
  return tangleSources(sources);
}

/** The files whose content on disk differs from what the chapters produce. */
export function staleFiles(root: string, result: TangleResult): string[] {
  const stale: string[] = [];
  for (const f of result.files) {
    for (const [path, content] of [[f.path, f.content], ...(f.map ? [[`${f.path}.map`, f.map]] : [])] as [string, string][]) {
      let onDisk: string | null = null;
      try {
        onDisk = readFileSync(join(root, path), "utf8");
      } catch {
        onDisk = null;
      }
      if (onDisk !== content) stale.push(path);
    }
  }
  return stale;
}

export function writeResult(root: string, result: TangleResult): number {
  let written = 0;
  for (const f of result.files) {
    const outputs: [string, string][] = [[f.path, f.content]];
    if (f.map) outputs.push([`${f.path}.map`, f.map]);
    for (const [path, content] of outputs) {
      const abs = join(root, path);
      let onDisk: string | null = null;
      try {
        onDisk = readFileSync(abs, "utf8");
      } catch {
        onDisk = null;
      }
      if (onDisk === content) continue;
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, content);
      written++;
    }
  }
  return written;
}

export { relative };
