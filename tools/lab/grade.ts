// Grading a lab (`npm run grade`). Only the student's chapters come from their working copy:
// the grader tangles them (the chapters up to the lab's state) into a fresh tree of its own and
// copies everything else — tools, configuration, every test file and helper — from the book, so
// editing a test, a tool or a generated file in the working copy changes nothing. It then runs
// the lab's test files with Vitest and scores each of the lab's tests: GOOD (passed, its
// points), BAD (failed, 0) or MISSING (no such test ran: a file that does not load, a test that
// was renamed; 0). A failure is followed by where it happened in the student's chapters: the
// stack frames in generated files mapped back through tangle's source maps, and the lab's chunks.
// Nothing in the report depends on the time, the host or the temporary folder, so a tree always
// gets the same report.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { applyHoles, type Source } from "../tangle/hole.ts";
import { decodeLines } from "../tangle/sourcemap.ts";
import { writeState } from "../tangle/state.ts";
import { chaptersUntil, findChapters, formatProblem, tangleSources } from "../tangle/tangle.ts";
import { findLabs, type Lab, LabError, type LabTest, labsInChapter } from "./labs.ts";

/** The chapters of a lab's state, read from `dir` (a working copy, or the book itself). */
export function chapterSources(root: string, lab: Lab, dir: string): Source[] {
  return chaptersUntil(findChapters(root), lab.state).map((chapter) => {
    const file = join(dir, chapter);
    if (!existsSync(file)) throw new LabError(`${relative(root, file) || file}: missing (a lab's tree has every chapter up to ${lab.state})`);
    return { chapter, text: readFileSync(file, "utf8") };
  });
}

/** The lab's chapters with its chunks taken out: the starting state's chapters. */
export function holedSources(root: string, lab: Lab): Source[] {
  return applyHoles(
    chapterSources(root, lab, root),
    lab.chunks.map((c) => ({ chunk: c.name, stub: c.stub })),
  );
}

/**
 * Writes the lab's state tangled from `sources` to `out` (replacing it), with the book's own
 * tests, tools and configuration. When a lab's chunk is user-space code (C under src/user), the
 * programs are built again (`npm run build:user`, clang and lld) over the book's build/user.
 * Returns the problems: the tangle's (then nothing is written) or the build's.
 */
export function writeLabTree(root: string, lab: Lab, sources: Source[], out: string): string[] {
  const result = tangleSources(sources, { root, until: lab.state });
  if (result.problems.length > 0) return result.problems.map(formatProblem);
  writeState(root, lab.state, out, result, new Map(sources.map((s) => [s.chapter, s.text])));
  const user = lab.chunks.some((c) => [...(result.graph.chunks.get(c.name)?.files ?? [])].some((f) => f.startsWith("src/user/")));
  if (user) {
    const r = spawnSync(process.execPath, ["tools/build-user.ts"], { cwd: out, encoding: "utf8" });
    if (r.status !== 0) return [`npm run build:user failed:\n${`${r.stdout}${r.stderr}`.split(out).join(".").trim()}`];
  }
  return [];
}

export interface GradedTest {
  name: string;
  status: "GOOD" | "BAD" | "MISSING";
  score: number;
  max_score: number;
  output: string;
}

export interface Grade {
  lab: string;
  score: number;
  max_score: number;
  tests: GradedTest[];
}

interface VitestAssertion {
  ancestorTitles: string[];
  title: string;
  status: string;
  failureMessages: string[];
}
interface VitestFile {
  name: string;
  status: string;
  message?: string;
  assertionResults: VitestAssertion[];
}

/** Tests a teacher adds with --extra DIR: its `lab.json` ({ tests: [{file, name?, points}] }), else 1 point per test case. */
function extraFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".test.ts"))
    .sort();
}

export interface GradeOptions {
  /** A folder of hidden tests, copied to test/extra/ in the grading tree. */
  extra?: string;
  /** Only the lab's tests whose name contains this. */
  only?: string;
  /** Keep the grading tree (its path is printed); for debugging the grader. */
  keep?: boolean;
}

/** Grades the working copy `dir` (the book itself when it is `root`). */
export function grade(root: string, lab: Lab, dir: string, options: GradeOptions = {}): Grade {
  const tree = mkdtempSync(join(tmpdir(), `viperos-grade-${lab.id}-`));
  try {
    return gradeIn(root, lab, dir, tree, options);
  } finally {
    if (options.keep) console.error(`grade: the grading tree is ${tree}`);
    else rmSync(tree, { recursive: true, force: true });
  }
}

function gradeIn(root: string, lab: Lab, dir: string, tree: string, options: GradeOptions): Grade {
  let specs: LabTest[] = [...lab.tests];
  if (options.extra !== undefined) {
    const extra = resolve(options.extra);
    const manifest = join(extra, "lab.json");
    if (existsSync(manifest)) {
      const declared = JSON.parse(readFileSync(manifest, "utf8")) as { tests: LabTest[] };
      specs.push(...declared.tests.map((t) => ({ file: `test/extra/${t.file}`, name: t.name ?? null, points: t.points })));
    } else specs.push(...extraFiles(extra).map((f) => ({ file: `test/extra/${f}`, name: null, points: -1 })));
  }
  if (options.only !== undefined) specs = specs.filter((t) => testName(t).includes(options.only as string));
  const sources = chapterSources(root, lab, dir);
  const problems = writeLabTree(root, lab, sources, tree);
  if (problems.length > 0) {
    const output = `the chapters do not build:\n${problems.join("\n")}\nthe lab's code:\n${chunkLines(lab, sources).map((c) => `  ${c}`).join("\n")}`;
    return total(lab, specs.map((t) => ({ name: testName(t), status: "MISSING", score: 0, max_score: Math.max(t.points, 1), output })));
  }
  if (options.extra !== undefined) cpSync(resolve(options.extra), join(tree, "test", "extra"), { recursive: true });
  const files = [...new Set(specs.map((t) => t.file))].sort();
  const report = join(tree, "grade-report.json");
  const vitest = join(root, "node_modules", "vitest", "vitest.mjs");
  const run = spawnSync(process.execPath, [vitest, "run", "--reporter=json", `--outputFile=${report}`, ...files], {
    cwd: tree,
    encoding: "utf8",
    env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1", CI: "1" },
    maxBuffer: 256 * 1024 * 1024,
  });
  const results: VitestFile[] = existsSync(report)
    ? (JSON.parse(readFileSync(report, "utf8")) as { testResults: VitestFile[] }).testResults
    : [];
  const byFile = new Map(results.map((r) => [relative(tree, r.name), r]));
  const clean = (text: string): string => where(tree, lab, sources, text.split(tree).join("."));
  const graded: GradedTest[] = [];
  for (const spec of specs) {
    const file = byFile.get(spec.file);
    const cases = (file?.assertionResults ?? []).filter(
      (a) => spec.name === null || [...a.ancestorTitles, a.title].join(" > ") === spec.name,
    );
    if (spec.points < 0) {
      // An extra file without a manifest: each of its test cases is a test worth 1 point.
      if (cases.length === 0) graded.push(missing(`${spec.file}`, 1, file, run.stderr, clean));
      for (const c of cases) graded.push(one(`${spec.file} > ${[...c.ancestorTitles, c.title].join(" > ")}`, 1, [c], clean));
      continue;
    }
    if (cases.length === 0) graded.push(missing(testName(spec), spec.points, file, run.stderr, clean));
    else graded.push(one(testName(spec), spec.points, cases, clean));
  }
  return total(lab, graded);
}

function testName(t: LabTest): string {
  return t.name === null ? t.file : `${t.file} > ${t.name}`;
}

function one(name: string, points: number, cases: VitestAssertion[], clean: (t: string) => string): GradedTest {
  const failed = cases.filter((c) => c.status !== "passed");
  if (failed.length === 0) return { name, status: "GOOD", score: points, max_score: points, output: "" };
  const output = failed
    .map((c) => {
      const head = cases.length > 1 ? `${[...c.ancestorTitles, c.title].join(" > ")}: ` : "";
      return head + (c.failureMessages.length > 0 ? clean(c.failureMessages.join("\n")) : c.status);
    })
    .join("\n");
  return { name, status: "BAD", score: 0, max_score: points, output };
}

function missing(
  name: string,
  points: number,
  file: VitestFile | undefined,
  stderr: string,
  clean: (t: string) => string,
): GradedTest {
  let output = "no such test ran";
  if (file === undefined) output = `the test file did not run\n${clean(firstLines(stderr, 20))}`;
  else if (file.message) output = `the test file did not load:\n${clean(file.message)}`;
  return { name, status: "MISSING", score: 0, max_score: points, output: output.trim() };
}

function firstLines(text: string, n: number): string {
  return text.split("\n").slice(0, n).join("\n");
}

function total(lab: Lab, tests: GradedTest[]): Grade {
  return {
    lab: lab.id,
    score: tests.reduce((s, t) => s + t.score, 0),
    max_score: tests.reduce((s, t) => s + t.max_score, 0),
    tests,
  };
}

const FRAME = /\(?(\.\/)?((?:src)\/[\w./-]+\.ts):(\d+):(\d+)\)?/g;

/**
 * A failure's text with its frames in generated files followed by the chapter line they came
 * from, then where the lab's chunks are in the student's chapters — the code the failure is
 * about when no frame points into it (a test that finds a wrong value, not an exception).
 */
function where(tree: string, lab: Lab, sources: Source[], text: string): string {
  const maps = new Map<string, ReturnType<typeof decodeLines> | null>();
  const mapped: string[] = [];
  const lines = text.split("\n").filter((l) => !/node_modules\/|^\s*at .*<anonymous>\)?$/.test(l));
  for (const line of lines) {
    for (const m of line.matchAll(FRAME)) {
      const file = m[2];
      if (!maps.has(file)) {
        const map = join(tree, `${file}.map`);
        maps.set(file, existsSync(map) ? decodeLines(readFileSync(map, "utf8")) : null);
      }
      const origin = maps.get(file)?.[Number(m[3]) - 1];
      if (origin) {
        const at = `${origin.source.replace(/^(\.\.\/)+/, "")}:${origin.line}`;
        if (!mapped.includes(at)) mapped.push(`${at} (${file}:${m[3]})`);
      }
    }
  }
  const out = [...lines];
  if (mapped.length > 0) out.push("in your chapters:", ...mapped.map((m) => `  ${m}`));
  const chunks = chunkLines(lab, sources);
  if (chunks.length > 0) out.push("the lab's code:", ...chunks.map((c) => `  ${c}`));
  return out.join("\n").trim();
}

/** Where each of the lab's chunks is defined in the student's chapters ("chapters/x.mdx:12 ⟨name⟩"). */
function chunkLines(lab: Lab, sources: Source[]): string[] {
  const out: string[] = [];
  for (const { chapter, text } of sources) {
    const lines = text.split("\n");
    lines.forEach((l, i) => {
      const m = /^(`{3,}|~{3,})\S*\s.*\bchunk="([^"]+)"/.exec(l);
      if (m && lab.chunks.some((c) => c.name === m[2])) out.push(`${chapter}:${i + 2} ⟨${m[2]}⟩`);
    });
  }
  return out;
}

/** The report a person reads: one line per test, failures indented below, the total last. */
export function formatGrade(g: Grade, lab: Lab, dir: string): string {
  const width = Math.max(...g.tests.map((t) => `${t.score}/${t.max_score}`.length));
  const out = [`grade ${g.lab} (${lab.chapter}, tested in the state of ${lab.state}): ${dir}`];
  for (const t of g.tests) {
    out.push(`${t.status.padEnd(7)} ${`${t.score}/${t.max_score}`.padStart(width)}  ${t.name}`);
    if (t.output !== "") out.push(...t.output.split("\n").map((l) => `          ${l}`));
  }
  out.push(`score: ${g.score}/${g.max_score}`);
  return `${out.join("\n")}\n`;
}

/** Gradescope's results.json. */
export function gradescope(g: Grade): string {
  const tests = g.tests.map((t) => ({ name: t.name, score: t.score, max_score: t.max_score, output: t.output }));
  return `${JSON.stringify({ score: g.score, max_score: g.max_score, tests }, null, 2)}\n`;
}

export { findLabs, labsInChapter };
