// chapter: 21-shell
// Orphans: a program that spawns children until the kernel refuses and leaves without waiting.
// The kernel reaps them (chapter 16), so the process and task tables come back to where they
// were, and the same program gets the same number of children again. Status lists all of them.
import { describe, expect, it } from "vitest";
import { ShellSession } from "../../user/session.ts";

function tables(s: ShellSession): { procs: number; tasks: number } {
  const k = s.m.kernel;
  if (k === null) throw new Error("no kernel");
  return { procs: k.procs.size, tasks: k.sched.tasks.size };
}

describe("children whose parent exits without waiting", () => {
  it("are reaped by the kernel, so the tables empty and the program runs again", () => {
    const s = new ShellSession();
    const before = tables(s);
    const first = s.run("/tests/kt_orphans");
    const m = /orphans: (\d+) children, then /.exec(first);
    expect(m).not.toBeNull();
    const children = Number(m?.[1]);
    expect(children).toBe(254); // 256 processes: vinit, kt_orphans, and its children

    // While the nappers sleep, Status shows every task, not the first 64.
    const status = s.command("Status");
    const naps = status.filter((l) => /\bkt_nap$/.test(l)).length;
    expect(naps).toBe(children / 2);
    expect(status.at(-1)).toBe(`${tables(s).tasks} tasks`);

    s.m.system.runFor(2000);
    s.m.runUntilWaiting();
    expect(tables(s)).toEqual(before);
    expect(s.run("/tests/kt_orphans")).toContain(`orphans: ${children} children, then `);
    s.m.system.runFor(2000);
    s.m.runUntilWaiting();
    expect(tables(s)).toEqual(before);
    expect(s.run("/hello")).toContain("Hello from user space!");
  });
});
