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
import { writeState } from "./state.ts";
import { formatProblem, pruneCaches, staleFiles, tangleRepository, writeResult } from "./tangle.ts";

const args = process.argv.slice(2);
const known = new Set(["--check", "--partial", "--no-format"]);
let until: string | undefined;
let out: string | undefined;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === "--until" || a === "--out") {
    const value = args[i + 1];
    if (value === undefined || value.startsWith("--")) {
      console.error(`tangle: ${a} needs a value`);
      process.exit(2);
    }
    if (a === "--until") until = value;
    else out = value;
    args.splice(i, 2);
    i--;
  } else if (!known.has(a)) {
    console.error(`tangle: unknown option ${a} (expected --check, --partial, --no-format, --until <chapter>, --out <dir>)`);
    process.exit(2);
  }
}
const root = process.cwd();
const check = args.includes("--check");
const partial = args.includes("--partial");
const started = performance.now();
const ms = (): string => (performance.now() - started).toFixed(0);
if (out !== undefined && until === undefined) {
  console.error("tangle: --out goes with --until <chapter>");
  process.exit(2);
}
if (until !== undefined) {
  if (check || partial) {
    console.error("tangle: --until writes a separate tree; it does not combine with --check or --partial");
    process.exit(2);
  }
  let result: ReturnType<typeof tangleRepository>;
  try {
    result = tangleRepository(root, { format: !args.includes("--no-format"), until });
  } catch (e) {
    console.error(`tangle: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  }
  if (result.problems.length > 0) {
    for (const p of result.problems) console.error(formatProblem(p));
    console.error(`tangle --until ${until}: ${result.problems.length} problem(s); nothing written`);
    process.exit(1);
  }
  const dir = resolve(root, out ?? join("build", "states", until));
  const tests = writeState(root, until, dir, result);
  console.log(`tangle --until ${until}: ${result.files.length} files and ${tests.length} test files in ${relative(root, dir) || "."} (${ms()} ms)`);
  process.exit(0);
}
const result = tangleRepository(root, { format: !args.includes("--no-format") });

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
if (!args.includes("--no-format")) pruneCaches(root);
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
