// Finds the code fences of MDX chapters. A fence is a root chunk (`file="src/…"`), a named chunk
// (`chunk="name"`, optionally `append`), or explicitly `ignore`d. Positions are 1-based lines and
// columns in the chapter file.
//
// Two readers give the same fences (test/tangle/parse.test.ts holds them to it on every chapter):
// a line scanner for the fences the book writes — a fence at the start of a line, outside any
// container — and the unified/remark MDX parser for everything else (a fence in a list item or a
// block quote, a tab, an escape in the info string). The scanner reads the 30 000-line synthetic
// book of bench:tangle in a few milliseconds, where the MDX parser took about a second; whether
// the MDX around the code is well formed is checked apart, by checkMdx, which the tangle command
// runs on the chapters that changed (tangle.ts, its cache).
import { createRequire } from "node:module";

export interface Fence {
  chapter: string; // path relative to the repository root, with forward slashes
  lang: string;
  meta: FenceMeta;
  /** The fence's own position (the opening ``` line). */
  line: number;
  column: number;
  /** Line in the chapter of the first line of `body`. */
  bodyLine: number;
  body: string[];
}

export interface FenceMeta {
  file?: string;
  chunk?: string;
  append: boolean;
  ignore: boolean;
  docOnly: boolean;
  unknown: string[];
}

export interface ParseProblem {
  chapter: string;
  line: number;
  column: number;
  message: string;
}

const META_TOKEN = /([A-Za-z][\w-]*)(?:=("([^"]*)"|'([^']*)'|(\S+)))?/g;

export function parseMeta(meta: string | null | undefined): FenceMeta {
  const result: FenceMeta = { append: false, ignore: false, docOnly: false, unknown: [] };
  if (!meta) return result;
  for (const match of meta.matchAll(META_TOKEN)) {
    const key = match[1];
    const value = match[3] ?? match[4] ?? match[5];
    if (key === "file" && value !== undefined) result.file = value;
    else if (key === "chunk" && value !== undefined) result.chunk = value;
    else if (key === "append" && value === undefined) result.append = true;
    else if (key === "ignore" && value === undefined) result.ignore = true;
    else if (key === "doc-only" && value === undefined) result.docOnly = true;
    else if (key === "title" || key === "frame" || key === "mark" || key === "ins" || key === "del") {
      // Expressive Code's own options pass through untouched.
    } else result.unknown.push(match[0]);
  }
  return result;
}

interface MdNode {
  type: string;
  lang?: string | null;
  meta?: string | null;
  value?: string;
  position?: { start: { line: number; column: number }; end: { line: number; column: number } };
  children?: MdNode[];
}

export interface ParsedChapter {
  fences: Fence[];
  problems: ParseProblem[];
  /** True when the MDX parser read the chapter (so its syntax is already checked). */
  mdxChecked: boolean;
}

/** The chapter's fences: from the line scanner when it can read the chapter, else from the MDX parser. */
export function parseChapter(chapter: string, text: string): ParsedChapter {
  const fences = scanFences(chapter, text);
  if (fences !== null) return { fences, problems: [], mdxChecked: false };
  return { ...parseChapterMdx(chapter, text), mdxChecked: true };
}

/**
 * MDX syntax errors in a chapter, with the parser's position (none when it is well formed).
 * Markdown itself never fails to parse: only JSX, expressions and import/export can. So the
 * parser reads just the blocks that hold one of `< > { }` or start with import/export, the others
 * and every fenced block blanked (lines keep their numbers); a chapter with none is not parsed at
 * all. Should that reading find an error, the whole chapter is parsed again and its errors are
 * the ones reported, so that blanking can hide nothing it then misreports.
 */
export function checkMdx(chapter: string, text: string): ParseProblem[] {
  const lines = text.split("\n");
  const scanned = scanFences(chapter, text);
  if (scanned === null) return parseChapterMdx(chapter, text).problems;
  const blank = new Uint8Array(lines.length);
  for (const f of scanned) blank.fill(1, f.line - 1, Math.min(lines.length, f.bodyLine + f.body.length));
  let any = false;
  for (let i = 0; i < lines.length; ) {
    if (blank[i] || lines[i].trim() === "") {
      i++;
      continue;
    }
    let end = i;
    let keep = false;
    while (end < lines.length && !blank[end] && lines[end].trim() !== "") {
      keep ||= /[<>{}]/.test(lines[end]) || ESM_START.test(lines[end]);
      end++;
    }
    if (keep) any = true;
    else blank.fill(1, i, end);
    i = end;
  }
  if (!any) return [];
  const reduced = lines.map((l, i) => (blank[i] ? "" : l)).join("\n");
  if (parseChapterMdx(chapter, reduced).problems.length === 0) return [];
  return parseChapterMdx(chapter, text).problems;
}

// The line scanner.
const FENCE_OPEN = /^(`{3,}|~{3,})(.*)$/;
const FENCE_LIKE = /^[ \t>]*(`{3,}|~{3,})/;
const ESM_START = /^(import|export)\b/;

/**
 * The fences of a chapter whose fences all start a line and whose other lines hold nothing that
 * looks like a fence; null when the chapter needs the MDX parser. A fence ends at a line of only
 * its own character, at least as many, indented anyhow (MDX has no indented code); an unclosed
 * fence runs to the end of the file, as CommonMark says.
 */
export function scanFences(chapter: string, text: string): Fence[] | null {
  const lines = text.split("\n");
  const fences: Fence[] = [];
  let esm = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const open = FENCE_OPEN.exec(line);
    if (open === null) {
      if (FENCE_LIKE.test(line)) return null; // indented, in a block quote, or tab-led: a container's
      if (line.trim() === "") esm = false;
      else if (ESM_START.test(line)) esm = true;
      continue;
    }
    const mark = open[1];
    const info = open[2].trim();
    if (esm || /[\\&]/.test(info) || (mark[0] === "`" && info.includes("`"))) return null;
    let end = i + 1;
    while (end < lines.length && !closes(lines[end], mark)) {
      if (lines[end].startsWith("\t")) return null;
      end++;
    }
    const space = info.search(/\s/);
    const lang = space < 0 ? info : info.slice(0, space);
    const meta = space < 0 ? "" : info.slice(space).trim();
    fences.push({
      chapter,
      lang,
      meta: parseMeta(meta || null),
      line: i + 1,
      column: 1,
      bodyLine: i + 2,
      body: lines.slice(i + 1, end),
    });
    i = end;
  }
  return fences;
}

function closes(line: string, mark: string): boolean {
  const t = line.trim();
  if (t.length < mark.length || t[0] !== mark[0]) return false;
  for (let k = 1; k < t.length; k++) if (t[k] !== mark[0]) return false;
  return /^ *$/.test(line.slice(0, line.indexOf(mark[0])));
}

// The MDX parser.
interface MdxProcessor {
  parse(text: string): unknown;
}
let processor: MdxProcessor | null = null;

/** The unified/remark MDX parser, loaded the first time a chapter needs it (~200 ms of imports). */
function mdxProcessor(): MdxProcessor {
  if (processor === null) {
    const require = createRequire(import.meta.url);
    const { unified } = require("unified");
    const remarkParse = require("remark-parse").default;
    const remarkMdx = require("remark-mdx").default;
    processor = unified().use(remarkParse).use(remarkMdx) as MdxProcessor;
  }
  return processor;
}

/** Parses one chapter with the MDX parser; syntax errors become problems with its position. */
export function parseChapterMdx(chapter: string, text: string): { fences: Fence[]; problems: ParseProblem[] } {
  const fences: Fence[] = [];
  let tree: MdNode;
  try {
    tree = mdxProcessor().parse(text) as MdNode;
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message?: string };
    return {
      fences,
      problems: [
        { chapter, line: e.line ?? 1, column: e.column ?? 1, message: `MDX parse error: ${e.reason ?? e.message}` },
      ],
    };
  }
  const lines = text.split("\n");
  const walk = (node: MdNode): void => {
    if (node.type === "code" && node.position) {
      const start = node.position.start;
      const end = node.position.end;
      // The body is the text between the opening and closing fence lines. We take it from the
      // file itself rather than node.value so that the line numbers are exact.
      const opening = lines[start.line - 1] ?? "";
      const indent = opening.length - opening.trimStart().length;
      const closingLine = lines[end.line - 1] ?? "";
      const closed = /^\s*(```|~~~)/.test(closingLine) && end.line > start.line;
      const bodyEnd = closed ? end.line - 1 : end.line;
      const body = lines.slice(start.line, bodyEnd).map((l) => stripIndent(l, indent));
      fences.push({
        chapter,
        lang: node.lang ?? "",
        meta: parseMeta(node.meta),
        line: start.line,
        column: start.column,
        bodyLine: start.line + 1,
        body,
      });
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return { fences, problems: [] };
}

function stripIndent(line: string, indent: number): string {
  let i = 0;
  while (i < indent && i < line.length && line[i] === " ") i++;
  return line.slice(i);
}
