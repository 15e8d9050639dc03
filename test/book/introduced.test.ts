// chapter: 00-how-to-read
// Issue 17: "every chunk is introduced by prose saying what it does and why". A code chunk (a
// fence the tangler extracts) must have at least one line of prose between it and the chunk
// before it — a heading alone does not introduce anything. Chapters still listed in DEBT have
// chunks that follow one another bare; the list may only shrink: a chapter in it that has
// become clean fails the test until it is taken off.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const DEBT = new Set<string>([]);

/** The line numbers of code chunks with no prose since the previous chunk. */
function bareChunks(text: string): number[] {
  const lines = text.split("\n");
  const bare: number[] = [];
  let prose = 0;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].trim();
    const open = /^(`{3,})/.exec(t);
    if (open !== null) {
      const code = /\b(file|chunk)="/.test(t);
      let j = i + 1;
      while (j < lines.length && !(new RegExp(`^\`{${open[1].length},}\\s*$`).test(lines[j].trim()))) j++;
      if (code) {
        if (prose === 0) bare.push(i + 1);
        prose = 0;
      }
      i = j;
      continue;
    }
    if (t !== "" && !t.startsWith("import ") && !t.startsWith("{/*") && !t.startsWith("</") && t !== "---" && !t.startsWith("#")) prose++;
  }
  return bare;
}

const chapters = readdirSync(join(root, "chapters"))
  .filter((f) => f.endsWith(".mdx"))
  .map((f) => ({ stem: f.slice(0, -4), text: readFileSync(join(root, "chapters", f), "utf8") }))
  .filter((c) => !/^appendix:\s*true\s*$/m.test(/^---\n([\s\S]*?)\n---/.exec(c.text)?.[1] ?? ""));

describe("every chunk is introduced by prose", () => {
  for (const { stem, text } of chapters) {
    it(stem, () => {
      const bare = bareChunks(text);
      if (DEBT.has(stem)) expect(bare.length, `${stem} is clean now: take it off DEBT`).toBeGreaterThan(0);
      else expect(bare.map((l) => `chapters/${stem}.mdx:${l}`)).toEqual([]);
    });
  }

  it("finds a bare chunk and accepts an introduced one", () => {
    const f = "```";
    expect(bareChunks([`${f}ts chunk="a"`, "x", f, `${f}ts chunk="b"`, "y", f].join("\n"))).toEqual([1, 4]);
    expect(bareChunks(["Why a.", `${f}ts chunk="a"`, "x", f, "## Heading", "Why b.", `${f}ts chunk="b"`, "y", f].join("\n"))).toEqual([]);
  });
});
