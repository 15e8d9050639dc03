// chapter: 07-devices
// A disk with a volatile write cache: reads see cached writes, a FLUSH makes them stable in order,
// a power cut loses every write since the last FLUSH except those the test keeps, and recording
// numbers every write and FLUSH.
import { describe, expect, it } from "vitest";
import { MemoryBlockStore } from "../../../src/emulator/devices/virtio/blk.ts";
import { VolatileBlockStore } from "../../../src/emulator/devices/virtio/volatile-store.ts";

const bytes = (...v: number[]) => Uint8Array.from(v);

describe("VolatileBlockStore", () => {
  it("shows cached writes to reads, and keeps them off the store until a FLUSH", () => {
    const inner = new MemoryBlockStore(new Uint8Array(16));
    const disk = new VolatileBlockStore(inner);
    disk.write(2, bytes(1, 2, 3));
    disk.write(3, bytes(9));
    const seen = new Uint8Array(5);
    disk.read(0, seen);
    expect(seen).toEqual(bytes(0, 0, 1, 9, 3));
    expect(inner.bytes.subarray(0, 5)).toEqual(bytes(0, 0, 0, 0, 0));
    disk.flush();
    expect(inner.bytes.subarray(0, 5)).toEqual(bytes(0, 0, 1, 9, 3));
  });

  it("loses on a power cut what no FLUSH covered, except the writes kept", () => {
    const inner = new MemoryBlockStore(new Uint8Array(16));
    const disk = new VolatileBlockStore(inner);
    disk.record = true;
    disk.write(0, bytes(7));
    disk.flush();
    disk.write(1, bytes(8));
    disk.write(2, bytes(9));
    expect(disk.events.map((e) => `${e.seq}:${e.op}`)).toEqual(["0:write", "1:flush", "2:write", "3:write"]);
    expect(disk.powerCut([3])).toBe(1); // the write of 9 reached the disk, the write of 8 did not
    expect(inner.bytes.subarray(0, 3)).toEqual(bytes(7, 0, 9));
    const after = new Uint8Array(3);
    disk.read(0, after);
    expect(after).toEqual(bytes(7, 0, 9));
  });

  it("stamps each event with its clock, and takes nothing while the power is off", () => {
    const inner = new MemoryBlockStore(new Uint8Array(8));
    const disk = new VolatileBlockStore(inner);
    let instructions = 100;
    disk.clock = () => instructions;
    disk.record = true;
    disk.write(0, bytes(1));
    instructions = 250;
    disk.flush();
    expect(disk.events.map((e) => `${e.op}@${e.at}`)).toEqual(["write@100", "flush@250"]);
    disk.write(1, bytes(2));
    expect(disk.powerCut()).toBe(1);
    disk.write(2, bytes(3)); // after the cut: goes nowhere
    disk.flush();
    expect(disk.cached.length).toBe(0);
    expect(inner.bytes.subarray(0, 3)).toEqual(bytes(1, 0, 0));
    disk.powerOn();
    disk.write(2, bytes(3));
    disk.flush();
    expect(inner.bytes.subarray(0, 3)).toEqual(bytes(1, 0, 3));
  });
});
