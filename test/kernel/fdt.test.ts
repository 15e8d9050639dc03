// chapter: 18-bootfs
import { describe, expect, it } from "vitest";
import {
  FDT_HEADER_SIZE,
  FDT_OFF_SIZE_STRINGS,
  FDT_OFF_SIZE_STRUCT,
  FDT_OFF_STRINGS,
  FDT_OFF_STRUCT,
  FDT_OFF_TOTALSIZE,
  fdtParse,
} from "../../src/kernel/arch/fdt.ts";
import { buildVirtFdt } from "../../src/emulator/board/virt-fdt.ts";
import { FakeMachine } from "../../tools/fuzz/fake-machine.ts";

const blob = buildVirtFdt({ ramBase: 0x4000_0000, ramSize: 256 << 20, bootargs: "init=/x", rngSeed: new Uint8Array(32), loadAddress: 0x4000_0000, initrd: { start: 0x4010_0000, end: 0x4020_0000 } });

describe("device tree", () => {
  it("yields memory, devices, interrupts and the initrd, nothing hard-coded", () => {
    const m = new FakeMachine({ ramSize: 32 << 20 });
    const c = m.k.config;
    expect(c.memory).toEqual([{ base: 0x4000_0000, size: 32 << 20 }]);
    expect(c.uart).toEqual({ base: 0x0900_0000, intid: 33 });
    expect(c.gic).toEqual({ dist: 0x0800_0000, cpu: 0x0801_0000 });
    expect(c.timerIntid).toBe(30);
    expect(c.virtio).toHaveLength(32);
    expect(c.virtio[0]).toEqual({ base: 0x0a00_0000, intid: 48 });
    expect(c.initrd?.base).toBe(0x4000_2000);
  });

  it("reads the header at the offsets chapter 10's figure draws: the blocks tile the blob", () => {
    // The board writes header, reservations, structure, strings in that order (as dtc does), so
    // the structure block ends where the strings begin and the strings end the blob; a wrong
    // offset constant breaks one of the two.
    const v = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
    expect(v.getUint32(FDT_OFF_TOTALSIZE)).toBe(blob.length);
    expect(v.getUint32(FDT_OFF_STRUCT) + v.getUint32(FDT_OFF_SIZE_STRUCT)).toBe(v.getUint32(FDT_OFF_STRINGS));
    expect(v.getUint32(FDT_OFF_STRINGS) + v.getUint32(FDT_OFF_SIZE_STRINGS)).toBe(blob.length);
    expect(v.getUint32(FDT_OFF_STRUCT)).toBeGreaterThanOrEqual(FDT_HEADER_SIZE);
  });

  it("parses the board's blob", () => {
    const { root } = fdtParse(blob);
    expect(root.children.some((n) => n.name === "chosen")).toBe(true);
  });

  it("refuses corrupted blobs with an Error naming the problem, never anything else", () => {
    let seed = 7;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed;
    };
    for (let i = 0; i < 600; i++) {
      const b = blob.slice(0, i % 5 === 0 ? next() % blob.length : blob.length);
      for (let f = 0; f < 1 + (next() % 6); f++) if (b.length > 0) b[next() % b.length] = next() & 0xff;
      try {
        fdtParse(b);
      } catch (e) {
        expect(e).toBeInstanceOf(Error);
        expect(e instanceof RangeError || e instanceof TypeError ? String(e) : "ok").toBe("ok");
      }
    }
  });
});
