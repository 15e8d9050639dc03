// chapter: 48-tls-server
// The boot log printed in chapter 10 is a real transcript: boot the same machine and compare,
// line for line. UPDATE_TRANSCRIPTS=1 writes the machine's log into the chapter instead.
import { readFileSync, writeFileSync } from "node:fs";
import { expect, it } from "vitest";
import { createSystem } from "../../src/system/index.ts";
import { standardBootfs } from "../../tools/mkbootfs.ts";

const CHAPTER = "chapters/10-boot.mdx";
const BLOCK = /```console\n(ViperOS[\s\S]*?)```/;

it("chapter 10's boot transcript is what a 64 MiB machine prints", () => {
  const chapter = readFileSync(CHAPTER, "utf8");
  const expected = (BLOCK.exec(chapter)?.[1] ?? "").trimEnd().split("\n");
  const sys = createSystem({ bootfs: standardBootfs(), ramSize: 64 * 1024 * 1024 });
  const actual = sys.kernel?.log.lines ?? [];
  if (process.env.UPDATE_TRANSCRIPTS) {
    writeFileSync(CHAPTER, chapter.replace(BLOCK, `\`\`\`console\n${actual.join("\n")}\n\`\`\``));
    return;
  }
  expect(actual).toEqual(expected);
});
