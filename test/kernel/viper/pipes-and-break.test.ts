// chapter: 21b-pipes-and-break
// Processes meet the shell: arguments and standard descriptors at spawn, the SPAWN right,
// pipes under backpressure (end of file, broken pipe), and Break of a spinning program.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PIPE_SIZE, PipeReader } from "../../../src/kernel/viper/streams.ts";
import { ShellSession } from "../../user/session.ts";

/** The sum of the bytes kt_pipe's writer sends: 128 rounds of (i * 7 + 1) mod 256 for i < 8192. */
function expectedSum(): number {
  let sum = 0;
  for (let i = 0; i < 8192; i++) sum += (i * 7 + 1) & 0xff;
  return sum * 128;
}

describe("spawn with arguments and standard descriptors", () => {
  it("gives the child argv (its name first) and the shell's descriptors 0, 1 and 2", () => {
    const s = new ShellSession();
    expect(s.command("/tests/kt_args one two")).toEqual([
      "SYS:> /tests/kt_args one two",
      "args: argc 3",
      'args: argv[0] = "/tests/kt_args"',
      'args: argv[1] = "one"',
      'args: argv[2] = "two"',
      "args: fd 0 open",
      "args: fd 1 open",
      "args: fd 2 open",
      "Run: process 2 (kt_args) exited with code 0",
    ]);
  });

  it("refuses a spawn through a directory handle without SPAWN, and allows it with", () => {
    const s = new ShellSession();
    const out = s.command("/tests/kt_args nospawn");
    expect(out).toContain("args: spawn without SPAWN: permission denied");
    expect(out).toContain('args: argv[1] = "child"');
    expect(out).toContain("args: spawn with SPAWN: started");
  });
});

describe("pipes", () => {
  it("carry 1 MiB to a slow reader through 4096 bytes, then end of file; a closed reader breaks the pipe", () => {
    const s = new ShellSession();
    const k = s.m.kernel;
    if (k === null) throw new Error("no kernel");
    let fullest = 0;
    s.m.type("/tests/kt_pipe\n");
    // Sample every pipe's buffer while the programs run: it fills (more than half, when sampled),
    // and never goes past PIPE_SIZE.
    s.m.system.runUntil(() => {
      for (const o of k.caps.objects) if (o instanceof PipeReader) fullest = Math.max(fullest, o.pipe.buffer.length);
      return s.m.waitingForInput();
    }, 600 * 62_500_000);
    // The samples fall between slices, so they may miss the moment it is exactly full.
    expect(fullest).toBeGreaterThan(PIPE_SIZE / 2);
    expect(fullest).toBeLessThanOrEqual(PIPE_SIZE);
    const out = s.screen().join("\n");
    expect(out).toContain(`pipe: read 1048576 bytes, sum ${expectedSum()}, then end of file; writer exit 0`);
    expect(out).toContain("pipe: writer: channel closed after 0 bytes");
    expect(out).toContain("pipe: read 1000 bytes and closed; writer exit 0");
    expect(out).toMatch(/Run: process \d+ \(kt_pipe\) exited with code 0/);
    // Every pipe is gone once the programs are: nothing holds an end.
    expect([...k.caps.objects].some((o) => o instanceof PipeReader)).toBe(false);
  });
});

describe("Break", () => {
  it("ends a program spinning without system calls, and the shell answers again", () => {
    const s = new ShellSession();
    s.m.type("/tests/kt_runaway\n");
    s.m.system.runFor(200);
    expect(s.m.waitingForInput()).toBe(false); // it spins
    const out = s.keys("\x03");
    expect(out.join("\n")).toMatch(/Run: process \d+ \(kt_runaway\) broken by Ctrl-C/);
    expect(out.at(-1)).toBe("SYS:>");
    expect(s.run("Why")).toContain("broken by Ctrl-C");
    expect(s.command("Echo still here")).toEqual(["SYS:> Echo still here", "still here"]);
  });

  it("is a signal to a program that catches it, which then leaves on its own terms", () => {
    const s = new ShellSession();
    s.m.type("/tests/kt_breakme\n");
    s.m.system.runFor(100);
    const out = s.keys("\x03").join("\n");
    expect(out).toContain("breakme: caught Break, cleaning up");
    expect(out).toMatch(/Run: process \d+ \(kt_breakme\) exited with code 0/);
    // The key raised the flag, so it is not left in the console for the shell: no "^C" line.
    expect(out).not.toContain("^C");
    expect(s.screen().at(-1)).toBe("SYS:>");
    expect(s.command("Echo next")).toEqual(["SYS:> Echo next", "next"]);
  });

  it("at the prompt abandons the line and leaves the shell running", () => {
    const s = new ShellSession();
    expect(s.keys("Echo never\x03")).toEqual(["SYS:> Echo never^C", "SYS:>"]);
    expect(s.command("Echo yes")).toEqual(["SYS:> Echo yes", "yes"]);
  });
});

describe("the chapter's transcript", () => {
  it("is what the machine prints: arguments, then a runaway broken by Ctrl-C, then the shell again", () => {
    const chapter = readFileSync("chapters/21b-pipes-and-break.mdx", "utf8");
    const block = /```console\n(SYS:> \/tests\/kt_args[\s\S]*?)```/.exec(chapter)?.[1] ?? "";
    const s = new ShellSession();
    const from = s.screen().length - 1;
    s.m.send("/tests/kt_args one two\n");
    s.m.type("/tests/kt_runaway\n");
    s.m.system.runFor(200);
    s.m.send("\x03");
    s.m.send("Echo still here\n");
    // Where the loop was when Ctrl-C came varies with the machine's time: the chapter elides it.
    const screen = s.screen().slice(from).map((l) => l.replace(/pc 0x[0-9a-f]+$/, "pc 0x…"));
    expect(screen.at(-1)).toBe("SYS:>");
    expect(screen.slice(0, -1)).toEqual(block.trimEnd().split("\n"));
    expect(screen).toContain("proc: pid 3 (kt_runaway) killed: break at 0x0, pc 0x…");
  });
});
