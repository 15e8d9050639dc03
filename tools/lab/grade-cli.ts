// npm run grade -- <lab> [--dir DIR] [--json] [--extra DIR] [TEST]
//
// Grades a working copy (default labs/<lab>/; `--dir .` grades the book itself) — see grade.ts.
// Prints each of the lab's tests as GOOD, BAD or MISSING with its points, the failures mapped to
// the chapter lines of the student's code, and the total; `--json` prints Gradescope's
// results.json instead. The exit status is 0 whatever the score (1 only when grading could not
// run), so a script grading many submissions reads the score, not the status.
import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { runTool, ToolError } from "../lib/args.ts";
import { formatGrade, grade, gradescope } from "./grade.ts";
import { findLab, LabError } from "./labs.ts";

const SPEC = {
  name: "grade",
  usage: "npm run grade -- LAB [--dir DIR] [--json] [--extra DIR] [TEST]",
  summary: `Grades a lab: tangles the chapters of the working copy, runs the lab's tests (the book's own copies)
and prints each as GOOD, BAD or MISSING with its points, then the score. TEST keeps only the tests
whose name contains it.`,
  options: {
    dir: { type: "string", value: "DIR", help: "the working copy (default labs/LAB; . is the book itself)" },
    json: { type: "flag", help: "print Gradescope's results.json (score, max_score, tests)" },
    extra: { type: "string", value: "DIR", help: "a folder of hidden tests (*.test.ts, and lab.json for their points)" },
    keep: { type: "flag", help: "keep the grading tree and print where it is" },
  },
  positionals: [
    { name: "LAB", help: "the lab's id (npm run lab -- list)" },
    { name: "TEST", optional: true, help: "only the tests whose name contains this" },
  ],
} as const;

runTool(SPEC, ({ options, positionals }) => {
  const root = process.cwd();
  try {
    const lab = findLab(root, positionals[0]);
    const dir = resolve(root, options.dir ?? join("labs", lab.id));
    if (!existsSync(join(dir, "chapters")))
      throw new ToolError(`${relative(root, dir) || "."}: no chapters/ here; start the lab with npm run lab -- start ${lab.id}`);
    if (options.extra !== undefined && !existsSync(options.extra)) throw new ToolError(`${options.extra}: no such folder`);
    const g = grade(root, lab, dir, { extra: options.extra, only: positionals[1], keep: options.keep });
    process.stdout.write(options.json ? gradescope(g) : formatGrade(g, lab, relative(root, dir) || "."));
    return 0;
  } catch (e) {
    if (e instanceof LabError) throw new ToolError(e.message);
    throw e;
  }
});
