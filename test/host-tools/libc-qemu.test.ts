// chapter: 23-consoles
// Needs clang, ld.lld and qemu-aarch64 (installed by .ci/run): the C library's checks, rebuilt
// from the sources, must be the programs committed under test/programs/libc/ (which npm test runs
// on the book's own Linux runner), and must behave under qemu-aarch64 as they do there.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildLibcChecks, LIBC_CHECK_DIR, LIBC_CHECKS } from "../../tools/build-libc-checks.ts";
import { KT_FP_EXPECTED, LIBC_EXPECTED } from "../user/libc-expected.ts";

let dir = "";
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "viperos-libc-qemu-"));
  await buildLibcChecks(dir);
}, 120_000); // a dozen clang runs: seconds, more on a busy machine
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("libc checks, rebuilt, under qemu-aarch64", () => {
  for (const name of Object.keys(LIBC_CHECKS)) {
    it(`${name}: the committed build is current, and ${LIBC_EXPECTED[name].title}`, () => {
      const built = readFileSync(join(dir, name));
      expect(built.equals(readFileSync(join(LIBC_CHECK_DIR, name))), "rebuild with npm run build:libc-checks").toBe(true);
      const r = spawnSync("qemu-aarch64", [join(dir, name)], { encoding: "utf8" });
      LIBC_EXPECTED[name].check({ stdout: r.stdout, stderr: r.stderr, status: r.status });
    });
  }
});

describe("kt_fp against the host's glibc (chapter 20f)", () => {
  it("prints, up to its math line, exactly what the same program prints built for the host with glibc", () => {
    const exe = join(dir, "kt_fp-host");
    const cc = spawnSync("cc", ["-O1", "-Wno-format", "-o", exe, "src/user/tests/kt_fp.c", "-lm"], { encoding: "utf8" });
    expect(cc.status, cc.stderr).toBe(0);
    const r = spawnSync(exe, [], { encoding: "latin1" });
    expect(r.status).toBe(0);
    const upToMath = (s: string) => s.slice(0, s.indexOf("\nmath\n"));
    expect(upToMath(KT_FP_EXPECTED).length).toBeGreaterThan(1000);
    expect(upToMath(r.stdout)).toBe(upToMath(KT_FP_EXPECTED));
  });
});
