// chapter: 27-journal
// npm run boot -- --disk FILE --pull-plug (chapter 27): a pulled plug loses only what no FLUSH
// covered, and the next boot replays the journal; the plug needs a disk with its write cache.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderTerminal } from "./terminal.ts";

const dir = mkdtempSync(join(tmpdir(), "viperos-boot-plug-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(tool: string, args: string[], input = ""): { status: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [tool, ...args], { input, encoding: "latin1", timeout: 120_000 });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

describe("npm run boot -- --disk FILE --pull-plug", () => {
  it("--pull-plug end keeps what a FLUSH covered, loses the rest, and the next boot replays the journal", () => {
    const img = join(dir, "plug.img");
    // T:early is written, then a second passes (the writeback daemon commits and FLUSHes it);
    // T:late is written just before the plug is pulled, with no FLUSH after it.
    const first = run(
      "tools/boot/cli.ts",
      ["--disk", img, "--pull-plug", "end"],
      "Copy C:hello T:early\n/tests/kt_nap\n/tests/kt_nap\nCopy C:hello T:late\n",
    );
    expect(first.status).toBe(0);
    expect(first.err).toMatch(/the plug was pulled at instruction \d+, after \d+ disk writes: \d+ writes in the disk's cache were lost/);
    const second = run("tools/boot/cli.ts", ["--disk", img], "T:early\nList T:\n");
    expect(second.status).toBe(0);
    const screen = renderTerminal(second.out);
    expect(screen).toMatch(/viperfs: vda: journal: replayed \d+ transactions/);
    expect(screen).toContain("Hello from user space!");
    expect(screen).not.toContain("late");
    const check = run("tools/viperfs/fsck.ts", ["-n", img]);
    expect(check.out).toMatch(/clean/);
    expect(check.status).toBe(0);
  });

  it("--pull-plug needs --disk FILE and the disk's write cache", () => {
    expect(run("tools/boot/cli.ts", ["--pull-plug", "end"]).err).toMatch(/--pull-plug needs --disk FILE/);
    const r = run("tools/boot/cli.ts", ["--disk", join(dir, "y.img"), "--write-through", "--pull-plug", "10M"]);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/drop --write-through/);
  });
});
