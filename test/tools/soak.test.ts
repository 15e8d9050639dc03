// chapter: 21-shell
// npm run soak: its command line refuses what it does not know, and a soak reports the books.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { soak } from "../../tools/soak/cli.ts";

function cli(...args: string[]) {
  return spawnSync(process.execPath, ["--import", "./tools/node/esbuild-hooks.mjs", "tools/soak/cli.ts", ...args], {
    encoding: "utf8",
  });
}

describe("npm run soak", () => {
  it("refuses an unknown option with one line and status 2", () => {
    const r = cli("--bogus");
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^soak: .*--bogus/);
  });

  it("refuses a duration that is not a positive number", () => {
    const r = cli("--minutes", "none");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('soak: --minutes: expected a number of minutes above 0, got "none"');
  });

  it("prints its usage for --help", () => {
    const r = cli("--help");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: npm run soak -- \[--seed S\] \[--minutes M\]/);
  });

  it("ends with the verdict line, and replays the same soak from the same seed", () => {
    const a = soak({ seed: 5, minutes: 0.1, verbose: false }, () => {});
    const b = soak({ seed: 5, minutes: 0.1, verbose: false }, () => {});
    expect(a.lines.at(-1)).toMatch(/^soak: \d+ programs, 0\.1 virtual minutes, \d+ leaks, shell (ok|stuck)$/);
    expect(a.shellOk).toBe(true);
    // The steps and the verdict replay; the host heap differs from run to run.
    expect(b.lines[0]).toBe(a.lines[0]);
    expect(b.lines.at(-1)).toBe(a.lines.at(-1));
  });
});
