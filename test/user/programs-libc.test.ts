// chapter: 21t-programs
// The C library's additions for chapter 21t, run under the real kernel by /tests/libcextra:
// getopt's rules (grouped letters, values in the same or the next word, "--", a lone "-", an
// unknown letter, a missing value), bsearch on qsort's output, and errno from four layers.
import { describe, expect, it } from "vitest";
import { programsSession } from "./programs-session.ts";

describe("libcextra", () => {
  const lines = programsSession().command("/tests/libcextra").slice(1);

  it("getopt parses options the POSIX way and leaves optind at the first operand", () => {
    expect(lines.slice(0, 5)).toEqual([
      "getopt a b=value c | x y", // -a -bvalue -c x y
      "getopt a c b=v | -a", // -ac -b v -- -a: "--" ends the options and is skipped
      "getopt ?x :b |", // unknown -x; -b at the end has no value (":" because optstring starts with ':')
      "getopt | - -a", // a lone "-" is an operand: the options end there
      "getopt c a b=9 |", // -cab 9: b's value is the next word
    ]);
  });

  it("bsearch finds every element qsort put in order, and nothing that is not there", () => {
    expect(lines[5]).toBe("qsort 3 7 7 19 25 42 61 88");
    expect(lines[6]).toBe("bsearch 3:0 25:4 88:7 4:-1 100:-1 0:-1");
  });

  it("errno says why a call failed: open, read, strtol, malloc (through sbrk and on its own)", () => {
    expect(lines.slice(7, 12)).toEqual([
      "open -1 errno 4 ENOENT",
      "read -1 errno 100 EBADF",
      "strtol LONG_MAX errno ERANGE",
      "malloc 2^39 NULL errno ENOMEM",
      "malloc 2^41 NULL errno ENOMEM",
    ]);
    expect(lines[12]).toMatch(/^Run: process \d+ \(libcextra\) exited with code 0$/);
  });
});
