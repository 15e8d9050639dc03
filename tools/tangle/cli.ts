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
//   --hole <chunk>
//                (with --until; may repeat) the chunk's code replaced by a stub: a lab's starting
//                state (tools/tangle/hole.ts; the stub is the one the lab declaring the chunk gives)
import { readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { readCommand } from "../lib/args.ts";
import { findLabs } from "../lab/labs.ts";
import { applyHoles } from "./hole.ts";
import { writeState } from "./state.ts";
import {
  chaptersUntil,
  findChapters,
  formatProblem,
  pruneCaches,
  staleFiles,
  tangleRepository,
  tangleSources,
  writeResult,
} from "./tangle.ts";

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
    hole: {
      type: "string",
      multiple: true,
      value: "CHUNK",
      help: "with --until: replace the chunk's code by its lab's stub (a lab's starting state); may repeat",
    },
  },
});
const root = process.cwd();
const check = options.check;
const partial = options.partial;
const started = performance.now();
const ms = (): string => (performance.now() - started).toFixed(0);
const until = options.until;
if (options.out !== undefined && until === undefined) fail("--out goes with --until CHAPTER");
const holes = options.hole ?? [];
if (holes.length > 0 && until === undefined) fail("--hole goes with --until CHAPTER");
if (until !== undefined) {
  if (check || partial) fail("--until writes a separate tree; it does not combine with --check or --partial");
  let state: ReturnType<typeof tangleRepository>;
  const texts = new Map<string, string>();
  try {
    if (holes.length === 0) state = tangleRepository(root, { format: !options["no-format"], until });
    else {
      const stubs = new Map(findLabs(root).flatMap((l) => l.chunks.map((c) => [c.name, c.stub] as const)));
      const sources = chaptersUntil(findChapters(root), until).map((chapter) => ({
        chapter,
        text: readFileSync(join(root, chapter), "utf8"),
      }));
      const holed = applyHoles(
        sources,
        holes.map((chunk) => ({ chunk, stub: stubs.get(chunk) ?? "// lab: write me" })),
      );
      for (const s of holed) texts.set(s.chapter, s.text);
      state = tangleSources(holed, { format: !options["no-format"], until, root });
    }
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e));
  }
  if (state.problems.length > 0) {
    for (const p of state.problems) console.error(formatProblem(p));
    console.error(`tangle --until ${until}: ${state.problems.length} problem(s); nothing written`);
    process.exit(1);
  }
  const dir = resolve(root, options.out ?? join("build", "states", until));
  const tests = writeState(root, until, dir, state, texts);
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
