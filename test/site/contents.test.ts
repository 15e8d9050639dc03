// chapter: 23-consoles
// The table of contents the landing page and /chapters/ are built from: every chapter, in reading
// order, with its title and its line from the map; and every chapter either has a live machine or
// says why it has none.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bookContents, chapterEntry, mapLines } from "../../src/components/book/contents.ts";

const root = join(import.meta.dirname, "../..");
const contents = bookContents(root);

describe("the book's contents", () => {
  it("lists every chapter file, in file-name order, each with a title and a line", () => {
    const files = readdirSync(join(root, "chapters"))
      .filter((f) => f.endsWith(".mdx") && !f.startsWith("_"))
      .sort()
      .map((f) => f.replace(/\.mdx$/, ""));
    expect(contents.map((c) => c.slug)).toEqual(files);
    for (const c of contents) {
      expect(c.title, c.slug).not.toBe(c.slug);
      expect(c.about, `${c.slug} has no line in the map's chapter table`).not.toBe("");
    }
  });

  it("gives every chapter a live machine or a reason it has none, never both", () => {
    const neither = contents.filter((c) => !c.live && !c.noLive).map((c) => c.slug);
    const both = contents.filter((c) => c.live && c.noLive).map((c) => c.slug);
    expect(neither, "chapters with neither <LiveMachine> nor <NoLiveMachine because>").toEqual([]);
    expect(both).toEqual([]);
  });

  it("reads a live machine's scenario and typed lines, whatever other attributes it has", () => {
    const c = chapterEntry("23-x", '---\ntitle: "X \\"y\\""\n---\n\n<LiveMachine scenario="consoles" screen type={["Echo a", "Dir"]} />\n', new Map([["23-x", "about x"]]));
    expect(c).toEqual({ slug: "23-x", title: 'X "y"', about: "about x", live: { scenario: "consoles", type: ["Echo a", "Dir"] }, noLive: null });
    expect(chapterEntry("a", '<NoLiveMachine because="a map" />', new Map()).noLive).toBe("a map");
  });

  it("takes a chapter's line from the map's table of chapters only", () => {
    const lines = mapLines("| `src/x/` | not a chapter |\n## The chapters\n| chapter | about |\n| `03-machine` | the `bus` |\n");
    expect([...lines]).toEqual([["03-machine", "the bus"]]);
  });
});
