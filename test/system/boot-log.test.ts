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
  expect(actual.length).toBe(expected.length);
  expected.forEach((line, i) => {
    if (VOLATILE.test(line)) expect(actual[i]).toMatch(new RegExp(`^${line.split(/\d/)[0]}`));
    else expect(actual[i]).toBe(line);
  });
});
