// chapter: 26b-disk-root
// Redirection on the disk (chapter 21p): > creates or truncates, >> appends, < reads, for
// programs and for commands of the shell; a bad path runs nothing and truncates nothing; a
// script with a pipeline, redirections and If runs as written.
import { beforeAll, describe, expect, it } from "vitest";
import { MemoryBlockStore } from "../../src/emulator/devices/virtio/blk.ts";
import { buildDiskImage, standardDiskFiles } from "../../src/system/disk-image.ts";
import { userPrograms } from "../../tools/mkbootfs.ts";
import { ShellSession } from "./session.ts";

const SCRIPT = `; a pipeline, redirections and If, as a user would write them
.key COUNT/A
/tests/kt_lines <COUNT> | /tests/kt_upper > T:made
Echo "made <COUNT> lines" >> T:log
If EXISTS T:made
  /tests/kt_upper quiet < T:made
  Type T:made | /tests/exit3
  If WARN
    Echo "not WARN: exit3 returns 3"
  Else
    Echo "the pipeline returned below WARN"
  EndIf
EndIf
Type T:log
`;

let s: ShellSession;
beforeAll(() => {
  const files = standardDiskFiles(userPrograms());
  files.push({ name: "/s/pipes", data: new TextEncoder().encode(SCRIPT) });
  s = new ShellSession({ disk: new MemoryBlockStore(buildDiskImage(files, 16 * 2 ** 20)) });
});

/** The bytes of "line 1\n" … "line n\n". */
function linesBytes(n: number): number {
  let bytes = 0;
  for (let i = 1; i <= n; i++) bytes += `line ${i}\n`.length;
  return bytes;
}

function out(line: string): string[] {
  return s.command(line).slice(1);
}

describe("> and <", () => {
  it("a command's output goes to the file, and a program reads it back", () => {
    expect(out('Echo "round trip" > T:r1')).toEqual([]);
    expect(out("/tests/kt_upper < T:r1")).toEqual(["ROUND TRIP"]);
    expect(out("Type T:r1")).toEqual(["round trip"]);
  });

  it("a program's output goes to the file, every byte of it", () => {
    expect(out("/tests/kt_lines 500 > T:lines")).toEqual([]);
    expect(out("/tests/kt_upper quiet < T:lines")).toEqual([`upper: read ${linesBytes(500)} bytes, 500 lines`]);
    expect(out("List T:").join("\n")).toMatch(new RegExp(`lines\\s+${linesBytes(500)}`));
  });

  it("Type without a file reads < and a pipe; two commands of the shell pass more than a pipe holds through memory", () => {
    expect(out("/tests/kt_lines 2000 > T:big")).toEqual([]);
    expect(linesBytes(2000)).toBeGreaterThan(4 * 4096);
    expect(out("Type < T:big | /tests/kt_upper quiet")).toEqual([`upper: read ${linesBytes(2000)} bytes, 2000 lines`]);
    expect(out("Type T:big | Type | Type > T:big2")).toEqual([]);
    expect(out("/tests/kt_upper quiet < T:big2")).toEqual([`upper: read ${linesBytes(2000)} bytes, 2000 lines`]);
    expect(out('Echo "via memory" | Type > T:r3')).toEqual([]);
    expect(out("Type T:r3")).toEqual(["via memory"]);
  });

  it("> truncates what was there; >> appends", () => {
    expect(out("Echo one > T:r2")).toEqual([]);
    expect(out("Echo two >> T:r2")).toEqual([]);
    expect(out("/tests/kt_lines 2 >> T:r2")).toEqual([]);
    expect(out("Type T:r2")).toEqual(["one", "two", "line 1", "line 2"]);
    expect(out("Echo three > T:r2")).toEqual([]);
    expect(out("Type T:r2")).toEqual(["three"]);
    expect(out(">>T:r2 Echo four")).toEqual([]);
    expect(out("Type T:r2")).toEqual(["three", "four"]);
  });
});

describe("a bad path", () => {
  it("says which file and why, runs nothing, and truncates nothing", () => {
    expect(out("Echo keep > T:r3")).toEqual([]);
    expect(out("Echo x > T:nowhere/y")).toEqual(["Cannot open T:nowhere/y for output: not found"]);
    expect(out("Why")).toEqual(["Last return code 10 (ERROR): Cannot open T:nowhere/y for output: not found"]);
    expect(out("/tests/kt_upper < T:missing > T:r3")).toEqual(["Cannot open T:missing for input: not found"]);
    expect(out("NoSuchThing > T:r3")).toEqual(["Unknown command: NoSuchThing (type Help for the list)"]);
    expect(out("/tests/kt_lines 3 | NoSuchThing > T:r3")).toEqual(["Unknown command: NoSuchThing (type Help for the list)"]);
    expect(out("Echo x > T:")).toEqual(["Cannot open T: for output: it is a directory"]);
    expect(out("Type T:r3")).toEqual(["keep"]);
  });
});

describe("a script", () => {
  it("with a pipeline, redirections and If runs as written", () => {
    expect(out("Execute S:pipes 40")).toEqual([
      `upper: read ${linesBytes(40)} bytes, 40 lines`,
      "exit3: returning 3",
      expect.stringMatching(/^Run: process \d+ \(exit3\) exited with code 3$/),
      "the pipeline returned below WARN",
      "made 40 lines",
    ]);
    expect(out("Execute S:pipes 2")).toEqual([
      `upper: read ${linesBytes(2)} bytes, 2 lines`,
      "exit3: returning 3",
      expect.stringMatching(/^Run: process \d+ \(exit3\) exited with code 3$/),
      "the pipeline returned below WARN",
      "made 40 lines",
      "made 2 lines",
    ]);
    expect(out("Type T:made")).toEqual(["LINE 1", "LINE 2"]);
  });

  it("S:Pipeline of the standard disk runs as written: redirections, a pipeline, a program reading <, If WARN and Else", () => {
    expect(out("Execute Pipeline")).toEqual(["       3", "apple", "apple is one of them"]);
    expect(out("Type T:sorted")).toEqual(["apple", "fig", "pear"]);
    expect(out("Execute Pipeline kiwi")).toEqual([
      "       3",
      expect.stringMatching(/^Run: process \d+ \(search\) exited with code 5$/),
      "No kiwi among the fruit",
    ]);
  });

  it("whose output is redirected sends every line's standard output there, and programs' errors to the console", () => {
    expect(out("Execute S:pipes 1 > T:all")).toEqual([`upper: read ${linesBytes(1)} bytes, 1 lines`]);
    expect(out("Type T:all")).toEqual([
      "exit3: returning 3",
      expect.stringMatching(/^Run: process \d+ \(exit3\) exited with code 3$/),
      "the pipeline returned below WARN",
      "made 40 lines",
      "made 2 lines",
      "made 1 lines",
    ]);
  });
});
