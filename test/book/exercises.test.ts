// chapter: 00-how-to-read
// Every chapter ends with exercises a reader can size up: each is marked ①, ② or ③ (chapter 0's
// table says what the marks mean), and every lab is named by the exercise it grades. It checks
// the chapters that exist, so it holds in every state of the book.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
/** Chapters without exercises: the map, the bibliography, and the reference appendices. */
const WITHOUT_EXERCISES = /^(01-map|95-bibliography|\d+[a-z]?r-.*)\.mdx$/;
const chapters = readdirSync(join(root, "chapters"))
  .filter((f) => f.endsWith(".mdx"))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(root, "chapters", name), "utf8") }));

/** The text of the chapter's "## Exercises" section, or null. */
function exercises(text: string): string | null {
  return /^## Exercises\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(text)?.[1] ?? null;
}

describe("exercises", () => {
  it("every chapter has exercises, each marked with its difficulty", () => {
    const problems: string[] = [];
    for (const { name, text } of chapters) {
      if (WITHOUT_EXERCISES.test(name)) continue;
      const section = exercises(text);
      if (section === null) {
        problems.push(`${name}: no "## Exercises" section`);
        continue;
      }
      const items = [...section.matchAll(/^(\d+)\. (.*)$/gm)];
      if (items.length === 0) problems.push(`${name}: "## Exercises" lists no exercise`);
      for (const [, n, first] of items) {
        if (!/^[①②③] /.test(first)) problems.push(`${name}: exercise ${n} has no difficulty mark (①, ② or ③)`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("every lab is linked from an exercise of its chapter", () => {
    const problems: string[] = [];
    for (const { name, text } of chapters) {
      const section = exercises(text) ?? "";
      const outsideCode = text.replace(/^```[\s\S]*?^```/gm, "");
      for (const [, id] of outsideCode.matchAll(/^<Lab\s+id="([^"]+)"/gm)) {
        if (!section.includes(`(#lab-${id})`)) problems.push(`${name}: no exercise links to lab ${id}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
