// The page machine's disk (issue 11, item 8): a ViperFS image held in the worker's memory, handed
// to createSystem as the virtio-blk disk in slot 0 (chapter 24). It outlives the machine: Reset
// reboots onto the same bytes, and only "Reset disk" makes a fresh image. An observer, set only
// while the reader looks at the block map, hears of every request the device serves.
import type { BlockStore } from "../../emulator/devices/virtio/blk.ts";
import { BLOCK_SIZE } from "../../kernel/block/cache.ts";
import { type BootfsNode, bootfsParse } from "../../kernel/fs/bootfs.ts";
import { NODE_DIR } from "../../kernel/fs/fs.ts";
import { buildDiskImage, type DiskFile, standardDiskFiles } from "../../system/disk-image.ts";
import type { DiskActivity, DiskCounts } from "./protocol.ts";

/** The page disk's size: 8 MiB, 2 048 blocks of 4 KiB (a 64 × 32 block map). */
export const PAGE_DISK_BYTES = 8 * 1024 * 1024;

/** What the device did, as the block map shows it. */
export type DiskOp = "read" | "write" | "flush";
export type DiskObserver = (op: DiskOp, offset: number, length: number) => void;

/**
 * The standard disk (chapter 26b) of `bytes` bytes, built from a boot archive (cpio newc, chapter
 * 18): the same programs the machine boots with, at the same paths, plus C:, S: and T:. Throws if
 * they do not fit.
 */
export function imageFromArchive(archive: Uint8Array, bytes = PAGE_DISK_BYTES): Uint8Array {
  const tree = bootfsParse(archive);
  if (tree.root === null) throw new Error(`page disk: the boot archive: ${tree.error}`);
  const files: DiskFile[] = [];
  const walk = (node: BootfsNode, at: string): void => {
    for (const c of node.children) {
      if (c.type === NODE_DIR) walk(c, `${at}/${c.name}`);
      else files.push({ name: `${at}/${c.name}`, data: c.data, perm: 0o755 });
    }
  };
  walk(tree.root, "");
  return buildDiskImage(standardDiskFiles(files), bytes, "ViperOS page disk");
}

/**
 * The disk the worker keeps across boots. `store` is what each boot hands createSystem; `bytes`
 * is the image as it is now (what Download saves); `resetDisk` replaces it with a fresh one.
 */
export class PageDisk {
  private image: Uint8Array;
  private readonly make: () => Uint8Array;
  /** Told of every read, write and flush the device serves; null when nobody looks. */
  observer: DiskObserver | null = null;
  /** The BlockStore over the current image: the same object for every boot. */
  readonly store: BlockStore;

  constructor(make: () => Uint8Array) {
    this.make = make;
    this.image = make();
    // Reads `this` at each call, so a reset disk is seen by the next boot's device.
    const disk = this;
    this.store = {
      get size() {
        return disk.image.length;
      },
      read(offset, dst) {
        dst.set(disk.image.subarray(offset, offset + dst.length));
        disk.observer?.("read", offset, dst.length);
      },
      write(offset, src) {
        disk.image.set(src, offset);
        disk.observer?.("write", offset, src.length);
      },
      flush() {
        disk.observer?.("flush", 0, 0);
      },
    };
  }

  /** The image's bytes now (a view: copy before sending it away). */
  get bytes(): Uint8Array {
    return this.image;
  }

  /** A fresh image, as the page first had it. */
  resetDisk(): void {
    this.image = this.make();
  }
}

/** Requests kept between two reports at most (a boot's worth); more are counted, not drawn. */
const MAX_REQUESTS = 20_000;

/**
 * The page disk's requests since the last report, once the reader opened the block map: it sets
 * the disk's observer, so until then the device pays nothing for being watched.
 */
export class DiskActivityLog {
  private readonly disk: PageDisk;
  private requests: number[] = [];
  private readonly counts: DiskCounts = { reads: 0, writes: 0, flushes: 0, bytesRead: 0, bytesWritten: 0 };
  private superblockNew = true;
  private changed = true;

  constructor(disk: PageDisk) {
    this.disk = disk;
    disk.observer = (op, offset, length) => this.record(op, offset, length);
  }

  private record(op: DiskOp, offset: number, length: number): void {
    this.changed = true;
    if (op === "flush") {
      this.counts.flushes++;
      return;
    }
    const first = Math.floor(offset / BLOCK_SIZE);
    const last = Math.floor((offset + Math.max(length, 1) - 1) / BLOCK_SIZE);
    if (op === "read") {
      this.counts.reads++;
      this.counts.bytesRead += length;
    } else {
      this.counts.writes++;
      this.counts.bytesWritten += length;
      if (first === 0) this.superblockNew = true;
    }
    if (this.requests.length < 3 * MAX_REQUESTS) this.requests.push(op === "read" ? 0 : 1, first, last);
  }

  /** The disk was replaced (Reset disk): the page needs its superblock again. */
  replaced(): void {
    this.superblockNew = true;
    this.changed = true;
  }

  /** What happened since the last call, or null if nothing did. */
  take(): DiskActivity | null {
    if (!this.changed) return null;
    const activity: DiskActivity = { size: this.disk.bytes.length, requests: this.requests, counts: { ...this.counts } };
    if (this.superblockNew) activity.superblock = this.disk.bytes.slice(0, BLOCK_SIZE);
    this.requests = [];
    this.superblockNew = false;
    this.changed = false;
    return activity;
  }
}
