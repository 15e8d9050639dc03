// chapter: 18-bootfs
// src/user/tests/fstest.c at EL0 on the booted machine: it prints "fstest: ok" or each failing call.
import { expect, it } from "vitest";
import { runAsInit } from "../run-program.ts";

it("fstest passes at EL0 on the booted machine", () => {
  const { output, finished } = runAsInit("/tests/fstest");
  expect(output.split(/\r?\n/).filter((l) => l.startsWith("fstest:"))).toEqual(["fstest: ok"]);
  expect(finished).toBe(true);
});
