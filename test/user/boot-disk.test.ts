// chapter: 26b-disk-root
// npm run boot -- --disk FILE (chapter 22, chapter 26b): what one boot writes, the next finds,
// and fsck.viperfs finds the image clean; --no-disk boots from the read-only boot archive; a pulled
// plug (chapter 27) loses only what no FLUSH covered.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderTerminal } from "./terminal.ts";

const dir = mkdtempSync(join(tmpdir(), "viperos-boot-disk-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(tool: string, args: string[], input = ""): { status: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [tool, ...args], { input, encoding: "latin1", timeout: 120_000 });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

describe("npm run boot -- --disk FILE", () => {
  it("keeps files between boots, and the image checks clean", () => {
    const img = join(dir, "d.img");
    const first = run("tools/boot/cli.ts", ["--disk", img], "Copy README T:notes\nMakeDir T:box\nCopy C:hello T:box/hi\n");
    expect(first.err).toBe("");
    expect(first.status).toBe(0);
    expect(renderTerminal(first.out)).toContain("Copied");
    const second = run("tools/boot/cli.ts", ["--disk", img], "Type T:notes\nRun T:box/hi\n");
    expect(second.status).toBe(0);
    const screen = renderTerminal(second.out);
    expect(screen).toContain("This is SYS:, a ViperFS disk");
    expect(screen).toContain("Hello from user space!");
    const check = run("tools/viperfs/fsck.ts", [img]);
    expect(check.out + check.err).toMatch(/clean/);
    expect(check.status).toBe(0);
  });

  it("--no-disk boots with the boot archive as SYS:", () => {
    const r = run("tools/boot/cli.ts", ["--no-disk"], "Info\n");
    expect(r.status).toBe(0);
    expect(renderTerminal(r.out)).toMatch(/bootfs: boot archive/);
  });

  it("--disk and --no-disk together are a usage error", () => {
    const r = run("tools/boot/cli.ts", ["--disk", join(dir, "x.img"), "--no-disk"]);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/contradict/);
  });

  it("--pull-plug end keeps what a FLUSH covered, loses the rest, and the next boot replays the journal", () => {
    const img = join(dir, "plug.img");
    // T:early is written, then a second passes (the writeback daemon commits and FLUSHes it);
    // T:late is written just before the plug is pulled, with no FLUSH after it.
    const first = run(
      "tools/boot/cli.ts",
      ["--disk", img, "--pull-plug", "end"],
      "Copy C:hello T:early\nRun /tests/kt_nap\nRun /tests/kt_nap\nCopy C:hello T:late\n",
    );
    expect(first.status).toBe(0);
    expect(first.err).toMatch(/the plug was pulled at instruction \d+, after \d+ disk writes: \d+ writes in the disk's cache were lost/);
    const second = run("tools/boot/cli.ts", ["--disk", img], "Run T:early\nList T:\n");
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
