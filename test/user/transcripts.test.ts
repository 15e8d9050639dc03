// The terminal excerpts in the user-space chapters are real: every ```console block that starts
// with a shell prompt is replayed on a freshly booted machine, command by command, and must
// match what the screen shows. UPDATE_TRANSCRIPTS=1 rewrites the blocks from the replay.
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ShellSession } from "./session.ts";

const CHAPTERS = ["chapters/20-user-space.mdx", "chapters/21-shell.mdx"];
const PROMPT = /^(\S*:\S*)> (.*)$/;

interface Block {
  start: number; // index of the first line inside the fence
  lines: string[];
}

function consoleBlocks(text: string): Block[] {
  const lines = text.split("\n");
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() !== "```console") continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end].trim() !== "```") end++;
    const body = lines.slice(start, end);
    if (body.length > 0 && PROMPT.test(body[0])) blocks.push({ start, lines: body });
    i = end;
  }
  return blocks;
}

function replay(block: Block): string[] {
  const s = new ShellSession();
  const out: string[] = [];
  for (const line of block.lines) {
    const m = PROMPT.exec(line);
    if (m) out.push(...s.command(m[2]));
  }
  return out;
}

describe("chapter transcripts", () => {
  for (const chapter of CHAPTERS) {
    const text = readFileSync(chapter, "utf8");
    const blocks = consoleBlocks(text);
    it(`${chapter} has transcripts`, () => {
      expect(blocks.length).toBeGreaterThan(0);
    });
    if (process.env.UPDATE_TRANSCRIPTS) {
      it(`rewrites the transcripts of ${chapter}`, () => {
        const lines = text.split("\n");
        for (const b of [...blocks].reverse()) lines.splice(b.start, b.lines.length, ...replay(b));
        writeFileSync(chapter, lines.join("\n"));
      });
      continue;
    }
    for (const b of blocks) {
      it(`${chapter}:${b.start} is what the machine prints`, () => {
        expect(replay(b).join("\n")).toBe(b.lines.join("\n"));
      });
    }
  }
});
