// chapter: 18-bootfs
// src/user/tests/captest.c at EL0 on the booted machine: it prints "captest: ok" or each failing call.
import { expect, it } from "vitest";
import { runAsInit } from "../run-program.ts";

it("captest passes at EL0 on the booted machine", () => {
  const { output, finished } = runAsInit("/tests/captest");
  expect(output.split(/\r?\n/).filter((l) => l.startsWith("captest:"))).toEqual(["captest: ok"]);
  expect(finished).toBe(true);
});
