// chapter: 26b-disk-root
// Names are UTF-8 on the disk and in every record user space reads (chapter 18's records,
// chapter 26's entries): a file the disk holds as `Grüße` is listed as `Grüße` by `Dir`
// (readdir's DirEnt records) and `List`, not as the low bytes of its characters, and the volume's
// label reaches `Info` whole. (The shell itself takes only ASCII lines, so the names come from
// the disk image.)
import { describe, expect, it } from "vitest";
import { MemoryBlockStore } from "../../src/emulator/devices/virtio/blk.ts";
import { buildDiskImage, standardDiskFiles } from "../../src/system/disk-image.ts";
import { userPrograms } from "../../tools/mkbootfs.ts";
import { ShellSession } from "./session.ts";

/** What the terminal receives, one character per byte, as the session's transcript holds it. */
const utf8 = (s: string): string => Buffer.from(s, "utf8").toString("latin1");

describe("UTF-8 names", () => {
  const files = standardDiskFiles(userPrograms(), [{ name: "/t/Grüße", data: new TextEncoder().encode("hallo\n") }]);
  const s = new ShellSession({ disk: new MemoryBlockStore(buildDiskImage(files, 16 * 2 ** 20, "Blöcke")) });

  /** The bytes a command sent to the terminal (the rendered screen drops C1 bytes like 0x9f). */
  const raw = (line: string): string => {
    const from = s.m.transcript.length;
    s.m.send(`${line}\n`);
    return s.m.transcript.slice(from);
  };

  it("a file named Grüße on the disk is listed as Grüße", () => {
    expect(raw("Dir T:")).toContain(utf8("Grüße"));
    expect(raw("List T:")).toContain(utf8("Grüße"));
  });

  it("the volume's label arrives whole", () => {
    expect(raw("Info")).toContain(`viperfs: ${utf8("Blöcke")}`);
  });
});
