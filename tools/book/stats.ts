// npm run book:stats [-- --json]
//
// How the book reads, per chapter, as figures (not a test): lines of prose and of code, their
// ratio, chunks longer than 40 lines, figures, exercises and labs. Code is what a fence with
// `file=` or `chunk=` holds (what the tangler extracts); other fences (transcripts, diagrams)
// are neither. Prose is every other non-blank line outside fences, except MDX imports, JSX
// tags and comments.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { runTool } from "../lib/args.ts";
import { findChapters } from "../tangle/tangle.ts";
import { type ChapterStats, chapterStats } from "./stats-count.ts";

const SPEC = {
  name: "book:stats",
  usage: "npm run book:stats [-- --json]",
  summary: "Prints, per chapter: prose and code lines, their ratio, long chunks, figures, exercises, labs.",
  options: { json: { type: "flag", help: "print the figures as JSON" } },
} as const;

function ratio(s: { prose: number; code: number }): string {
  return s.code === 0 ? "—" : (s.prose / s.code).toFixed(2);
}

runTool(SPEC, ({ options }) => {
  const root = process.cwd();
  const all = findChapters(root).map((c) => chapterStats(basename(c, ".mdx"), readFileSync(c, "utf8")));
  if (options.json) {
    console.log(JSON.stringify(all, null, 2));
    return 0;
  }
  const head = ["chapter", "prose", "code", "ratio", "chunks", ">40", "figures", "exercises", "labs"];
  const rows = all.map((s) => [s.appendix ? `${s.chapter} (appendix)` : s.chapter, s.prose, s.code, ratio(s), s.chunks, s.longChunks, s.figures, s.exercises, s.labs]);
  const sum = (k: keyof Omit<ChapterStats, "chapter" | "appendix">) => all.reduce((a, s) => a + s[k], 0);
  const total = { prose: sum("prose"), code: sum("code") };
  rows.push(["book", total.prose, total.code, ratio(total), sum("chunks"), sum("longChunks"), sum("figures"), sum("exercises"), sum("labs")]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const fmt = (r: (string | number)[]) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  ");
  console.log(fmt(head));
  for (const r of rows) console.log(fmt(r));
  const below = all.filter((s) => !s.appendix && s.code > 0 && s.prose / s.code < 0.6).length;
  const appendixCode = all.filter((s) => s.appendix).reduce((a, s) => a + s.code, 0);
  const share = total.code === 0 ? 0 : Math.round((100 * appendixCode) / total.code);
  console.log(
    `book:stats: ${all.length} chapters, prose/code ${ratio(total)}, ${below} chapters below 0.6 (appendices aside), appendices hold ${share} % of the code, ${sum("longChunks")} chunks over 40 lines, ${sum("figures")} figures`,
  );
  return 0;
});
