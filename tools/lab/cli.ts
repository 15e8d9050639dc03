// npm run lab -- list [--json]
// npm run lab -- start <lab> [DIR]
//
//   list   every lab the chapters declare (<Lab …>, tools/lab/labs.ts): id, chapter, points,
//          the chunks the student writes and the state it is graded in
//   start  the student's working copy in DIR (default labs/<lab>/): the book at the lab's state
//          with the lab's chunks taken out (as `npm run tangle -- --until <state> --hole <chunk>`
//          writes it), and LAB.md, the lab's instructions. DIR must not exist or be empty.
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { runTool, ToolError, UsageError } from "../lib/args.ts";
import { holedSources, writeLabTree } from "./grade.ts";
import { findLab, findLabs, type Lab, LabError } from "./labs.ts";

const SPEC = {
  name: "lab",
  usage: "npm run lab -- list [--json] | start LAB [DIR]",
  summary: `The book's labs. list: every lab with its chapter and points. start: a working copy of the book
at the lab's chapter with the lab's chunks taken out, and LAB.md (default folder labs/LAB/).
Grade it with npm run grade -- LAB.`,
  options: {
    json: { type: "flag", help: "list: print the labs as JSON" },
  },
  positionals: [
    { name: "COMMAND", help: "list or start" },
    { name: "ARGS", optional: true, rest: true },
  ],
} as const;

/** LAB.md: what the student does, where, and how it is graded. */
export function instructions(lab: Lab, dir: string): string {
  const chunks = lab.chunks.map((c) => `- ⟨${c.name}⟩`).join("\n");
  const tests = lab.tests.map((t) => `| ${t.file}${t.name ? ` — ${t.name}` : ""} | ${t.points} |`).join("\n");
  return `# Lab ${lab.id} (${lab.points} points)

Declared in ${lab.chapter}, line ${lab.line}. This folder is the book as it stands at the end of
chapter ${lab.state}, with the code of these chunks taken out:

${chunks}

Write them again, in the chapter (search it for the chunk's name: its fence now holds a stub).
The book's code is generated from the chapters: run \`npm run tangle\` here to regenerate src/, and
\`npx vitest run ${[...new Set(lab.tests.map((t) => t.file))].join(" ")}\` to try the tests.

## Hints

${lab.hints || "(none)"}

## Grading

From the book's folder: \`npm run grade -- ${lab.id} --dir ${dir}\`. The grader takes only your
chapters from this folder; the tests, tools and configuration come from the book, so changing them
here changes nothing.

| test | points |
| ---- | ------ |
${tests}
`;
}

runTool(SPEC, ({ options, positionals }) => {
  const root = process.cwd();
  const [command, ...args] = positionals;
  try {
    if (command === "list") {
      if (args.length > 0) throw new UsageError("list takes no arguments");
      const labs = findLabs(root);
      if (options.json) {
        const out = labs.map(({ hints: _h, ...l }) => ({ ...l, chunks: l.chunks.map((c) => c.name) }));
        process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
        return 0;
      }
      const w = Math.max(...labs.map((l) => l.id.length));
      for (const l of labs)
        console.log(`${l.id.padEnd(w)}  ${String(l.points).padStart(3)} points  ${l.chapter}  ⟨${l.chunks.map((c) => c.name).join("⟩, ⟨")}⟩`);
      console.log(`${labs.length} labs, ${labs.reduce((s, l) => s + l.points, 0)} points`);
      return 0;
    }
    if (command === "start") {
      if (args.length < 1 || args.length > 2) throw new UsageError("start takes LAB [DIR]");
      const lab = findLab(root, args[0]);
      const dir = resolve(root, args[1] ?? join("labs", lab.id));
      if (existsSync(dir) && readdirSync(dir).length > 0)
        throw new ToolError(`${relative(root, dir)}: not empty; give another folder or remove it`);
      const problems = writeLabTree(root, lab, holedSources(root, lab), dir);
      if (problems.length > 0) throw new ToolError(`the starting state does not build:\n${problems.join("\n")}`);
      const shown = relative(root, dir) || ".";
      writeFileSync(join(dir, "LAB.md"), instructions(lab, shown));
      console.log(`lab ${lab.id}: the starting state is in ${shown}/ — read ${shown}/LAB.md`);
      console.log(`grade it with: npm run grade -- ${lab.id}${args[1] ? ` --dir ${shown}` : ""}`);
      return 0;
    }
    throw new UsageError(`unknown command "${command}"; expected list or start`);
  } catch (e) {
    if (e instanceof LabError) throw new ToolError(e.message);
    throw e;
  }
});
