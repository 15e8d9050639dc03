// chapter: 21s-shell-scripts
// The shell's Break command (chapter 21p) over sig_break (chapter 21b): it ends a background
// program by number, raises the flag of one that catches Break, works inside a script, and
// refuses a process the shell did not start ("not yours") or one that does not exist.
import { describe, expect, it } from "vitest";
import { ProcState } from "../../src/kernel/viper/process.ts";
import { ShellSession } from "./session.ts";

const enc = new TextEncoder();
const files = [
  { name: "/scripts/breakit", data: enc.encode("Run /tests/kt_forever\nBreak 2\nEcho after the Break\n") },
  { name: "/scripts/breakself", data: enc.encode("Echo one\nBreak 1\nEcho two\n") },
];

describe("Break <process>", () => {
  it("raises the flag of a background program that catches Break, which then ends cleanly", () => {
    const s = new ShellSession();
    s.m.type("Run /tests/kt_breakme\n");
    s.m.system.runFor(200); // it spins, checking sig_check between rounds
    expect(s.m.waitingForInput()).toBe(false);
    s.command("Break 2");
    // The flag is raised; the program notices it between rounds, after the shell's next prompt.
    expect(s.screen().join("\n")).toMatch(/SYS:> breakme: caught Break, cleaning up\n$/);
    // Its end is reaped before the prompt after the next command: a clean exit, not a kill.
    expect(s.command("Echo next").slice(-2)).toEqual(["next", "[CLI 2] Run: process 2 (kt_breakme) exited with code 0"]);
  });

  it("works in a script, and the program's end is reported at the next prompt", () => {
    const s = new ShellSession({ add: files });
    const out = s.command("Execute /scripts/breakit");
    expect(out).toContain("[CLI 2] process 2 (kt_forever)");
    expect(out).toContain("after the Break");
    expect(out.some((l) => /^proc: pid 2 \(kt_forever\) killed: break at 0x0, pc 0x[0-9a-f]+$/.test(l))).toBe(true);
    expect(out.at(-1)).toBe("[CLI 2] Run: process 2 (kt_forever) broken by Break");
  });

  it("breaks the shell itself when told to: a script stops at that line, the prompt goes on", () => {
    const s = new ShellSession({ add: files });
    expect(s.command("Execute /scripts/breakself")).toEqual([
      "SYS:> Execute /scripts/breakself",
      "one",
      "***Break: SYS:scripts/breakself line 2",
    ]);
    expect(s.command("Break 1")).toEqual(["SYS:> Break 1"]);
    expect(s.command("Echo still here")).toEqual(["SYS:> Echo still here", "still here"]);
  });

  it("refuses a process the shell did not start, and numbers nobody has", () => {
    const s = new ShellSession();
    const k = s.m.kernel;
    if (k === null) throw new Error("no kernel");
    s.command("/tests/kt_orphans"); // leaves kt_nap orphans asleep for a second: nobody's children
    const orphan = [...k.procs.byPid.values()].find((p) => p.name === "kt_nap" && p.state === ProcState.RUNNING);
    if (orphan === undefined) throw new Error("no orphan left");
    expect(orphan.parent).toBe(null);
    expect(s.command(`Break ${orphan.pid}`)).toEqual([`SYS:> Break ${orphan.pid}`, `Break: process ${orphan.pid} is not yours`]);
    expect(orphan.state).toBe(ProcState.RUNNING);
    expect(s.command("Break 999")).toEqual(["SYS:> Break 999", "Break: no process 999"]);
    expect(s.command("Break two")).toEqual(["SYS:> Break two", "Break: two is not a process number"]);
    expect(s.command("Break")).toEqual(["SYS:> Break", "Break: usage: Break <process> [C]"]);
  });
});

describe("the foreground group after a pipeline", () => {
  it("holds nobody once the pipeline has ended: a Ctrl-C at the prompt spares what its stage left behind", () => {
    const s = new ShellSession();
    const k = s.m.kernel;
    if (k === null) throw new Error("no kernel");
    s.command("Echo hi | /tests/kt_orphans"); // kt_orphans is in the group; its kt_nap children outlive it
    const naps = () => [...k.procs.byPid.values()].filter((p) => p.name === "kt_nap" && p.state === ProcState.RUNNING);
    const before = naps().length;
    expect(before).toBeGreaterThan(0);
    s.keys("\x03");
    expect(naps()).toHaveLength(before);
    expect(s.command("Echo still here")).toEqual(["SYS:> Echo still here", "still here"]);
  });
});
