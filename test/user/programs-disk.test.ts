// chapter: 26b-disk-root
// Chapter 21t's programs on the standard disk of chapter 26b: they are in C:, run by that name,
// and ed writes a file that the shell and the other programs then read.
import { describe, expect, it } from "vitest";
import { MemoryBlockStore } from "../../src/emulator/devices/virtio/blk.ts";
import { buildDiskImage, standardDiskFiles } from "../../src/system/disk-image.ts";
import { userPrograms } from "../../tools/mkbootfs.ts";
import { ShellSession } from "./session.ts";

const PROGRAMS = ["calc", "checksum", "count", "date", "ed", "head", "hexdump", "life", "search", "sort", "tail", "top"];

describe("chapter 21t's programs on the disk", () => {
  const s = new ShellSession({ disk: new MemoryBlockStore(buildDiskImage(standardDiskFiles(userPrograms()), 16 * 2 ** 20)) });

  it("are all in C:", () => {
    const dir = s.command("Dir C:").map((l) => l.trim());
    for (const p of PROGRAMS) expect(dir).toContain(p);
  });

  it("ed writes a file on T:, and search, sort and count read it back", () => {
    s.keys("C:ed\n");
    for (const k of ["a\n", "cherry\n", "apple\n", "banana\n", ".\n", "2s/apple/apricot/\n"]) s.keys(k);
    expect(s.keys("w T:fruit\n")).toContain("22");
    s.keys("q\n");
    expect(s.command("Type T:fruit").slice(1)).toEqual(["cherry", "apricot", "banana"]);
    expect(s.command("C:sort T:fruit").slice(1, 4)).toEqual(["apricot", "banana", "cherry"]);
    expect(s.command("C:search -n an T:fruit").slice(1, 2)).toEqual(["3:banana"]);
    expect(s.command("C:count T:fruit").slice(1, 2)).toEqual(["       3       3      22 T:fruit"]);
  });
});
