// chapter: 25-block-cache
// The cache's guard (the hook chapter 27's journal uses): it hears of every markDirty, with the
// `data` flag, and a dirty block it refuses is neither evicted nor written by writeBack or sync
// until it says yes.
import { describe, expect, it } from "vitest";
import { BLOCK_SIZE, BlockCache, type CacheBuf, CACHE_MIN_BLOCKS } from "../../../src/kernel/block/cache.ts";
import { RamDisk } from "../../../src/kernel/block/ramdisk.ts";
import { runNow } from "../../../src/kernel/fs/fs.ts";
import { Status } from "../../../src/kernel/lib/status.ts";

function dirty(cache: BlockCache, n: number, value: number, data = false): void {
  const buf = runNow(cache.get(n)) as CacheBuf;
  buf.data.fill(value);
  cache.markDirty(buf, data);
  cache.release(buf);
}

describe("the cache's guard", () => {
  it("is told of each change, and keeps a refused block off the disk until it allows it", () => {
    const bytes = new Uint8Array(256 * BLOCK_SIZE);
    const cache = new BlockCache(new RamDisk(bytes), CACHE_MIN_BLOCKS, () => {}, 0);
    const heard: [number, boolean][] = [];
    const held = new Set([3]);
    cache.guard = { dirtied: (buf, data) => heard.push([buf.block, data]), mayWrite: (b) => !held.has(b) };
    dirty(cache, 3, 0xaa);
    dirty(cache, 4, 0xbb, true);
    expect(heard).toEqual([
      [3, false],
      [4, true],
    ]);
    expect(runNow(cache.sync())).toBe(Status.OK);
    expect(bytes[4 * BLOCK_SIZE]).toBe(0xbb);
    expect(bytes[3 * BLOCK_SIZE]).toBe(0); // refused: still only in memory
    for (let b = 10; b < 10 + 3 * CACHE_MIN_BLOCKS; b++) {
      // more blocks than the cache holds: every other block is evicted
      const buf = runNow(cache.get(b)) as CacheBuf;
      cache.release(buf);
    }
    expect(bytes[3 * BLOCK_SIZE]).toBe(0); // not evicted either
    expect(cache.dirtyBlocks()).toEqual([3]);
    held.clear();
    expect(runNow(cache.writeBack([3]))).toBe(Status.OK);
    expect(bytes[3 * BLOCK_SIZE]).toBe(0xaa);
  });
});
