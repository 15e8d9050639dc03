// The teacher's guide (chapter 90) shows a student's session: a lab started, a chunk written
// with a mistake, and two gradings — one catching the mistake, one after the fix. This check
// replays that session, so the transcripts stay what `npm run grade` prints: it writes the
// guide's `ts ignore` block into the lab's chunk, grades it, and compares the report with the
// guide's first grading; the book's own chunk (the fix) must give the second. With
// UPDATE_TRANSCRIPTS=1 it rewrites the two reports in the guide instead.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { applyHoles } from "../tangle/hole.ts";
import { chapterSources, formatGrade, grade } from "./grade.ts";
import type { Lab } from "./labs.ts";

const GUIDE = "chapters/90-teachers-guide.mdx";

interface Fenced {
  info: string;
  /** Line index of the first body line. */
  start: number;
  body: string[];
}

function fences(lines: string[]): Fenced[] {
  const out: Fenced[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(.*)$/.exec(lines[i]);
    if (open === null) continue;
    let j = i + 1;
    while (j < lines.length && lines[j] !== "```") j++;
    out.push({ info: open[1].trim(), start: i + 1, body: lines.slice(i + 1, j) });
    i = j;
  }
  return out;
}

/** The report part of a console block: from the `grade …` line to the `score:` line. */
function report(body: string[]): [from: number, to: number] {
  const from = body.findIndex((l) => l.startsWith("grade "));
  const to = body.findIndex((l) => l.startsWith("score: "));
  return [from, to];
}

/**
 * Replays the guide's session against `labs`; `bookReport` is the book's own grading of that lab
 * (already computed by the caller); `all` says `labs` is every lab of the book, not a chosen few
 * (then a guide naming another lab is skipped). Returns whether the session was replayed, and
 * what differs.
 */
export function checkGuide(root: string, labs: Lab[], bookReport: (lab: Lab) => string, all = true): { checked: boolean; problems: string[] } {
  const lines = readFileSync(join(root, GUIDE), "utf8").split("\n");
  const blocks = fences(lines);
  const started = blocks.find((b) => b.info === "console" && /^\$ npm run lab -- start \S+$/.test(b.body[0] ?? ""));
  if (started === undefined) return { checked: true, problems: [`${GUIDE}: no console block starts a lab (\`$ npm run lab -- start LAB\`)`] };
  const id = started.body[0].split(" ").pop() as string;
  const lab = labs.find((l) => l.id === id);
  if (lab === undefined) return { checked: all, problems: all ? [`${GUIDE}: the session starts lab ${id}, which the book does not have`] : [] };
  if (lab.chunks.length !== 1) return { checked: true, problems: [`${GUIDE}: the guide's lab ${id} must have one chunk, not ${lab.chunks.length}`] };
  const student = blocks.find((b) => b.info === "ts ignore");
  const gradings = blocks.filter((b) => b.info === "console" && b.body[0] === `$ npm run grade -- ${id}`);
  if (student === undefined || gradings.length !== 2)
    return { checked: true, problems: [`${GUIDE}: expected a \`ts ignore\` block and two gradings of ${id}`] };

  const work = mkdtempSync(join(tmpdir(), `viperos-guide-${id}-`));
  let mistaken: string;
  try {
    const sources = applyHoles(chapterSources(root, lab, root), [{ chunk: lab.chunks[0].name, stub: student.body.join("\n") }]);
    for (const s of sources) {
      mkdirSync(dirname(join(work, s.chapter)), { recursive: true });
      writeFileSync(join(work, s.chapter), s.text);
    }
    mistaken = formatGrade(grade(root, lab, work), lab, `labs/${id}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const actual = [mistaken, bookReport(lab)].map((r) => r.trimEnd().split("\n"));
  const problems: string[] = [];
  // Bottom up, so that rewriting the second block keeps the first's line numbers.
  for (let k = 1; k >= 0; k--) {
    const [from, to] = report(gradings[k].body);
    const shown = gradings[k].body.slice(from, to + 1);
    if (from >= 0 && to >= from && shown.join("\n") === actual[k].join("\n")) continue;
    if (process.env.UPDATE_TRANSCRIPTS === "1" && from >= 0 && to >= from) {
      lines.splice(gradings[k].start + from, to - from + 1, ...actual[k]);
      continue;
    }
    problems.push(`${GUIDE}:${gradings[k].start + 1}: the guide shows\n${shown.join("\n")}\nbut npm run grade prints\n${actual[k].join("\n")}`);
  }
  if (process.env.UPDATE_TRANSCRIPTS === "1") writeFileSync(join(root, GUIDE), lines.join("\n"));
  return { checked: true, problems };
}
