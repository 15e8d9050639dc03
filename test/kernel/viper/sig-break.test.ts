// chapter: 21b-pipes-and-break
// sig_break (the Break command's call): a process may break itself and its descendants — a
// child, a grandchild — but not a sibling nor its parent; an unknown number is TASK_NOT_FOUND,
// a process not the caller's PERMISSION. kt_sigbreak plays every part.
import { describe, expect, it } from "vitest";
import { ProcState } from "../../../src/kernel/viper/process.ts";
import { ShellSession } from "../../user/session.ts";

describe("sig_break", () => {
  it("reaches the caller and its descendants only", () => {
    const s = new ShellSession();
    const k = s.m.kernel;
    if (k === null) throw new Error("no kernel");
    const out = s.command("/tests/kt_sigbreak");
    expect(out.filter((l) => l.startsWith("sigbreak:"))).toEqual([
      "sigbreak: a sibling: permission denied",
      "sigbreak: the parent: permission denied",
      "sigbreak: exited 0",
      "sigbreak: no such process: task not found",
      "sigbreak: a grandchild: ok",
      "sigbreak: the middle exited 0 (0: it saw its child broken)",
      "sigbreak: my child: ok, broken",
      "sigbreak: myself, catching: ok, signals 1",
      "sigbreak: a child breaking itself: broken",
    ]);
    expect(out.at(-1)).toMatch(/^Run: process \d+ \(kt_sigbreak\) exited with code 0$/);
    // The refused breaks changed nothing: the shell and nobody else is left.
    const live = [...k.procs.byPid.values()].filter((p) => p.state === ProcState.RUNNING).map((p) => p.name);
    expect(live).toEqual(["vinit"]);
  });
});
