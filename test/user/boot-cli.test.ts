// chapter: 22-boot-command
// npm run boot from a pipe: the input is typed line by line and boot exits 0 when it is used up.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { selectTracepoints, TRACEPOINTS } from "../../tools/boot/tracepoints.ts";
import { renderTerminal } from "./terminal.ts";

function boot(input: string, args: string[] = []): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ["tools/boot/cli.ts", ...args], { input, encoding: "latin1", timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("npm run boot, piped", () => {
  it("runs Help, Version, /hello, Status and Avail, then exits 0", () => {
    const r = boot("Help\nVersion\n/hello\nStatus\nAvail\n");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const screen = renderTerminal(r.stdout);
    expect(screen).toContain("ViperOS v0.3.0");
    expect(screen).toContain("SYS:> Help\nCommands (names ignore case");
    expect(screen).toContain("SYS:> Version\nViperOS 0.3.0 (the book edition)");
    expect(screen).toMatch(/SYS:> \/hello\nHello from user space!/);
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
    for (const o of ["--ram SIZE", "--add HOSTFILE:/NAME", "--seed N", "--trace LIST", "Ctrl-A X", "  sched.switch "]) {
      expect(r.stdout).toContain(o);
    }
  });

  it("refuses an unknown option", () => {
    const r = boot("", ["--frobnicate"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("boot: unknown option --frobnicate (--help lists the options)\n");
  });
});

describe("npm run boot --trace", () => {
  it("lists every tracepoint the kernel emits, and only those", () => {
    const emitted = new Set<string>();
    const walk = (dir: string): void => {
      for (const f of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, f.name);
        if (f.isDirectory()) walk(path);
        else if (f.name.endsWith(".ts")) {
          for (const m of readFileSync(path, "utf8").matchAll(/trace\.emit\(\s*"([^"]+)"/g)) emitted.add(m[1]);
        }
      }
    };
    walk("src/kernel");
    expect(Object.keys(TRACEPOINTS).sort()).toEqual([...emitted].sort());
    const help = boot("", ["--trace", "help"]);
    expect(help.status).toBe(0);
    for (const name of emitted) expect(help.stdout).toContain(`  ${name} `);
  });

  it("takes a group: --trace sched prints every sched.… tracepoint and nothing else", () => {
    expect(selectTracepoints("sched")).toEqual(["sched.switch"]);
    expect(selectTracepoints("syscall,proc.exit")).toEqual(["syscall.enter", "syscall.exit", "proc.exit"]);
    expect(selectTracepoints("*")).toEqual(Object.keys(TRACEPOINTS));
    const r = boot("/hello\n", ["--trace", "sched"]);
    expect(r.status).toBe(0);
    const names = new Set(r.stderr.split("\n").filter(Boolean).map((l) => l.split(" ")[1]));
    expect([...names]).toEqual(["sched.switch"]);
  });

  it("stamps each line with its virtual time, which rises through the boot", () => {
    const r = boot("", ["--trace", "kernel.log"]);
    expect(r.status).toBe(0);
    const lines = r.stderr.split("\n").filter(Boolean);
    expect(lines[0]).toMatch(/^\[\d+\.\d{6}\] kernel\.log \{"text":"ViperOS v/);
    const seconds = lines.map((l) => Number(/^\[(\d+\.\d+)\]/.exec(l)?.[1]));
    for (let i = 1; i < seconds.length; i++) expect(seconds[i]).toBeGreaterThanOrEqual(seconds[i - 1]);
    expect(seconds.at(-1)).toBeGreaterThan(seconds[0]);
  });

  it("refuses a name that selects no tracepoint", () => {
    const r = boot("", ["--trace", "shed"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('boot: --trace: no tracepoint "shed" (--trace help lists them)\n');
  });
});
