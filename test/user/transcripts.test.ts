// chapter: 48-tls-server
// The terminal excerpts in the user-space chapters are real: every ```console block that starts
// with a shell prompt is replayed on a freshly booted machine, command by command, and must
// match what the screen shows; a block that starts with `$ printf '…' | npm run --silent boot`
// runs that command (the kernel log before the vinit banner is elided as "…").
// UPDATE_TRANSCRIPTS=1 rewrites the shell blocks from the replay.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ShellSession } from "./session.ts";
import { renderTerminal } from "./terminal.ts";

/** A live machine in a chapter: its scenario and the lines it types at the shell. */
const LIVE = /<LiveMachine scenario="([^"]+)"[^>]*?\btype=\{\[(.*?)\]\}[^>]*\/>/;

/** The user-space chapters, and every chapter whose live machine types at the shell. */
const CHAPTERS = [
  ...new Set([
    "chapters/20-user-space.mdx",
    "chapters/21-shell.mdx",
    "chapters/21p-pipelines.mdx",
    "chapters/22-boot-command.mdx",
    ...readdirSync("chapters")
      .filter((f) => f.endsWith(".mdx") && LIVE.test(readFileSync(`chapters/${f}`, "utf8")))
      .map((f) => `chapters/${f}`),
  ]),
].sort();
const PIPED = /^\$ printf '(.*)' \| npm run --silent boot$/;
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
    if (body.length > 0 && (PROMPT.test(body[0]) || PIPED.test(body[0]))) blocks.push({ start, lines: body });
    i = end;
  }
  return blocks;
}

/** Runs the piped boot command; the log before the banner becomes "…". */
function replayPiped(block: Block): string[] {
  const input = (PIPED.exec(block.lines[0]) as RegExpExecArray)[1].replace(/\\n/g, "\n");
  const r = spawnSync(process.execPath, ["tools/boot/cli.ts"], { input, encoding: "latin1" });
  const screen = renderTerminal(r.stdout).split("\n");
  const banner = screen.findIndex((l) => l.startsWith("ViperOS 0.3.0 (the book edition)"));
  return [block.lines[0], "…", ...screen.slice(banner)];
}

function replay(block: Block): string[] {
  if (PIPED.test(block.lines[0])) return replayPiped(block);
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
    const live = LIVE.exec(text);
    if (live) {
      it(`${chapter}: the live scenario "${live[1]}" has a checked transcript of what it types`, () => {
        const typed = [...live[2].matchAll(/"([^"]*)"/g)].map((m) => m[1]);
        const commands = blocks.map((b) =>
          b.lines.flatMap((l) => {
            const m = PROMPT.exec(l);
            return m && m[2] !== "" ? [m[2]] : [];
          }),
        );
        expect(commands).toContainEqual(typed);
      });
    }
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
