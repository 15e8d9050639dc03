// npm run tangle [-- --check | --partial | --no-format]
//
//   (no option)  write src/** from chapters/**; nothing is written if any chapter has a problem;
//                generated files no chapter produces any more are deleted
//   --check      write nothing; exit 1 listing every generated file that differs from the chapters
//   --partial    for authors while others edit other chapters: write the files whose chapters
//                have no problem (never deletes), still exit 1 if there are problems
//   --no-format  skip the formatter (for debugging tangle itself; --check would then fail)
//   --until <chapter> [--out DIR]
//                the book as it stands at the end of <chapter> (its file stem, "13-scheduler"),
//                with its tests and tools, in DIR (default build/states/<chapter>/)
import { join, relative, resolve } from "node:path";
import { readCommand } from "../lib/args.ts";
import { writeState } from "./state.ts";
import { formatProblem, pruneCaches, staleFiles, tangleRepository, writeResult } from "./tangle.ts";

const { options } = readCommand({
  name: "tangle",
  usage: "npm run tangle [-- --check | --partial | --no-format | --until CHAPTER [--out DIR]]",
  summary: `Extracts the code in chapters/*.mdx into src/ (with source maps). Nothing is written if any chapter
has a problem; problems are listed as chapters/<file>.mdx:<line>:<col>: <message>.`,
  options: {
    check: { type: "flag", help: "write nothing; exit 1 listing every generated file that differs from the chapters" },
    partial: {
      type: "flag",
      help: "write the files of the chapters that have no problem (never deletes); exit 1 if any has",
    },
    "no-format": { type: "flag", help: "skip the formatter (for debugging tangle itself; --check would then fail)" },
    until: {
      type: "string",
      value: "CHAPTER",
      help: "write the book as it stands at the end of CHAPTER (a file stem, e.g. 13-scheduler) to a separate tree",
    },
    out: { type: "string", value: "DIR", help: "where --until writes (default build/states/CHAPTER)" },
  },
});
const root = process.cwd();
const check = options.check;
const partial = options.partial;
const started = performance.now();
const ms = (): string => (performance.now() - started).toFixed(0);
const until = options.until;
if (options.out !== undefined && until === undefined) fail("--out goes with --until CHAPTER");
if (until !== undefined) {
  if (check || partial) fail("--until writes a separate tree; it does not combine with --check or --partial");
  let state: ReturnType<typeof tangleRepository>;
  try {
    state = tangleRepository(root, { format: !options["no-format"], until });
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e));
  }
  if (state.problems.length > 0) {
    for (const p of state.problems) console.error(formatProblem(p));
    console.error(`tangle --until ${until}: ${state.problems.length} problem(s); nothing written`);
    process.exit(1);
  }
  const dir = resolve(root, options.out ?? join("build", "states", until));
  const tests = writeState(root, until, dir, state);
  console.log(
    `tangle --until ${until}: ${state.files.length} files, ${tests.length} test files in ${relative(root, dir)} (${ms()} ms)`,
  );
  process.exit(0);
}
const result = tangleRepository(root, { format: !options["no-format"] });

function fail(message: string): never {
  console.error(`tangle: ${message}`);
  process.exit(2);
}

if (result.problems.length > 0) {
  for (const p of result.problems) console.error(formatProblem(p));
  if (!partial || check) {
    console.error(`tangle: ${result.problems.length} problem(s); nothing written`);
    process.exit(1);
  }
  const broken = new Set(result.problems.map((p) => p.chapter));
  result.files = result.files.filter((f) => !f.chapters.some((c) => broken.has(c)));
  const written = writeResult(root, result);
  console.error(
    `tangle --partial: ${result.problems.length} problem(s); wrote ${written} file(s) from chapters without problems`,
  );
  process.exit(1);
}
// A clean run over the whole book has used every cached formatter output still needed.
if (!options["no-format"]) pruneCaches(root);
if (check) {
  const stale = staleFiles(root, result);
  if (stale.length > 0) {
    for (const s of stale) console.error(`stale: ${s}`);
    console.error(`tangle --check: ${stale.length} generated file(s) differ from the chapters; run npm run tangle`);
    process.exit(1);
  }
  console.log(`tangle --check: ${result.files.length} files up to date (${ms()} ms)`);
} else {
  const written = writeResult(root, result, !partial);
  console.log(
    `tangle: ${result.files.length} files from ${result.graph.chunks.size} chunks, ${written} written (${ms()} ms)`,
  );
}
