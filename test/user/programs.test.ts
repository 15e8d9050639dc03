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
  it("shows the script /data/find as the test's boot archive holds it", () => {
    const shown = /```text\n(\.key WORD\/A\n[\s\S]*?)```/.exec(text);
    expect(shown?.[1]).toBe(DATA["/data/find"]);
  });
  if (process.env.UPDATE_TRANSCRIPTS) {
    it("rewrites the transcripts from a replay", () => {
      const lines = text.split("\n");
      for (const b of [...blocks].reverse()) lines.splice(b.start, b.lines.length, ...replay(b));
      writeFileSync(CHAPTER, lines.join("\n"));
    });
    return;
  }
  // top measures its interval on the machine's clock: `-d 100` lasts 100 or 101 ms depending on
  // where the tick falls, which differs between this chapter's state and the whole book's kernel.
  const steady = (l: string) => l.replace(/\s+$/, "").replace(/^(\d+ tasks; in )\d+( ms)/, "$1…$2");
  for (const b of blocks) {
    it(`line ${b.start}: ${b.keys[0].trim()}`, () => {
      expect(replay(b).map(steady)).toEqual(b.lines.map(steady));
    });
  }
});

/** The lines a command printed (the command line itself dropped). */
function out(s: ReturnType<typeof programsSession>, line: string): string[] {
  return s.command(line).slice(1);
}

describe("the text tools read named files, or standard input when none", () => {
  const s = programsSession();
  const tools = ["search x", "sort", "count", "head", "tail", "hexdump", "checksum"];

  it("name a file they cannot open, go on with the next, and end with code 10", () => {
    for (const tool of tools) {
      const name = tool.split(" ")[0];
      const lines = out(s, `${tool} /nothing/here /data/abc`);
      expect(lines[0], tool).toBe(`${name}: cannot open /nothing/here: not found`);
      expect(lines.at(-1), tool).toMatch(new RegExp(`^Run: process \\d+ \\(${name}\\) exited with code 10$`));
      if (name !== "search") expect(lines.length, tool).toBeGreaterThan(2); // the other file was read
    }
  });

  it("read what is typed at the console up to Ctrl-D when no file is named", () => {
    const typed = (cmd: string, text: string) => {
      s.keys(`${cmd}\n`);
      return s.keys(`${text}\u0004`).filter((l) => l !== "" && !l.startsWith("SYS:>"));
    };
    expect(typed("sort", "pear\napple\nfig\n")).toEqual(["apple", "fig", "pear", expect.stringMatching(/exited with code 0$/)]);
    expect(typed("search -n i", "one\ntwo\nfive\nsix\n")).toEqual(["3:five", "4:six", expect.stringMatching(/code 0$/)]);
    expect(typed("tail -n 1", "a\nb\nc")).toEqual(["c", expect.stringMatching(/code 0$/)]);
    expect(typed("head -n 1", "a\nb\n")).toEqual(["a", expect.stringMatching(/code 0$/)]);
    expect(typed("count -w", "three words here\nand two\n")).toEqual(["       5", expect.stringMatching(/code 0$/)]);
  });

  it("take '-' as standard input between files", () => {
    s.keys("count -l /data/poem - /data/sizes\n");
    const lines = s.keys("x\ny\n\u0004").filter((l) => l.trim() !== "" && !l.startsWith("SYS:>"));
    expect(lines.slice(0, 4).map((l) => l.trim())).toEqual(["9 /data/poem", "2 -", "5 /data/sizes", "16 total"]);
  });
});

describe("checksum prints what sha256sum prints", () => {
  const s = programsSession();
  const sha = (b: Uint8Array | string) => createHash("sha256").update(b).digest("hex");

  it("for the standard vectors: the empty message, abc, and the two-block message", () => {
    const lines = out(s, "checksum /data/empty /data/abc /data/two-blocks");
    expect(lines.slice(0, 3)).toEqual([
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  /data/empty",
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  /data/abc",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1  /data/two-blocks",
    ]);
    for (const name of ["/data/empty", "/data/abc", "/data/two-blocks"]) expect(lines.join("\n")).toContain(`${sha(DATA[name])}  ${name}`);
  });

  it("for programs in the boot archive, as Node hashes the same files", () => {
    const lines = out(s, "checksum /hello /checksum /vinit");
    for (const name of ["hello", "checksum", "vinit"]) expect(lines).toContain(`${sha(readFileSync(`build/user/${name}`))}  /${name}`);
  });
});

describe("the programs that loop end cleanly at Ctrl-C", () => {
  it("top redraws until Ctrl-C, then exits with 0 and the shell answers", () => {
    const s = programsSession();
    const first = s.m.send("top -d 50\n", 1); // it never waits for input: one virtual second
    expect(first).toContain("  ID  State     Pri    CPU  Name");
    expect(first).toContain("\x1b[H\x1b[2J"); // each round redraws the screen
    const after = s.keys("\u0003");
    expect(after.join("\n")).toMatch(/Run: process \d+ \(top\) exited with code 0/);
    expect(s.run("Echo still here")).toContain("still here");
  });

  it("life runs generation after generation until Ctrl-C", () => {
    const s = programsSession();
    s.m.send("life -d 20\n", 1);
    const after = s.keys("\u0003");
    expect(s.screen().join("\n")).toMatch(/Generation [1-9]\d*, population/);
    expect(after.join("\n")).toMatch(/Run: process \d+ \(life\) exited with code 0/);
  });
});
