// The C library, exercised on the host: libc objects are linked with a Linux system-call shim
// (test/user/c/linux-shim.c) instead of sys.c and run under qemu-aarch64 in user mode.
import { execFile, execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CFLAGS, targets } from "../../tools/build-user.ts";

let dir = "";
let libObjs: string[] = [];

function compile(src: string): string {
  const obj = join(dir, `${src.replace(/[/.]/g, "_")}.o`);
  execFileSync("clang", [...CFLAGS, "-Wno-format", "-c", src, "-o", obj]);
  return obj;
}

async function compileAsync(src: string): Promise<string> {
  const obj = join(dir, `${src.replace(/[/.]/g, "_")}.o`);
  await promisify(execFile)("clang", [...CFLAGS, "-Wno-format", "-c", src, "-o", obj]);
  return obj;
}

function build(name: string, sources: string[]): string {
  const out = join(dir, name);
  const objs = [libObjs[0], ...sources.map(compile), ...libObjs.slice(1)];
  execFileSync("ld.lld", ["-T", "src/user/lib/user.ld", "--gc-sections", "-static", "-o", out, ...objs]);
  return out;
}

function runQemu(elf: string): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync("qemu-aarch64", [elf], { encoding: "utf8" });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "viperos-libc-"));
  const { lib } = targets();
  const libc = lib.filter((s) => !s.endsWith("/sys.c"));
  // crt0 first, then the shim in place of sys.c, then the rest of libc
  const sources = [...libc.filter((s) => s.endsWith("crt0.S")), "test/user/c/linux-shim.c", ...libc.filter((s) => !s.endsWith("crt0.S"))];
  libObjs = await Promise.all(sources.map(compileAsync));
}, 120_000); // a dozen clang runs: seconds, more on a busy machine
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("libc under qemu-aarch64", () => {
  it("formats, parses, compares and allocates like C11 says", () => {
    const r = runQemu(build("check", ["test/user/c/libc-check.c"]));
    expect(r.status).toBe(7); // main's return value reaches exit
    expect(r.stdout.split("\n")).toEqual([
      "[42|   42|42   |00042|+42| 42] 28",
      "[-2147483648 -9223372036854775808 123456789012] 45",
      "[4294967295 beef BEEF 0xff 10 010] 32",
      "[deadbeefcafe 77 44 4464] 23",
      "[abc|     abc|abc     |ab|Z|%] 28",
      "[     7|7     |abc] 17",
      "[0x80001000 0x0] 14",
      "[005|  005|0] 11",
      "[(null)] 6",
      "[truncat] 14",
      "strtol -31 [ rest]",
      "strtol 493 12 35",
      "strtol 9223372036854775807 erange=1",
      "strtol -9223372036854775808",
      "strtol 0 [xyz]",
      "strtoul 18446744073709551615",
      "cmp 1 0 0 0",
      "str hello, world 12 o, world orld world",
      "tok <Run>",
      "tok </hello>",
      "tok <x>",
      "memmove hehello",
      "ctype 1101 Qq",
      "malloc ok=1 used=80",
      "malloc used=0",
      "",
    ]);
  });

  it("stops a double free with the address", () => {
    const r = runQemu(build("doublefree", ["src/user/tests/doublefree.c"]));
    expect(r.status).toBe(134);
    expect(r.stderr).toMatch(/^malloc: double free of 0x[0-9a-f]+\nabort: program aborted\n$/);
  });

  it("stops a heap overrun when the block is freed", () => {
    const r = runQemu(build("overrun", ["src/user/tests/overrun.c"]));
    expect(r.status).toBe(134);
    expect(r.stderr).toMatch(/^malloc: heap overrun after 0x[0-9a-f]+ \(24 bytes\)\nabort: program aborted\n$/);
  });
});
