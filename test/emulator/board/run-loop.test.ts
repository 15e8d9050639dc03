// chapter: 03-machine
// The board of the machine chapter, before it has devices: a stand-in CPU on the bus, the 32
// empty virtio windows, the event queue, the run loop's stop reasons and virtual time, and the
// wall-clock pacer.
import { describe, expect, it } from "vitest";
import { WallClockPacer } from "../../../src/emulator/board/pacer.ts";
import { createVirtBoard } from "../../../src/emulator/board/virt.ts";
import {
  VIRTIO_MAGIC,
  VIRTIO_MMIO_DEVICE_ID,
  VIRTIO_MMIO_MAGIC_VALUE,
  VIRTIO_MMIO_VERSION,
} from "../../../src/machine/devices/virtio.ts";
import { CNTFRQ_HZ } from "../../../src/machine/irq.ts";
import { RAM_BASE, VIRTIO_MMIO_BASE, VIRTIO_MMIO_COUNT, VIRTIO_MMIO_STRIDE } from "../../../src/machine/memory-map.ts";
import { FakeCpu } from "../fake-cpu.ts";

function board() {
  let cpu!: FakeCpu;
  const b = createVirtBoard({
    ramSize: 1 << 20,
    createCpu: () => {
      cpu = new FakeCpu();
      return cpu;
    },
  });
  return { b, cpu };
}

describe("assembly", () => {
  it("puts RAM at RAM_BASE and answers on all 32 virtio slots with magic, version 2 and device ID 0", () => {
    const { b } = board();
    b.bus.write(RAM_BASE + 8, 4, 0x1234_5678);
    expect(b.bus.read(RAM_BASE + 8, 4)).toBe(0x1234_5678);
    for (let n = 0; n < VIRTIO_MMIO_COUNT; n++) {
      const base = VIRTIO_MMIO_BASE + n * VIRTIO_MMIO_STRIDE;
      expect(b.bus.read(base + VIRTIO_MMIO_MAGIC_VALUE, 4)).toBe(VIRTIO_MAGIC);
      expect(b.bus.read(base + VIRTIO_MMIO_VERSION, 4)).toBe(2);
      expect(b.bus.read(base + VIRTIO_MMIO_DEVICE_ID, 4)).toBe(0);
    }
    expect(b.bus.fault).toBe(false);
  });
});

describe("virtual time", () => {
  it("reports idle when nothing can wake the CPU", () => {
    const { b, cpu } = board();
    cpu.step = (c) => {
      if (c.instret === 3) c.idle = true;
    };
    expect(b.runUntilIdle()).toBe("idle");
    expect(cpu.instret).toBe(3);
  });
  it("lets run(ticks) pass exactly that much virtual time, idle or not", () => {
    const { b, cpu } = board();
    cpu.step = (c) => {
      if (c.instret === 100) c.idle = true;
    };
    b.run(1_000_000);
    expect(b.now()).toBe(1_000_000);
  });
  it("runs queued device events at their tick", () => {
    const { b, cpu } = board();
    const seen: number[] = [];
    b.events.schedule(500, () => seen.push(cpu.now()));
    b.events.schedule(200, () => seen.push(cpu.now()));
    cpu.step = (c) => {
      if (c.instret === 50) c.idle = true;
    };
    expect(b.runUntilIdle()).toBe("idle");
    expect(seen).toEqual([200, 500]);
  });
  it("stops at a condition checked between slices", () => {
    const { b, cpu } = board();
    expect(b.runUntil(() => cpu.instret >= 25_000)).toBe("condition");
  });
  it("reports a halted CPU once, with its time", () => {
    const { b, cpu } = board();
    const halts: unknown[] = [];
    b.on("halt", (d) => halts.push(d));
    cpu.step = (c) => {
      if (c.instret === 7) c.halted = true;
    };
    expect(b.run(1000)).toBe("halted");
    expect(b.run(1000)).toBe("halted");
    expect(halts).toEqual([{ tick: 7, instret: 7 }]);
  });
});

describe("wall-clock pacing", () => {
  it("runs virtual time in step with the host clock, capped per step, without touching guest state", () => {
    const calls: number[] = [];
    let now = 0;
    const fake = {
      now: () => now,
      run: (t: number) => {
        calls.push(t);
        now += t;
        return "budget";
      },
    };
    const pacer = new WallClockPacer(fake, 1, CNTFRQ_HZ / 20);
    pacer.step(1000);
    pacer.step(1010); // 10 ms later
    expect(now).toBe(CNTFRQ_HZ / 100);
    pacer.step(5000); // the host stalled for 4 s: run one capped step and drop the rest
    expect(calls.at(-1)).toBe(CNTFRQ_HZ / 20);
    pacer.step(5010);
    expect(calls.at(-1)).toBe(CNTFRQ_HZ / 100);
  });
});

