// chapter: 26b-disk-root
// The live machine's disk in the worker (`<LiveMachine disk>`): a ViperFS image of the boot
// programs that fscks clean, whose bytes outlive the machine (Reset reboots onto them), that
// "Reset disk" makes fresh, whose unflushed writes "Pull the plug" loses (chapter 27), and whose
// requests the block map hears of once it is open.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DiskActivityLog, imageFromArchive, PAGE_DISK_BYTES, PageDisk } from "../../src/components/live/page-disk.ts";
import { BLOCK_SIZE, BlockCache } from "../../src/kernel/block/cache.ts";
import { RamDisk } from "../../src/kernel/block/ramdisk.ts";
import { runNow } from "../../src/kernel/fs/fs.ts";
import { fsck } from "../../src/kernel/viperfs/fsck.ts";
import { ViperFs } from "../../src/kernel/viperfs/viperfs.ts";
import { standardBootfs } from "../../tools/mkbootfs.ts";

const build = join(import.meta.dirname, "../../build/user");
const archive = standardBootfs([], build);
const make = (): Uint8Array => imageFromArchive(archive);

function fsckOf(image: Uint8Array) {
  return runNow(fsck(new BlockCache(new RamDisk(image.slice()), 256, () => {}), { repair: false }));
}

describe("the page disk", () => {
  it("is an fsck-clean ViperFS holding the boot archive's programs, byte for byte", () => {
    const image = make();
    expect(image.length).toBe(PAGE_DISK_BYTES);
    const result = fsckOf(image);
    expect(result.problems).toEqual([]);
    expect(result.exit).toBe(0);
    const fs = runNow(ViperFs.mount(new BlockCache(new RamDisk(image), 256, () => {})));
    if (typeof fs === "number") throw new Error(`mount: ${fs}`);
    const ino = runNow(fs.lookup(fs.rootIno, "hello"));
    expect(ino).toBeGreaterThan(0);
    const data = runNow(fs.read(ino, 0, 1 << 20));
    expect(data).toEqual(new Uint8Array(readFileSync(join(build, "hello"))));
  });

  it("keeps what was written across boots (the same store), and Reset disk gives a fresh, clean image", () => {
    const disk = new PageDisk(make);
    const store = disk.store;
    const fresh = disk.bytes.slice();
    // A write, as the device would make it: the last block, then what a reboot's device reads.
    const at = PAGE_DISK_BYTES - BLOCK_SIZE;
    store.write(at, new Uint8Array(BLOCK_SIZE).fill(0xab));
    const seen = new Uint8Array(BLOCK_SIZE);
    disk.store.read(at, seen);
    expect(seen.every((b) => b === 0xab)).toBe(true);
    expect(disk.bytes.subarray(at, at + 4)).toEqual(Uint8Array.from([0xab, 0xab, 0xab, 0xab]));

    disk.resetDisk();
    expect(disk.store).toBe(store);
    expect(Buffer.compare(disk.bytes, fresh)).toBe(0);
    store.read(at, seen);
    expect(seen.some((b) => b === 0xab)).toBe(false);
    expect(fsckOf(disk.bytes).exit).toBe(0);
  });

  it("tells the block map nothing until it is opened, then each request by block, the superblock, and counts", () => {
    const disk = new PageDisk(make);
    expect(disk.observer).toBeNull();
    const log = new DiskActivityLog(disk);
    const first = log.take();
    expect(first?.superblock?.length).toBe(BLOCK_SIZE);
    expect(first?.requests).toEqual([]);
    expect(log.take()).toBeNull();

    disk.store.read(5 * BLOCK_SIZE, new Uint8Array(3 * BLOCK_SIZE));
    disk.store.write(9 * BLOCK_SIZE + 512, new Uint8Array(512));
    disk.store.flush();
    const next = log.take();
    expect(next?.requests).toEqual([0, 5, 7, 1, 9, 9]);
    expect(next?.superblock).toBeUndefined();
    expect(next?.counts).toEqual({ reads: 1, writes: 1, flushes: 1, bytesRead: 3 * BLOCK_SIZE, bytesWritten: 512 });

    disk.store.write(0, new Uint8Array(BLOCK_SIZE));
    expect(log.take()?.superblock).toBeDefined();
    disk.resetDisk();
    log.replaced();
    expect(log.take()?.superblock?.subarray(0, 4)).toEqual(make().subarray(0, 4));
  });

  it("Pull the plug loses the writes no FLUSH covered and keeps the rest; Reset keeps the disk's cache", () => {
    const disk = new PageDisk(make);
    const at = PAGE_DISK_BYTES - 2 * BLOCK_SIZE;
    disk.store.write(at, new Uint8Array(BLOCK_SIZE).fill(1));
    disk.store.flush();
    disk.store.write(at + BLOCK_SIZE, new Uint8Array(BLOCK_SIZE).fill(2));
    // Before the cut the device reads its cache: a Reset (a reboot with the disk powered) sees both.
    expect(disk.bytes[at + BLOCK_SIZE]).toBe(2);
    expect(disk.pullPlug()).toBe(1);
    expect(disk.bytes[at]).toBe(1);
    expect(disk.bytes[at + BLOCK_SIZE]).toBe(0);
    // The power is back: the next boot's writes are taken.
    disk.store.write(at + BLOCK_SIZE, new Uint8Array(BLOCK_SIZE).fill(3));
    expect(disk.bytes[at + BLOCK_SIZE]).toBe(3);
  });
});
