// What each of the C library's checks (tools/build-libc-checks.ts) must print and return, on any
// AArch64 Linux: the book's own Linux runner in npm test (test/user/libc.test.ts), and
// qemu-aarch64 in npm run test:host-tools (test/host-tools/libc-qemu.test.ts).
import { readFileSync } from "node:fs";
import { expect } from "vitest";

/** What kt_fp prints (chapter 20f); up to its `math` line, glibc prints the same (test:host-tools). */
export const KT_FP_EXPECTED = readFileSync("test/user/c/kt_fp.expected", "latin1");
/** What kt_vec prints (chapter 20f): qemu-aarch64's output, committed (test:host-tools reruns it). */
export const KT_VEC_EXPECTED = readFileSync("test/user/c/kt_vec.expected", "latin1");

export interface ProgramRun {
  stdout: string;
  stderr: string;
  status: number | null;
}

/** The checks, each with what a correct libc makes of it. */
export const LIBC_EXPECTED: Record<string, { title: string; check: (r: ProgramRun) => void }> = {
  check: {
    title: "formats, parses, compares and allocates like C11 says",
    check(r) {
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
        "qsort 0 1 3 3 5 7 9",
        "qsort big 10b 20d 30c 40a",
        "malloc ok=1 used=80",
        "malloc used=0",
        "",
      ]);
      expect(r.status).toBe(7); // main's return value reaches exit
    },
  },
  doublefree: {
    title: "stops a double free with the address",
    check(r) {
      expect(r.stderr).toMatch(/^malloc: double free of 0x[0-9a-f]+\nabort: program aborted\n$/);
      expect(r.status).toBe(134);
    },
  },
  fp: {
    title: "prints and reads doubles correctly rounded, and computes the math.h functions as committed",
    check(r) {
      expect(r.stdout).toBe(KT_FP_EXPECTED);
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
    },
  },
  vec: {
    title: "runs vectorised loops over doubles, floats, integers and bytes to qemu-aarch64's bits",
    check(r) {
      expect(r.stdout).toBe(KT_VEC_EXPECTED);
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
    },
  },
  overrun: {
    title: "stops a heap overrun when the block is freed",
    check(r) {
      expect(r.stderr).toMatch(/^malloc: heap overrun after 0x[0-9a-f]+ \(24 bytes\)\nabort: program aborted\n$/);
      expect(r.status).toBe(134);
    },
  },
};
