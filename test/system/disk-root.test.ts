// chapter: 26b-disk-root
// A ViperFS disk as SYS: (chapter 26b): the mount waits for the first file access, C: S: T:
// exist, programs run from the disk, what the shell writes is on the disk after a reboot and
// fsck finds it clean, and a disk that fails the mount leaves the boot archive as SYS:.
import { describe, expect, it } from "vitest";
import { MemoryBlockStore } from "../../src/emulator/devices/virtio/blk.ts";
import { BlockCache } from "../../src/kernel/block/cache.ts";
import { RamDisk } from "../../src/kernel/block/ramdisk.ts";
import { runNow } from "../../src/kernel/fs/fs.ts";
import { fsck } from "../../src/kernel/viperfs/fsck.ts";
import { buildDiskImage } from "../../src/system/disk-image.ts";
import { standardDisk } from "../../tools/boot/disk.ts";
import { BootedMachine } from "../../tools/boot/machine.ts";

function boot(disk: MemoryBlockStore, bootargs?: string): BootedMachine {
  const m = new BootedMachine({ disk, bootargs });
  m.runUntilWaiting();
  return m;
}

function fsckOf(bytes: Uint8Array): { problems: number } {
  const r = runNow(fsck(new BlockCache(new RamDisk(bytes.slice(), "check"), 1024, () => {}), { repair: false }));
  return { problems: r.problems.length };
}

describe("building a disk image", () => {
  it("refuses a name that is not an absolute path, naming it, instead of making directories of its pieces", () => {
    const data = new Uint8Array(3);
    for (const name of ["hello", "c/hello", "/c//hello", "/c/"]) {
      expect(() => buildDiskImage([{ name, data }], 2 * 2 ** 20)).toThrow(`disk image: "${name}" is not a path like /c/hello`);
    }
    const image = buildDiskImage([{ name: "/c/deep/hello", data }], 2 * 2 ** 20);
    expect(fsckOf(image).problems).toBe(0);
  });
});

describe("the disk as SYS:", () => {
  it("is mounted at the first file access, with C:, S: and T:, and runs programs from C:", () => {
    const m = boot(standardDisk());
    const log = m.transcript;
    const decided = log.indexOf("fs: vda becomes SYS: at the first file access");
    const started = log.indexOf("proc: started /vinit");
    const mounted = log.search(/fs: vda mounted as SYS: viperfs "ViperOS", 16\.0 MiB, [\d.]+ MiB free; assigns C: S: T:/);
    // Boot only decides; vinit's first file access (after it started) performs the mount.
    expect(decided).toBeGreaterThan(0);
    expect(started).toBeGreaterThan(decided);
    expect(mounted).toBeGreaterThan(started);
    const info = m.send("Info\n");
    expect(info).toMatch(/^SYS: +16\.0 MiB .* read\/write +viperfs: ViperOS$/m);
    expect(m.send("Dir C:\n")).toMatch(/^ {2}hello$/m);
    expect(m.send("C:hello\n")).toContain("Hello from user space!");
  });

  it("Dir and List say how many entries of a very large directory they leave out", () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ name: `/t/many/f${String(i).padStart(3, "0")}`, data: new Uint8Array([i & 255]) }));
    const m = boot(standardDisk(many));
    const dir = m.send("Dir T:many\n");
    expect(dir).toMatch(/^ {2}f000$/m);
    expect(dir).toContain("... and 44 more (Dir lists the first 256 by name)");
    expect(m.send("List T:many\n")).toMatch(/256 files, 0 directories, 256 bytes\r?\n\.\.\. and 44 more entries, not listed \(List shows 256\)/);
  });

  it("keeps what the shell wrote across a reboot, and fsck finds the disk clean", () => {
    const disk = standardDisk();
    const m = boot(disk);
    expect(m.send("Copy README T:notes\n")).toContain("Copied");
    expect(m.send("MakeDir T:dir\n")).not.toMatch(/MakeDir:/);
    expect(m.send("Copy C:hello T:dir/hi\n")).toContain("Copied");
    expect(m.send("Rename T:notes T:kept\n")).not.toMatch(/Rename:/);
    expect(m.send("MakeLink T:soft T:kept\n")).toContain("SYS:t/soft -> T:kept");
    expect(m.send("MakeLink T:hard T:kept HARD\n")).toContain("(hard link)");
    // Copying a file onto itself, or onto another name of itself, must not empty it.
    expect(m.send("Copy T:kept t:kept\n")).toContain("Copy: SYS:t/kept and SYS:t/kept are the same file");
    expect(m.send("Copy T:hard T:kept\n")).toContain("are the same file");
    expect(m.send("Type T:kept\n")).toContain("This is SYS:, a ViperFS disk");
    expect(m.send("Copy README T:gone\n")).toContain("Copied");
    expect(m.send("Delete T:gone\n")).toContain("Deleted SYS:t/gone");
    expect(m.settleDisk()).toBe(true);
    expect(fsckOf(disk.bytes).problems).toBe(0);

    const again = boot(new MemoryBlockStore(disk.bytes.slice()));
    const list = again.send("List T:\n");
    expect(list).toMatch(/^ {2}kept +\d+ /m);
    expect(list).toMatch(/^ {2}hard +\d+ /m);
    expect(list).toMatch(/^ {2}soft /m);
    expect(list).not.toMatch(/gone|notes/);
    expect(again.send("Type T:soft\n")).toContain("This is SYS:, a ViperFS disk");
    expect(again.send("T:dir/hi\n")).toContain("Hello from user space!");
  });

  it("a disk that fails the mount is logged and the boot archive stays SYS:", () => {
    const junk = new Uint8Array(4 * 2 ** 20);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 2654435761) >>> 24;
    const m = boot(new MemoryBlockStore(junk));
    const dir = m.send("Dir\n");
    expect(m.transcript).toMatch(/viperfs: vda: not mounted: .+/);
    expect(m.transcript).toContain("fs: vda not mounted (CORRUPT); the boot archive stays SYS:");
    expect(dir).toMatch(/^ {2}vinit$/m);
    expect(m.send("Copy README T:x\n")).toMatch(/Copy: /);
    expect(m.kernel?.panicMessage ?? null).toBe(null);
  });

  it("damaged disks (seeded mutations of the metadata) never panic the kernel: mounted or refused, the shell answers", () => {
    const base = standardDisk().bytes;
    let seed = 20261205;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed;
    };
    for (let trial = 0; trial < 12; trial++) {
      const bytes = base.slice();
      // Metadata lives in the first blocks: superblock, bitmap, inode table, the root directory.
      for (let i = 0; i < 24; i++) bytes[next() % (48 * 4096)] = next() & 0xff;
      const m = boot(new MemoryBlockStore(bytes));
      m.send("Dir\n");
      m.send("Copy README T:x\n");
      m.send("Info\n");
      expect(m.kernel?.panicMessage ?? null, `trial ${trial}`).toBe(null);
      expect(m.send("Echo alive\n"), `trial ${trial}`).toContain("alive");
    }
  });

  it("root=initrd boots from the boot archive with the disk attached", () => {
    const m = boot(standardDisk(), "root=initrd");
    expect(m.transcript).not.toContain("becomes SYS:");
    expect(m.send("Info\n")).toContain("bootfs: boot archive");
  });
});
