// The chunk graph: every definition, every use, and the expansion of root chunks into files.
// Errors are collected, never thrown, so one run reports all of them.
import type { Fence, ParseProblem } from "./parse.ts";

export interface Definition {
  name: string;
  fence: Fence;
  index: number; // 0 for the first definition, 1… for appends
}

export interface Use {
  name: string;
  fence: Fence;
  line: number; // chapter line
  column: number;
}

export interface Chunk {
  name: string;
  definitions: Definition[];
  uses: Use[];
  /** The root file this chunk's text ends up in (through any chain of uses). */
  files: Set<string>;
}

export interface RootFile {
  path: string;
  fence: Fence;
}

/** One output line and where it came from (for source maps). */
export interface OutLine {
  text: string;
  chapter: string | null; // null for lines tangle writes itself (header, markers)
  line: number; // 1-based chapter line
  /** Columns of indentation the expansion added in front of the chapter's text. */
  indent?: number;
}

export interface OutputFile {
  path: string;
  chapters: string[];
  lines: OutLine[];
}

export interface Graph {
  chunks: Map<string, Chunk>;
  roots: Map<string, RootFile>;
  problems: ParseProblem[];
}

/**
 * The folders generated from the chapters. A root chunk may only name a file inside them, so
 * tangle never overwrites hand-written code (tools, tests, the site's components).
 */
export const GENERATED_DIRS = ["src/machine", "src/emulator", "src/kernel", "src/user", "src/system"];

/** A line holding only `// <<name>>` or `/* <<name>> *\/` (C) or `# <<name>>` (shell). */
export const USE_LINE = /^(\s*)(?:\/\/\s*<<(.+?)>>|\/\*\s*<<(.+?)>>\s*\*\/|#\s*<<(.+?)>>)\s*$/;

/**
 * Fence languages that are code for the build: such a fence must say what it is (file=, chunk=
 * or ignore). Other languages (text, sh, console, dts, …) are illustrations and need nothing.
 */
export const CODE_LANGS_NEEDING_A_ROLE = new Set([
  "ts",
  "typescript",
  "tsx",
  "js",
  "javascript",
  "mjs",
  "c",
  "h",
  "asm",
  "s",
  "ld",
]);

export function buildGraph(fences: Fence[]): Graph {
  const chunks = new Map<string, Chunk>();
  const roots = new Map<string, RootFile>();
  const problems: ParseProblem[] = [];
  const problem = (fence: Fence, line: number, column: number, message: string): void => {
    problems.push({ chapter: fence.chapter, line, column, message });
  };
  const chunkNamed = (name: string): Chunk => {
    let chunk = chunks.get(name);
    if (!chunk) {
      chunk = { name, definitions: [], uses: [], files: new Set() };
      chunks.set(name, chunk);
    }
    return chunk;
  };

  for (const fence of fences) {
    const { meta } = fence;
    for (const token of meta.unknown) problem(fence, fence.line, fence.column, `unknown fence option '${token}'`);
    if (meta.ignore) continue;
    if (meta.file !== undefined && meta.chunk !== undefined) {
      problem(fence, fence.line, fence.column, "a fence names both file= and chunk=; choose one");
      continue;
    }
    if (meta.file !== undefined) {
      if (
        !/^src\/[\w./-]+$/.test(meta.file) ||
        meta.file.includes("..") ||
        !GENERATED_DIRS.some((d) => meta.file?.startsWith(`${d}/`))
      ) {
        problem(
          fence,
          fence.line,
          fence.column,
          `file="${meta.file}" must be a path under ${GENERATED_DIRS.join(", ")}`,
        );
        continue;
      }
      if (meta.append || meta.docOnly) {
        problem(
          fence,
          fence.line,
          fence.column,
          `'${meta.append ? "append" : "doc-only"}' is for named chunks, not for file= roots`,
        );
        continue;
      }
      const existing = roots.get(meta.file);
      if (existing) {
        problem(
          fence,
          fence.line,
          fence.column,
          `two root chunks for ${meta.file}; the first is at ${existing.fence.chapter}:${existing.fence.line}`,
        );
        continue;
      }
      roots.set(meta.file, { path: meta.file, fence });
    } else if (meta.chunk !== undefined) {
      const name = meta.chunk.trim();
      if (name === "") {
        problem(fence, fence.line, fence.column, "chunk name is empty");
        continue;
      }
      const chunk = chunkNamed(name);
      if (chunk.definitions.length > 0 && !meta.append) {
        const first = chunk.definitions[0].fence;
        problem(
          fence,
          fence.line,
          fence.column,
          `chunk "${name}" is already defined at ${first.chapter}:${first.line}; add 'append' to continue it`,
        );
        continue;
      }
      chunk.definitions.push({ name, fence, index: chunk.definitions.length });
    } else if (fence.lang !== "" && CODE_LANGS_NEEDING_A_ROLE.has(fence.lang.toLowerCase())) {
      problem(fence, fence.line, fence.column, `a ${fence.lang} fence needs file="…", chunk="…" or ignore`);
      continue;
    } else {
      continue;
    }
    // Record the uses inside this fence.
    fence.body.forEach((text, i) => {
      const m = USE_LINE.exec(text);
      if (!m) return;
      const used = (m[2] ?? m[3] ?? m[4]).trim();
      chunkNamed(used).uses.push({ name: used, fence, line: fence.bodyLine + i, column: m[1].length + 1 });
    });
  }

  for (const chunk of chunks.values()) {
    if (chunk.definitions.length === 0) {
      for (const use of chunk.uses)
        problems.push({
          chapter: use.fence.chapter,
          line: use.line,
          column: use.column,
          message: `undefined chunk "${chunk.name}"`,
        });
    } else if (chunk.definitions.every((d) => d.fence.meta.append)) {
      const d = chunk.definitions[0].fence;
      problem(d, d.line, d.column, `chunk "${chunk.name}" has only 'append' definitions`);
    }
  }
  return { chunks, roots, problems };
}

export function isDocOnly(chunk: Chunk): boolean {
  return chunk.definitions.some((d) => d.fence.meta.docOnly);
}

export interface CommentStyle {
  line(text: string): string;
}

export function commentStyleFor(path: string): CommentStyle {
  if (/\.(c|h|S|s|ld)$/.test(path)) return { line: (t) => `/* ${t} */` };
  if (/\.(sh|py|ya?ml|toml)$/.test(path)) return { line: (t) => `# ${t}` };
  return { line: (t) => `// ${t}` };
}

/**
 * Expands every root; reports cycles and chunks no root reaches. With `allowUnused` (a book cut
 * at a chapter, `--until`), a chunk no root reaches is not a problem: a later chapter uses it.
 */
export function expandAll(graph: Graph, allowUnused = false): { files: OutputFile[]; problems: ParseProblem[] } {
  const problems: ParseProblem[] = [];
  const files: OutputFile[] = [];
  const sortedRoots = [...graph.roots.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const root of sortedRoots) {
    const style = commentStyleFor(root.path);
    const lines: OutLine[] = [];
    const chapters = new Set<string>([root.fence.chapter]);
    const stack: string[] = [];
    const emitFence = (fence: Fence, indent: string): void => {
      fence.body.forEach((text, i) => {
        const m = USE_LINE.exec(text);
        const line = fence.bodyLine + i;
        if (!m) {
          lines.push({ text: text === "" ? "" : indent + text, chapter: fence.chapter, line, indent: indent.length });
          return;
        }
        const name = (m[2] ?? m[3] ?? m[4]).trim();
        const chunk = graph.chunks.get(name);
        if (!chunk || chunk.definitions.length === 0) return; // reported by buildGraph
        const inner = indent + m[1];
        if (stack.includes(name)) return; // a cycle: reported once by findCycles
        chunk.files.add(root.path);
        stack.push(name);
        for (const def of chunk.definitions) {
          chapters.add(def.fence.chapter);
          const label = def.index === 0 ? `<<${name}>>` : `<<${name}>> +=`;
          lines.push({
            text: inner + style.line(`${label} (${def.fence.chapter})`),
            chapter: def.fence.chapter,
            line: def.fence.line,
            indent: inner.length,
          });
          emitFence(def.fence, inner);
        }
        stack.pop();
      });
    };
    emitFence(root.fence, "");
    const chapterList = [...chapters].sort();
    const header = [
      style.line(`Generated by tools/tangle from ${chapterList.join(", ")}.`),
      style.line("Do not edit this file: edit the chapter and run `npm run tangle`."),
    ];
    files.push({
      path: root.path,
      chapters: chapterList,
      lines: [...header.map((text) => ({ text, chapter: null, line: 0 })), ...lines],
    });
  }
  problems.push(...findCycles(graph));
  const reached = reachableChunks(graph);
  for (const chunk of graph.chunks.values()) {
    if (allowUnused || chunk.definitions.length === 0 || reached.has(chunk.name)) continue;
    const d = chunk.definitions[0].fence;
    problems.push({
      chapter: d.chapter,
      line: d.line,
      column: d.column,
      message: `chunk "${chunk.name}" is never used (mark it doc-only if it is only for reading)`,
    });
  }
  return { files, problems };
}

/** The chunks each fence uses, in order, with the position of each use. */
function usesIn(fence: Fence): { name: string; line: number; column: number }[] {
  const out: { name: string; line: number; column: number }[] = [];
  fence.body.forEach((text, i) => {
    const m = USE_LINE.exec(text);
    if (m) out.push({ name: (m[2] ?? m[3] ?? m[4]).trim(), line: fence.bodyLine + i, column: m[1].length + 1 });
  });
  return out;
}

/**
 * Chunks reachable from a root file or from a doc-only chunk (a chunk shown for reading may
 * use other chunks, and they are then read too). Every other defined chunk is unused.
 */
export function reachableChunks(graph: Graph): Set<string> {
  const reached = new Set<string>();
  const work: Fence[] = [...graph.roots.values()].map((r) => r.fence);
  for (const chunk of graph.chunks.values()) {
    if (isDocOnly(chunk)) {
      reached.add(chunk.name);
      work.push(...chunk.definitions.map((d) => d.fence));
    }
  }
  while (work.length > 0) {
    const fence = work.pop() as Fence;
    for (const use of usesIn(fence)) {
      if (reached.has(use.name)) continue;
      reached.add(use.name);
      const chunk = graph.chunks.get(use.name);
      if (chunk) work.push(...chunk.definitions.map((d) => d.fence));
    }
  }
  return reached;
}

/**
 * Every cycle of chunk uses, reported once, at the use that closes it (depth-first from the
 * chunks in name order, so the report does not depend on which root reaches the cycle first).
 */
export function findCycles(graph: Graph): ParseProblem[] {
  const problems: ParseProblem[] = [];
  const state = new Map<string, 1 | 2>(); // 1: on the current path, 2: done
  const path: string[] = [];
  const seen = new Set<string>();
  const visit = (name: string): void => {
    state.set(name, 1);
    path.push(name);
    const chunk = graph.chunks.get(name);
    for (const def of chunk?.definitions ?? []) {
      for (const use of usesIn(def.fence)) {
        const s = state.get(use.name);
        if (s === 1) {
          const members = [...path.slice(path.indexOf(use.name)), use.name];
          const key = [...new Set(members)].sort().join("\0");
          if (seen.has(key)) continue;
          seen.add(key);
          const cycle = members.map((n) => `"${n}"`).join(" → ");
          problems.push({
            chapter: def.fence.chapter,
            line: use.line,
            column: use.column,
            message: `cyclic chunk use: ${cycle}`,
          });
        } else if (s === undefined && graph.chunks.get(use.name)?.definitions.length) {
          visit(use.name);
        }
      }
    }
    path.pop();
    state.set(name, 2);
  };
  for (const name of [...graph.chunks.keys()].sort()) if (!state.has(name)) visit(name);
  return problems;
}
