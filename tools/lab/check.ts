// npm run test:labs [-- LAB…]
//
// What a teacher relies on, checked for every lab (or the ones named):
//   1. its starting state (the book at the lab's state with its chunks taken out) tangles and
//      type-checks — the stubs compile;
//   2. the starting state scores 0: the lab's tests fail without the student's code;
//   3. the book itself (the reference solution) scores full marks;
//   4. grading the book twice gives the same report, byte for byte, and the same results.json;
//   5. the student's session the teacher's guide shows (chapter 90) prints what the guide says.
// Only each lab's own test files run, so the suite takes a few seconds per lab.
// Prints one line per lab and ends with `labs: N passed, M failed`.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runTool } from "../lib/args.ts";
import { formatGrade, grade, gradescope, holedSources, writeLabTree } from "./grade.ts";
import { checkGuide } from "./guide-check.ts";
import { findLabs, type Lab } from "./labs.ts";

const SPEC = {
  name: "test:labs",
  usage: "npm run test:labs [-- LAB…]",
  summary: "Checks every lab: its starting state compiles and scores 0, the book scores full marks, grading is deterministic.",
  options: {},
  positionals: [{ name: "LAB", optional: true, rest: true }],
} as const;

function tsc(root: string, cwd: string, project: string): Promise<string | null> {
  const bin = createRequire(join(root, "package.json")).resolve("typescript/bin/tsc");
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, "-p", project, "--noEmit"], { cwd });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("close", (status) => resolve(status === 0 ? null : `${project}:\n${output.trim()}`));
  });
}

runTool(SPEC, async ({ positionals }) => {
  const root = process.cwd();
  const labs = findLabs(root).filter((l) => positionals.length === 0 || positionals.includes(l.id));
  let passed = 0;
  let failed = 0;
  const bookReports = new Map<string, string>();
  for (const lab of labs) {
    const started = performance.now();
    const failures: string[] = [];
    const start = mkdtempSync(join(tmpdir(), `viperos-lab-${lab.id}-`));
    try {
      const problems = writeLabTree(root, lab, holedSources(root, lab), start);
      if (problems.length > 0) failures.push(`the starting state does not build:\n${problems.join("\n")}`);
      else {
        const projects = ["tsconfig.json", "src/kernel/tsconfig.json"].filter((p) => existsSync(join(start, p)));
        const errors = (await Promise.all(projects.map((p) => tsc(root, start, p)))).filter((e) => e !== null);
        if (errors.length > 0) failures.push(`the starting state does not type-check:\n${errors.join("\n")}`);
        const g = grade(root, lab, start);
        if (g.score !== 0) failures.push(`the starting state scores ${g.score}, not 0:\n${formatGrade(g, lab, "start")}`);
      }
    } finally {
      rmSync(start, { recursive: true, force: true });
    }
    const first = grade(root, lab, root);
    if (first.score !== lab.points || first.max_score !== lab.points)
      failures.push(`the book scores ${first.score}/${first.max_score}, not ${lab.points}:\n${formatGrade(first, lab, ".")}`);
    bookReports.set(lab.id, formatGrade(first, lab, `labs/${lab.id}`));
    const second = grade(root, lab, root);
    if (formatGrade(first, lab, ".") !== formatGrade(second, lab, ".") || gradescope(first) !== gradescope(second))
      failures.push(`two gradings of the book differ:\n${formatGrade(first, lab, ".")}\n${formatGrade(second, lab, ".")}`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (failures.length === 0) {
      passed++;
      console.log(`${lab.id}: ok (starts at 0, the book scores ${lab.points}/${lab.points}, grading repeats) ${seconds} s`);
    } else {
      failed++;
      console.log(`${lab.id}: FAILED ${seconds} s\n${failures.join("\n")}`);
    }
  }
  const guide = checkGuide(root, labs, (lab: Lab) => bookReports.get(lab.id) ?? "", positionals.length === 0);
  if (guide.checked && guide.problems.length === 0) {
    passed++;
    console.log("teacher's guide: the student's session replays as shown");
  } else if (guide.checked) {
    failed++;
    console.log(`teacher's guide: FAILED\n${guide.problems.join("\n")}`);
  }
  console.log(`labs: ${passed} passed, ${failed} failed`);
  return failed > 0 || labs.length === 0 ? 1 : 0;
});
