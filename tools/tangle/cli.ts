// npm run tangle [-- --check | --partial | --no-format]
//
//   (no option)  write src/** from chapters/**; nothing is written if any chapter has a problem;
//                generated files no chapter produces any more are deleted
//   --check      write nothing; exit 1 listing every generated file that differs from the chapters
//   --partial    for authors while others edit other chapters: write the files whose chapters
//                have no problem (never deletes), still exit 1 if there are problems
//   --no-format  skip the formatter (for debugging tangle itself; --check would then fail)
import { readCommand } from "../lib/args.ts";
import { formatProblem, pruneCaches, staleFiles, tangleRepository, writeResult } from "./tangle.ts";

const { options } = readCommand({
  name: "tangle",
  usage: "npm run tangle [-- --check | --partial | --no-format]",
  summary: `Extracts the code in chapters/*.mdx into src/ (with source maps). Nothing is written if any chapter
has a problem; problems are listed as chapters/<file>.mdx:<line>:<col>: <message>.`,
  options: {
    check: { type: "flag", help: "write nothing; exit 1 listing every generated file that differs from the chapters" },
    partial: {
      type: "flag",
      help: "write the files of the chapters that have no problem (never deletes); exit 1 if any has",
    },
    "no-format": { type: "flag", help: "skip the formatter (for debugging tangle itself; --check would then fail)" },
  },
});
const root = process.cwd();
const check = options.check;
const partial = options.partial;
const started = performance.now();
const result = tangleRepository(root, { format: !options["no-format"] });
const ms = (): string => (performance.now() - started).toFixed(0);

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
