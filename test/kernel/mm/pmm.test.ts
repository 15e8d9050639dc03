// chapter: 11-memory
import { describe, expect, it } from "vitest";
import { Status } from "../../../src/kernel/lib/status.ts";
import { MAX_ORDER, Pmm } from "../../../src/kernel/mm/pmm.ts";
import { rangeSubtract } from "../../../src/kernel/mm/pmm-init.ts";

const BASE = 0x4000_0000;
const MiB = 1024 * 1024;

describe("buddy PMM", () => {
  it("carves a region into maximal aligned blocks and counts its pages", () => {
    const pmm = new Pmm(BASE, BASE + 64 * MiB);
    pmm.addFree(BASE + 4096, 64 * MiB - 4096);
    expect(pmm.totalPages).toBe(16383);
    expect(pmm.freePages).toBe(16383);
    expect(pmm.countFree()).toBe(16383);
    // 15 blocks of 4 MiB plus 1+2+4+…+512 pages below the first 4 MiB boundary.
    expect(pmm.freeBlocks()[MAX_ORDER]).toBe(15);
  });

  it("splits on allocation and merges buddies on free back to one block", () => {
    const pmm = new Pmm(BASE, BASE + 4 * MiB);
    pmm.addFree(BASE, 4 * MiB);
    const a = pmm.alloc(0);
    const b = pmm.alloc(0);
    expect(a).toBe(BASE);
    expect(b).toBe(BASE + 4096);
    expect(pmm.freePages).toBe(1022);
    pmm.free(a, 0);
    pmm.free(b, 0);
    expect(pmm.freeBlocks()[MAX_ORDER]).toBe(1);
    expect(pmm.countFree()).toBe(1024);
  });

  it("aligns every block to its size", () => {
    const pmm = new Pmm(BASE, BASE + 4 * MiB);
    pmm.addFree(BASE, 4 * MiB);
    pmm.alloc(0);
    const big = pmm.alloc(4);
    expect((big - BASE) % (16 * 4096)).toBe(0);
  });

  it("returns NO_MEMORY when memory runs out, and never hands out a page twice", () => {
    const pmm = new Pmm(BASE, BASE + 1 * MiB);
    pmm.addFree(BASE, 1 * MiB);
    const seen = new Set<number>();
    for (let i = 0; i < 256; i++) {
      const p = pmm.allocPage();
      expect(p).toBeGreaterThanOrEqual(BASE);
      expect(seen.has(p)).toBe(false);
      seen.add(p);
    }
    expect(pmm.allocPage()).toBe(Status.NO_MEMORY);
    expect(pmm.freePages).toBe(0);
  });

  it("refuses a double free and a free of the wrong order", () => {
    const pmm = new Pmm(BASE, BASE + 1 * MiB);
    pmm.addFree(BASE, 1 * MiB);
    const p = pmm.alloc(2);
    expect(() => pmm.free(p, 1)).toThrow(/not an allocated block/);
    pmm.free(p, 2);
    expect(() => pmm.free(p, 2)).toThrow(/not an allocated block/);
    expect(() => pmm.free(BASE + 123, 0)).toThrow();
  });

  it("keeps its accounting under a random workload", () => {
    const pmm = new Pmm(BASE, BASE + 8 * MiB);
    pmm.addFree(BASE + 8192, 8 * MiB - 8192);
    const live: [number, number][] = [];
    let seed = 42;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let i = 0; i < 5000; i++) {
      if (live.length > 0 && rnd(2) === 0) {
        const [pa, order] = live.splice(rnd(live.length), 1)[0];
        pmm.free(pa, order);
      } else {
        const order = rnd(5);
        const pa = pmm.alloc(order);
        if (pa >= 0) live.push([pa, order]);
      }
      if (i % 250 === 0) expect(pmm.countFree()).toBe(pmm.freePages);
    }
    for (const [pa, order] of live) pmm.free(pa, order);
    expect(pmm.freePages).toBe(pmm.totalPages);
  });
});

describe("reserved ranges", () => {
  it("subtracts holes from a region", () => {
    expect(rangeSubtract({ base: 0, size: 100 }, [{ base: 10, size: 10 }, { base: 90, size: 20 }])).toEqual([
      { base: 0, size: 10 },
      { base: 20, size: 70 },
    ]);
  });
});
