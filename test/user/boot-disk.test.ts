// chapter: 26b-disk-root
// npm run boot -- --disk FILE (chapter 22, chapter 26b): what one boot writes, the next finds,
// and fsck.viperfs finds the image clean; --no-disk boots from the read-only boot archive. The
// pulled plug is chapter 27's (boot-plug.test.ts).
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
    const second = run("tools/boot/cli.ts", ["--disk", img], "Type T:notes\nT:box/hi\n");
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
});
