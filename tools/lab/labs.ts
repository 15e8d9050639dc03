// The labs of the book, read from the chapters: one `<Lab …>` element per lab, beside the
// exercise it grades. The element is the only place a lab is declared; this module reads it with
// the MDX parser (remark-mdx), and its attribute values must be plain literals — strings,
// numbers, arrays, objects, template strings without `${}` — so that reading them runs nothing.
//
//   <Lab
//     id="sched-aging"
//     points={10}
//     chunks={["sched: age the waiting tasks"]}
//     tests={[{ file: "test/kernel/sched/scheduler.test.ts", name: "scheduler > ages …", points: 10 }]}
//   >
//   Hints, in Markdown.
//   </Lab>
//
// A chunk is a chunk name, or `{ name, stub }` where `stub` is the body the starting state has
// instead of the book's (default: no code, only the line `// lab <id>: write me`). A test is a
// test file, and optionally the full name of one test in it ("describe > it"); without a name,
// every test of the file must pass. `points` is the sum of the tests' points.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chapterStem, findChapters } from "../tangle/tangle.ts";
import { testChapter } from "../tangle/state.ts";

export interface LabChunk {
  name: string;
  /** The starting state's body for the chunk. */
  stub: string;
}

export interface LabTest {
  file: string;
  /** The test's full name ("describe > it"), or null for every test of the file. */
  name: string | null;
  points: number;
}

export interface Lab {
  id: string;
  /** The chapter file declaring it, e.g. chapters/13-scheduler.mdx. */
  chapter: string;
  /** The line of its `<Lab` in the chapter. */
  line: number;
  /** The element's children: hints, in Markdown. */
  hints: string;
  points: number;
  chunks: LabChunk[];
  tests: LabTest[];
  /**
   * The chapter (stem) whose state the lab starts from and is graded in: its own chapter, or the
   * latest chapter any of its test files belongs to (`// chapter: <stem>`), whichever is later.
   */
  state: string;
}

export class LabError extends Error {}

interface EsNode {
  type: string;
  [key: string]: unknown;
}

interface MdNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } };
  children?: MdNode[];
}

let parser: { parse(text: string): unknown } | null = null;

function mdx(): { parse(text: string): unknown } {
  if (parser === null) {
    const require = createRequire(import.meta.url);
    const { unified } = require("unified");
    parser = unified()
      .use(require("remark-parse").default)
      .use(require("remark-mdx").default);
  }
  return parser as { parse(text: string): unknown };
}

/** The value of a literal expression; anything else (a name, a call, `${}`) is an error. */
function literal(node: EsNode, where: string): unknown {
  switch (node.type) {
    case "Program": {
      const body = node.body as EsNode[];
      if (body.length !== 1 || body[0].type !== "ExpressionStatement") throw new LabError(`${where}: expected one value`);
      return literal(body[0].expression as EsNode, where);
    }
    case "Literal":
      return node.value;
    case "TemplateLiteral": {
      if ((node.expressions as EsNode[]).length > 0) throw new LabError(`${where}: no \${} in a lab's template strings`);
      return ((node.quasis as EsNode[])[0].value as { cooked: string }).cooked;
    }
    case "ArrayExpression":
      return (node.elements as EsNode[]).map((e) => literal(e, where));
    case "ObjectExpression": {
      const out: Record<string, unknown> = {};
      for (const p of node.properties as EsNode[]) {
        const key = p.key as EsNode;
        if (p.type !== "Property" || p.computed) throw new LabError(`${where}: only plain properties`);
        const name = key.type === "Identifier" ? (key.name as string) : String(key.value);
        out[name] = literal(p.value as EsNode, where);
      }
      return out;
    }
    default:
      throw new LabError(`${where}: a lab's attributes are literals, not ${node.type}`);
  }
}

function attributeValues(node: MdNode, where: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const a of node.attributes ?? []) {
    if (a.type !== "mdxJsxAttribute" || a.name === undefined) throw new LabError(`${where}: no spread attributes`);
    const v = a.value as { data?: { estree?: EsNode } } | string | null | undefined;
    if (typeof v === "string") out[a.name] = v;
    else if (v?.data?.estree) out[a.name] = literal(v.data.estree, `${where}: ${a.name}`);
    else throw new LabError(`${where}: ${a.name} needs a value`);
  }
  return out;
}

function str(v: unknown, what: string): string {
  if (typeof v !== "string" || v === "") throw new LabError(`${what}: expected a string`);
  return v;
}

function whole(v: unknown, what: string): number {
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0) throw new LabError(`${what}: expected a whole number`);
  return v;
}

/** The labs one chapter declares, in order. */
export function labsInChapter(chapter: string, text: string): Omit<Lab, "state">[] {
  if (!text.includes("<Lab")) return [];
  const tree = mdx().parse(text) as MdNode;
  const labs: Omit<Lab, "state">[] = [];
  const walk = (node: MdNode): void => {
    if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name === "Lab") {
      const line = node.position?.start.line ?? 0;
      const where = `${chapter}:${line}`;
      const a = attributeValues(node, where);
      for (const k of Object.keys(a))
        if (!["id", "points", "chunks", "tests", "pageChecks"].includes(k)) throw new LabError(`${where}: unknown attribute ${k}`);
      const id = str(a.id, `${where}: id`);
      if (!/^[a-z][a-z0-9-]*$/.test(id)) throw new LabError(`${where}: id "${id}" must be lower-case words joined by -`);
      if (!Array.isArray(a.chunks) || a.chunks.length === 0) throw new LabError(`${where}: chunks: a list of chunk names`);
      const chunks = a.chunks.map((c): LabChunk => {
        if (typeof c === "string") return { name: c, stub: `// lab ${id}: write me` };
        const o = c as Record<string, unknown>;
        return { name: str(o.name, `${where}: chunks`), stub: str(o.stub, `${where}: chunks: stub`).replace(/^\n|\n\s*$/g, "") };
      });
      if (!Array.isArray(a.tests) || a.tests.length === 0) throw new LabError(`${where}: tests: a list of tests`);
      const tests = a.tests.map((t): LabTest => {
        const o = t as Record<string, unknown>;
        const file = str(o.file, `${where}: tests: file`);
        if (!/^test\/[\w./-]+\.test\.ts$/.test(file)) throw new LabError(`${where}: tests: ${file} is not a test file under test/`);
        const name = o.name === undefined ? null : str(o.name, `${where}: tests: name`);
        return { file, name, points: whole(o.points, `${where}: tests: points`) };
      });
      for (const c of (a.pageChecks ?? []) as Record<string, unknown>[]) {
        // Checks the page runs (src/components/Lab.astro); the grader does not, but a malformed one fails here.
        str(c.name, `${where}: pageChecks: name`);
        whole(c.points, `${where}: pageChecks: points`);
        str(c.expect, `${where}: pageChecks: expect`);
        if (!Array.isArray(c.type) || c.type.length === 0 || c.type.some((t) => typeof t !== "string"))
          throw new LabError(`${where}: pageChecks: type: a list of lines to type`);
      }
      const points = whole(a.points, `${where}: points`);
      const sum = tests.reduce((s, t) => s + t.points, 0);
      if (sum !== points) throw new LabError(`${where}: points={${points}} but the tests add up to ${sum}`);
      const kids = node.children ?? [];
      const from = kids[0]?.position?.start.offset;
      const to = kids.at(-1)?.position?.end.offset;
      const hints = from !== undefined && to !== undefined ? text.slice(from, to).trim() : "";
      labs.push({ id, chapter, line, hints, points, chunks, tests });
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return labs;
}

/** Every lab of the book under `root`, in chapter order; ids are unique. */
export function findLabs(root: string): Lab[] {
  const labs: Lab[] = [];
  for (const chapter of findChapters(root)) {
    for (const lab of labsInChapter(chapter, readFileSync(join(root, chapter), "utf8"))) {
      const clash = labs.find((l) => l.id === lab.id);
      if (clash) throw new LabError(`${lab.chapter}:${lab.line}: lab "${lab.id}" is already declared at ${clash.chapter}:${clash.line}`);
      let state = chapterStem(chapter);
      for (const t of lab.tests) {
        let text: string;
        try {
          text = readFileSync(join(root, t.file), "utf8");
        } catch {
          throw new LabError(`${lab.chapter}:${lab.line}: lab "${lab.id}" names ${t.file}, which does not exist`);
        }
        const tag = testChapter(text);
        if (tag === null) throw new LabError(`${t.file} has no "// chapter: <stem>" line`);
        if (tag > state) state = tag;
      }
      labs.push({ ...lab, state });
    }
  }
  return labs;
}

/** The lab named `id`, or an error listing the labs there are. */
export function findLab(root: string, id: string): Lab {
  const labs = findLabs(root);
  const lab = labs.find((l) => l.id === id);
  if (!lab) throw new LabError(`no lab "${id}"; the labs are: ${labs.map((l) => l.id).join(", ")}`);
  return lab;
}
