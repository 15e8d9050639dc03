// The book's kernel as the page's editor needs it (sources-plugin.ts builds it at build time):
// every fence that reaches a file the live machine runs (src/system, src/kernel, src/machine,
// src/emulator), with a few chapter lines around it for patches. In the page, `expandBook`
// replays the tangler's own expansion (tools/tangle/graph.ts) with the reader's edits in place of
// the book's fences, so every line of every generated file knows its chapter line.
import { expandAll, type Graph, type OutLine } from "../../../tools/tangle/graph.ts";
import type { Fence } from "../../../tools/tangle/parse.ts";

/** The folders the live machine's system is bundled from. */
export const BUNDLED_DIRS = ["src/system/", "src/kernel/", "src/machine/", "src/emulator/"];
/** The entry the edited system is bundled from (it exports createSystem). */
export const SYSTEM_ENTRY = "src/system/index.ts";

export interface SourceFence {
  /** "file:src/kernel/version.ts" for a root, "chunk:<name>#<k>" for the k-th definition of a chunk. */
  id: string;
  chapter: string; // "chapters/10-boot.mdx"
  line: number; // the opening ``` line
  bodyLine: number; // chapter line of body[0]
  body: string[];
  /** Up to 3 chapter lines before the body (the opening fence line is the last) and after it. */
  before: string[];
  after: string[];
  docOnly?: boolean;
}

export interface BookSources {
  roots: { path: string; fence: SourceFence }[];
  chunks: { name: string; definitions: SourceFence[] }[];
}

export const rootId = (path: string): string => `file:${path}`;
export const chunkId = (name: string, index: number): string => `chunk:${name}#${index}`;

/** The reader's edits: fence id → the fence's new body. */
export type Edits = ReadonlyMap<string, string[]>;

export interface ExpandedFile {
  path: string;
  text: string;
  /** Where each line of `text` came from (chapter null: a line the tangler wrote). */
  origins: OutLine[];
}

function toFence(f: SourceFence, edits: Edits, append: boolean): Fence {
  return {
    chapter: f.chapter,
    lang: "ts",
    meta: { append, ignore: false, docOnly: f.docOnly === true, unknown: [] },
    line: f.line,
    column: 1,
    bodyLine: f.bodyLine,
    body: edits.get(f.id) ?? f.body,
  };
}

/** Every bundled file, expanded with `edits` in place of the book's fences. */
export function expandBook(sources: BookSources, edits: Edits = new Map()): Map<string, ExpandedFile> {
  const graph: Graph = { chunks: new Map(), roots: new Map(), problems: [] };
  for (const r of sources.roots) graph.roots.set(r.path, { path: r.path, fence: toFence(r.fence, edits, false) });
  for (const c of sources.chunks) {
    graph.chunks.set(c.name, {
      name: c.name,
      definitions: c.definitions.map((d, index) => ({ name: c.name, fence: toFence(d, edits, index > 0), index })),
      uses: [],
      files: new Set(),
    });
  }
  const out = new Map<string, ExpandedFile>();
  for (const file of expandAll(graph, true).files) {
    out.set(file.path, { path: file.path, text: `${file.lines.map((l) => l.text).join("\n")}\n`, origins: file.lines });
  }
  return out;
}

/** The chapter position of line `line` (1-based) of an expanded file, or null for a tangler's line. */
export function chapterPosition(file: ExpandedFile, line: number, column = 0): { chapter: string; line: number; column: number } | null {
  const origin = file.origins[line - 1];
  if (!origin || origin.chapter === null) return null;
  return { chapter: origin.chapter, line: origin.line, column: Math.max(0, column - (origin.indent ?? 0)) };
}

/** The fence (book or edited) that holds chapter line `line` of `chapter`. */
export function fenceAt(sources: BookSources, edits: Edits, chapter: string, line: number): SourceFence | null {
  const all = [...sources.roots.map((r) => r.fence), ...sources.chunks.flatMap((c) => c.definitions)];
  for (const f of all) {
    if (f.chapter !== chapter) continue;
    const n = (edits.get(f.id) ?? f.body).length;
    if (line >= f.bodyLine && line < f.bodyLine + n) return f;
  }
  return null;
}
