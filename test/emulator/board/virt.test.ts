// chapter: 05-boot-hardware
// The board with the devices of the boot-hardware chapter wired in, driven by a stand-in CPU:
// each device at its address, the device tree and the initrd in RAM, timer interrupts at the
// exact tick, the RTC and the UART through the board, and two identical runs.
import { describe, expect, it } from "vitest";
import { createVirtBoard, type VirtBoardOptions } from "../../../src/emulator/board/virt.ts";
import { GICC_CTLR, GICC_EOIR, GICC_IAR, GICC_PMR, GICD_CTLR, GICD_ISENABLER, GICD_TYPER } from "../../../src/machine/devices/gic.ts";
import { FW_CFG_DATA, FW_CFG_SELECTOR } from "../../../src/machine/devices/fw-cfg.ts";
import { UART_CR, UART_DR, UART_IMSC, UART_INT_RT, UART_LCR_H } from "../../../src/machine/devices/pl011.ts";
import { RTC_DR } from "../../../src/machine/devices/pl031.ts";
import { CNTFRQ_HZ, IRQ_PL011, IRQ_SPURIOUS, IRQ_VTIMER } from "../../../src/machine/irq.ts";
import { FW_CFG_BASE, GICC_BASE, GICD_BASE, PAGE_SIZE, PL011_BASE, PL031_BASE, RAM_BASE } from "../../../src/machine/memory-map.ts";
import { CNT_CTL_ENABLE, CNTV_CVAL_EL0, CNTV_CTL_EL0, CNTV_TVAL_EL0 } from "../../../src/machine/sysregs.ts";
import { FakeCpu } from "../fake-cpu.ts";
import { cells, findNode, parseFdt } from "../fdt-reader.ts";

function board(options: VirtBoardOptions = {}) {
  let cpu!: FakeCpu;
  const out: number[] = [];
  const b = createVirtBoard({
    ...options,
    uartOutput: (bytes) => out.push(...bytes),
    createCpu: () => {
      cpu = new FakeCpu();
      return cpu;
    },
  });
  return { b, cpu, out };
}

/** What a kernel's interrupt setup does on this board (emulator-anchors §4.4). */
function enableGic(b: ReturnType<typeof board>["b"], ...ids: number[]) {
  for (const id of ids) b.bus.write(GICD_BASE + GICD_ISENABLER + 4 * (id >> 5), 4, 1 << (id & 31));
  b.bus.write(GICD_BASE + GICD_CTLR, 4, 1);
  b.bus.write(GICC_BASE + GICC_PMR, 4, 0xff);
  b.bus.write(GICC_BASE + GICC_CTLR, 4, 1);
}

describe("assembly", () => {
  it("puts each device at its virt address", () => {
    const { b } = board();
    expect(b.bus.read(GICD_BASE + GICD_TYPER, 4)).toBe(8);
    expect(b.bus.read(PL011_BASE + 0xfe0, 4)).toBe(0x11);
    expect(b.bus.read(PL031_BASE + 0xfe0, 4)).toBe(0x31);
    b.bus.write(FW_CFG_BASE + FW_CFG_SELECTOR, 2, 0);
    expect(b.bus.read(FW_CFG_BASE + FW_CFG_DATA, 4)).toBe(0x554d4551);
    expect(b.bus.fault).toBe(false);
  });
});

describe("RAM at boot", () => {
  it("holds the device tree at the start of RAM, describing the RAM size", () => {
    const { b } = board({ ramSize: 64 << 20, bootargs: "quiet" });
    const fdt = parseFdt(b.bus.ram.subarray(0, b.layout.fdtSize));
    expect(b.fdtAddress).toBe(RAM_BASE);
    expect(cells(findNode(fdt.root, "/memory@40000000")!.props.get("reg")!)).toEqual([0, RAM_BASE, 0, 64 << 20]);
  });
  it("loads the initrd on the page after the device tree and names it in /chosen", () => {
    const initrd = new Uint8Array(10000).map((_, i) => i & 0xff);
    const { b } = board({ initrd });
    const { initrdStart, initrdEnd, freeStart } = b.layout;
    expect(initrdStart % PAGE_SIZE).toBe(0);
    expect(initrdStart).toBeGreaterThanOrEqual(RAM_BASE + b.layout.fdtSize);
    expect(initrdEnd - initrdStart).toBe(10000);
    expect(freeStart).toBe(initrdStart + 3 * PAGE_SIZE);
    expect([...b.bus.ram.subarray(initrdStart - RAM_BASE, initrdStart - RAM_BASE + 4)]).toEqual([0, 1, 2, 3]);
    const chosen = findNode(parseFdt(b.fdt).root, "/chosen")!;
    expect(cells(chosen.props.get("linux,initrd-start")!)).toEqual([0, initrdStart]);
    expect(cells(chosen.props.get("linux,initrd-end")!)).toEqual([0, initrdEnd]);
  });
  it("refuses an initrd larger than RAM", () => {
    expect(() => board({ ramSize: 1 << 20, initrd: new Uint8Array(2 << 20) })).toThrow(/RAM too small/);
  });
});

describe("virtual time", () => {
  it("raises the timer interrupt at exactly the tick CVAL names", () => {
    const { b, cpu } = board();
    enableGic(b, IRQ_VTIMER);
    const taken: number[] = [];
    cpu.onIrq = (c) => {
      taken.push(c.now());
      expect(b.bus.read(GICC_BASE + GICC_IAR, 4)).toBe(IRQ_VTIMER);
      c.msr(CNTV_TVAL_EL0, 1000n);
      b.bus.write(GICC_BASE + GICC_EOIR, 4, IRQ_VTIMER);
    };
    cpu.msr(CNTV_CVAL_EL0, 12_345n);
    cpu.msr(CNTV_CTL_EL0, BigInt(CNT_CTL_ENABLE));
    expect(b.run(15_000)).toBe("budget");
    expect(taken).toEqual([12_345, 13_345, 14_345]);
  });
  it("skips straight to the next deadline while the CPU waits in wfi", () => {
    const { b, cpu } = board();
    enableGic(b, IRQ_VTIMER);
    let woke = -1;
    cpu.step = (c) => {
      if (c.instret === 10) c.idle = true; // wfi
    };
    cpu.onIrq = (c) => {
      woke = c.now();
      c.msr(CNTV_CTL_EL0, 0n);
      c.halted = true;
    };
    cpu.msr(CNTV_CVAL_EL0, BigInt(CNTFRQ_HZ)); // one virtual second
    cpu.msr(CNTV_CTL_EL0, BigInt(CNT_CTL_ENABLE));
    expect(b.run(10 * CNTFRQ_HZ)).toBe("halted");
    expect(woke).toBe(CNTFRQ_HZ);
    expect(cpu.instret).toBe(10);
  });
  it("counts the RTC from the fixed epoch in virtual time when deterministic", () => {
    const { b } = board({ rtcEpoch: 1_000_000 });
    b.run(3 * CNTFRQ_HZ + 5);
    expect(b.bus.read(PL031_BASE + RTC_DR, 4)).toBe(1_000_003);
  });
});

describe("UART through the board", () => {
  it("delivers guest output to uartOutput and to 'uart' listeners", () => {
    const { b, cpu, out } = board();
    const events: Uint8Array[] = [];
    b.on("uart", (d) => events.push(d as Uint8Array));
    cpu.step = (c) => {
      if (c.instret <= 2) b.bus.write(PL011_BASE + UART_DR, 4, 0x40 + c.instret);
      if (c.instret === 3) c.idle = true;
    };
    b.runUntilIdle();
    expect(String.fromCharCode(...out)).toBe("AB");
    expect(events.length).toBe(1);
  });
  it("logs host input with its virtual time and raises INTID 33", () => {
    const { b, cpu } = board();
    enableGic(b, IRQ_PL011);
    b.bus.write(PL011_BASE + UART_LCR_H, 4, 1 << 4);
    b.bus.write(PL011_BASE + UART_CR, 4, 0x301);
    b.bus.write(PL011_BASE + UART_IMSC, 4, UART_INT_RT);
    const inputs: unknown[] = [];
    b.on("input", (d) => inputs.push(d));
    b.run(777);
    b.uart.receive(new Uint8Array([0x61]));
    expect(inputs).toEqual([{ tick: 777, instret: 777, device: "uart", bytes: new Uint8Array([0x61]) }]);
    expect(cpu.irqLine).toBe(true);
    expect(b.bus.read(GICC_BASE + GICC_IAR, 4)).toBe(IRQ_PL011);
    expect(b.bus.read(PL011_BASE + UART_DR, 4)).toBe(0x61);
    b.bus.write(GICC_BASE + GICC_EOIR, 4, IRQ_PL011);
    expect(b.bus.read(GICC_BASE + GICC_IAR, 4)).toBe(IRQ_SPURIOUS);
  });
});

describe("determinism", () => {
  it("gives two identical runs the same output, interrupts and instruction counts", () => {
    const once = () => {
      const { b, cpu, out } = board({ seed: 42 });
      enableGic(b, IRQ_VTIMER);
      cpu.step = (c) => {
        if (c.instret % 997 === 0) b.bus.write(PL011_BASE + UART_DR, 4, 0x30 + (c.now() % 10));
        if (c.instret % 5003 === 0) c.idle = true;
      };
      cpu.onIrq = (c) => {
        b.bus.read(GICC_BASE + GICC_IAR, 4);
        c.msr(CNTV_TVAL_EL0, 20_000n);
        b.bus.write(GICC_BASE + GICC_EOIR, 4, IRQ_VTIMER);
      };
      cpu.msr(CNTV_TVAL_EL0, 20_000n);
      cpu.msr(CNTV_CTL_EL0, BigInt(CNT_CTL_ENABLE));
      b.run(2_000_000);
      return { out: String.fromCharCode(...out), instret: cpu.instret, irqs: cpu.irqsTaken, now: b.now(), fdt: [...b.fdt] };
    };
    const a = once();
    expect(a.irqs).toBeGreaterThan(50);
    expect(once()).toEqual(a);
  });
});

