// The disks `npm run boot` and the tests attach (chapter 26b): the standard disk built from
// build/user, and a persistent image file.
import { existsSync, writeFileSync } from "node:fs";
import { type BlockStore, MemoryBlockStore } from "../../src/emulator/devices/virtio/blk.ts";
import { FileBlockStore } from "../../src/emulator/host/block-file.ts";
import { buildDiskImage, type DiskFile, standardDiskFiles } from "../../src/system/disk-image.ts";
import { rootStoreFiles, serverIdentityFiles, userPrograms } from "../mkbootfs.ts";

/** The size of the standard disk: room for the programs and a few MiB of the reader's files. */
export const STANDARD_DISK_SIZE = 16 * 2 ** 20;

function standardImage(added: readonly DiskFile[], buildDir?: string): Uint8Array {
  return buildDiskImage(standardDiskFiles(userPrograms(buildDir), [...rootStoreFiles(), ...serverIdentityFiles(), ...added]), STANDARD_DISK_SIZE);
}

/**
 * A fresh copy of the standard disk, in memory (what was written is gone with the machine), with
 * `added` files (npm run boot's --add) on it too.
 */
export function standardDisk(added: readonly DiskFile[] = [], buildDir?: string): MemoryBlockStore {
  return new MemoryBlockStore(standardImage(added, buildDir));
}

/** A disk image file the machine reads and writes in place; made from the standard disk if missing. */
export function fileDisk(path: string, added: readonly DiskFile[] = [], buildDir?: string): BlockStore {
  if (!existsSync(path)) writeFileSync(path, standardImage(added, buildDir));
  return new FileBlockStore(path);
}
