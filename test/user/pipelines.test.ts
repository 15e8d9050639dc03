// chapter: 21p-pipelines
// Pipelines in the shell (chapter 21p): programs connected by kernel pipes, the end of the file
// reaching the last one because the shell keeps no end, backpressure through a slow consumer,
// commands of the shell at the left of a pipe and Type at the right, the last stage's return code, and the mistakes
// refused before anything starts.
import { describe, expect, it } from "vitest";
import { PIPE_SIZE, PipeReader, PipeWriter } from "../../src/kernel/viper/streams.ts";
import { ShellSession } from "./session.ts";

/** The pipe ends the kernel still holds. */
function pipeEnds(s: ShellSession): number {
  const k = s.m.kernel;
  if (k === null) throw new Error("no kernel");
  return [...k.caps.objects].filter((o) => o instanceof PipeReader || o instanceof PipeWriter).length;
}

/** The bytes of "line 1\n" … "line n\n". */
function linesBytes(n: number): number {
  let bytes = 0;
  for (let i = 1; i <= n; i++) bytes += `line ${i}\n`.length;
  return bytes;
}

describe("pipelines of programs", () => {
  it("connect each program's output to the next one's input, and every program ends", () => {
    const s = new ShellSession();
    expect(s.command("/tests/kt_lines 3 | /tests/kt_upper | /tests/kt_upper")).toEqual([
      "SYS:> /tests/kt_lines 3 | /tests/kt_upper | /tests/kt_upper",
      "LINE 1",
      "LINE 2",
      "LINE 3",
    ]);
    // The shell kept no end: the last reader saw the end of the file, and no pipe is left.
    expect(pipeEnds(s)).toBe(0);
    expect(s.command("Echo next")).toEqual(["SYS:> Echo next", "next"]);
  });

  it("carry more than a pipe holds to a slow consumer: the pipe fills, the writer waits, nothing is lost", () => {
    const s = new ShellSession();
    const k = s.m.kernel;
    if (k === null) throw new Error("no kernel");
    let fullest = 0;
    const from = s.screen().length - 1;
    s.m.type("/tests/kt_lines 5000 | /tests/kt_upper slow quiet\n");
    s.m.system.runUntil(() => {
      for (const o of k.caps.objects) if (o instanceof PipeReader) fullest = Math.max(fullest, o.pipe.buffer.length);
      return s.m.waitingForInput();
    }, 600 * 62_500_000);
    expect(fullest).toBeGreaterThan(PIPE_SIZE / 2);
    expect(fullest).toBeLessThanOrEqual(PIPE_SIZE);
    expect(s.screen().slice(from + 1)).toEqual([`upper: read ${linesBytes(5000)} bytes, 5000 lines`, "SYS:>"]);
    expect(pipeEnds(s)).toBe(0);
  });

  it("run Run inside a pipeline as a command of the shell: its program goes to the background with the stage's output", () => {
    const s = new ShellSession();
    const out = s.command("Run /tests/kt_lines 2 | /tests/kt_upper");
    expect(out.slice(1, 4)).toEqual([expect.stringMatching(/^\[CLI 2\] PROCESS \d+ \(KT_LINES\)$/), "LINE 1", "LINE 2"]);
    // kt_lines has ended when kt_upper sees the end of its input; the shell reaps it before a prompt.
    const rest = [...out.slice(4), ...s.command("Echo x").slice(1)].filter((l) => l !== "x");
    expect(rest).toEqual([expect.stringMatching(/^\[CLI 2\] Run: process \d+ \(kt_lines\) exited with code 0$/)]);
  });
});

describe("commands of the shell in a pipeline", () => {
  it("Echo, Type and Help at the left feed a program", () => {
    const s = new ShellSession();
    expect(s.command('Echo "hello, pipe" | /tests/kt_upper').slice(1)).toEqual(["HELLO, PIPE"]);
    expect(s.command("Type /README | /tests/kt_upper").slice(1)[0]).toBe("WELCOME TO VIPEROS, THE BOOK EDITION.");
    const help = s.command("Help | /tests/kt_upper quiet").slice(1);
    expect(help).toHaveLength(1);
    expect(help[0]).toMatch(/^upper: read \d+ bytes, \d+ lines$/);
    expect(Number(/(\d+) lines/.exec(help[0])?.[1])).toBeGreaterThan(20);
    expect(pipeEnds(s)).toBe(0);
  });

  it("Type without a file at the right reads a program's output through the pipe, more than a pipe holds", () => {
    const s = new ShellSession();
    expect(s.command("/tests/kt_lines 3 | Type").slice(1)).toEqual(["line 1", "line 2", "line 3"]);
    const from = s.screen().length - 1;
    s.m.type("/tests/kt_lines 5000 | Type | /tests/kt_upper quiet\n");
    s.m.system.runUntil(() => s.m.waitingForInput(), 600 * 62_500_000);
    expect(s.screen().slice(from + 1)).toEqual([`upper: read ${linesBytes(5000)} bytes, 5000 lines`, "SYS:>"]);
    expect(pipeEnds(s)).toBe(0);
  });

  it("Type without a file reads what a command of the shell printed before it, through memory (more than a pipe holds: redirection.test.ts)", () => {
    const s = new ShellSession();
    expect(s.command("Echo hi | Type").slice(1)).toEqual(["hi"]);
    expect(s.command('Echo "no newline" | Type | Type').slice(1)).toEqual(["no newline"]);
    const help = s.command("Help").slice(1);
    expect(s.command("Help | Type").slice(1)).toEqual(help);
    expect(s.command("List /tests | Type | Type").slice(1)).toEqual(s.command("List /tests").slice(1));
    expect(s.command("Type /README | Type").slice(1)).toEqual(s.command("Type /README").slice(1));
    expect(pipeEnds(s)).toBe(0);
  });

  it("Type with no file and no input still asks which file", () => {
    const s = new ShellSession();
    expect(s.command("Type").slice(1)).toEqual(["Type: which file? Usage: Type <file>"]);
  });

  it("refuse two commands of the shell with programs between them, which would wait for ever", () => {
    const s = new ShellSession();
    expect(s.command("List /tests | /tests/kt_upper | Type").slice(1)).toEqual([
      "Shell: List and Type cannot both run with programs between them (the shell runs one command at a time)",
    ]);
    expect(pipeEnds(s)).toBe(0);
  });

  it("at the right, a command that does not read: the program before it finds its pipe closed and ends", () => {
    const s = new ShellSession();
    expect(s.command("/tests/kt_lines 20000 | Echo right").slice(1)).toEqual(["right"]);
    expect(s.command("Echo left | Echo right").slice(1)).toEqual(["right"]);
    expect(pipeEnds(s)).toBe(0);
  });
});

describe("return codes", () => {
  it("are the last stage's; a failure further left is still reported", () => {
    const s = new ShellSession();
    expect(s.command("/tests/kt_lines 3 | /tests/exit3").slice(1)).toEqual([
      "exit3: returning 3",
      expect.stringMatching(/^Run: process \d+ \(exit3\) exited with code 3$/),
    ]);
    expect(s.command("Why").slice(1)[0]).toMatch(/^Last return code 3 \(OK\): process \d+ \(exit3\) exited with code 3$/);
    const out = s.command("/tests/exit3 | /tests/kt_upper").slice(1);
    expect(out).toContain("EXIT3: RETURNING 3");
    expect(out).toContainEqual(expect.stringMatching(/^Run: process \d+ \(exit3\) exited with code 3$/));
    expect(s.command("Why").slice(1)).toEqual(["The last command did not fail."]);
  });
});

describe("mistakes", () => {
  it("are refused before anything starts, and say what is wrong", () => {
    const s = new ShellSession();
    const cases: [string, string][] = [
      ["/tests/kt_lines 3 |", "Shell: a command is missing beside a |"],
      ["| /tests/kt_upper", "Shell: a command is missing beside a |"],
      ["/tests/kt_lines || /tests/kt_upper", "Shell: a command is missing beside a |"],
      ["/tests/kt_lines 3 | NoSuchThing", "Unknown command: NoSuchThing (type Help for the list)"],
      ["/tests/kt_lines 3 >", "Shell: > needs a file name"],
      ["/tests/kt_upper <", "Shell: < needs a file name"],
      ["Echo a > x > y", "Shell: a second > in one command"],
      ["/tests/kt_lines 3 | /tests/kt_upper < /README", "Shell: only the first command of a pipeline reads a file (<)"],
      ["Echo a > /x | /tests/kt_upper", "Shell: only the last command of a pipeline writes a file (>)"],
      [`${Array(9).fill("Echo x").join(" | ")}`, "Shell: at most 8 commands in a pipeline"],
      ["/tests/kt_upper < /nope", "Cannot open /nope for input: not found"],
      ["/tests/kt_upper < /tests", "Cannot open /tests for input: it is a directory"],
      ["Echo x > NOASSIGN:y", "Shell: no such assign NOASSIGN:"],
    ];
    for (const [line, message] of cases) {
      expect(s.command(line).slice(1), line).toEqual([message]);
      expect(s.command("Why").slice(1)[0], line).toMatch(/^Last return code (5|10) /);
    }
    // Nothing was started: the only process is the shell, and no pipe is left.
    expect(pipeEnds(s)).toBe(0);
    const k = s.m.kernel;
    expect(k === null ? -1 : k.procs.byPid.size).toBe(1);
  });

  it("leave | < and > inside quotes alone", () => {
    const s = new ShellSession();
    expect(s.command('Echo "a | b > c < d"').slice(1)).toEqual(["a | b > c < d"]);
  });
});

describe("Run", () => {
  it("returns the prompt while the program runs; its output still appears, and the shell reaps it", () => {
    const s = new ShellSession();
    const k = s.m.kernel;
    if (k === null) throw new Error("no kernel");
    const out = s.command("Run /tests/kt_lines 3 500");
    expect(out).toEqual(["SYS:> Run /tests/kt_lines 3 500", expect.stringMatching(/^\[CLI 2\] process \d+ \(kt_lines\)$/)]);
    expect(k.procs.byPid.size).toBe(2); // the shell waits for a key while kt_lines still runs
    expect(s.command("Echo the prompt is back")).toEqual(["SYS:> Echo the prompt is back", "the prompt is back"]);
    s.m.system.runFor(2000);
    // A background line may land after a prompt: "SYS:> line 1".
    expect(s.screen().join("\n").match(/line \d/g)).toEqual(["line 1", "line 2", "line 3"]);
    expect(s.command("Echo next").slice(1)).toEqual(["next", expect.stringMatching(/^\[CLI 2\] Run: process \d+ \(kt_lines\) exited with code 0$/)]);
    expect(k.procs.byPid.size).toBe(1);
  });

  it("Break reaches the program in the foreground only", () => {
    const s = new ShellSession();
    s.command("Run /tests/kt_lines 4 400");
    s.m.type("/tests/kt_runaway\n");
    s.m.system.runFor(200);
    const broken = s.keys("\x03").join("\n");
    expect(broken).toMatch(/Run: process \d+ \(kt_runaway\) broken by Ctrl-C/);
    expect(broken).not.toMatch(/kt_lines\) broken/);
    s.m.system.runFor(2000);
    // A background line may land after a prompt: "SYS:> line 1".
    expect(s.screen().join("\n").match(/line \d/g)).toEqual(["line 1", "line 2", "line 3", "line 4"]);
    expect(s.command("Echo x").join("\n")).toMatch(/\[CLI 2\] Run: process \d+ \(kt_lines\) exited with code 0/);
  });

  it("refuses a missing program, and more than eight at once", () => {
    const s = new ShellSession();
    expect(s.command("Run").slice(1)).toEqual(["Run: which program? Usage: Run <program> [arguments]"]);
    expect(s.command("Run /nope").slice(1)).toEqual(["Run: /nope: no such program"]);
    for (let i = 0; i < 8; i++) expect(s.command("Run /tests/kt_lines 1 5000").slice(1)[0]).toMatch(/^\[CLI \d+\] process/);
    expect(s.command("Run /tests/kt_lines 1").slice(1)).toEqual(["Run: 8 programs already run in the background"]);
  });
});
