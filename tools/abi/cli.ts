// npm run abi [-- --check]
//
//   (no option)  tangle the book, regenerate every {/* abi:begin … */} region of the chapters from
//                src/machine/abi.ts (chapter 2), and tangle again so that src/ follows
//   --check      write nothing; exit 1 naming every region that differs from what the ABI
//                generates (a box, a table or a C chunk edited by hand), and every call the
//                kernel implements that has no box. Reads src/machine/abi.ts as tangled, so run
//                it after `npm run tangle -- --check`, as `npm test` does.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { readCommand } from "../lib/args.ts";
import { findChapters, formatProblem, tangleRepository, writeResult } from "../tangle/tangle.ts";
import { type Abi, abiCoverage, abiRegenerate, regionLabel } from "./generate.ts";

const { options } = readCommand({
  name: "abi",
  usage: "npm run abi [-- --check]",
  summary: `Regenerates every {/* abi:begin … */} region of the chapters (reference boxes, tables, C header
chunks) from src/machine/abi.ts, then tangles again so that src/ follows.`,
  options: {
    check: { type: "flag", help: "write nothing; exit 1 naming every region that differs from the ABI" },
  },
});
const check = options.check;
const root = process.cwd();

/**
 * Tangles the whole book and writes src/. Before regenerating (`first`), a chapter whose problems
 * the regions will fix (a chunk that only a region defines, say) must not stop the others: the
 * files of chapters without problems are written, as `tangle --partial` does. Returns false
 * (after printing the problems) if any chapter has one after regenerating.
 */
function tangle(first: boolean): boolean {
  const result = tangleRepository(root);
  if (result.problems.length > 0) {
    if (!first) {
      for (const p of result.problems) console.error(formatProblem(p));
      return false;
    }
    const broken = new Set(result.problems.map((p) => p.chapter));
    result.files = result.files.filter((f) => !f.chapters.some((c) => broken.has(c)));
  }
  writeResult(root, result, !first);
  return true;
}

if (!check) tangle(true);
const abi = (await import(pathToFileURL(join(root, "src/machine/abi.ts")).href)) as Abi;

const problems: string[] = [];
const differing: string[] = [];
const boxesAt = new Map<string, string[]>();
let regionCount = 0;
for (const chapter of findChapters(root)) {
  const text = readFileSync(join(root, chapter), "utf8");
  const out = abiRegenerate(text, abi);
  regionCount += out.regions.length;
  for (const p of out.problems) problems.push(`${chapter}:${p.replace(/^line /, "")}`);
  for (const r of out.regions.filter((x) => x.kind === "box")) {
    for (const name of r.args) boxesAt.set(name, [...(boxesAt.get(name) ?? []), `${chapter}:${r.begin + 1}`]);
  }
  for (const r of out.changed) differing.push(`${chapter}:${r.begin + 1}: ${regionLabel(r)} differs from the ABI`);
  if (!check && out.changed.length > 0) writeFileSync(join(root, chapter), out.text);
}
problems.push(...abiCoverage(abi, boxesAt));

for (const p of problems) console.error(`abi: ${p}`);
if (check) {
  for (const d of differing) console.error(d);
  if (differing.length > 0) {
    console.error(`abi --check: ${differing.length} region(s) differ from src/machine/abi.ts; edit chapter 2 and run npm run abi`);
  }
  if (differing.length > 0 || problems.length > 0) process.exit(1);
  console.log(`abi --check: ${regionCount} regions match the ABI`);
} else {
  console.log(`abi: ${regionCount} regions, ${differing.length} rewritten`);
  if (problems.length > 0 || !tangle(false)) process.exit(1);
}
