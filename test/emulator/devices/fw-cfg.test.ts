// chapter: 05-boot-hardware
import { describe, expect, it } from "vitest";
import { Bus } from "../../../src/emulator/bus/bus.ts";
import { FW_CFG_NB_CPUS, FwCfg } from "../../../src/emulator/devices/fw-cfg.ts";
import { DRM_FORMAT_XRGB8888, RAMFB_CONFIG_SIZE, Ramfb } from "../../../src/emulator/devices/ramfb.ts";
import {
  FW_CFG_DATA,
  FW_CFG_DMA,
  FW_CFG_DMA_ERROR,
  FW_CFG_DMA_READ,
  FW_CFG_DMA_SELECT,
  FW_CFG_DMA_SKIP,
  FW_CFG_DMA_WRITE,
  FW_CFG_FILE_DIR,
  FW_CFG_ID,
  FW_CFG_SELECTOR,
  FW_CFG_SIGNATURE,
  RAMFB_FILE,
} from "../../../src/machine/devices/fw-cfg.ts";
import { FW_CFG_BASE, FW_CFG_SIZE, RAM_BASE } from "../../../src/machine/memory-map.ts";

const DESC = RAM_BASE + 0x1000;
const BUF = RAM_BASE + 0x2000;

function setup() {
  const bus = new Bus(RAM_BASE, 1 << 20);
  const fw = new FwCfg(bus);
  bus.map(FW_CFG_BASE, FW_CFG_SIZE, fw);
  const view = new DataView(bus.ram.buffer);
  /** What a guest driver does: big-endian selector through a 16-bit store. */
  const select = (key: number) => bus.write(FW_CFG_BASE + FW_CFG_SELECTOR, 2, ((key & 0xff) << 8) | (key >> 8));
  const readBytes = (n: number) => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push(bus.read(FW_CFG_BASE + FW_CFG_DATA, 1));
    return out;
  };
  /** Writes an FWCfgDmaAccess and starts it with a 64-bit big-endian store. */
  const dma = (control: number, length: number, address: number) => {
    view.setUint32(DESC - RAM_BASE, control);
    view.setUint32(DESC - RAM_BASE + 4, length);
    view.setBigUint64(DESC - RAM_BASE + 8, BigInt(address));
    const be = new DataView(new ArrayBuffer(8));
    be.setBigUint64(0, BigInt(DESC));
    bus.write64(FW_CFG_BASE + FW_CFG_DMA, be.getBigUint64(0, true));
    return view.getUint32(DESC - RAM_BASE);
  };
  const directory = () => {
    select(FW_CFG_FILE_DIR);
    const count = readBytes(4).reduce((a, b) => a * 256 + b, 0);
    const files: { size: number; select: number; name: string }[] = [];
    for (let i = 0; i < count; i++) {
      const e = readBytes(64);
      const size = ((e[0] << 24) | (e[1] << 16) | (e[2] << 8) | e[3]) >>> 0;
      const name = String.fromCharCode(...e.slice(8, e.indexOf(0, 8)));
      files.push({ size, select: (e[4] << 8) | e[5], name });
    }
    return files;
  };
  return { bus, fw, view, select, readBytes, dma, directory };
}

describe("fw_cfg traditional interface", () => {
  it("reads the signature 'QEMU' byte by byte", () => {
    const { select, readBytes } = setup();
    select(FW_CFG_SIGNATURE);
    expect(String.fromCharCode(...readBytes(4))).toBe("QEMU");
  });
  it("returns wider reads in string order and zeros past the end", () => {
    const { bus, select } = setup();
    select(FW_CFG_SIGNATURE);
    expect(bus.read(FW_CFG_BASE + FW_CFG_DATA, 4)).toBe(0x554d4551); // bytes "QEMU" in memory order
    expect(bus.read(FW_CFG_BASE + FW_CFG_DATA, 4)).toBe(0);
  });
  it("reports the traditional and DMA interfaces in ID, and one CPU", () => {
    const { select, readBytes } = setup();
    select(FW_CFG_ID);
    expect(readBytes(4)).toEqual([3, 0, 0, 0]);
    select(FW_CFG_NB_CPUS);
    expect(readBytes(2)).toEqual([1, 0]);
  });
  it("restarts an item at offset 0 when it is selected again", () => {
    const { select, readBytes } = setup();
    select(FW_CFG_SIGNATURE);
    readBytes(2);
    select(FW_CFG_SIGNATURE);
    expect(readBytes(1)).toEqual([0x51]);
  });
  it("answers 'QEMU CFG' when the DMA register is read", () => {
    const { bus } = setup();
    const v = bus.read64(FW_CFG_BASE + FW_CFG_DMA);
    const b = new DataView(new ArrayBuffer(8));
    b.setBigUint64(0, v, true);
    expect(String.fromCharCode(...new Uint8Array(b.buffer))).toBe("QEMU CFG");
  });
});

describe("fw_cfg file directory", () => {
  it("lists files sorted by name with big-endian sizes and keys from 0x20", () => {
    const { fw, directory } = setup();
    fw.addFile("opt/b", new Uint8Array(10));
    fw.addFile("etc/a", new Uint8Array(300));
    expect(directory()).toEqual([
      { size: 300, select: 0x20, name: "etc/a" },
      { size: 10, select: 0x21, name: "opt/b" },
    ]);
    expect(fw.keyOf("opt/b")).toBe(0x21);
  });
  it("refuses duplicate and over-long names", () => {
    const { fw } = setup();
    fw.addFile("x", new Uint8Array(1));
    expect(() => fw.addFile("x", new Uint8Array(1))).toThrow(/already present/);
    expect(() => fw.addFile("n".repeat(56), new Uint8Array(1))).toThrow(/too long/);
  });
});

describe("fw_cfg DMA", () => {
  it("selects and reads an item into RAM, zero-filling past its end, and clears control", () => {
    const { bus, fw, dma } = setup();
    const key = fw.addFile("opt/hello", new TextEncoder().encode("hello"));
    bus.ram.fill(0xee, BUF - RAM_BASE, BUF - RAM_BASE + 16);
    const status = dma((key << 16) | FW_CFG_DMA_SELECT | FW_CFG_DMA_READ, 8, BUF);
    expect(status).toBe(0);
    expect([...bus.ram.subarray(BUF - RAM_BASE, BUF - RAM_BASE + 9)]).toEqual([104, 101, 108, 108, 111, 0, 0, 0, 0xee]);
  });
  it("skips, then continues reading from the new offset", () => {
    const { bus, fw, dma } = setup();
    const key = fw.addFile("opt/abc", new TextEncoder().encode("abcdef"));
    dma((key << 16) | FW_CFG_DMA_SELECT | FW_CFG_DMA_SKIP, 2, 0);
    dma(FW_CFG_DMA_READ, 2, BUF);
    expect(String.fromCharCode(...bus.ram.subarray(BUF - RAM_BASE, BUF - RAM_BASE + 2))).toBe("cd");
  });
  it("writes a writable file and runs its callback", () => {
    const { bus, fw, dma } = setup();
    let seen = "";
    const key = fw.addFile("opt/w", new Uint8Array(4), {
      writable: true,
      onWrite: (d) => {
        seen = String.fromCharCode(...d);
      },
    });
    bus.ram.set(new TextEncoder().encode("ping"), BUF - RAM_BASE);
    expect(dma((key << 16) | FW_CFG_DMA_SELECT | FW_CFG_DMA_WRITE, 4, BUF)).toBe(0);
    expect(seen).toBe("ping");
  });
  it("reports ERROR for a write to a read-only item, past an item's end, or outside RAM", () => {
    const { fw, dma } = setup();
    const ro = fw.addFile("opt/ro", new Uint8Array(4));
    const rw = fw.addFile("opt/rw", new Uint8Array(4), { writable: true });
    expect(dma((ro << 16) | FW_CFG_DMA_SELECT | FW_CFG_DMA_WRITE, 4, BUF)).toBe(FW_CFG_DMA_ERROR);
    expect(dma((rw << 16) | FW_CFG_DMA_SELECT | FW_CFG_DMA_WRITE, 5, BUF)).toBe(FW_CFG_DMA_ERROR);
    expect(dma((rw << 16) | FW_CFG_DMA_SELECT | FW_CFG_DMA_READ, 4, 0x0900_0000)).toBe(FW_CFG_DMA_ERROR);
  });
});

describe("ramfb", () => {
  function config(addr: number, fourcc: number, width: number, height: number, stride: number) {
    const b = new DataView(new ArrayBuffer(RAMFB_CONFIG_SIZE));
    b.setBigUint64(0, BigInt(addr));
    b.setUint32(8, fourcc);
    b.setUint32(12, 0);
    b.setUint32(16, width);
    b.setUint32(20, height);
    b.setUint32(24, stride);
    return new Uint8Array(b.buffer);
  }

  it("appears in the directory as etc/ramfb, 28 bytes", () => {
    const { bus, fw, directory } = setup();
    new Ramfb(bus, fw);
    expect(directory()).toEqual([{ size: 28, select: 0x20, name: RAMFB_FILE }]);
  });
  it("accepts a big-endian configuration written by DMA and exposes the framebuffer", () => {
    const { bus, fw, dma } = setup();
    const ramfb = new Ramfb(bus, fw);
    const changes: unknown[] = [];
    ramfb.onChange = (fb) => changes.push(fb);
    const fbAddr = RAM_BASE + 0x10000;
    bus.ram.set(config(fbAddr, DRM_FORMAT_XRGB8888, 32, 16, 0), BUF - RAM_BASE);
    expect(dma((fw.keyOf(RAMFB_FILE) << 16) | FW_CFG_DMA_SELECT | FW_CFG_DMA_WRITE, 28, BUF)).toBe(0);
    expect(ramfb.framebuffer).toEqual({
      address: fbAddr,
      fourcc: DRM_FORMAT_XRGB8888,
      width: 32,
      height: 16,
      stride: 128,
      bytesPerPixel: 4,
    });
    expect(changes.length).toBe(1);
    // One pixel at (1, 0): XRGB8888 little-endian is bytes B, G, R, x.
    bus.ram.set([0x30, 0x20, 0x10, 0x00], fbAddr + 4 - RAM_BASE);
    const rgba = new Uint8Array(32 * 16 * 4);
    expect(ramfb.readRgba(rgba)).toBe(true);
    expect([...rgba.subarray(4, 8)]).toEqual([0x10, 0x20, 0x30, 255]);
  });
  it("rejects unknown formats, tiny sizes and buffers outside RAM, keeping the old configuration", () => {
    const { bus, fw, dma } = setup();
    const ramfb = new Ramfb(bus, fw);
    const key = fw.keyOf(RAMFB_FILE);
    for (const bad of [
      config(RAM_BASE, 0x12345678, 32, 32, 0),
      config(RAM_BASE, DRM_FORMAT_XRGB8888, 8, 8, 0),
      config(RAM_BASE + (1 << 20) - 64, DRM_FORMAT_XRGB8888, 32, 32, 0),
      config(RAM_BASE, DRM_FORMAT_XRGB8888, 32, 32, 64),
    ]) {
      bus.ram.set(bad, BUF - RAM_BASE);
      dma((key << 16) | FW_CFG_DMA_SELECT | FW_CFG_DMA_WRITE, 28, BUF);
      expect(ramfb.framebuffer).toBeNull();
    }
  });
});
