// chapter: 00-how-to-read
// Issue 17's rule for claims: every chapter states the invariant it keeps, and names a test that
// checks it. (test/book/references.test.ts checks that every test path named exists.) The map,
// the bibliography and the appendices keep no invariant of their own; chapters 4b and 4c share
// the one chapter 4a states for all three CPU chapters.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const SHARED_OR_NONE = new Set(["01-map", "04b-cpu-execute", "04c-cpu-system", "95-bibliography"]);
const STATEMENT = /\*\*The invariants? (?:this chapter keeps|these \w+ chapters keep):\*\*/;
const TEST_PATH = /test\/[\w/.-]+\.test\.ts/;

const chapters = readdirSync(join(root, "chapters"))
  .filter((f) => f.endsWith(".mdx"))
  .map((f) => ({ stem: f.slice(0, -4), text: readFileSync(join(root, "chapters", f), "utf8") }))
  .filter((c) => !/^appendix:\s*true\s*$/m.test(/^---\n([\s\S]*?)\n---/.exec(c.text)?.[1] ?? ""));

describe("every chapter states its invariant and names a test of it", () => {
  for (const { stem, text } of chapters) {
    if (SHARED_OR_NONE.has(stem)) continue;
    it(stem, () => {
      expect(STATEMENT.test(text), `${stem} has no "**The invariant this chapter keeps:**"`).toBe(true);
      expect(TEST_PATH.test(text), `${stem} names no test file`).toBe(true);
    });
  }

  it("the exemptions are chapters that exist (in every state of the book that reaches them)", () => {
    const stems = chapters.map((c) => c.stem).sort();
    const last = stems[stems.length - 1];
    for (const s of SHARED_OR_NONE) if (s <= last) expect(stems.includes(s), s).toBe(true);
  });
});
