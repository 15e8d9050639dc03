// chapter: 00-how-to-read
// The line scanner finds exactly the fences the MDX parser finds, on every chapter of the book and
// on the corner cases of CommonMark fences; what it cannot read, it leaves to the parser.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkMdx, parseChapter, parseChapterMdx, scanFences } from "../../tools/tangle/parse.ts";
import { findChapters } from "../../tools/tangle/tangle.ts";
import { chapter } from "./helpers.ts";

const root = join(import.meta.dirname, "../..");

describe("the fence scanner", () => {
  it("finds the same fences as the MDX parser in every chapter of the book", () => {
    for (const c of findChapters(root)) {
      const text = readFileSync(join(root, c), "utf8");
      const scanned = parseChapter(c, text);
      expect(scanned.fences, c).toEqual(parseChapterMdx(c, text).fences);
    }
  });

  const cases: Record<string, string> = {
    "a longer fence holding shorter ones, and tildes": chapter(
      "````text",
      "~~~ts",
      "```",
      "````",
      "",
      '~~~~ts chunk="a"',
      "x",
      "~~~~~",
      "",
    ),
    "a closing fence indented, or longer, or with spaces after": chapter(
      '~~~ts chunk="a"',
      "x",
      "   ~~~~  ",
      "",
      "~~~c ignore",
      "y",
      "~~~",
      "",
    ),
    "a fence that interrupts a paragraph, and one right after JSX": chapter(
      "Some text",
      '~~~ts chunk="a"',
      "x",
      "~~~",
      "<Aside>",
      "~~~sh",
      "ls",
      "~~~",
      "</Aside>",
      "",
    ),
    "an unclosed fence runs to the end": chapter("text", "", '~~~ts chunk="a"', "x", "", "y"),
    "a fence closed by a fence of the other character is not closed": chapter("~~~ts ignore", "~~~", "```", "~~~", ""),
    "frontmatter, imports and an empty fence": chapter(
      "---",
      'title: "A"',
      "---",
      "",
      'import X from "./x";',
      "",
      "~~~ts ignore",
      "~~~",
      "",
    ),
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`agrees with the MDX parser: ${name}`, () => {
      const scanned = scanFences("chapters/a.mdx", text);
      expect(scanned).not.toBeNull();
      expect(scanned).toEqual(parseChapterMdx("chapters/a.mdx", text).fences);
    });
  }

  it("leaves fences in list items, block quotes, after an import, and backticks in an info string to the MDX parser", () => {
    for (const text of [
      chapter("``` a`b", "text", ""),
      chapter("- item", "", '  ~~~ts file="src/kernel/x.ts"', "  export const x = 1;", "  ~~~", ""),
      chapter("> ~~~ts ignore", "> x", "> ~~~", ""),
      chapter('import X from "./x";', "~~~ts ignore", "~~~", ""),
    ]) {
      expect(scanFences("chapters/a.mdx", text)).toBeNull();
      const parsed = parseChapter("chapters/a.mdx", text);
      expect(parsed.mdxChecked).toBe(true);
      expect(parsed.fences).toEqual(parseChapterMdx("chapters/a.mdx", text).fences);
    }
  });

  it("checks the MDX apart: a syntax error is reported with the parser's position", () => {
    expect(checkMdx("chapters/a.mdx", chapter("# A", "", "a { b", ""))[0]?.line).toBe(3);
    expect(checkMdx("chapters/a.mdx", chapter("# A", "", "a `{` b", ""))).toEqual([]);
    // An element left open across paragraphs: the error is the whole chapter's, at its place.
    const open = chapter("# A", "", "<Aside>", "", "text", "", "more", "");
    expect(checkMdx("chapters/a.mdx", open)).toEqual(parseChapterMdx("chapters/a.mdx", open).problems);
    expect(checkMdx("chapters/a.mdx", open)).toHaveLength(1);
    // Braces and angle brackets in code are not MDX.
    expect(
      checkMdx("chapters/a.mdx", chapter("~~~ts ignore", "const f = <T>(x: T) => { return x; };", "~~~", "")),
    ).toEqual([]);
  });

  it("finds every chapter of the book well formed, as the whole-chapter parse does", () => {
    for (const c of findChapters(root)) {
      const text = readFileSync(join(root, c), "utf8");
      expect(checkMdx(c, text), c).toEqual(parseChapterMdx(c, text).problems);
    }
  });
});
