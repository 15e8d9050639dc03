// chapter: 21-shell
// vinit's shell on a booted machine, driven through the UART with real key sequences.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fsOpenRoot } from "../../src/kernel/fs/vfs.ts";
import { ShellSession } from "./session.ts";

/** The shell's commands that Help lists (hidden 0), counted in the tangled table of this state of the book. */
function visibleCommands(): number {
  const source = readFileSync(join(import.meta.dirname, "../../src/user/vinit/commands.c"), "utf8");
  return source.split("\n").filter((l) => /^\s*\{"\w+", .*, 0\},$/.test(l)).length;
}

/** The files at the root of the boot archive: the programs in build/user and the README, in Dir's order. */
const ROOT_FILES = [...readdirSync("build/user").filter((f) => statSync(join("build/user", f)).isFile()), "README"].sort((a, b) =>
  a.toLowerCase() < b.toLowerCase() ? -1 : 1,
);

const UP = "\x1b[A";
const DOWN = "\x1b[B";
const LEFT = "\x1b[D";
const RIGHT = "\x1b[C";
const HOME = "\x1b[H";
const END = "\x1b[F";
const DEL = "\x1b[3~";

describe("boot", () => {
  it("boots to the SYS:> prompt with the banner", () => {
    const s = new ShellSession();
    const screen = s.screen().join("\n");
    expect(screen).toContain("ViperOS v0.3.0");
    expect(screen).toContain("proc: started /vinit");
    expect(screen).toMatch(/vinit: first user process, task \d+; heap ok/);
    expect(s.screen().at(-1)).toBe("SYS:>");
    expect(s.m.waitingForInput()).toBe(true);
  });
});

describe("commands", () => {
  let s: ShellSession;
  beforeAll(() => {
    s = new ShellSession();
  });

  it("Help and ? list every command", () => {
    const out = s.run("Help");
    for (const c of ["Help", "Cls", "Echo", "Version", "Uptime", "History", "Why", "Avail", "Status", "Run", "Caps", "Date", "Time", "Assign", "Path", "Cd", "Dir", "List", "Type", "Copy", "Delete", "MakeDir", "Rename", "Fetch", "EndShell"]) {
      expect(out).toMatch(new RegExp(`^  ${c}\\b`, "m"));
    }
    expect(s.run("?").split("\n").slice(1)).toEqual(out.split("\n").slice(1));
  });

  it("matches command names without regard to case", () => {
    expect(s.run("vErSiOn")).toContain("ViperOS 0.3.0");
  });

  it("Echo prints its words, quotes group", () => {
    expect(s.command('Echo hello   "two  spaces" end')).toEqual(['SYS:> Echo hello   "two  spaces" end', "hello two  spaces end"]);
  });

  it("Version", () => {
    // Later chapters add commands (chapter 31: Ping). A state of the book runs the programs built
    // from the whole book (build/user is copied), so its binary has at least this state's table.
    const lines = s.command("Version");
    expect(lines.slice(0, 2)).toEqual(["SYS:> Version", "ViperOS 0.3.0 (the book edition) for the AArch64 virt machine"]);
    const m = /^vinit shell 1\.0: (\d+) commands, line editing, history, Tab completion$/.exec(lines[2] ?? "");
    expect(m, lines[2]).not.toBeNull();
    expect(Number(m?.[1])).toBeGreaterThanOrEqual(visibleCommands());
  });

  it("Uptime counts from boot", () => {
    expect(s.run("Uptime")).toMatch(/^Up 0 days, 0 hours, 0 minutes, \d+\.\d{3} seconds$/m);
  });

  it("Avail shows a memory table", () => {
    const out = s.run("Avail");
    expect(out).toMatch(/^Type +Available +In-Use +Maximum$/m);
    expect(out).toMatch(/^RAM +\d+\.\d MiB/m);
    expect(out).toMatch(/^Pages +\d+ +\d+ +\d+ +\(4096 bytes each\)$/m);
    expect(out).toMatch(/^vinit heap +64\.0 KiB +0 bytes +64\.0 KiB$/m);
  });

  it("Status lists vinit in the task table", () => {
    const out = s.run("Status");
    expect(out).toMatch(/^ {2}ID {2}State {5}Pri {2}Name$/m);
    expect(out).toMatch(/^ +1 {2}Running +128 {2}vinit$/m);
  });

  it("a program's path runs it, and the shell reports its exit", () => {
    const out = s.run("/hello");
    expect(out).toMatch(/^Hello from user space! I am task \d+, running at EL0\.$/m);
    expect(out).toMatch(/^Run: process \d+ \(hello\) exited with code 0$/m);
  });

  it("a program name alone runs it", () => {
    expect(s.run("hello")).toMatch(/Hello from user space!/);
  });

  it("the shell reports a program's exit code, and Why explains it", () => {
    expect(s.run("/tests/exit3")).toMatch(/^exit3: returning 3\nRun: process \d+ \(exit3\) exited with code 3$/m);
    expect(s.run("Why")).toMatch(/^Last return code 3 \(OK\): process \d+ \(exit3\) exited with code 3$/m);
  });

  it("a program's name resolves through assigns and the current directory, as Dir and Type do", () => {
    expect(s.command("Assign T: /tests")).toEqual(["SYS:> Assign T: /tests"]);
    expect(s.run("Dir T:")).toContain("  exit3");
    expect(s.run("T:exit3")).toMatch(/exit3: returning 3\nRun: process \d+ \(exit3\) exited with code 3$/);
    expect(s.command("Cd T:")).toEqual(["SYS:> Cd T:"]);
    expect(s.run("exit3")).toMatch(/^SYS:tests> exit3\nexit3: returning 3\nRun: process \d+ \(exit3\) exited with code 3$/);
    expect(s.run("Type ../README")).toContain("Welcome to ViperOS");
    expect(s.run("Q:exit3")).toBe("SYS:tests> Q:exit3\nUnknown command: Q:exit3 (type Help for the list)");
    expect(s.run("Cd /")).toBe("SYS:tests> Cd /");
    expect(s.run("Assign T:")).toBe("SYS:> Assign T:");
    expect(s.run("T:exit3")).toBe("SYS:> T:exit3\nUnknown command: T:exit3 (type Help for the list)");
  });

  it("a missing program is an unknown command, a WARN", () => {
    expect(s.run("/nosuch")).toContain("Unknown command: /nosuch");
    expect(s.run("Why")).toContain("Last return code 5 (WARN): unknown command /nosuch");
  });

  it("Caps lists the shell's capabilities", () => {
    expect(s.run("Caps")).toMatch(/^ {2}Handle {6}Kind {7}Rights$/m);
    expect(s.run("Caps 0x12345678")).toMatch(/^Caps: handle 0x12345678: /m);
  });

  it("Caps prints rights with the kernel's ten letters, TRAVERSE included", () => {
    // The shell holds no handle of its own: give it the root directory, as fs_open_root would.
    const k = s.m.kernel;
    const vinit = k?.procs.byPid.get(1);
    if (k === null || vinit === undefined) throw new Error("no vinit");
    const h = fsOpenRoot(k.fs, vinit.handles);
    expect(s.run(`Caps 0x${h.toString(16)}`)).toMatch(/^ {2}0x[0-9a-f]{8} {2}Directory {2}r--l--DtsT {2}gen \d+$/m);
    expect(s.run("Caps")).toContain("1 capability (rights: r read, w write, x execute, l list, c create, d delete, D derive, t transfer, s spawn, T traverse)");
  });

  it("Date and Time read the PL031 clock", () => {
    expect(s.run("Date")).toMatch(/^Thursday 01-Jan-2026 00:00:\d\d UTC$/m);
    expect(s.run("Time")).toMatch(/^00:00:\d\d UTC$/m);
  });

  it("Assign lists SYS: and D0:", () => {
    const out = s.run("Assign");
    expect(out).toMatch(/^ {2}Name {7}Flags$/m);
    expect(out).toMatch(/^ {2}SYS: +SYS$/m);
    expect(out).toMatch(/^ {2}D0: +SYS$/m);
  });

  it("Path shows where a path leads", () => {
    expect(s.run("Path SYS:tests")).toContain("SYS:tests  (directory /tests)");
    expect(s.run("Path /hello")).toMatch(/SYS:hello {2}\(file \/hello, \d+ bytes\)/);
  });

  it("Dir lists directories first", () => {
    expect(s.command("Dir")).toEqual(["SYS:> Dir", "  tests (dir)", ...ROOT_FILES.map((f) => `  ${f}`)]);
    expect(s.run("Dir tests")).toContain("  overrun");
  });

  it("List shows sizes and protection", () => {
    const out = s.run("List");
    expect(out).toContain('Directory "SYS:"');
    expect(out).toMatch(/^ {2}tests +<dir> {2}r-e-$/m);
    expect(out).toMatch(/^ {2}README +\d+ {2}r-e-$/m);
    expect(out).toMatch(new RegExp(`^${ROOT_FILES.length} files, 1 directory, \\d+ bytes$`, "m"));
  });

  it("Type prints a text file and refuses a binary one", () => {
    expect(s.run("Type README")).toContain("Welcome to ViperOS, the book edition.");
    expect(s.run("Type /hello")).toMatch(/Type: SYS:hello is a binary file \(\d+ bytes\); not shown/);
    expect(s.run("Why")).toMatch(/^Last return code 5 \(WARN\)/m);
  });

  it("Cd changes the prompt and relative paths", () => {
    expect(s.command("Cd tests")).toEqual(["SYS:> Cd tests"]);
    expect(s.command("Cd")).toEqual(["SYS:tests> Cd", "SYS:tests"]);
    expect(s.run("Dir")).toContain("  overrun");
    expect(s.run("Cd ..")).toBe("SYS:tests> Cd ..");
    expect(s.run("Cd hello")).toContain("Cd: SYS:hello is not a directory");
  });

  it("commands that write say the boot filesystem is read-only", () => {
    const ro = "read-only file system (the boot archive: boot with a disk to write files)";
    expect(s.run("Copy README copy")).toContain(`Copy: cannot create SYS:copy: ${ro}`);
    expect(s.run("Delete README")).toContain(`Delete: cannot delete SYS:README: ${ro}`);
    expect(s.run("MakeDir new")).toContain(`MakeDir: cannot create SYS:new: ${ro}`);
    expect(s.run("Rename README X")).toContain(`Rename: cannot rename SYS:README: ${ro}`);
    expect(s.run("MakeLink here README")).toContain(`MakeLink: cannot create SYS:here: ${ro}`);
    expect(s.run("MakeLink here README HARD")).toContain(`MakeLink: cannot create SYS:here: ${ro}`);
    expect(s.run("MakeLink here")).toContain("MakeLink: usage: MakeLink <link> <target> [HARD]");
    expect(s.run("Why")).toContain("Last return code 10 (ERROR)");
  });

  it("Info describes the volume a path is on", () => {
    const out = s.run("Info");
    expect(out).toMatch(/^Volume +Size +Used +Free +Full +Inodes free +Access +Kind$/m);
    expect(out).toMatch(/^SYS: +\d+\.\d [KM]iB +\d+\.\d [KM]iB +0 bytes +100% +0 +read-only +bootfs: boot archive$/m);
    expect(s.run("Info nowhere:")).toMatch(/^Info: /m);
  });

  it("Fetch says networking is not there yet", () => {
    expect(s.run("Fetch http://example.com/")).toMatch(/^Fetch: /m);
    expect(s.run("Why")).toContain("Last return code 10 (ERROR)");
  });

  it("the ls, cat and uname hints name the ViperOS command and run it", () => {
    expect(s.run("ls")).toMatch(/^\(ViperOS calls ls "Dir"\)\n {2}tests \(dir\)/m);
    expect(s.run("cat README")).toContain("Welcome to ViperOS");
    expect(s.run("uname")).toContain("ViperOS 0.3.0");
  });

  it("an unknown command is a WARN that Why explains", () => {
    expect(s.command("Frobnicate")).toEqual(["SYS:> Frobnicate", "Unknown command: Frobnicate (type Help for the list)"]);
    expect(s.command("Why")).toEqual(["SYS:> Why", "Last return code 5 (WARN): unknown command Frobnicate"]);
  });

  it("History lists what was typed", () => {
    const out = s.command("History");
    expect(out.at(-1)).toMatch(/^ +\d+ {2}History$/);
    expect(out).toContain("   1  Help");
  });

  it("Cls clears the screen", () => {
    expect(s.m.send("Cls\n")).toContain("\x1b[2J\x1b[H");
  });

  it("EndShell ends vinit", () => {
    expect(s.run("EndShell")).toContain("EndShell: goodbye");
    expect(s.m.finished).toBe(true);
  });
});

describe("line editing", () => {
  let s: ShellSession;
  beforeAll(() => {
    s = new ShellSession();
  });

  it("Backspace (0x7F and 0x08) deletes before the cursor", () => {
    expect(s.command("Echo abcd\x7f\x7fX\x08Y")).toEqual(["SYS:> Echo abY", "abY"]);
  });

  it("Left, Right and insertion in the middle", () => {
    expect(s.command(`Echo hlo${LEFT}${LEFT}e${RIGHT}l`)).toEqual(["SYS:> Echo hello", "hello"]);
  });

  it("Home/End and Ctrl-A/Ctrl-E", () => {
    expect(s.command(`cho 1${HOME}E${END}2`)).toEqual(["SYS:> Echo 12", "12"]);
    expect(s.command(`cho 3\x01E\x054`)).toEqual(["SYS:> Echo 34", "34"]);
  });

  it("Delete removes the character under the cursor", () => {
    expect(s.command(`Echo abc${LEFT}${LEFT}${DEL}`)).toEqual(["SYS:> Echo ac", "ac"]);
  });

  it("Ctrl-K kills to the end, Ctrl-U kills the line", () => {
    expect(s.command(`Echo keep this${LEFT}${LEFT}${LEFT}${LEFT}${LEFT}\x0b`)).toEqual(["SYS:> Echo keep", "keep"]);
    expect(s.command("Version\x15Echo after")).toEqual(["SYS:> Echo after", "after"]);
  });

  it("Ctrl-C abandons the line", () => {
    expect(s.keys("Echo never\x03")).toEqual(["SYS:> Echo never^C", "SYS:>"]);
  });

  it("CR, LF and CR LF each end one line", () => {
    expect(s.keys("Echo one\r\nEcho two\rEcho three\n")).toEqual(["SYS:> Echo one", "one", "SYS:> Echo two", "two", "SYS:> Echo three", "three", "SYS:>"]);
  });

  it("Up and Down walk the history and come back to the line being typed", () => {
    expect(s.command(`${UP}`)).toEqual(["SYS:> Echo three", "three"]);
    expect(s.command(`Echo x${UP}${UP}${UP}${DOWN}`)).toEqual(["SYS:> Echo two", "two"]);
    expect(s.command(`Echo partial${UP}${DOWN}`)).toEqual(["SYS:> Echo partial", "partial"]);
  });

  it("the history holds at least 32 lines", () => {
    for (let i = 1; i <= 40; i++) s.command(`Echo ${i}`);
    expect(s.command(UP.repeat(32))).toEqual(["SYS:> Echo 9", "9"]);
  });

  it("ignores Page Up and Page Down", () => {
    expect(s.command("Echo \x1b[5~pg\x1b[6~")).toEqual(["SYS:> Echo pg", "pg"]);
  });
});

describe("input the shell cannot take", () => {
  let s: ShellSession;
  beforeAll(() => {
    s = new ShellSession();
  });

  it("refuses a line longer than 255 characters with a message, and takes the next line", () => {
    const out = s.keys(`Echo ${"x".repeat(295)}\nEcho next\n`).join("\n");
    expect(out).toContain("Shell: line not run: 300 characters, more than the 255 a line holds");
    expect(out).not.toMatch(/^x+$/m); // the cut line did not run
    expect(out).toMatch(/SYS:> Echo next\nnext\nSYS:>$/);
  });

  it("takes a line of exactly 255 characters", () => {
    const line = `Echo ${"y".repeat(250)}`;
    expect(s.command(line)).toEqual([`SYS:> ${line}`, "y".repeat(250)]);
  });

  it("refuses non-ASCII input (UTF-8 or a single byte) with a message, and takes the next line", () => {
    const utf8 = s.keys("Echo caf\xc3\xa9\nEcho ok\n");
    expect(utf8).toEqual([
      "SYS:> Echo caf",
      "Shell: line not run: it has characters that are not ASCII, which the shell cannot take",
      "SYS:> Echo ok",
      "ok",
      "SYS:>",
    ]);
    expect(s.run("Echo na\xefve")).toBe("SYS:> Echo nave\nShell: line not run: it has characters that are not ASCII, which the shell cannot take");
  });

  it("keeps a refused line in the history to mend, and Ctrl-U starts the line afresh", () => {
    expect(s.command(`${UP}d`)).toEqual(["SYS:> Echo naved", "naved"]);
    expect(s.command("Echo \xe9\x15Echo clean")).toEqual(["SYS:> Echo clean", "clean"]);
  });
});

describe("completion", () => {
  let s: ShellSession;
  beforeAll(() => {
    const data = new TextEncoder().encode("notes\n");
    s = new ShellSession({
      add: [
        { name: "/docs/notes-one.txt", data },
        { name: "/docs/notes-two.txt", data },
      ],
    });
  });

  it("completes a unique command name, fixing its case", () => {
    const lines = s.command("vers\t");
    expect(lines.slice(0, 2)).toEqual(["SYS:> Version", "ViperOS 0.3.0 (the book edition) for the AArch64 virt machine"]);
    expect(lines[2]).toMatch(/^vinit shell 1\.0: \d+ commands, line editing, history, Tab completion$/);
  });

  it("completes Status", () => {
    expect(s.keys("Sta\t\x15")).toEqual(["SYS:>"]);
    expect(s.run("Sta\t")).toMatch(/^SYS:> Status\n +ID +State/);
  });

  it("lists the candidates when Tab cannot extend the word", () => {
    expect(s.keys("D\t\x15")).toEqual(["SYS:> D", "Date  Delete  Dir", "SYS:>"]);
  });

  it("a completion that would overflow a full line makes Enter refuse the line", () => {
    const line = `Echo ${"z".repeat(235)} docs/notes-t`; // 253 characters; the completion adds 7
    const out = s.keys(`${line}\t\n`).join("\n");
    expect(out).toContain("Shell: line not run: 260 characters, more than the 255 a line holds");
    expect(out).not.toMatch(/^z+ docs/m);
  });

  it("extends to the longest common prefix", () => {
    expect(s.keys("Type docs/no\t\x03")).toEqual(["SYS:> Type docs/notes-^C", "SYS:>"]);
    expect(s.keys("Type docs/notes-\t\x03")).toEqual(["SYS:> Type docs/notes-", "notes-one.txt  notes-two.txt", "SYS:> Type docs/notes-^C", "SYS:>"]);
    expect(s.command("Type docs/notes-t\t")).toEqual(["SYS:> Type docs/notes-two.txt", "notes"]);
  });

  it("completes paths, with / after a directory", () => {
    expect(s.command("Type RE\t")).toContain("Welcome to ViperOS, the book edition.");
    expect(s.keys("Dir te\t\x03")).toEqual(["SYS:> Dir tests/^C", "SYS:>"]);
    expect(s.keys("Type /tests/ov\t\x03")).toEqual(["SYS:> Type /tests/overrun ^C", "SYS:>"]);
    expect(s.keys("Type SYS:RE\t\x03")).toEqual(["SYS:> Type SYS:README ^C", "SYS:>"]);
  });
});

describe("a child's fault", () => {
  it("is reported with its kind and address, and the shell still answers", () => {
    const s = new ShellSession();
    const out = s.run("/tests/nullwrite");
    expect(out).toMatch(/^Run: process \d+ \(nullwrite\) was killed: unmapped address at 0x0 \(pc 0x8000[0-9a-f]+, esr 0x9[0-9a-f]{7}\)$/m);
    expect(s.run("Why")).toMatch(/^Last return code 20 \(FAIL\): process \d+ \(nullwrite\) was killed: unmapped address at 0x0/m);
    expect(s.run("Version")).toContain("ViperOS 0.3.0");
    expect(s.run("/hello")).toContain("Hello from user space!");
  });

  it("malloc's checks stop a double free and an overrun", () => {
    const s = new ShellSession();
    expect(s.run("/tests/doublefree")).toMatch(/^malloc: double free of 0x[0-9a-f]+\nabort: program aborted\nRun: process \d+ \(doublefree\) exited with code 134$/m);
    expect(s.run("/tests/overrun")).toMatch(/^malloc: heap overrun after 0x[0-9a-f]+ \(24 bytes\)\nabort: program aborted\n/m);
    expect(s.run("/malloctest")).toMatch(/malloctest: all checks passed\nRun: process \d+ \(malloctest\) exited with code 0/);
  });
});
