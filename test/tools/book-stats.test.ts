// chapter: 00-how-to-read
// npm run book:stats counts a chapter as the issue defines it: code is every line the tangler
// extracts (blank lines included: the page shows them), prose the lines a reader reads between
// chunks (a figure's and a lab's text included), and long chunks, figures, exercises and labs
// are found where a reader would find them.
import { describe, expect, it } from "vitest";
import { chapterStats } from "../../tools/book/stats-count.ts";

const fence = "```";
const CHAPTER = [
  "---",
  "title: front matter is not prose",
  "---",
  "import Lab from '../src/components/Lab.astro';",
  "# A chapter",
  "",
  "Two lines of prose",
  "before the chunk.",
  `${fence}ts file="src/kernel/x.ts"`,
  ...Array.from({ length: 40 }, (_, i) => `const a${i} = ${i};`),
  "",
  fence,
  `${fence}text`,
  "SYS:> a transcript is neither prose nor code",
  fence,
  "<Figure src=\"x\" alt=\"a figure\" />",
  "<Lab id=\"x\"",
  "  points={10}>",
  "</Lab>",
  "{/* a comment */}",
  "## Exercises",
  "1. First.",
  "2. Second.",
  "## Further reading",
  "- not an exercise",
  `${fence}ts chunk="short"`,
  "let b = 1;",
  fence,
].join("\n");

describe("book:stats", () => {
  it("counts prose, code, long chunks, figures, exercises and labs", () => {
    const s = chapterStats("x", CHAPTER);
    expect(s.code).toBe(42);
    expect(s.chunks).toBe(2);
    expect(s.longChunks).toBe(1);
    expect(s.figures).toBe(1);
    expect(s.labs).toBe(1);
    expect(s.exercises).toBe(2);
    // "# A chapter", two prose lines, the figure, the lab's two lines, "## Exercises", two
    // items, "## Further reading", one item.
    expect(s.prose).toBe(11);
    expect(s.appendix).toBe(false);
  });

  it("reads a four-backtick example that shows three-backtick fences as one block", () => {
    const text = ["````text", `${fence}ts file="a.ts"`, "const shownNotTangled = 1;", `${fence}`, "````", "Prose after it.", `${fence}ts chunk="c"`, "let c = 1;", fence].join("\n");
    const s = chapterStats("f", text);
    expect(s.chunks).toBe(1);
    expect(s.code).toBe(1);
    expect(s.prose).toBe(1);
  });

  it("knows an appendix by its front matter", () => {
    expect(chapterStats("r", "---\ntitle: x\nappendix: true\n---\n\nText.\n").appendix).toBe(true);
    expect(chapterStats("r", "---\ntitle: appendix: true\n---\n").appendix).toBe(false);
  });
});
