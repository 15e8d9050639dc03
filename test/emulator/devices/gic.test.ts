// chapter: 05-boot-hardware
import { describe, expect, it } from "vitest";
import { Gic } from "../../../src/emulator/devices/gic.ts";
import {
  GICC_BPR,
  GICC_CTLR,
  GICC_EOIR,
  GICC_HPPIR,
  GICC_IAR,
  GICC_IIDR,
  GICC_PMR,
  GICC_RPR,
  GICD_CTLR,
  GICD_ICACTIVER,
  GICD_ICENABLER,
  GICD_ICFGR,
  GICD_ICPENDR,
  GICD_IGROUPR,
  GICD_IPRIORITYR,
  GICD_ISACTIVER,
  GICD_ISENABLER,
  GICD_ISPENDR,
  GICD_ITARGETSR,
  GICD_SGIR,
  GICD_TYPER,
} from "../../../src/machine/devices/gic.ts";
import { IRQ_PL011, IRQ_SPURIOUS, IRQ_VTIMER } from "../../../src/machine/irq.ts";

function setup() {
  const wire = { level: false, changes: 0 };
  const gic = new Gic((level) => {
    wire.level = level;
    wire.changes++;
  });
  const d = gic.distributor;
  const c = gic.cpuInterface;
  /** The kernel's bring-up sequence (emulator-anchors §4.4). */
  const enable = (...ids: number[]) => {
    for (const id of ids) d.write(GICD_ISENABLER + 4 * (id >> 5), 4, 1 << (id & 31));
    d.write(GICD_CTLR, 4, 1);
    c.write(GICC_PMR, 4, 0xff);
    c.write(GICC_CTLR, 4, 1);
  };
  const prio = (id: number, p: number) => d.write(GICD_IPRIORITYR + id, 1, p);
  const edge = (id: number) => {
    const reg = GICD_ICFGR + 4 * (id >> 4);
    d.write(reg, 4, d.read(reg, 4) | (2 << (2 * (id & 15))));
  };
  return { gic, d, c, wire, enable, prio, edge };
}

describe("GICv2 distributor identification", () => {
  it("reports 288 interrupts and one CPU in TYPER", () => {
    const { d } = setup();
    expect(d.read(GICD_TYPER, 4)).toBe(8);
  });
  it("makes ITARGETSR read-as-zero, write-ignored on a uniprocessor (IHI 0048B §4.3.12)", () => {
    const { d } = setup();
    d.write(GICD_ITARGETSR + 32, 4, 0x01010101);
    expect(d.read(GICD_ITARGETSR + 32, 4)).toBe(0);
  });
  it("identifies the CPU interface as a GIC-400", () => {
    const { c } = setup();
    expect(c.read(GICC_IIDR, 4)).toBe(0x0202143b);
  });
});

describe("enables", () => {
  it("sets with ISENABLER and clears with ICENABLER, both reading the state", () => {
    const { d } = setup();
    d.write(GICD_ISENABLER + 4, 4, 1 << 1); // INTID 33
    expect(d.read(GICD_ISENABLER + 4, 4)).toBe(2);
    expect(d.read(GICD_ICENABLER + 4, 4)).toBe(2);
    d.write(GICD_ISENABLER + 4, 4, 0); // zeros do nothing
    expect(d.read(GICD_ISENABLER + 4, 4)).toBe(2);
    d.write(GICD_ICENABLER + 4, 4, 2);
    expect(d.read(GICD_ISENABLER + 4, 4)).toBe(0);
  });
  it("does not signal a pending interrupt that is disabled", () => {
    const { gic, c, wire, enable } = setup();
    enable();
    gic.setLevel(IRQ_PL011, true);
    expect(wire.level).toBe(false);
    expect(c.read(GICC_IAR, 4)).toBe(IRQ_SPURIOUS);
  });
  it("does not signal while the distributor or the CPU interface is disabled", () => {
    const { gic, d, c, wire, enable } = setup();
    enable(IRQ_PL011);
    gic.setLevel(IRQ_PL011, true);
    expect(wire.level).toBe(true);
    d.write(GICD_CTLR, 4, 0);
    expect(wire.level).toBe(false);
    d.write(GICD_CTLR, 4, 1);
    c.write(GICC_CTLR, 4, 0);
    expect(wire.level).toBe(false);
    expect(c.read(GICC_IAR, 4)).toBe(IRQ_SPURIOUS);
  });
  it("keeps IGROUPR as written", () => {
    const { d } = setup();
    d.write(GICD_IGROUPR + 4, 4, 0xf0);
    expect(d.read(GICD_IGROUPR + 4, 4)).toBe(0xf0);
  });
});

describe("level-sensitive interrupts", () => {
  it("are pending while the wire is high and stop when it drops", () => {
    const { gic, d, wire, enable } = setup();
    enable(IRQ_PL011);
    gic.setLevel(IRQ_PL011, true);
    expect(d.read(GICD_ISPENDR + 4, 4)).toBe(2);
    expect(wire.level).toBe(true);
    gic.setLevel(IRQ_PL011, false);
    expect(d.read(GICD_ISPENDR + 4, 4)).toBe(0);
    expect(wire.level).toBe(false);
  });
  it("become active and pending when acknowledged with the wire still high, then pending after EOI", () => {
    const { gic, d, c, wire, enable } = setup();
    enable(IRQ_PL011);
    gic.setLevel(IRQ_PL011, true);
    expect(c.read(GICC_IAR, 4)).toBe(IRQ_PL011);
    expect(d.read(GICD_ISACTIVER + 4, 4)).toBe(2);
    expect(d.read(GICD_ISPENDR + 4, 4)).toBe(2);
    expect(wire.level).toBe(false); // not re-signalled while its handler runs
    expect(c.read(GICC_IAR, 4)).toBe(IRQ_SPURIOUS);
    c.write(GICC_EOIR, 4, IRQ_PL011);
    expect(d.read(GICD_ISACTIVER + 4, 4)).toBe(0);
    expect(wire.level).toBe(true);
  });
  it("are inactive after EOI when the device dropped the wire in the handler", () => {
    const { gic, c, wire, enable } = setup();
    enable(IRQ_PL011);
    gic.setLevel(IRQ_PL011, true);
    c.read(GICC_IAR, 4);
    gic.setLevel(IRQ_PL011, false);
    c.write(GICC_EOIR, 4, IRQ_PL011);
    expect(wire.level).toBe(false);
    expect(gic.isPending(IRQ_PL011) || gic.isActive(IRQ_PL011)).toBe(false);
  });
  it("can be pended by software through ISPENDR and cleared through ICPENDR", () => {
    const { d, c, wire, enable } = setup();
    enable(IRQ_PL011);
    d.write(GICD_ISPENDR + 4, 4, 2);
    expect(wire.level).toBe(true);
    d.write(GICD_ICPENDR + 4, 4, 2);
    expect(wire.level).toBe(false);
    expect(c.read(GICC_IAR, 4)).toBe(IRQ_SPURIOUS);
  });
});

describe("edge-triggered interrupts", () => {
  it("latch on the rising edge and stay pending after the wire drops", () => {
    const { gic, c, wire, enable, edge } = setup();
    edge(48);
    enable(48);
    gic.setLevel(48, true);
    gic.setLevel(48, false);
    expect(wire.level).toBe(true);
    expect(c.read(GICC_IAR, 4)).toBe(48);
    expect(gic.isPending(48)).toBe(false);
    c.write(GICC_EOIR, 4, 48);
    expect(wire.level).toBe(false);
  });
  it("latch a second edge that arrives while active", () => {
    const { gic, c, enable, edge } = setup();
    edge(48);
    enable(48);
    gic.setLevel(48, true);
    expect(c.read(GICC_IAR, 4)).toBe(48);
    gic.setLevel(48, false);
    gic.setLevel(48, true);
    expect(gic.isPending(48) && gic.isActive(48)).toBe(true);
    c.write(GICC_EOIR, 4, 48);
    expect(c.read(GICC_IAR, 4)).toBe(48);
  });
  it("reads its configuration back from ICFGR; SGIs are fixed edge-triggered", () => {
    const { d, edge } = setup();
    edge(48);
    expect(d.read(GICD_ICFGR + 12, 4)).toBe(2);
    d.write(GICD_ICFGR, 4, 0);
    expect(d.read(GICD_ICFGR, 4)).toBe(0xaaaaaaaa);
  });
});

describe("priorities", () => {
  it("acknowledges the most urgent (lowest value) pending interrupt first", () => {
    const { gic, c, enable, prio } = setup();
    enable(IRQ_PL011, 40, IRQ_VTIMER);
    prio(IRQ_PL011, 0xa0);
    prio(40, 0x20);
    prio(IRQ_VTIMER, 0x60);
    gic.setLevel(IRQ_PL011, true);
    gic.setLevel(40, true);
    gic.setLevel(IRQ_VTIMER, true);
    expect(c.read(GICC_HPPIR, 4)).toBe(40);
    expect(c.read(GICC_IAR, 4)).toBe(40);
    expect(c.read(GICC_RPR, 4)).toBe(0x20);
  });
  it("breaks ties by the lowest INTID", () => {
    const { gic, c, enable } = setup();
    enable(IRQ_PL011, 40);
    gic.setLevel(40, true);
    gic.setLevel(IRQ_PL011, true);
    expect(c.read(GICC_IAR, 4)).toBe(IRQ_PL011);
  });
  it("masks priorities at or above PMR", () => {
    const { gic, c, wire, enable, prio } = setup();
    enable(IRQ_PL011);
    prio(IRQ_PL011, 0x80);
    c.write(GICC_PMR, 4, 0x80);
    gic.setLevel(IRQ_PL011, true);
    expect(wire.level).toBe(false);
    expect(c.read(GICC_HPPIR, 4)).toBe(IRQ_SPURIOUS);
    c.write(GICC_PMR, 4, 0x81);
    expect(wire.level).toBe(true);
  });
  it("preempts a running handler only with a higher group priority", () => {
    const { gic, c, wire, enable, prio } = setup();
    enable(IRQ_PL011, 40, 41);
    prio(IRQ_PL011, 0x80);
    prio(40, 0x81); // same group priority as 0x80 when BPR = 0 (bits [7:1])
    prio(41, 0x40);
    gic.setLevel(IRQ_PL011, true);
    expect(c.read(GICC_IAR, 4)).toBe(IRQ_PL011);
    gic.setLevel(40, true);
    expect(wire.level).toBe(false);
    gic.setLevel(41, true);
    expect(wire.level).toBe(true);
    expect(c.read(GICC_IAR, 4)).toBe(41);
    expect(c.read(GICC_RPR, 4)).toBe(0x40);
    gic.setLevel(41, false);
    c.write(GICC_EOIR, 4, 41);
    expect(c.read(GICC_RPR, 4)).toBe(0x80);
    gic.setLevel(IRQ_PL011, false); // its handler serviced the device
    c.write(GICC_EOIR, 4, IRQ_PL011);
    expect(c.read(GICC_RPR, 4)).toBe(0xff);
    expect(c.read(GICC_IAR, 4)).toBe(40);
  });
  it("uses BPR to widen the subpriority field", () => {
    const { gic, c, wire, enable, prio } = setup();
    enable(IRQ_PL011, 40);
    c.write(GICC_BPR, 4, 3); // group priority is bits [7:4]
    expect(c.read(GICC_BPR, 4)).toBe(3);
    prio(IRQ_PL011, 0x80);
    prio(40, 0x70);
    gic.setLevel(IRQ_PL011, true);
    c.read(GICC_IAR, 4);
    gic.setLevel(40, true);
    expect(wire.level).toBe(true); // 0x70 has group priority 0x70 < 0x80
  });
  it("reads priorities back byte by byte and as words", () => {
    const { d } = setup();
    d.write(GICD_IPRIORITYR + 32, 4, 0x44332211);
    expect(d.read(GICD_IPRIORITYR + 33, 1)).toBe(0x22);
    expect(d.read(GICD_IPRIORITYR + 32, 4)).toBe(0x44332211);
  });
});

describe("active state", () => {
  it("can be set and cleared through ISACTIVER/ICACTIVER", () => {
    const { d, c } = setup();
    d.write(GICD_ISACTIVER + 4, 4, 4);
    expect(d.read(GICD_ICACTIVER + 4, 4)).toBe(4);
    expect(c.read(GICC_RPR, 4)).toBe(0);
    d.write(GICD_ICACTIVER + 4, 4, 4);
    expect(d.read(GICD_ISACTIVER + 4, 4)).toBe(0);
  });
});

describe("software-generated interrupts", () => {
  it("pend SGI n for CPU 0 from the target list or 'self', not 'others'", () => {
    const { gic, d, c, enable } = setup();
    enable(3, 5);
    d.write(GICD_SGIR, 4, (1 << 24) | 3); // all other CPUs: none exist
    expect(gic.isPending(3)).toBe(false);
    d.write(GICD_SGIR, 4, (0 << 24) | (1 << 16) | 3);
    expect(gic.isPending(3)).toBe(true);
    d.write(GICD_SGIR, 4, (2 << 24) | 5);
    expect(c.read(GICC_IAR, 4)).toBe(3);
    c.write(GICC_EOIR, 4, 3);
    expect(c.read(GICC_IAR, 4)).toBe(5);
  });
  it("ignore ISPENDR writes to SGI bits", () => {
    const { gic, d } = setup();
    d.write(GICD_ISPENDR, 4, 0xffff);
    expect(gic.isPending(0)).toBe(false);
  });
});
