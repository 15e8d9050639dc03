// The page machine's disk (issue 11, item 8): a ViperFS image held in the worker's memory, handed
// to createSystem as the virtio-blk disk in slot 0 (chapter 24), behind a volatile write cache
// (chapter 7). It outlives the machine: Reset reboots onto the same bytes (a reset is not a power
// cut: the disk keeps its cache), "Pull the plug" loses the cache and reboots, and only
// "Reset disk" makes a fresh image. An observer, set only
// while the reader looks at the block map, hears of every request the device serves.
import type { BlockStore } from "../../emulator/devices/virtio/blk.ts";
import { VolatileBlockStore } from "../../emulator/devices/virtio/volatile-store.ts";
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
 * The disk the worker keeps across boots. `store` is what each boot hands createSystem: chapter 7's
 * VolatileBlockStore, a write cache that only a FLUSH empties, over the image; `bytes` is the image
 * as the device reads it now (what Download saves); `resetDisk` replaces it with a fresh one, and
 * `pullPlug` cuts the power (chapter 27): the cache's writes are lost.
 */
export class PageDisk {
  private image: Uint8Array;
  private readonly make: () => Uint8Array;
  /** Told of every read, write and flush the device serves; null when nobody looks. */
  observer: DiskObserver | null = null;
  /** The disk's write cache, in front of the image (the medium). */
  readonly volatile: VolatileBlockStore;
  /** The BlockStore the device sees: the same object for every boot. */
  readonly store: BlockStore;

  constructor(make: () => Uint8Array) {
    this.make = make;
    this.image = make();
    // Reads `this` at each call, so a reset disk is seen by the next boot's device.
    const disk = this;
    this.volatile = new VolatileBlockStore({
      get size() {
        return disk.image.length;
      },
      read: (offset, dst) => dst.set(disk.image.subarray(offset, offset + dst.length)),
      write: (offset, src) => disk.image.set(src, offset),
      flush: () => {},
    });
    const cache = this.volatile;
    this.store = {
      get size() {
        return cache.size;
      },
      read(offset, dst) {
        cache.read(offset, dst);
        disk.observer?.("read", offset, dst.length);
      },
      write(offset, src) {
        cache.write(offset, src);
        disk.observer?.("write", offset, src.length);
      },
      flush() {
        cache.flush();
        disk.observer?.("flush", 0, 0);
      },
    };
  }

  /** The image's bytes as the device reads them now: the medium, with the cache's writes over it. */
  get bytes(): Uint8Array {
    if (this.volatile.cached.length === 0) return this.image;
    const seen = new Uint8Array(this.image.length);
    this.volatile.read(0, seen);
    return seen;
  }

  /** A fresh image, as the page first had it (and an empty cache). */
  resetDisk(): void {
    this.volatile.powerCut();
    this.volatile.powerOn();
    this.image = this.make();
  }

  /** The power fails and comes back: every write no FLUSH covered is lost. Returns how many. */
  pullPlug(): number {
    const lost = this.volatile.powerCut();
    this.volatile.powerOn();
    return lost;
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
    const activity: DiskActivity = { size: this.disk.volatile.size, requests: this.requests, counts: { ...this.counts } };
    if (this.superblockNew) {
      activity.superblock = new Uint8Array(BLOCK_SIZE);
      this.disk.volatile.read(0, activity.superblock);
    }
    this.requests = [];
    this.superblockNew = false;
    this.changed = false;
    return activity;
  }
}
