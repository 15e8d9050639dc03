// chapter: 21-shell
// Any RAM size the board takes, from the smallest the kernel boots in to RAM_MAX_SIZE: the boot
// log says the size, and a user program runs with its pages above every GiB boundary.
import { describe, expect, it } from "vitest";
import type { Kernel } from "../../src/kernel/kernel.ts";
import { MAX_ORDER } from "../../src/kernel/mm/pmm.ts";
import { RAM_BASE, RAM_MAX_SIZE } from "../../src/machine/memory-map.ts";
import { createVirtBoard } from "../../src/emulator/board/virt.ts";
import { ShellSession } from "../user/session.ts";

const MiB = 2 ** 20;
const GiB = 2 ** 30;

/** Takes every free page below `boundary` from the allocator; returns how to give them back. */
function holdBelow(k: Kernel, boundary: number): () => void {
  const held: [number, number][] = [];
  const above: [number, number][] = [];
  for (let order = MAX_ORDER; order >= 0; order--) {
    for (let pa = k.pmm.alloc(order); pa >= 0; pa = k.pmm.alloc(order)) (pa < boundary ? held : above).push([pa, order]);
  }
  for (const [pa, order] of above) k.pmm.free(pa, order);
  return () => {
    for (const [pa, order] of held) k.pmm.free(pa, order);
  };
}

function kernelOf(s: ShellSession): Kernel {
  const k = s.m.kernel;
  if (k === null) throw new Error("no kernel");
  return k;
}

describe("RAM sizes", () => {
  it("boots and runs a program in 2 MiB (the boot archive plus about a MiB)", () => {
    const s = new ShellSession({ ramSize: 2 * MiB });
    expect(s.m.transcript).toContain("1 memory region(s), 2 MiB");
    expect(s.run("/hello")).toContain("Hello from user space!");
  });

  it(`refuses more than RAM_MAX_SIZE (8 GiB) and sizes that are not whole pages`, () => {
    expect(RAM_MAX_SIZE).toBe(8 * GiB);
    expect(() => createVirtBoard({ ramSize: RAM_MAX_SIZE + 4096 })).toThrow(/at most 8 GiB/);
    expect(() => createVirtBoard({ ramSize: 64 * MiB + 100 })).toThrow(/whole 4 KiB pages/);
  });

  for (const gib of [3, 4, 8]) {
    it(`runs programs whose pages lie above each GiB boundary of a ${gib} GiB machine`, () => {
      const s = new ShellSession({ ramSize: gib * GiB });
      expect(s.m.transcript).toContain(`1 memory region(s), ${gib * 1024} MiB`);
      const k = kernelOf(s);
      const end = RAM_BASE + gib * GiB;
      for (let boundary = 2 * GiB; boundary < end; boundary += GiB) {
        const release = holdBelow(k, boundary);
        const probe = k.pmm.allocPage();
        expect(probe).toBeGreaterThanOrEqual(boundary);
        k.pmm.freePage(probe);
        expect(s.run("/tests/kt_himem"), `above 0x${boundary.toString(16)}`).toContain("himem: 64 pages ok");
        release();
      }
      expect(k.panicMessage).toBe(null);
    });
  }
});
