// npm run tangle [-- --check]
import { formatProblem, staleFiles, tangleRepository, writeResult } from "./tangle.ts";

const root = process.cwd();
const check = process.argv.includes("--check");
const started = performance.now();
const result = tangleRepository(root);
const partial = process.argv.includes("--partial");
if (result.problems.length > 0) {
  for (const p of result.problems) console.error(formatProblem(p));
  if (!partial || check) {
    console.error(`tangle: ${result.problems.length} problem(s); nothing written`);
    process.exit(1);
  }
  // --partial (for authors working on several chapters at once): write only the files whose
  // chapters have no problems, and still exit non-zero.
  const broken = new Set(result.problems.map((p) => p.chapter));
  result.files = result.files.filter((f) => !f.chapters.some((c) => broken.has(c)));
  const written = writeResult(root, result);
  console.error(`tangle --partial: ${result.problems.length} problem(s); wrote ${written} file(s) from chapters without problems`);
  process.exit(1);
}
if (check) {
  const stale = staleFiles(root, result);
  if (stale.length > 0) {
    for (const s of stale) console.error(`stale: ${s}`);
    console.error(`tangle --check: ${stale.length} generated file(s) differ from the chapters; run npm run tangle`);
    process.exit(1);
  }
  console.log(`tangle --check: ${result.files.length} files up to date`);
} else {
  const written = writeResult(root, result);
  const ms = (performance.now() - started).toFixed(0);
  console.log(`tangle: ${result.files.length} files from ${result.graph.chunks.size} chunks, ${written} written (${ms} ms)`);
}
