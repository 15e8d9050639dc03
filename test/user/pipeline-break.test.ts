// chapter: 21p-pipelines
// Ctrl-C reaches every stage of a foreground pipeline (the shell puts each program in the
// console's foreground group with sig_foreground), not only the stage that reads the console;
// a program started with Run (in the background) is not in the group and keeps running.
import { describe, expect, it } from "vitest";
import { ProcState } from "../../src/kernel/viper/process.ts";
import { ShellSession } from "./session.ts";

describe("Break of a pipeline", () => {
  it("ends both stages of spin | spin, and the shell answers again", () => {
    const s = new ShellSession();
    const k = s.m.kernel;
    if (k === null) throw new Error("no kernel");
    s.m.type("/tests/kt_runaway | /tests/kt_runaway\n");
    s.m.system.runFor(200);
    expect(s.m.waitingForInput()).toBe(false); // both spin
    const spinning = () => [...k.procs.byPid.values()].filter((p) => p.name === "kt_runaway" && p.state === ProcState.RUNNING);
    expect(spinning()).toHaveLength(2);
    const out = s.keys("\x03").join("\n");
    expect(out).toMatch(/Run: process (\d+) \(kt_runaway\) broken by Ctrl-C\nRun: process (\d+) \(kt_runaway\) broken by Ctrl-C/);
    expect(spinning()).toHaveLength(0);
    expect(s.command("Echo still here")).toEqual(["SYS:> Echo still here", "still here"]);
  });

  it("leaves a background program running", () => {
    const s = new ShellSession();
    const k = s.m.kernel;
    if (k === null) throw new Error("no kernel");
    s.run("Run /tests/kt_nap"); // sleeps a second, its descriptors the console's
    s.m.type("/tests/kt_runaway | /tests/kt_runaway\n");
    s.m.system.runFor(200);
    const out = s.keys("\x03").join("\n");
    expect(out.match(/broken by Ctrl-C/g)).toHaveLength(2);
    const nap = [...k.procs.byPid.values()].filter((p) => p.name === "kt_nap" && p.state === ProcState.RUNNING);
    expect(nap).toHaveLength(1); // the background program was not broken
  });
});
