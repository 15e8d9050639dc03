// npm run test:states [-- --from CHAPTER] [--to CHAPTER]
//
// Checks the book chapter by chapter, as Crafting Interpreters builds its interpreter: for every
// chapter, the tree `npm run tangle -- --until <chapter>` writes (build/states/<chapter>/) must
//   1. tangle without problems,
//   2. type-check (the kernel's and the emulator's projects, and the state's tests) — each
//      project only if the chapter changed something it contains,
//   3. pass the tests that belong to it (each test file names its chapter: `// chapter: <stem>`):
//      the tests the chapter adds, and every earlier test that imports, directly or through
//      others, a file the chapter changed (`vitest related`); the first and last state checked,
//      and every state with --full, run all of them — except the book's last chapter, whose tree
//      is the repository's, all of whose tests `npm test` runs,
//   4. from chapter 10 on, boot: the kernel prints its banner and does not panic; and from the
//      first chapter whose state reaches the shell's prompt, every later state that changed the
//      kernel, the board, the contract or the system reaches it too.
// Prints one line per state and ends with `states: N passed, M failed`.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { runTool, UsageError } from "../lib/args.ts";
import { writeState } from "../tangle/state.ts";
import { chapterStem, findChapters, formatProblem, tangleRepository } from "../tangle/tangle.ts";

const SPEC = {
  name: "test:states",
  usage: "npm run test:states [-- --from CHAPTER] [--to CHAPTER] [--full]",
  summary: "Checks the state of the book at the end of every chapter: tangle, type-check, its tests, a boot.",
  options: {
    from: { type: "string", value: "CHAPTER", help: "first chapter to check (a file stem)" },
    to: { type: "string", value: "CHAPTER", help: "last chapter to check (a file stem)" },
    full: { type: "flag", help: "run every test of every state, not only those its chapter can affect" },
    verbose: { type: "flag", help: "print the output of failing steps in full" },
  },
} as const;

/** The lines of a failed Vitest run that name what failed: the FAIL lines, the assertion and its
 * source line, and the summary — the noise before them (Vite's warnings) says nothing. */
function failingLines(plain: string): string {
  const lines = plain.split("\n");
  const keep = lines.filter((l) => /FAIL|AssertionError|Error:|❯ .*:\d+:\d+|^\s*[-+] |×|Test Files|Tests /.test(l));
  return (keep.length > 0 ? keep : lines.slice(-25)).slice(0, 60).join("\n");
}

function run(cwd: string, command: string, args: string[]): { ok: boolean; output: string } {
  const r = spawnSync(command, args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { ok: r.status === 0, output: `${r.stdout ?? ""}${r.stderr ?? ""}` };
}

/** Like run, without waiting: several tsc projects check at once (tsc is single-threaded). */
function runAsync(cwd: string, command: string, args: string[]): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("close", (status) => resolve({ ok: status === 0, output }));
  });
}

runTool(SPEC, async ({ options }) => {
  const root = process.cwd();
  const node = process.execPath;
  const tsc = createRequire(join(root, "package.json")).resolve("typescript/bin/tsc");
  const vitest = join(root, "node_modules", "vitest", "vitest.mjs");
  const stems = findChapters(root).map(chapterStem);
  const from = options.from ?? stems[0];
  const to = options.to ?? stems[stems.length - 1];
  for (const s of [from, to]) if (!stems.includes(s)) throw new UsageError(`no chapter named "${s}"`);
  let passed = 0;
  let failed = 0;
  let promptSince: string | null = null;
  // The previous state's files (path → text) and tests, to find what this chapter changed.
  let before: Map<string, string> | null = null;
  let testsBefore = new Set<string>();
  const last = stems.filter((s) => s >= from && s <= to).at(-1);
  for (const stem of stems) {
    if (stem < from || stem > to) continue;
    const started = performance.now();
    const dir = join(root, "build", "states", stem);
    const steps: string[] = [];
    const failures: string[] = [];
    const result = tangleRepository(root, { until: stem });
    if (result.problems.length > 0) {
      failures.push(`tangle: ${result.problems.map(formatProblem).join("; ")}`);
    } else {
      const tests = writeState(root, stem, dir, result);
      const files = new Map(result.files.map((f) => [f.path, f.content]));
      const changed = before === null ? null : [...files].filter(([p, t]) => before?.get(p) !== t).map(([p]) => p);
      const added = tests.filter((t) => !testsBefore.has(t));
      // The last state checked runs every test, unless it is the whole book: that tree is the
      // repository's own, whose every test `npm test` runs (CI runs it first), so here it gets
      // the related tests like any other state.
      const everything = options.full || changed === null || (stem === last && stem !== stems.at(-1));
      before = files;
      testsBefore = new Set(tests);
      // Type-check the projects the chapter can affect: the kernel's if it changed the kernel or
      // the contract, the emulator's likewise, the root project (tools, tests, src/system) if it
      // changed any TypeScript or added tests. A state that changed nothing is checked in full
      // by the next one that does.
      const touched = (...prefixes: string[]) => everything || (changed ?? []).some((p) => prefixes.some((x) => p.startsWith(x)));
      const anyTs = everything || added.length > 0 || (changed ?? []).some((p) => p.endsWith(".ts"));
      const hasRootInputs = tests.length > 0 || existsSync(join(dir, "src/system")) || existsSync(join(dir, "src/emulator/host"));
      const wanted: Record<string, boolean> = {
        "tsconfig.json": hasRootInputs && anyTs,
        "src/kernel/tsconfig.json": touched("src/kernel/", "src/machine/"),
        "src/emulator/tsconfig.json": touched("src/emulator/", "src/machine/"),
      };
      const projects = Object.keys(wanted).filter((p) => wanted[p] && existsSync(join(dir, p)));
      let t0 = performance.now();
      const took = () => {
        const s = ((performance.now() - t0) / 1000).toFixed(0);
        t0 = performance.now();
        return `${s} s`;
      };
      const checked = await Promise.all(projects.map((p) => runAsync(dir, node, [tsc, "-p", p, "--noEmit"])));
      const typeErrors = checked.flatMap((r, i) => (r.ok ? [] : [`${projects[i]}:\n${r.output.trim()}`]));
      if (typeErrors.length > 0) failures.push(`type-check: ${typeErrors.join("\n")}`);
      else steps.push(projects.length === 0 ? "no code changed" : `types ok ${took()}`);
      // Tests.
      // `vitest related` runs the given test files and every test that imports a given source.
      const sources = everything ? [] : (changed ?? []).filter((p) => /\.(ts|c|h)$/.test(p));
      const args = everything ? ["run", ...tests] : ["related", "--run", "--passWithNoTests", ...added, ...sources];
      if (tests.length === 0) steps.push("no tests yet");
      else if (!everything && added.length === 0 && sources.length === 0) steps.push("no tests affected");
      else {
        const r = run(dir, node, ["--enable-source-maps", vitest, ...args, "--reporter=dot"]);
        const plain = r.output.replace(/\x1b\[[0-9;]*m/g, "");
        const summary = /Tests\s+(.*)/.exec(plain)?.[1]?.trim() ?? "no tests affected";
        const ran = /Test Files\s+.*\((\d+)\)/.exec(plain)?.[1] ?? "0";
        const scope = everything ? `${tests.length} test files` : `${ran} of ${tests.length} test files affected`;
        if (r.ok) steps.push(`${scope}: ${summary} ${took()}`);
        else failures.push(`tests: ${summary}\n${failingLines(plain)}`);
      }
      // Boot, if the chapter changed what runs (the kernel, the board, the contract, the system).
      const runs = touched("src/kernel/", "src/emulator/", "src/machine/", "src/system/");
      if (!runs && promptSince !== null) steps.push("boot unchanged");
      else if (existsSync(join(dir, "src/kernel/main.ts")) && existsSync(join(dir, "src/emulator/board/virt.ts"))) {
        const r = run(dir, node, ["--enable-source-maps", "tools/states/boot-probe.ts"]);
        const report = /\{.*\}/.exec(r.output)?.[0];
        const probe = report ? (JSON.parse(report) as { prompt: boolean; lines: string[] }) : null;
        if (!r.ok || probe === null) failures.push(`boot: ${r.output.trim()}`);
        else if (promptSince !== null && !probe.prompt)
          failures.push(`boot: no prompt, though the state of ${promptSince} reached it:\n${probe.lines.join("\n")}`);
        else {
          if (probe.prompt && promptSince === null) promptSince = stem;
          const last = probe.lines.filter((l) => l.trim() !== "").at(-1) ?? "";
          steps.push(probe.prompt ? `boots to the prompt ${took()}` : `boots, ${probe.lines.length} lines, last "${last}" ${took()}`);
        }
      }
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (failures.length === 0) {
      passed++;
      console.log(`${stem}: ok (${steps.join(", ")}) ${seconds} s`);
    } else {
      failed++;
      const text = failures.join("\n");
      console.log(`${stem}: FAILED ${seconds} s\n${options.verbose ? text : text.split("\n").slice(0, 80).join("\n")}`);
    }
  }
  console.log(`states: ${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
});
