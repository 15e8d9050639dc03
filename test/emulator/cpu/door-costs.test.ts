// chapter: 04c-cpu-system
// The cost model of kernel work (chapter 4c, "What kernel work costs"): each door operation adds
// its modelled cost to door.work, and cpu.now() counts it, so the timer and the board see it.
import { describe, expect, it } from "vitest";
import { Bus } from "../../../src/emulator/bus/bus.ts";
import * as C from "../../../src/emulator/cpu/costs.ts";
import { Cpu } from "../../../src/emulator/cpu/cpu.ts";
import { EXIT_ERET } from "../../../src/machine/door.ts";
import { RAM_BASE } from "../../../src/machine/memory-map.ts";
import { VBAR_EL1 } from "../../../src/machine/sysregs.ts";

const DEVICE = 0x0900_0000;

function machine() {
  const bus = new Bus(RAM_BASE, 1 << 20);
  bus.map(DEVICE, 0x1000, { read: () => 0, write: () => {} });
  const cpu = new Cpu(bus);
  cpu.reset(RAM_BASE, 1);
  return { bus, cpu, door: cpu.door };
}

/** The ticks `op` charges, as door.work and as cpu.now() see them (they must agree). */
function charged(cpu: Cpu, op: () => void): number {
  const work = cpu.door.work;
  const now = cpu.now();
  op();
  expect(cpu.now() - now).toBe(cpu.door.work - work);
  return cpu.door.work - work;
}

describe("the door's cost model", () => {
  it("charges a RAM access one tick and a device register access DEVICE_ACCESS_COST", () => {
    const { cpu, door } = machine();
    expect(charged(cpu, () => door.write64(RAM_BASE + 8, 1n))).toBe(C.RAM_ACCESS_COST);
    expect(charged(cpu, () => door.read8(RAM_BASE + 8))).toBe(C.RAM_ACCESS_COST);
    expect(charged(cpu, () => door.read32(DEVICE + 4))).toBe(C.DEVICE_ACCESS_COST);
    expect(charged(cpu, () => door.write32(DEVICE, 7))).toBe(C.DEVICE_ACCESS_COST);
  });

  it("charges copies per 16 bytes and fills per 32 bytes, rounded up: a zeroed page is 128 ticks", () => {
    const { cpu, door } = machine();
    expect(charged(cpu, () => door.writeBytes(RAM_BASE, new Uint8Array(100)))).toBe(7);
    expect(charged(cpu, () => door.readBytes(RAM_BASE, new Uint8Array(16)))).toBe(1);
    expect(charged(cpu, () => door.fillBytes(RAM_BASE, 4096, 0))).toBe(128);
    expect(charged(cpu, () => door.fillBytes(RAM_BASE, 0, 0))).toBe(0);
  });

  it("charges system instructions one tick each", () => {
    const { cpu, door } = machine();
    expect(charged(cpu, () => door.msr(VBAR_EL1, 0x1000n))).toBe(C.SYSTEM_INSTRUCTION_COST);
    expect(charged(cpu, () => door.mrs(VBAR_EL1))).toBe(C.SYSTEM_INSTRUCTION_COST);
    expect(charged(cpu, () => door.tlbi("vmalle1", 0n))).toBe(C.SYSTEM_INSTRUCTION_COST);
    expect(charged(cpu, () => door.barrier("dsb"))).toBe(C.SYSTEM_INSTRUCTION_COST);
    expect(charged(cpu, () => door.at("s1e1r", 0n))).toBe(C.SYSTEM_INSTRUCTION_COST);
  });

  it("charges an exception its entry cost plus the work its handler does", () => {
    const { bus, cpu, door } = machine();
    bus.ramView.setUint32(0, 0xd4000001, true); // svc #0
    door.setVectorHandler(() => {
      door.fillBytes(RAM_BASE + 0x1000, 4096, 0);
      return EXIT_ERET;
    });
    const before = cpu.now();
    const retired = cpu.run(1);
    expect(cpu.now() - before).toBe(retired + C.KERNEL_ENTRY_COST + 128);
  });
});
