// chapter: 18-bootfs
// src/user/tests/ipctest.c at EL0 on the booted machine: it prints "ipctest: ok" or each failing call.
import { expect, it } from "vitest";
import { runAsInit } from "../run-program.ts";

it("ipctest passes at EL0 on the booted machine", () => {
  const { output, finished } = runAsInit("/tests/ipctest");
  expect(output.split(/\r?\n/).filter((l) => l.startsWith("ipctest:"))).toEqual(["ipctest: ok"]);
  expect(finished).toBe(true);
});
