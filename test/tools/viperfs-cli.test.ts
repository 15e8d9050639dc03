// chapter: 26-viperfs
// mkfs.viperfs, fsck.viperfs and viperfs as their npm scripts run them: an image made from a host
// directory checks clean, its files read back byte for byte, changes made with `viperfs` check
// clean too, damage is found (exit 4) and repaired (exit 1, then 0), and bad input is one line.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BLOCK_SIZE } from "../../src/kernel/block/cache.ts";
import { rd64, SB_FREE_BLOCKS, wr64 } from "../../src/kernel/viperfs/format.ts";

const HOOKS = ["--import", "./tools/node/esbuild-hooks.mjs"];

function run(tool: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [...HOOKS, `tools/viperfs/${tool}.ts`, ...args], { encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), "viperfs-cli-"));
const src = join(dir, "src");
mkdirSync(join(src, "c"), { recursive: true });
writeFileSync(join(src, "readme.txt"), "Welcome to the disk.\n");
const big = new Uint8Array(300 * 1024).map((_, i) => (i * 31) & 0xff);
writeFileSync(join(src, "c", "big.bin"), big);
symlinkSync("readme.txt", join(src, "about"));
const image = join(dir, "d.img");

describe("the ViperFS tools", () => {
  it("mkfs from a directory, fsck clean, and every file reads back", () => {
    const made = run("mkfs", image, "--from", src, "--size", "4M", "--label", "Test");
    expect(made.stderr).toBe("");
    expect(made.stdout).toMatch(/4M, 1024 blocks, .*"Test": 2 files, 1 directories, 1 symbolic links/);
    expect(made.status).toBe(0);
    const checked = run("fsck", image);
    expect(checked.stdout).toMatch(/clean, 2 files, 2 directories, 1 symbolic links/);
    expect(checked.status).toBe(0);
    expect(run("viperfs", image, "cat", "/readme.txt").stdout).toBe("Welcome to the disk.\n");
    const out = join(dir, "big.out");
    expect(run("viperfs", image, "get", "c/big.bin", out).status).toBe(0);
    expect(Buffer.compare(readFileSync(out), big)).toBe(0);
    const ls = run("viperfs", image, "ls", "/").stdout;
    expect(ls).toMatch(/^l0777 +1 +10 .* about -> readme\.txt$/m);
    expect(ls).toMatch(/^d0755 +2 +4096 .* c\/$/m);
  });

  it("put, mkdir and rm change the image, which still checks clean", () => {
    const host = join(dir, "note");
    writeFileSync(host, "a note");
    expect(run("viperfs", image, "mkdir", "/t").status).toBe(0);
    expect(run("viperfs", image, "put", "/t/note", host).status).toBe(0);
    expect(run("viperfs", image, "cat", "/t/note").stdout).toBe("a note");
    expect(run("viperfs", image, "rm", "/c/big.bin").status).toBe(0);
    expect(run("viperfs", image, "rm", "/c").status).toBe(0);
    const rmFull = run("viperfs", image, "rm", "/t");
    expect(rmFull.stderr).toBe("viperfs: /t: directory not empty\n");
    expect(rmFull.status).toBe(1);
    expect(run("fsck", image).status).toBe(0);
  });

  it("fsck finds damage (4), repairs it with -y (1), and then finds none (0)", () => {
    const bytes = readFileSync(image);
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    wr64(view, SB_FREE_BLOCKS, rd64(view, SB_FREE_BLOCKS) + 7);
    writeFileSync(image, bytes);
    const found = run("fsck", image, "-n");
    expect(found.stdout).toMatch(/the superblock says \d+ free blocks; there are \d+\n.*1 problems left/);
    expect(found.status).toBe(4);
    const fixed = run("fsck", image, "-y");
    expect(fixed.stdout).toMatch(/\(fixed\)/);
    expect(fixed.status).toBe(1);
    expect(run("fsck", image).status).toBe(0);
  });

  it("bad input is one line and a status, never a stack trace", () => {
    const missing = run("fsck", join(dir, "nope.img"));
    expect(missing.stderr).toBe(`fsck.viperfs: ${join(dir, "nope.img")}: no such file\n`);
    expect(missing.status).toBe(8);
    writeFileSync(join(dir, "zero.img"), new Uint8Array(64 * BLOCK_SIZE));
    const notFs = run("viperfs", join(dir, "zero.img"), "ls");
    expect(notFs.stderr).toBe(`viperfs: ${join(dir, "zero.img")}: no ViperFS magic\n`);
    expect(notFs.status).toBe(1);
    expect(run("fsck", join(dir, "zero.img")).status).toBe(4);
    const bothFlags = run("fsck", image, "-n", "-y");
    expect(bothFlags.stderr).toBe("fsck.viperfs: -n and -y contradict each other\n");
    expect(bothFlags.status).toBe(2);
    expect(run("viperfs", image, "cat", "/no/such").stderr).toBe("viperfs: /no/such: no such file or directory\n");
    expect(run("viperfs", image, "frob", "/").stderr).toMatch(/^viperfs: no command frob \(there are: ls, cat/);
    const tooBig = run("mkfs", join(dir, "small.img"), "--from", src, "--size", "256K");
    expect(tooBig.stderr).toMatch(/^mkfs\.viperfs: \/c\/big\.bin: does not fit in 256K; try a larger --size\n$/);
    expect(tooBig.status).toBe(1);
  });
});
