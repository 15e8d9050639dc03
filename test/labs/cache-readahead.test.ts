// chapter: 25-block-cache
// Lab cache-readahead (chapter 25, "Reading ahead"): the guess a sequential reader earns, and its
// three limits — the end of the device, a dirty victim, and a device queue that says no.
import { describe, expect, it } from "vitest";
import { Op, setup } from "../kernel/block/later-disk.ts";

/** The blocks of the requests waiting at the disk, in the order they were sent. */
function pendingBlocks(disk: ReturnType<typeof setup>["disk"]): string[] {
  return disk.pending.map((r) => `${r.op} ${r.sector / 8}`);
}

describe("read-ahead limits", () => {
  it("reads ahead no further than the end of the device", () => {
    const { disk, cache } = setup({ readAhead: 8, capacity: 64, blocks: 16 });
    new Op(cache.get(12));
    disk.completeAll();
    new Op(cache.get(13));
    expect(pendingBlocks(disk)).toEqual(["read 13", "read 14", "read 15"]);
    expect(cache.stats.readAheads).toBe(2);
  });

  it("takes a clean victim for a guess, and stops at a dirty one without writing it", () => {
    const { disk, cache } = setup({ readAhead: 8, capacity: 16 });
    const first = new Op(cache.get(10));
    disk.completeAll();
    first.step();
    cache.release(first.result as Exclude<typeof first.result, number | undefined>);
    for (let n = 50; n < 64; n++) {
      const op = new Op(cache.fresh(n));
      cache.release(op.result as Exclude<typeof op.result, number | undefined>);
    }
    // With 11 the cache is full. 10 is the least recently used and clean, 50–63 are dirty: a
    // guess may replace 10, and must stop at 50 rather than write it.
    new Op(cache.get(11));
    expect(pendingBlocks(disk)).toEqual(["read 11", "read 12"]);
    expect(cache.stats.readAheads).toBe(1);
  });

  it("stops at the first request the device refuses, and leaves no buffer for it", () => {
    const { disk, cache } = setup({ readAhead: 8, capacity: 64, depth: 3 });
    new Op(cache.get(10));
    disk.completeAll();
    new Op(cache.get(11));
    expect(pendingBlocks(disk)).toEqual(["read 11", "read 12", "read 13"]);
    expect(cache.stats.readAheads).toBe(2);
    disk.completeAll();
    // 14 was refused: it is not cached, so asking for it reads it (and guesses again from there).
    const later = new Op(cache.get(14));
    expect(later.done).toBe(false);
    expect(pendingBlocks(disk)[0]).toBe("read 14");
  });
});
