// Counting how a chapter reads (for `npm run book:stats`): lines of prose and of code, chunks
// longer than 40 lines, figures, exercises and labs. Code is every line a fence with `file=` or
// `chunk=` holds (what the tangler extracts), blank lines included: a reader scrolls past them as
// part of the block, and a chunk's length is what the page shows. Other fences (transcripts,
// diagrams) are neither. Prose is every other non-blank line outside fences — headings, lists,
// tables and the text a reader reads inside JSX (a figure's title and description, a lab's
// instructions) — except the front matter, MDX imports, comments and closing tags.

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
  const lines = text.split("\n");
  // The front matter (title, description) is the page's metadata, not prose.
  const body = lines[0]?.trim() === "---" ? lines.slice(lines.indexOf("---", 1) + 1) : lines;
  for (const line of body) {
    const t = line.trim();
    if (fence !== null) {
      const close = /^(`{3,})\s*$/.exec(t);
      if (close !== null && close[1].length >= fence.ticks) {
        if (fence.code && fence.lines > 40) s.longChunks++;
        fence = null;
      } else if (fence.code) {
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
    if (t === "" || t.startsWith("import ") || t.startsWith("{/*") || t.startsWith("</") || t === "---") continue;
    s.prose++;
  }
  return s;
}
