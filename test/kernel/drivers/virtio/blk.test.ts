// chapter: 24-virtio-drivers
// The virtio driver core and virtio-blk on the booted machine: negotiation with chapter 7's
// device, many requests in flight completed by interrupt, FLUSH, the write cache, read-only
// disks, and errors that come back as statuses.
import { describe, expect, it } from "vitest";
import { MemoryBlockStore, VirtioBlk } from "../../../../src/emulator/devices/virtio/blk.ts";
import { VolatileBlockStore } from "../../../../src/emulator/devices/virtio/volatile-store.ts";
import type { BlockRequest } from "../../../../src/kernel/block/device.ts";
import type { VirtioBlkDevice } from "../../../../src/kernel/drivers/virtio/blk.ts";
import { transportProbe } from "../../../../src/kernel/drivers/virtio/transport.ts";
import { Status } from "../../../../src/kernel/lib/status.ts";
import type { El1Door } from "../../../../src/machine/door.ts";
import { createSystem, type ViperSystem } from "../../../../src/system/index.ts";
import { standardBootfs } from "../../../../tools/mkbootfs.ts";

const DISK_BYTES = 4 * 2 ** 20;

/** Boots the shell with `store` as vda (and the default rng and keyboard) and waits for its prompt. */
function boot(store = new MemoryBlockStore(new Uint8Array(DISK_BYTES)), virtio?: VirtioBlk[]): ViperSystem {
  const system = createSystem({ bootfs: standardBootfs(), bootargs: "root=initrd", disk: virtio ? undefined : store, virtio });
  system.runUntilWaitingForInput();
  return system;
}

function disk(system: ViperSystem): VirtioBlkDevice {
  const d = system.kernel?.disks[0];
  if (d === undefined) throw new Error("no disk");
  return d as VirtioBlkDevice;
}

/** A request whose completions land in `statuses[i]`. */
function request(op: BlockRequest["op"], sector: number, buffer: Uint8Array, statuses: (Status | null)[]): BlockRequest {
  const i = statuses.push(null) - 1;
  return { op, sector, buffer, done: (s) => (statuses[i] = s) };
}

function pattern(sector: number): Uint8Array {
  return Uint8Array.from({ length: 512 }, (_, i) => (sector * 7 + i) & 0xff);
}

describe("finding and initialising a virtio-blk device", () => {
  it("negotiates VERSION_1, FLUSH and CONFIG_WCE, reads the capacity, and logs one line", () => {
    const system = boot();
    const vda = disk(system);
    expect(vda).toMatchObject({ name: "vda", sectors: DISK_BYTES / 512, readOnly: false, canFlush: true, writeCache: true });
    expect(vda.depth).toBe(85);
    const status = system.board.bus.read(system.board.virtioAddress(0) + 0x070, 4);
    expect(status).toBe(1 | 2 | 8 | 4); // ACKNOWLEDGE | DRIVER | FEATURES_OK | DRIVER_OK
    expect(system.transcript).toContain("virtio: vda: 4 MiB disk (flush, write cache), 85 requests in flight\r\n");
  });

  it("boots with no disk: k.disks is empty and the rng and keyboard are found", () => {
    const system = createSystem({ bootfs: standardBootfs() });
    expect(system.kernel?.disks).toEqual([]);
    expect(system.transcript).toContain("virtio: rng: entropy source");
    expect(system.transcript).not.toContain("virtio: vd");
  });

  it("reports a write-through disk when the device's writeback byte is 0, and a read-only one", () => {
    const medium = new MemoryBlockStore(new Uint8Array(DISK_BYTES));
    const cached = new VolatileBlockStore(medium);
    const wt = new VirtioBlk(cached);
    wt.writeback = 0;
    wt.reset = () => {}; // keep writeback 0 across the driver's reset
    const wtSystem = boot(undefined, [wt]);
    expect(disk(wtSystem).writeCache).toBe(false);
    // Write-through: a completed write is on the medium, not in the volatile cache.
    const done: (Status | null)[] = [];
    disk(wtSystem).submit(request("write", 3, pattern(3), done));
    wtSystem.runFor(1);
    expect(done).toEqual([Status.OK]);
    expect(cached.cached.length).toBe(0);
    expect(medium.bytes.subarray(3 * 512, 4 * 512)).toEqual(pattern(3));
    const ro = boot(undefined, [new VirtioBlk(new MemoryBlockStore(new Uint8Array(DISK_BYTES)), { readOnly: true })]);
    expect(disk(ro).readOnly).toBe(true);
    const statuses: (Status | null)[] = [];
    disk(ro).submit(request("write", 0, new Uint8Array(512), statuses));
    expect(statuses).toEqual([Status.IO]);
    expect(ro.transcript).toContain("virtio: vda: 4 MiB disk (read-only, flush, write cache)");
  });

  it("skips empty slots and refuses a legacy (version 1) device with a reason", () => {
    const regs = new Map([
      [0x000, 0x74726976],
      [0x004, 1],
      [0x008, 2],
    ]);
    const door = { read32: (pa: number) => regs.get(pa) ?? 0 } as unknown as El1Door;
    expect(transportProbe(door, { base: 0, intid: 48 })).toMatch(/^legacy \(version 1\) device refused/);
    regs.set(0x008, 0);
    expect(transportProbe(door, { base: 0, intid: 48 })).toBeNull();
  });
});

describe("virtio-blk requests", () => {
  it("keeps 64 writes and then 64 reads of distinct sectors in flight; each completes by interrupt", () => {
    const bytes = new Uint8Array(DISK_BYTES);
    const system = boot(new MemoryBlockStore(bytes));
    const vda = disk(system);
    const k = system.kernel;
    if (k === null) throw new Error("no kernel");
    const live = k.heap.live;
    const writes: (Status | null)[] = [];
    const sectors = Array.from({ length: 64 }, (_, i) => 100 + i * 3);
    for (const s of sectors) expect(vda.submit(request("write", s, pattern(s), writes))).toBe(true);
    expect(writes.every((s) => s === null)).toBe(true); // nothing completes until the interrupt
    const irqs = k.stats.irqs;
    system.runFor(1);
    expect(writes).toEqual(sectors.map(() => Status.OK));
    expect(k.stats.irqs).toBeGreaterThan(irqs);
    for (const s of sectors) expect(bytes.subarray(s * 512, s * 512 + 512)).toEqual(pattern(s));
    const reads: (Status | null)[] = [];
    const buffers = sectors.map(() => new Uint8Array(512));
    for (const [i, s] of sectors.entries()) vda.submit(request("read", s, buffers[i], reads));
    system.runFor(1);
    expect(reads).toEqual(sectors.map(() => Status.OK));
    for (const [i, s] of sectors.entries()) expect(buffers[i]).toEqual(pattern(s));
    expect(k.heap.live).toBe(live); // every bounce buffer went back
  });

  it("refuses the 86th request in flight with false, and takes it after a completion", () => {
    const system = boot();
    const vda = disk(system);
    const statuses: (Status | null)[] = [];
    for (let i = 0; i < 85; i++) expect(vda.submit(request("read", i, new Uint8Array(512), statuses))).toBe(true);
    const extra = request("read", 85, new Uint8Array(512), statuses);
    expect(vda.submit(extra)).toBe(false);
    expect(statuses).toHaveLength(86);
    system.runFor(1);
    expect(vda.submit(extra)).toBe(true);
    system.runFor(1);
    expect(statuses.every((s) => s === Status.OK)).toBe(true);
  });

  it("sends FLUSH to the device", () => {
    const system = boot();
    const device = system.virtio[0] as VirtioBlk;
    const statuses: (Status | null)[] = [];
    disk(system).submit(request("flush", 0, new Uint8Array(0), statuses));
    system.runFor(1);
    expect(statuses).toEqual([Status.OK]);
    expect(device.stats.flushes).toBe(1);
  });

  it("answers a request past the end of the disk with IO, not an exception, and keeps working", () => {
    const system = boot();
    const vda = disk(system);
    const statuses: (Status | null)[] = [];
    vda.submit(request("read", vda.sectors - 1, new Uint8Array(1024), statuses));
    vda.submit(request("write", vda.sectors + 10, new Uint8Array(512), statuses));
    vda.submit(request("read", 0, new Uint8Array(512), statuses));
    system.runFor(1);
    expect(statuses).toEqual([Status.IO, Status.IO, Status.OK]);
    expect(system.kernel?.panicMessage).toBeNull();
  });

  it("throws (a kernel bug) for a buffer that is not whole sectors", () => {
    const vda = disk(boot());
    expect(() => vda.submit(request("read", 0, new Uint8Array(100), []))).toThrow(/vda submit: a read of 100 bytes/);
  });
});
