// The disks `npm run boot` and the tests attach (chapter 26b): the standard image built from
// build/user, and a persistent image file.
import { existsSync, writeFileSync } from "node:fs";
import { type BlockStore, MemoryBlockStore } from "../../src/emulator/devices/virtio/blk.ts";
import { FileBlockStore } from "../../src/emulator/host/block-file.ts";
import { buildDiskImage, type DiskFile } from "../../src/system/disk-image.ts";
import { userPrograms } from "../mkbootfs.ts";

/** The size of the standard disk: room for the programs and a few MiB of the reader's files. */
export const STANDARD_DISK_SIZE = 16 * 2 ** 20;

const DISK_README = `Welcome to ViperOS, the book edition.

This is SYS:, a ViperFS disk (chapter 26): what you write here stays, when the disk is a file
(npm run boot -- --disk FILE) or until you press Reset disk on a page.
  C:           programs: hello, malloctest, capshow       Run C:hello
  S:           scripts (none yet)
  T:           scratch space for your files               Copy README T:notes
  tests/       programs the kernel's test suites run
  vinit        a copy of the first process (the kernel starts it from the boot archive)

Try: Info, Dir C:, Copy README T:notes, MakeLink T:link T:notes, List T:, Why.
`;

const S_README = `S: holds scripts. The shell does not run scripts yet; the directory is here so that
the assign exists, as on AmigaDOS.
`;

/**
 * The standard disk's files: everything the boot archive holds (so paths like /hello and
 * /tests/fstest work the same on both), the top-level programs again in /c (C:), a README in /s.
 */
export function standardDiskFiles(buildDir?: string, added: readonly DiskFile[] = []): DiskFile[] {
  const programs = userPrograms(buildDir);
  const enc = new TextEncoder();
  const files: DiskFile[] = [...programs, { name: "/README", data: enc.encode(DISK_README) }];
  for (const p of programs) {
    const top = p.name.lastIndexOf("/") === 0;
    if (top && p.name !== "/vinit") files.push({ name: `/c${p.name}`, data: p.data, perm: p.perm });
  }
  files.push({ name: "/s/README", data: enc.encode(S_README) }, ...added);
  return files;
}

/**
 * A fresh copy of the standard disk, in memory (what was written is gone with the machine), with
 * `added` files (npm run boot's --add) on it too.
 */
export function standardDisk(added: readonly DiskFile[] = [], buildDir?: string): MemoryBlockStore {
  return new MemoryBlockStore(buildDiskImage(standardDiskFiles(buildDir, added), STANDARD_DISK_SIZE));
}

/** A disk image file the machine reads and writes in place; made from the standard disk if missing. */
export function fileDisk(path: string, added: readonly DiskFile[] = [], buildDir?: string): BlockStore {
  if (!existsSync(path)) writeFileSync(path, buildDiskImage(standardDiskFiles(buildDir, added), STANDARD_DISK_SIZE));
  return new FileBlockStore(path);
}
