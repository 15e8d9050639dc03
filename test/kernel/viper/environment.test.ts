// chapter: 21b-pipes-and-break
// The environment: proc_spawn carries KEY=value strings beside argv, libc's getenv/setenv/unsetenv
// work on environ, and the shell's Set, Unset and $NAME keep the variables programs inherit.
import { describe, expect, it } from "vitest";
import { ShellSession } from "../../user/session.ts";

describe("the environment", () => {
  it("reaches a child as its parent left it: set, kept, removed, inherited", () => {
    const s = new ShellSession();
    for (const line of ["Set WHO world", "Set COLOR red", "Set DROPME x"]) expect(s.command(line)).toEqual([`SYS:> ${line}`]);
    expect(s.command("/tests/kt_env spawn")).toEqual([
      "SYS:> /tests/kt_env spawn",
      "env: a variable without '=': invalid argument",
      'env: GREETING = "hello from the parent"',
      'env: COLOR = "red"',
      "env: DROPME is not set",
      'env: WHO = "world"',
      "Run: process 2 (kt_env) exited with code 0",
    ]);
  });

  it("is listed by Set, expanded as $NAME (an unset name stays as typed), and shrinks with Unset", () => {
    const s = new ShellSession();
    s.run("Set WHO the world");
    s.run("Set N 3");
    expect(s.command("Set")).toEqual(["SYS:> Set", "WHO=the world", "N=3"]);
    expect(s.command("Echo hello $WHO, $N times; $NOPE")).toEqual([
      "SYS:> Echo hello $WHO, $N times; $NOPE",
      "hello the world, 3 times; $NOPE",
    ]);
    expect(s.command("Unset WHO")).toEqual(["SYS:> Unset WHO"]);
    expect(s.command("/tests/kt_env WHO N")).toEqual([
      "SYS:> /tests/kt_env WHO N",
      "env: WHO is not set",
      'env: N = "3"',
      "Run: process 2 (kt_env) exited with code 0",
    ]);
    expect(s.run("Unset")).toContain("Unset: usage: Unset NAME");
  });
});
