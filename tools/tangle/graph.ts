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

/** A line holding only `// <<name>>` or `/* <<name>> *\/` (C) or `# <<name>>` (shell). */
export const USE_LINE = /^(\s*)(?:\/\/\s*<<(.+?)>>|\/\*\s*<<(.+?)>>\s*\*\/|#\s*<<(.+?)>>)\s*$/;

const CODE_LANGS_NEEDING_A_ROLE = new Set(["ts", "typescript", "js", "javascript", "c", "h", "tsx", "mjs", "sh", "bash", "asm", "s", "ld"]);

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
      if (!/^src\/[\w./-]+$/.test(meta.file) || meta.file.includes("..")) {
        problem(fence, fence.line, fence.column, `file="${meta.file}" must be a path under src/`);
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
      if (chunk.definitions.length === 0 && meta.append) {
        // An append before the first definition (in reading order) is still a definition:
        // chapters are read in path order, and a later chapter may define the start.
      }
      chunk.definitions.push({ name, fence, index: chunk.definitions.length });
      if (meta.docOnly) (chunk as Chunk & { docOnly?: boolean }).docOnly = true;
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
      for (const use of chunk.uses) problems.push({ chapter: use.fence.chapter, line: use.line, column: use.column, message: `undefined chunk "${chunk.name}"` });
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

/** Expands every root; reports cycles and chunks no root reaches. */
export function expandAll(graph: Graph): { files: OutputFile[]; problems: ParseProblem[] } {
  const problems: ParseProblem[] = [];
  const files: OutputFile[] = [];
  const reached = new Set<string>();
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
          lines.push({ text: text === "" ? "" : indent + text, chapter: fence.chapter, line });
          return;
        }
        const name = (m[2] ?? m[3] ?? m[4]).trim();
        const chunk = graph.chunks.get(name);
        if (!chunk || chunk.definitions.length === 0) return; // reported by buildGraph
        const inner = indent + m[1];
        if (stack.includes(name)) {
          const cycle = [...stack.slice(stack.indexOf(name)), name].map((n) => `"${n}"`).join(" → ");
          problems.push({ chapter: fence.chapter, line, column: m[1].length + 1, message: `cyclic chunk use: ${cycle}` });
          return;
        }
        reached.add(name);
        chunk.files.add(root.path);
        stack.push(name);
        for (const def of chunk.definitions) {
          chapters.add(def.fence.chapter);
          const label = def.index === 0 ? `<<${name}>>` : `<<${name}>> +=`;
          lines.push({ text: inner + style.line(`${label} ${def.fence.chapter}:${def.fence.line}`), chapter: def.fence.chapter, line: def.fence.line });
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
  for (const chunk of graph.chunks.values()) {
    if (chunk.definitions.length === 0 || reached.has(chunk.name) || isDocOnly(chunk)) continue;
    const d = chunk.definitions[0].fence;
    problems.push({ chapter: d.chapter, line: d.line, column: d.column, message: `chunk "${chunk.name}" is never used (mark it doc-only if it is only for reading)` });
  }
  return { files, problems };
}
