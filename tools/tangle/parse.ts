// Reads MDX chapters with the unified/remark MDX parser and returns their code fences.
// A fence is a root chunk (`file="src/…"`), a named chunk (`chunk="name"`, optionally `append`),
// or explicitly `ignore`d. Positions are 1-based lines and columns in the chapter file.
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";

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

const processor = unified().use(remarkParse).use(remarkMdx);

/** Parses one chapter; MDX syntax errors become problems with the parser's position. */
export function parseChapter(chapter: string, text: string): { fences: Fence[]; problems: ParseProblem[] } {
  const fences: Fence[] = [];
  let tree: MdNode;
  try {
    tree = processor.parse(text) as unknown as MdNode;
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
