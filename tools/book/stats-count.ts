// Counting how a chapter reads (for `npm run book:stats`): lines of prose and of code, chunks
// longer than 40 lines, figures, exercises and labs. Code is what a fence with `file=` or
// `chunk=` holds (what the tangler extracts); other fences (transcripts, diagrams) are neither.
// Prose is every other non-blank line outside fences, except MDX imports, JSX tags and comments.

export interface ChapterStats {
  chapter: string;
  /** Reference material (`appendix: true` in the front matter): held to no prose ratio. */
  appendix: boolean;
  prose: number;
  code: number;
  chunks: number;
  longChunks: number;
  figures: number;
  exercises: number;
  labs: number;
}

const FIGURE_TAGS = /<(Figure|Bitfield|Layout|Regions|StateDiagram|Sequence)\b/;

/** Counts one chapter's MDX text. */
export function chapterStats(chapter: string, text: string): ChapterStats {
  const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "";
  const s: ChapterStats = { chapter, appendix: /^appendix:\s*true\s*$/m.test(front), prose: 0, code: 0, chunks: 0, longChunks: 0, figures: 0, exercises: 0, labs: 0 };
  // A fence closes on a line of at least as many backticks as opened it (CommonMark), so a
  // four-backtick example may show three-backtick fences inside it.
  let fence: { code: boolean; lines: number; ticks: number } | null = null;
  let inExercises = false;
  let jsx = false;
  for (const line of text.split("\n")) {
    const t = line.trim();
    if (fence !== null) {
      const close = /^(`{3,})\s*$/.exec(t);
      if (close !== null && close[1].length >= fence.ticks) {
        if (fence.code && fence.lines > 40) s.longChunks++;
        fence = null;
      } else if (fence.code && t !== "") {
        s.code++;
        fence.lines++;
      }
      continue;
    }
    if (t.startsWith("```")) {
      const code = /\b(file|chunk)="/.test(t);
      if (code) s.chunks++;
      fence = { code, lines: 0, ticks: (/^`+/.exec(t) as RegExpExecArray)[0].length };
      continue;
    }
    if (FIGURE_TAGS.test(t)) s.figures++;
    if (/<Lab\b/.test(t)) s.labs++;
    if (/^#{2,3} /.test(t)) inExercises = /^#{2,3} Exercises/.test(t);
    else if (inExercises && /^(\d+\.|-) /.test(t)) s.exercises++;
    // JSX blocks span lines from `<Tag` to `/>` or `</Tag>`; they are not prose.
    if (jsx) {
      if (/\/>\s*$|<\/[A-Z]\w*>\s*$/.test(t)) jsx = false;
      continue;
    }
    if (/^<[A-Z]/.test(t)) {
      if (!/\/>\s*$|<\/[A-Z]\w*>\s*$/.test(t)) jsx = true;
      continue;
    }
    if (t === "" || t.startsWith("import ") || t.startsWith("{/*") || t.startsWith("</") || t === "---") continue;
    s.prose++;
  }
  return s;
}
