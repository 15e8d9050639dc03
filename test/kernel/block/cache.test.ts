// chapter: 25-block-cache
// The block cache over a device that completes requests later, in the order the test chooses,
// and over a RAM disk that completes at once.
import { describe, expect, it } from "vitest";
import {
  BLOCK_SIZE,
  BlockCache,
  CACHE_DEFAULT_BLOCKS,
  type CacheBuf,
  cacheBlocksFromBootargs,
  READ_AHEAD_BLOCKS,
} from "../../../src/kernel/block/cache.ts";
import { RamDisk } from "../../../src/kernel/block/ramdisk.ts";
import { runNow } from "../../../src/kernel/fs/fs.ts";
import { Status } from "../../../src/kernel/lib/status.ts";
import { type LaterDisk, Op, setup } from "./later-disk.ts";

function fill(disk: LaterDisk, block: number, byte: number): void {
  disk.bytes.fill(byte, block * BLOCK_SIZE, (block + 1) * BLOCK_SIZE);
}

describe("get", () => {
  it("waits for the read, is woken by its completion, and then hits", () => {
    const { disk, cache, woken } = setup();
    fill(disk, 5, 0xab);
    const op = new Op(cache.get(5));
    expect(op.done).toBe(false);
    expect(disk.pending.map((r) => [r.op, r.sector])).toEqual([["read", 40]]);
    disk.complete();
    expect(woken).toContain(op.waitingOn);
    const buf = op.step().result as CacheBuf;
    expect(buf.data[0]).toBe(0xab);
    expect(buf.pins).toBe(1);
    cache.release(buf);
    const again = new Op(cache.get(5));
    expect(again.done).toBe(true);
    expect(cache.stats).toMatchObject({ hits: 1, misses: 1, reads: 1 });
  });

  it("two readers of one block share one read", () => {
    const { disk, cache } = setup();
    const a = new Op(cache.get(3));
    const b = new Op(cache.get(3));
    expect(disk.pending).toHaveLength(1);
    disk.complete();
    expect(a.step().result).toBe(b.step().result);
    expect((a.result as CacheBuf).pins).toBe(2);
  });

  it("a failed read gives IO and leaves nothing behind; the next get reads again", () => {
    const { disk, cache } = setup();
    const op = new Op(cache.get(7));
    disk.complete(0, Status.IO);
    expect(op.step().result).toBe(Status.IO);
    expect(cache.size).toBe(0);
    new Op(cache.get(7));
    expect(disk.pending).toHaveLength(1);
  });

  it("refuses a block past the end of the device", () => {
    const { cache } = setup({ blocks: 10 });
    expect(new Op(cache.get(10)).result).toBe(Status.INVALID_ARG);
  });
});

describe("eviction", () => {
  it("evicts the least recently used block first", () => {
    const disk = new RamDisk(new Uint8Array(64 * BLOCK_SIZE));
    const cache = new BlockCache(disk, 16, () => {}, 0);
    for (let b = 0; b < 16; b++) cache.release(runNow(cache.get(b)) as CacheBuf);
    cache.release(runNow(cache.get(0)) as CacheBuf); // 0 is now the most recent
    cache.release(runNow(cache.get(20)) as CacheBuf);
    expect(cache.stats.evictions).toBe(1);
    const reads = disk.counts.reads;
    cache.release(runNow(cache.get(0)) as CacheBuf);
    expect(disk.counts.reads).toBe(reads); // 0 stayed
    cache.release(runNow(cache.get(1)) as CacheBuf);
    expect(disk.counts.reads).toBe(reads + 1); // 1 had gone
  });

  it("a pinned block is never evicted", () => {
    const disk = new RamDisk(new Uint8Array(64 * BLOCK_SIZE));
    const cache = new BlockCache(disk, 16, () => {}, 0);
    const held = runNow(cache.get(0)) as CacheBuf;
    held.data[0] = 42;
    for (let b = 1; b < 60; b++) cache.release(runNow(cache.get(b)) as CacheBuf);
    expect(runNow(cache.get(0))).toBe(held);
    expect(held.data[0]).toBe(42);
  });

  it("a dirty block is written before its buffer is reused", () => {
    const { disk, cache } = setup({ capacity: 16 });
    const first = new Op(cache.get(0));
    disk.complete();
    const buf = first.step().result as CacheBuf;
    buf.data.fill(7);
    cache.markDirty(buf);
    cache.release(buf);
    for (let b = 1; b < 16; b++) {
      const op = new Op(cache.get(b));
      disk.complete();
      cache.release(op.step().result as CacheBuf);
    }
    const op = new Op(cache.get(100));
    expect(disk.pending.map((r) => r.op)).toEqual(["write"]);
    expect(op.done).toBe(false);
    disk.complete();
    op.step();
    expect(disk.bytes[0]).toBe(7);
    expect(disk.pending.map((r) => [r.op, r.sector / 8])).toEqual([["read", 100]]);
  });

  it("with every block pinned and nothing in flight, get says NO_RESOURCE", () => {
    const disk = new RamDisk(new Uint8Array(64 * BLOCK_SIZE));
    const cache = new BlockCache(disk, 16, () => {}, 0);
    for (let b = 0; b < 16; b++) runNow(cache.get(b));
    expect(runNow(cache.get(40))).toBe(Status.NO_RESOURCE);
  });

  it("a get waiting for room sleeps while reads are in flight, and takes the first block released", () => {
    const { disk, cache, woken } = setup({ capacity: 16 });
    const ops: Op<CacheBuf | Status>[] = [];
    for (let b = 0; b < 16; b++) ops.push(new Op(cache.get(b)));
    const op = new Op(cache.get(50));
    expect(op.waitingOn).not.toBeNull();
    disk.completeAll();
    expect(woken).toContain(op.waitingOn);
    const bufs = ops.map((o) => o.step().result as CacheBuf);
    op.step(); // every block still pinned, nothing in flight
    expect(op.result).toBe(Status.NO_RESOURCE);
    cache.release(bufs[3]);
    const again = new Op(cache.get(50));
    expect(disk.pending.map((r) => r.sector / 8)).toEqual([50]);
    disk.complete();
    expect((again.step().result as CacheBuf).block).toBe(50);
    expect(cache.stats.evictions).toBe(1);
  });
});

describe("read-ahead", () => {
  it("a sequential reader gets the next blocks read ahead, all in flight at once", () => {
    const { disk, cache } = setup({ readAhead: READ_AHEAD_BLOCKS, capacity: 64 });
    new Op(cache.get(10));
    disk.completeAll();
    new Op(cache.get(11));
    expect(disk.pending.map((r) => r.sector / 8)).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19]);
    disk.completeAll();
    for (let b = 12; b < 20; b++) expect(new Op(cache.get(b)).done).toBe(true);
    expect(cache.stats.readAheads).toBeGreaterThanOrEqual(READ_AHEAD_BLOCKS);
    expect(cache.stats.readAheadHits).toBe(8);
  });

  it("a random reader reads nothing ahead", () => {
    const { disk, cache } = setup({ readAhead: READ_AHEAD_BLOCKS, capacity: 64 });
    for (const b of [40, 3, 90, 17]) new Op(cache.get(b));
    expect(disk.pending).toHaveLength(4);
    expect(cache.stats.readAheads).toBe(0);
  });
});

describe("a full device queue", () => {
  it("waits for a completion and sends the request again", () => {
    const { disk, cache, woken } = setup({ depth: 2, capacity: 32 });
    const ops = [0, 1, 2, 3].map((b) => new Op(cache.get(b)));
    expect(disk.pending).toHaveLength(2);
    expect(cache.stats.queueFull).toBe(2);
    expect(ops[2].waitingOn).not.toBeNull();
    disk.complete();
    expect(woken).toContain(ops[2].waitingOn);
    ops[2].step();
    expect(disk.pending).toHaveLength(2); // sent again, into the slot the completion freed
    for (let guard = 0; ops.some((o) => !o.done) && guard < 20; guard++) {
      if (disk.pending.length > 0) disk.complete();
      for (const o of ops) if (!o.done && o.waitingOn?.length === 0) o.step();
    }
    expect(ops.map((op) => (op.result as CacheBuf).block)).toEqual([0, 1, 2, 3]);
  });
});

describe("writes and ordering points", () => {
  it("writeBack sends every block at once and returns when all are written", () => {
    const { disk, cache } = setup({ capacity: 32 });
    const bufs = [4, 5, 6].map((b) => {
      const op = new Op(cache.fresh(b));
      const buf = op.result as CacheBuf;
      buf.data.fill(b);
      cache.release(buf);
      return buf;
    });
    const wb = new Op(cache.writeBack([4, 5, 6, 9]));
    expect(disk.pending.map((r) => r.sector / 8)).toEqual([4, 5, 6]);
    disk.complete(2);
    disk.complete(0);
    wb.step();
    expect(wb.done).toBe(false);
    disk.complete(0);
    wb.step();
    expect(wb.result).toBe(Status.OK);
    expect(bufs.every((b) => !b.dirty)).toBe(true);
    expect(disk.bytes[5 * BLOCK_SIZE]).toBe(5);
  });

  it("a block changed while its write is in flight stays dirty, and is written once more, after", () => {
    const { disk, cache } = setup();
    const buf = new Op(cache.fresh(2)).result as CacheBuf;
    buf.data[0] = 1;
    new Op(cache.writeBack([2]));
    buf.data[0] = 2;
    cache.markDirty(buf);
    const second = new Op(cache.writeBack([2]));
    expect(disk.pending).toHaveLength(1); // not a second write while the first is in flight
    disk.complete();
    expect(buf.dirty).toBe(true);
    second.step();
    expect(disk.pending).toHaveLength(1);
    disk.complete();
    second.step();
    expect(second.result).toBe(Status.OK);
    expect(buf.dirty).toBe(false);
    expect(disk.bytes[2 * BLOCK_SIZE]).toBe(2);
  });

  it("flush waits for the writes in flight, then sends FLUSH and waits for it", () => {
    const { disk, cache } = setup();
    const buf = new Op(cache.fresh(1)).result as CacheBuf;
    cache.release(buf);
    new Op(cache.writeBack([1]));
    const fl = new Op(cache.flush());
    expect(disk.pending.map((r) => r.op)).toEqual(["write"]);
    disk.complete();
    fl.step();
    expect(disk.pending.map((r) => r.op)).toEqual(["flush"]);
    expect(fl.done).toBe(false);
    disk.complete();
    fl.step();
    expect(fl.result).toBe(Status.OK);
    expect(disk.log).toEqual(["write 1", "flush 0"]);
  });

  it("a failed write leaves the block dirty and writeBack says IO", () => {
    const { disk, cache } = setup();
    const buf = new Op(cache.fresh(3)).result as CacheBuf;
    const wb = new Op(cache.writeBack([3]));
    disk.complete(0, Status.IO);
    expect(wb.step().result).toBe(Status.IO);
    expect(buf.dirty).toBe(true);
  });

  it("sync over a RAM disk never yields and leaves nothing dirty", () => {
    const disk = new RamDisk(new Uint8Array(32 * BLOCK_SIZE));
    const cache = new BlockCache(disk, 16, () => {}, 0);
    for (let b = 0; b < 20; b++) {
      const buf = runNow(cache.fresh(b)) as CacheBuf;
      buf.data[1] = b;
      cache.release(buf);
    }
    expect(runNow(cache.sync())).toBe(Status.OK);
    expect(cache.dirtyBlocks()).toEqual([]);
    expect(disk.bytes[19 * BLOCK_SIZE + 1]).toBe(19);
    expect(disk.counts.flushes).toBe(1);
  });
});

describe("the size from the command line", () => {
  it("reads blocks or a size, and keeps the default with a note for nonsense", () => {
    expect(cacheBlocksFromBootargs("console=ttyAMA0")).toEqual({ blocks: CACHE_DEFAULT_BLOCKS, note: null });
    expect(cacheBlocksFromBootargs("blockcache=512")).toEqual({ blocks: 512, note: null });
    expect(cacheBlocksFromBootargs("x blockcache=8M y")).toEqual({ blocks: 2048, note: null });
    const bad = cacheBlocksFromBootargs("blockcache=3");
    expect(bad.blocks).toBe(CACHE_DEFAULT_BLOCKS);
    expect(bad.note).toMatch(/blockcache=3: expected 16 to 65536 blocks/);
    expect(cacheBlocksFromBootargs("blockcache=lots").note).not.toBeNull();
  });
});
