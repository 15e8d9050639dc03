// npm run boot from a pipe: the input is typed line by line and boot exits 0 when it is used up.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { renderTerminal } from "./terminal.ts";

function boot(input: string, args: string[] = []): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ["tools/boot/cli.ts", ...args], { input, encoding: "latin1", timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("npm run boot, piped", () => {
  it("runs Help, Version, Run /hello, Status and Avail, then exits 0", () => {
    const r = boot("Help\nVersion\nRun /hello\nStatus\nAvail\n");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const screen = renderTerminal(r.stdout);
    expect(screen).toContain("ViperOS v0.3.0");
    expect(screen).toContain("SYS:> Help\nCommands (names ignore case");
    expect(screen).toContain("SYS:> Version\nViperOS 0.3.0 (the book edition)");
    expect(screen).toMatch(/SYS:> Run \/hello\nHello from user space!/);
    expect(screen).toMatch(/SYS:> Status\n {2}ID {2}State {5}Pri {2}Name\n +1 {2}Running +128 {2}vinit/);
    expect(screen).toMatch(/SYS:> Avail\nType +Available +In-Use +Maximum\nRAM /);
    expect(screen.endsWith("SYS:>")).toBe(true);
  });

  it("edits with Backspace, recalls with Up, adds --add files, and exits when the shell ends", () => {
    const r = boot("Echo helo\x7f\x7fllo\n\x1b[A\nType /docs/pkg.json\nEndShell\nVersion\n", [
      "--add",
      "package.json:/docs/pkg.json",
      "--ram",
      "64M",
    ]);
    expect(r.status).toBe(0);
    const screen = renderTerminal(r.stdout);
    expect(screen).toMatch(/SYS:> Echo hello\nhello\nSYS:> Echo hello\nhello\nSYS:> Type/);
    expect(screen).toContain('"name": "viperos-book"');
    expect(screen).toContain("EndShell: goodbye");
    expect(screen).not.toContain("SYS:> Version");
  });

  it("--help lists the options", () => {
    const r = boot("", ["--help"]);
    expect(r.status).toBe(0);
    for (const o of ["--ram SIZE", "--add HOSTFILE:/NAME", "--seed N", "--trace LIST", "Ctrl-A X"]) expect(r.stdout).toContain(o);
  });

  it("refuses an unknown option", () => {
    const r = boot("", ["--frobnicate"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("Unknown option --frobnicate");
  });
});
