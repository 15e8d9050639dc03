// chapter: 21s-shell-scripts
// Execute and the AmigaDOS script commands (chapter 21s): scripts are put in the boot archive
// under /scripts, run on a booted machine, and the shell's output is compared line for line.
import { beforeAll, describe, expect, it } from "vitest";
import { ShellSession } from "./session.ts";

const SCRIPTS: Record<string, string> = {
  // Returns the code it is given: how the tests make a command return 0, 5, 10 or 20.
  quit: ".key CODE\nQuit <CODE>\n",
  // Prints the name of the highest code band the last command reached, with nested Ifs.
  rc: `.key CODE/A
FailAt 21
Execute /scripts/quit <CODE>
If NOT WARN
  Echo "below WARN"
EndIf
If FAIL
  Echo FAIL
Else
  If ERROR
    Echo ERROR
  Else
    If WARN
      Echo WARN
    Else
      Echo OK
    EndIf
  EndIf
EndIf
`,
  exists: ".key PATH/A\nIf EXISTS <PATH>\n  Echo yes\nElse\n  Echo no\nEndIf\nIf NOT EXISTS <PATH>\n  Echo absent\nEndIf\n",
  eq: '.key A,B\nIf "<A>" EQ "<B>"\n  Echo equal\nElse\n  Echo different\nEndIf\n',
  args: '.key NAME,WHERE\nEcho "<NAME$nobody> in <WHERE$SYS:> <NAMEX> [<name>]"\n',
  required: ".key FILE/A\nEcho <FILE>\n",
  noargs: "Echo no arguments here\n",
  comments: '; a comment line\n\nEcho "a;b" ; and a comment after a command\n. an AmigaDOS dot comment\nEcho done\n',
  skip: "Echo one\nSkip over\nEcho two\nIf WARN\n  Lab over\nEndIf\nLab over\nEcho three\n",
  skipout: "If NOT WARN\n  If NOT WARN\n    Skip out\n    Echo no\n  EndIf\n  Echo no\nEndIf\nLab out\nEcho out\nElse\n",
  loop: "Lab again\nIf WARN\n  Echo second\n  Quit 3\nEndIf\nEcho first\nNoSuchCommand\nSkip again BACK\n",
  failat: "Echo start\nDelete /nope\nEcho never\n",
  failat21: "FailAt\nFailAt 21\nFailAt\nDelete /nope\nIf ERROR\n  Echo carried on\nEndIf\n",
  failat5: "FailAt 5\nNoSuchCommand\nEcho never\n",
  quitplain: "Echo before\nQuit\nEcho after\n",
  skipped: "If WARN\n  If no such condition\n  EndIf\n  Quit 9\nEndIf\nEcho skipped safely\n",
  inner: "FailAt 21\nExecute /scripts/failat\nEcho outer goes on\n",
  self: "Execute /scripts/self\n",
  endshell: "Echo bye\nEndShell\nEcho never\n",
  // Loops for ever: only Ctrl-C ends it.
  forever: "Lab top\nEcho round\nSkip top BACK\n",
  nest: "FailAt 21\nEcho outer\nExecute /scripts/forever\nEcho never\n",
  waiter: "Echo waiting\nWait 100\nEcho never\n",
  // A pipeline, a redirection from a file, and If on the pipeline's return code (chapter 21p).
  piped: `/tests/kt_upper < /README | /tests/kt_upper quiet
/tests/kt_lines 2 | /tests/exit3
If WARN
  Echo never
Else
  /tests/kt_lines 3 | /tests/kt_upper
EndIf
Echo "a | b" | /tests/kt_upper
`,
};

const ERRORS: Record<string, [string, string]> = {
  endif: ["Lab one\nEndIf\n", "line 2: EndIf without If"],
  else: ["Else\n", "line 1: Else without If"],
  else2: ["If WARN\nElse\nElse\nEndIf\n", "line 3: a second Else for the If on line 1"],
  open: ["Lab a\nIf WARN\n  If NOT WARN\n  EndIf\nEcho b\n", "line 2: If without EndIf"],
  cond: ["If 1 EQ\nEndIf\n", "line 1: If: expected [NOT] WARN, ERROR, FAIL, EXISTS <path> or <a> EQ <b>"],
  nolab: ["Skip nowhere\nLab elsewhere\n", "line 1: Skip: no Lab nowhere after this line"],
  nolabback: ["Skip top BACK\nLab top\n", "line 1: Skip: no Lab top before this line outside every If"],
  inside: ["Skip in\nIf WARN\n  Lab in\nEndIf\n", "line 1: Skip: no Lab in after this line"],
  skipusage: ["Skip a b\n", "line 1: Skip: usage: Skip <label> [BACK]"],
  skipendif: ["Skip x\nEndIf\nLab x\n", "line 2: EndIf without If"],
  failat: ["FailAt ten\n", "line 1: FailAt: ten is not a limit (a number from 1)"],
  failat0: ["FailAt 0\n", "line 1: FailAt: 0 is not a limit (a number from 1)"],
  quit: ["Quit -1\n", "line 1: Quit: -1 is not a return code"],
  key: ["Lab a\n.key X\n", "line 2: .key must be the first line"],
  directive: [".bra {\n", "line 1: no such directive (only .key)"],
  long: [`.key X\nEcho ${"<X$yyyyyyyyyy>".repeat(30)}\n`, "line 2: line too long with its arguments (at most 255 characters)"],
  words: [`Echo ${"w ".repeat(16)}\n`, "line 1: too many words (at most 16)"],
};
ERRORS.deep = [`${"If NOT WARN\n".repeat(17)}${"EndIf\n".repeat(17)}`, "line 17: If: more than 16 If blocks open"];

const enc = new TextEncoder();
const files = [
  ...Object.entries(SCRIPTS).map(([k, v]) => ({ name: `/scripts/${k}`, data: enc.encode(v) })),
  ...Object.entries(ERRORS).map(([k, [v]]) => ({ name: `/bad/${k}`, data: enc.encode(v) })),
  { name: "/bad/huge", data: enc.encode(`; ${"x".repeat(16384)}\n`) },
];

let s: ShellSession;
beforeAll(() => {
  s = new ShellSession({ add: files });
});

/** Runs `line` at the prompt; the lines the shell printed (the command line itself dropped). */
function out(line: string): string[] {
  return s.command(line).slice(1);
}

describe("If on return codes", () => {
  it("tells OK, WARN, ERROR and FAIL apart at their boundaries, through nested Ifs", () => {
    const cases: [number, string[]][] = [
      [0, ["below WARN", "OK"]],
      [4, ["below WARN", "OK"]],
      [5, ["WARN"]],
      [9, ["WARN"]],
      [10, ["ERROR"]],
      [19, ["ERROR"]],
      [20, ["FAIL"]],
    ];
    for (const [code, printed] of cases) expect(out(`Execute /scripts/rc ${code}`)).toEqual(printed);
  });

  it("Quit's code is the script's return code, and Why says so", () => {
    expect(out("Execute /scripts/quit 7")).toEqual([]);
    expect(out("Why")).toEqual(["Last return code 7 (WARN): Execute returned 7"]);
    expect(out("Execute /scripts/quitplain")).toEqual(["before"]);
    expect(out("Why")).toEqual(["The last command did not fail."]);
  });
});

describe("EXISTS and EQ", () => {
  it("EXISTS is true for a file and a directory, false for a missing path or assign; NOT turns it", () => {
    expect(out("Execute /scripts/exists /README")).toEqual(["yes"]);
    expect(out("Execute /scripts/exists SYS:tests")).toEqual(["yes"]);
    expect(out("Execute /scripts/exists /nope")).toEqual(["no", "absent"]);
    expect(out("Execute /scripts/exists NOASSIGN:x")).toEqual(["no", "absent"]);
  });

  it("EQ compares words ignoring case; quotes make empty and spaced words", () => {
    expect(out("Execute /scripts/eq abc ABC")).toEqual(["equal"]);
    expect(out("Execute /scripts/eq abc abd")).toEqual(["different"]);
    expect(out("Execute /scripts/eq")).toEqual(["equal"]);
    expect(out('Execute /scripts/eq "a b" "A B"')).toEqual(["equal"]);
    expect(out("Execute /scripts/eq x")).toEqual(["different"]);
  });
});

describe("arguments", () => {
  it("replaces <KEY> by position, <KEY$default> when left out, and leaves other <…> alone", () => {
    expect(out("Execute /scripts/args Ada T:")).toEqual(["Ada in T: <NAMEX> [Ada]"]);
    expect(out("Execute /scripts/args")).toEqual(["nobody in SYS: <NAMEX> []"]);
  });

  it("refuses a missing /A argument, too many arguments, and arguments to a script without .key", () => {
    expect(out("Execute /scripts/required")).toEqual(["Execute: SYS:scripts/required line 1: argument FILE is required (FILE/A)"]);
    expect(out("Execute /scripts/required a b")).toEqual([
      "Execute: SYS:scripts/required line 1: 2 arguments given, the .key line names 1",
    ]);
    expect(out("Execute /scripts/noargs x")).toEqual(["Execute: SYS:scripts/noargs line 1: 1 argument given, the .key line names 0"]);
    expect(out("Execute /scripts/noargs")).toEqual(["no arguments here"]);
  });
});

describe("comments, Skip and Lab", () => {
  it("drops ; comments outside quotes, blank lines and dot comments", () => {
    expect(out("Execute /scripts/comments")).toEqual(["a;b", "done"]);
  });

  it("Skip goes forward to a Lab outside the If blocks it would enter", () => {
    expect(out("Execute /scripts/skip")).toEqual(["one", "three"]);
  });

  it("Skip out of nested Ifs closes them, so the Else after the label is an error", () => {
    expect(out("Execute /scripts/skipout")).toEqual(["out", "Execute: SYS:scripts/skipout line 10: Else without If"]);
  });

  it("Skip BACK makes a loop", () => {
    expect(out("Execute /scripts/loop")).toEqual(["first", "Unknown command: NoSuchCommand (type Help for the list)", "second"]);
    expect(out("Why")).toEqual(["Last return code 3 (OK): Execute returned 3"]);
  });

  it("does not evaluate an If inside a skipped branch", () => {
    expect(out("Execute /scripts/skipped")).toEqual(["skipped safely"]);
  });
});

describe("FailAt", () => {
  it("stops at a return code of 10 by default, naming the command and the line", () => {
    expect(out("Execute /scripts/failat")).toEqual([
      "start",
      "Delete: SYS:nope: not found",
      "Execute: SYS:scripts/failat line 2: Delete returned 10, at or above FailAt 10: the script stops",
    ]);
    expect(out("Why")).toEqual([
      "Last return code 10 (ERROR): SYS:scripts/failat line 2: Delete returned 10, at or above FailAt 10: the script stops",
    ]);
  });

  it("FailAt raises or lowers the limit, and alone prints it", () => {
    expect(out("Execute /scripts/failat21")).toEqual([
      "FailAt: the fail limit is 10",
      "FailAt: the fail limit is 21",
      "Delete: SYS:nope: not found",
      "carried on",
    ]);
    expect(out("Execute /scripts/failat5")).toEqual([
      "Unknown command: NoSuchCommand (type Help for the list)",
      "Execute: SYS:scripts/failat5 line 2: NoSuchCommand returned 5, at or above FailAt 5: the script stops",
    ]);
  });

  it("a script's FailAt is its own: the outer script goes on after the inner one stopped", () => {
    expect(out("Execute /scripts/inner")).toEqual([
      "start",
      "Delete: SYS:nope: not found",
      "Execute: SYS:scripts/failat line 2: Delete returned 10, at or above FailAt 10: the script stops",
      "outer goes on",
    ]);
  });
});

describe("errors", () => {
  it("names the script and the line of every mistake, ends the script with ERROR, and the shell goes on", () => {
    for (const [name, [, message]] of Object.entries(ERRORS)) {
      expect(out(`Execute /bad/${name}`), name).toEqual([`Execute: SYS:bad/${name} ${message}`]);
      expect(out("Why")[0], name).toMatch(/^Last return code 10 \(ERROR\): SYS:bad\//);
    }
    expect(out("Echo still here")).toEqual(["still here"]);
  });

  it("refuses what is not a script it can run", () => {
    expect(out("Execute")).toEqual(["Execute: which script? Usage: Execute <script> [arguments]"]);
    expect(out("Execute /nope")).toEqual(["Execute: cannot open SYS:nope: not found"]);
    // A binary under the 16 KiB limit (hello, which links printf, is over it since chapter 20f).
    expect(out("Execute /tests/kt_exit7")).toEqual(["Execute: SYS:tests/kt_exit7 is not a script (it holds binary data)"]);
    expect(out("Execute /bad/huge")).toEqual(["Execute: SYS:bad/huge is too long for a script (at most 16384 bytes)"]);
    expect(out("Execute NOASSIGN:x")).toEqual(["Execute: no such assign NOASSIGN:"]);
  });

  it("stops a script that executes itself after four levels, saying so once", () => {
    expect(out("Execute /scripts/self")).toEqual(["Execute: scripts nested too deeply (at most 4)"]);
  });

  it("the script-only commands at the prompt say where they belong", () => {
    for (const w of ["If", "Else", "EndIf", "Skip", "Lab", "FailAt"]) {
      expect(out(`${w} x`)).toEqual([`${w}: only in a script (Execute runs one)`]);
    }
  });
});

describe("Wait", () => {
  it("waits the seconds it is given, in the machine's time", () => {
    const uptime = (): number => Number(/([\d.]+) seconds/.exec(out("Uptime")[0])?.[1]);
    const before = uptime();
    expect(out("Wait 3")).toEqual([]);
    const waited = uptime() - before;
    expect(waited).toBeGreaterThanOrEqual(3);
    expect(waited).toBeLessThan(4);
  });

  it("refuses what is not a number of seconds or minutes, and more than a day", () => {
    expect(out("Wait soon")).toEqual(["Wait: usage: Wait [seconds] [SECS|MINS]"]);
    expect(out("Wait 2 HOURS")).toEqual(["Wait: usage: Wait [seconds] [SECS|MINS]"]);
    expect(out("Wait 1441 MINS")).toEqual(["Wait: at most a day (86400 seconds)"]);
  });
});

describe("pipelines in a script", () => {
  it("run as written: a pipeline with <, If on its return code, and a | in quotes", () => {
    expect(out("Execute /scripts/piped")).toEqual([
      "upper: read 481 bytes, 10 lines",
      "exit3: returning 3",
      expect.stringMatching(/^Run: process \d+ \(exit3\) exited with code 3$/),
      "LINE 1",
      "LINE 2",
      "LINE 3",
      "A | B",
    ]);
  });
});

describe("EndShell in a script", () => {
  it("ends the shell, as at the prompt", () => {
    const t = new ShellSession({ add: files });
    const screen = t.command("Execute /scripts/endshell");
    expect(screen.slice(1).filter((l) => l !== "")).toEqual(["bye", "EndShell: goodbye", "vinit: shell ended"]);
  });
});

describe("Break", () => {
  /** Types `line`, lets the machine run `ms` milliseconds, presses Ctrl-C; the lines printed. */
  function broken(t: ShellSession, line: string, ms: number): string[] {
    const from = t.screen().length - 1;
    t.m.type(`${line}\n`);
    t.m.system.runFor(ms);
    expect(t.m.waitingForInput()).toBe(false); // the script is still going
    t.m.send("\x03");
    return t.screen().slice(from + 1);
  }

  it("stops a Skip BACK loop between lines, with ***Break and FAIL, and the prompt is clean", () => {
    const t = new ShellSession({ add: files });
    const lines = broken(t, "Execute /scripts/forever", 300);
    const rounds = lines.filter((l) => l === "round").length;
    expect(rounds).toBeGreaterThan(2);
    expect(lines.slice(rounds)).toEqual([expect.stringMatching(/^\*\*\*Break: SYS:scripts\/forever line [123]$/), "SYS:>"]);
    expect(t.command("Why").slice(1)).toEqual([expect.stringMatching(/^Last return code 20 \(FAIL\): SYS:scripts\/forever line/)]);
    expect(t.command("Echo still here")).toEqual(["SYS:> Echo still here", "still here"]);
  });

  it("stops every enclosing script too, whatever its FailAt", () => {
    const t = new ShellSession({ add: files });
    const lines = broken(t, "Execute /scripts/nest", 300).filter((l) => l !== "round");
    expect(lines).toEqual([
      "outer",
      expect.stringMatching(/^\*\*\*Break: SYS:scripts\/forever line [123]$/),
      "***Break: SYS:scripts/nest line 3",
      "SYS:>",
    ]);
  });

  it("interrupts Wait, in a script and at the prompt", () => {
    const t = new ShellSession({ add: files });
    expect(broken(t, "Execute /scripts/waiter", 500)).toEqual(["waiting", "***Break: SYS:scripts/waiter line 2", "SYS:>"]);
    expect(broken(t, "Wait 100", 500)).toEqual(["***Break: Wait", "SYS:>"]);
    expect(t.command("Why").slice(1)).toEqual(["Last return code 20 (FAIL): Wait"]);
  });

  it("typed at the prompt, is not carried into the next script", () => {
    const t = new ShellSession({ add: files });
    expect(t.keys("Echo never\x03")).toEqual(["SYS:> Echo never^C", "SYS:>"]);
    expect(t.command("Execute /scripts/quitplain").slice(1)).toEqual(["before"]);
  });
});
