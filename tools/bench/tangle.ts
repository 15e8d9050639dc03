// npm run bench:tangle — how long tangling takes: the whole book as it is, and a synthetic
// book of 30 000 lines generated in memory (goal: under 1 s). Prints figures; asserts nothing.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readCommand } from "../lib/args.ts";
import { findChapters, tangleSources } from "../tangle/tangle.ts";

const root = process.cwd();
readCommand({
  name: "bench:tangle",
  usage: "npm run bench:tangle",
  summary:
    "How long tangling takes: the whole book, and a synthetic book of 30 000 lines. Prints figures; asserts nothing.",
  options: {},
});

/** A synthetic chapter: prose, a table, and chunks that use each other, about `lines` long. */
export function syntheticChapter(n: number, lines: number): string {
  const out: string[] = ["---", `title: "Synthetic chapter ${n}"`, "---", ""];
  let k = 0;
  out.push(`\`\`\`ts file="src/kernel/synthetic/c${n}.ts"`, `// <<syn${n}: part 0>>`, "```", "");
  while (out.length < lines) {
    out.push(
      `Paragraph ${k} of chapter ${n} explains the next chunk, with \`inline code\`, *emphasis* and a`,
      "[link](https://example.org/) so the parser has some real prose to chew on.",
      "",
      "| field | bits | meaning |",
      "| ----- | ---- | ------- |",
      `| f${k} | [${k % 32}:0] | the ${k}th field |`,
      "",
      `\`\`\`ts chunk="syn${n}: part ${k}"`,
      `export function f${n}_${k}(x: number): number {`,
      "  let y = x;",
      `  for (let i = 0; i < ${k % 7}; i++) {`,
      "    y = (y * 31 + i) >>> 0;",
      "  }",
      `  return y ^ ${k};`,
      "}",
      `// <<syn${n}: part ${k + 1}>>`,
      "```",
      "",
    );
    k++;
  }
  out.push(`\`\`\`ts chunk="syn${n}: part ${k}"`, `export const end${n} = true;`, "```", "");
  return out.join("\n");
}

/** Wall-clock milliseconds, and CPU milliseconds of this process (on a busy machine they differ). */
function time<T>(f: () => T): [T, number, number] {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = f();
  const cpu = process.cpuUsage(c0);
  return [r, performance.now() - t0, (cpu.user + cpu.system) / 1000];
}

const lineCount = (sources: { text: string }[]): number => sources.reduce((s, c) => s + c.text.split("\n").length, 0);
const row = (what: string, lines: number, files: number, ms: number, cpu: number): string =>
  `${what.padEnd(58)} ${String(lines).padStart(7)} lines ${String(files).padStart(4)} files ${ms.toFixed(0).padStart(6)} ms (cpu ${cpu.toFixed(0)} ms)`;

// The synthetic book first, while nothing is warm: the goal is about this figure.
const synthetic = Array.from({ length: 30 }, (_, n) => ({
  chapter: `chapters/s${String(n).padStart(2, "0")}.mdx`,
  text: syntheticChapter(n, 1000),
}));
const [syn, synMs, synCpu] = time(() => tangleSources(synthetic, { format: false }));
if (syn.problems.length > 0) throw new Error(`synthetic book: ${syn.problems[0].message}`);
const [, synWarmMs, synWarmCpu] = time(() => tangleSources(synthetic, { format: false }));
const [, synFmtMs, synFmtCpu] = time(() => tangleSources(synthetic, { root, cache: false }));

const book = findChapters(root).map((chapter) => ({ chapter, text: readFileSync(join(root, chapter), "utf8") }));
const [bookResult, bookNoCacheMs, bookNoCacheCpu] = time(() => tangleSources(book, { root, cache: false }));
const [, bookMs, bookCpu] = time(() => tangleSources(book, { root }));

console.log(
  row(
    "synthetic book: scan, check MDX, resolve, expand, maps (1st)",
    lineCount(synthetic),
    syn.files.length,
    synMs,
    synCpu,
  ),
);
console.log(row("synthetic book: the same, again", lineCount(synthetic), syn.files.length, synWarmMs, synWarmCpu));
console.log(row("synthetic book: with Biome formatting", lineCount(synthetic), syn.files.length, synFmtMs, synFmtCpu));
console.log(
  row(
    "the book: parsing every chapter, formatting",
    lineCount(book),
    bookResult.files.length,
    bookNoCacheMs,
    bookNoCacheCpu,
  ),
);
console.log(
  row("the book: as npm run tangle does it (caches)", lineCount(book), bookResult.files.length, bookMs, bookCpu),
);
console.log(
  `goal: the synthetic book in under 1000 ms — ${synMs < 1000 ? "met" : "not met"} (${synMs.toFixed(0)} ms wall, ${synCpu.toFixed(0)} ms cpu)`,
);
