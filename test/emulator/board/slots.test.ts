// chapter: 07-devices
// Plugging a device into one of the board's virtio slots: the window answers with the device,
// the slot's interrupt wire reaches the GIC as INTID 48 + slot, and bad slots are refused.
import { describe, expect, it } from "vitest";
import { createVirtBoard } from "../../../src/emulator/board/virt.ts";
import { VIRTIO_MMIO_DEVICE_ID } from "../../../src/machine/devices/virtio.ts";
import { IRQ_VIRTIO_BASE } from "../../../src/machine/irq.ts";
import { VIRTIO_MMIO_BASE, VIRTIO_MMIO_STRIDE } from "../../../src/machine/memory-map.ts";
import { FakeCpu } from "../fake-cpu.ts";

describe("virtio slots", () => {
  it("plugs a device into a slot and wires it to INTID 48 + slot", () => {
    const b = createVirtBoard({ createCpu: () => new FakeCpu() });
    let raise: (level: boolean) => void = () => {};
    b.attachVirtio(5, (setIrq) => {
      raise = setIrq;
      return { read: (o) => (o === VIRTIO_MMIO_DEVICE_ID ? 2 : 0), write: () => {} };
    });
    expect(b.virtioAddress(5)).toBe(VIRTIO_MMIO_BASE + 5 * VIRTIO_MMIO_STRIDE);
    expect(b.bus.read(b.virtioAddress(5) + VIRTIO_MMIO_DEVICE_ID, 4)).toBe(2);
    raise(true);
    expect(b.gic.isPending(IRQ_VIRTIO_BASE + 5)).toBe(true);
    expect(() => b.attachVirtio(5, { read: () => 0, write: () => {} })).toThrow(/occupied/);
    expect(() => b.attachVirtio(32, { read: () => 0, write: () => {} })).toThrow(/slots are 0–31/);
  });
});
