// chapter: 00-how-to-read
// The book chapter by chapter (chapter 0, "Chapter states"): every test file names the chapter
// it belongs to, `--until` keeps exactly the chapters up to the one named, and a state holds the
// tests of its chapters and no later ones. `npm run test:states` builds and checks every state.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { filesUnder, testChapter, testsUntil } from "../tools/tangle/state.ts";
import { appendixOf, chapterStem, chaptersUntil, findChapters } from "../tools/tangle/tangle.ts";

const root = join(import.meta.dirname, "..");
const stems = findChapters(root).map(chapterStem);

describe("chapter states", () => {
  it("every test file says which chapter it belongs to, and that chapter exists", () => {
    const wrong: string[] = [];
    for (const f of filesUnder(root, "test").filter((p) => p.endsWith(".test.ts"))) {
      const chapter = testChapter(readFileSync(join(root, f), "utf8"));
      if (chapter === null) wrong.push(`${f}: no "// chapter: <stem>" line`);
      else if (!stems.includes(chapter)) wrong.push(`${f}: no chapter named ${chapter}`);
    }
    expect(wrong).toEqual([]);
  });

  it("--until keeps the chapters up to and including the one named, in file-name order", () => {
    const chapters = ["chapters/00-a.mdx", "chapters/04a-b.mdx", "chapters/04b-c.mdx", "chapters/10-d.mdx"];
    expect(chaptersUntil(chapters, "04a-b")).toEqual(["chapters/00-a.mdx", "chapters/04a-b.mdx"]);
    expect(chaptersUntil(chapters, undefined)).toEqual(chapters);
    expect(() => chaptersUntil(chapters, "05-nope")).toThrow(/no chapter named "05-nope"; chapters are: 00-a, 04a-b/);
  });

  it("a chapter's state includes its appendix (NNr-…), whose lists its files use", () => {
    const chapters = ["chapters/19-a.mdx", "chapters/20-b.mdx", "chapters/20r-b-lists.mdx", "chapters/21-c.mdx"];
    expect(chaptersUntil(chapters, "20-b")).toEqual(["chapters/19-a.mdx", "chapters/20-b.mdx", "chapters/20r-b-lists.mdx"]);
    expect(chaptersUntil(chapters, "19-a")).toEqual(["chapters/19-a.mdx"]);
    expect(appendixOf("20r-b-lists")).toBe("20");
    expect(appendixOf("20-b")).toBe(null);
    // A lettered chapter after its appendix's chapter (20b sorts before 20r) keeps the appendix.
    const lettered = ["chapters/20-b.mdx", "chapters/20b-c.mdx", "chapters/20r-b-lists.mdx", "chapters/21-c.mdx"];
    expect(chaptersUntil(lettered, "20b-c")).toEqual(["chapters/20-b.mdx", "chapters/20b-c.mdx", "chapters/20r-b-lists.mdx"]);
  });

  it("a state's tests are those of its chapters and no later one", () => {
    const chapterOf = (f: string): string => testChapter(readFileSync(join(root, f), "utf8")) ?? "";
    const first = testsUntil(root, "00-how-to-read");
    const all = testsUntil(root, stems[stems.length - 1]);
    expect(first).toContain("test/states.test.ts");
    for (const f of first) expect(chapterOf(f)).toBe("00-how-to-read");
    for (const f of first) expect(all).toContain(f);
    for (const f of all) expect(stems).toContain(chapterOf(f));
  });
});
