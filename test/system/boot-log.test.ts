// The boot log printed in chapter 10 is a real transcript: boot the same machine and compare.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { createSystem } from "../../src/system/index.ts";
import { standardBootfs } from "../../tools/mkbootfs.ts";

/** Lines whose numbers depend on the boot filesystem's size or on how many calls exist. */
const VOLATILE = /^(mm: \d+ pages free|syscall: \d+ calls|bootfs: \d+ files)/;

it("chapter 10's boot transcript is what a 64 MiB machine prints", () => {
  const chapter = readFileSync("chapters/10-boot.mdx", "utf8");
  const block = /```console\n(ViperOS[\s\S]*?)```/.exec(chapter)?.[1] ?? "";
  const expected = block.trimEnd().split("\n");
  const sys = createSystem({ bootfs: standardBootfs(), ramSize: 64 * 1024 * 1024 });
  const actual = sys.kernel?.log.lines ?? [];
  // Every line of the chapter appears, in order; lines later chapters add may come in between.
  let at = 0;
  for (const line of expected) {
    const prefix = line.split(/\d/)[0];
    const matches = (a: string): boolean => (VOLATILE.test(line) ? a.startsWith(prefix) : a === line);
    while (at < actual.length && !matches(actual[at])) at++;
    expect(actual[at], `chapter line "${line}" not found in order`).toBeDefined();
    at++;
  }
});
