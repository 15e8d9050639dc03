// chapter: 18-bootfs
import { describe, expect, it } from "vitest";
import { Status } from "../../../src/kernel/lib/status.ts";
import { FakeMachine } from "../../../tools/fuzz/fake-machine.ts";

describe("kernel heap in machine RAM", () => {
  it("hands out zeroed, aligned, distinct buffers from slab caches and gives pages back", () => {
    const m = new FakeMachine();
    const { k, door } = m;
    const before = k.pmm.freePages;
    const liveBefore = k.heap.live;
    const bufs: number[] = [];
    for (let i = 0; i < 300; i++) {
      const pa = k.heap.alloc(100);
      expect(pa % 128).toBe(0);
      expect(door.read32(pa)).toBe(0);
      door.write32(pa, 0xdeadbeef);
      bufs.push(pa);
    }
    expect(new Set(bufs).size).toBe(300);
    expect(k.heap.caches.find((c) => c.size === 128)?.pages).toBeGreaterThanOrEqual(Math.ceil(300 / 32));
    for (const pa of bufs) k.heap.free(pa);
    expect(k.pmm.freePages).toBe(before);
    expect(k.heap.live).toBe(liveBefore);
  });

  it("serves large buffers as page blocks and refuses bad frees", () => {
    const m = new FakeMachine();
    const { k } = m;
    const pa = k.heap.alloc(3 * 4096);
    expect(pa % (4 * 4096)).toBe(0);
    expect(k.heap.pages()).toBeGreaterThanOrEqual(4);
    k.heap.free(pa);
    expect(() => k.heap.free(pa)).toThrow(/not allocated/);
    expect(k.heap.alloc(0)).toBe(Status.INVALID_ARG);
  });
});
