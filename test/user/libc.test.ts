// chapter: 20r-user-abi-reference
// The C library, exercised on the host: libc linked with a Linux system-call shim
// (test/user/c/linux-shim.c) in place of sys.c, built by tools/build-libc-checks.ts and committed
// under test/programs/libc/, run here on the book's Linux runner (tools/emu/linux.ts), so the
// suite needs neither clang nor qemu. npm run test:host-tools rebuilds the programs, requires the
// committed bytes, and runs them under qemu-aarch64 against the same expectations.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";
import { LIBC_CHECK_DIR, LIBC_CHECKS } from "../../tools/build-libc-checks.ts";
import { LinuxRunner } from "../../tools/emu/linux.ts";
import { LIBC_EXPECTED, type ProgramRun } from "./libc-expected.ts";

function runOurs(name: string): ProgramRun {
  const out = { 1: [] as Uint8Array[], 2: [] as Uint8Array[] };
  const io = {
    write(fd: number, b: Uint8Array): number {
      if (fd === 1 || fd === 2) out[fd].push(b.slice()); // b may be a view of guest RAM
      return b.length;
    },
    read: () => 0,
  };
  const runner = new LinuxRunner(new Uint8Array(readFileSync(join(LIBC_CHECK_DIR, name))), [name], io, { ramSize: 64 << 20 });
  const status = runner.run();
  const text = (parts: Uint8Array[]) => Buffer.concat(parts).toString("latin1");
  return { stdout: text(out[1]), stderr: text(out[2]), status };
}

describe("libc on the Linux runner", () => {
  for (const name of Object.keys(LIBC_CHECKS)) {
    it(`${name}: ${LIBC_EXPECTED[name].title}`, () => {
      LIBC_EXPECTED[name].check(runOurs(name));
    });
  }
});
