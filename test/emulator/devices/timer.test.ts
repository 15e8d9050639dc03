// chapter: 05-boot-hardware
import { describe, expect, it } from "vitest";
import { Gic } from "../../../src/emulator/devices/gic.ts";
import { GenericTimer } from "../../../src/emulator/devices/timer.ts";
import { CNTFRQ_HZ, IRQ_PTIMER, IRQ_VTIMER } from "../../../src/machine/irq.ts";
import {
  CNT_CTL_ENABLE,
  CNT_CTL_IMASK,
  CNT_CTL_ISTATUS,
  CNTFRQ_EL0,
  CNTP_CTL_EL0,
  CNTP_CVAL_EL0,
  CNTP_TVAL_EL0,
  CNTPCT_EL0,
  CNTV_CTL_EL0,
  CNTV_CVAL_EL0,
  CNTV_TVAL_EL0,
  CNTVCT_EL0,
} from "../../../src/machine/sysregs.ts";
import { FakeCpu } from "../fake-cpu.ts";

function setup() {
  const cpu = new FakeCpu();
  const gic = new Gic(() => {});
  const timer = new GenericTimer(cpu, gic);
  return { cpu, gic, timer };
}

describe("counter", () => {
  it("reports 62.5 MHz; a write to CNTFRQ_EL0 is stored but does not change the counter's speed", () => {
    const { cpu } = setup();
    expect(cpu.mrs(CNTFRQ_EL0)).toBe(BigInt(CNTFRQ_HZ));
    cpu.msr(CNTFRQ_EL0, 1_000_000n);
    expect(cpu.mrs(CNTFRQ_EL0)).toBe(1_000_000n);
    cpu.run(10);
    expect(cpu.mrs(CNTPCT_EL0)).toBe(10n);
  });
  it("counts virtual time: retired instructions plus skipped idle time", () => {
    const { cpu } = setup();
    cpu.run(1000);
    expect(cpu.mrs(CNTPCT_EL0)).toBe(1000n);
    cpu.advance(5000);
    expect(cpu.mrs(CNTVCT_EL0)).toBe(6000n);
  });
});

describe.each([
  ["physical", CNTP_CTL_EL0, CNTP_CVAL_EL0, CNTP_TVAL_EL0, IRQ_PTIMER],
  ["virtual", CNTV_CTL_EL0, CNTV_CVAL_EL0, CNTV_TVAL_EL0, IRQ_VTIMER],
])("%s timer", (_name, CTL, CVAL, TVAL, INTID) => {
  it("raises its PPI when the count reaches CVAL, level-sensitive, and reports ISTATUS", () => {
    const { cpu, gic, timer } = setup();
    cpu.msr(CVAL, 100n);
    cpu.msr(CTL, BigInt(CNT_CTL_ENABLE));
    cpu.run(99);
    timer.update();
    expect(gic.isPending(INTID)).toBe(false);
    expect(cpu.mrs(CTL)).toBe(BigInt(CNT_CTL_ENABLE));
    cpu.run(1);
    timer.update();
    expect(gic.isPending(INTID)).toBe(true);
    expect(cpu.mrs(CTL)).toBe(BigInt(CNT_CTL_ENABLE | CNT_CTL_ISTATUS));
    cpu.msr(CVAL, 1000n); // moving CVAL into the future lowers the level at once
    expect(gic.isPending(INTID)).toBe(false);
  });
  it("keeps ISTATUS but not the interrupt when IMASK is set", () => {
    const { cpu, gic } = setup();
    cpu.msr(CVAL, 0n);
    cpu.msr(CTL, BigInt(CNT_CTL_ENABLE | CNT_CTL_IMASK));
    expect(cpu.mrs(CTL) & BigInt(CNT_CTL_ISTATUS)).not.toBe(0n);
    expect(gic.isPending(INTID)).toBe(false);
    cpu.msr(CTL, BigInt(CNT_CTL_ENABLE));
    expect(gic.isPending(INTID)).toBe(true);
  });
  it("does nothing while disabled, and ISTATUS reads 0", () => {
    const { cpu, gic } = setup();
    cpu.msr(CVAL, 0n);
    expect(cpu.mrs(CTL)).toBe(0n);
    expect(gic.isPending(INTID)).toBe(false);
  });
  it("converts TVAL to CVAL = count + sign-extended TVAL, and back", () => {
    const { cpu } = setup();
    cpu.run(500);
    cpu.msr(TVAL, 250n);
    expect(cpu.mrs(CVAL)).toBe(750n);
    cpu.run(300);
    expect(cpu.mrs(TVAL)).toBe(0xffff_ffcen); // −50, low 32 bits
    cpu.msr(TVAL, 0xffff_ffffn); // −1
    expect(cpu.mrs(CVAL)).toBe(799n);
  });
  it("compares as unsigned 64-bit: CVAL = 2^64 − 1 never fires", () => {
    const { cpu, gic, timer } = setup();
    cpu.msr(CVAL, 0xffff_ffff_ffff_ffffn);
    cpu.msr(CTL, BigInt(CNT_CTL_ENABLE));
    cpu.advance(1e12);
    timer.update();
    expect(gic.isPending(INTID)).toBe(false);
    expect(timer.nextDeadline()).toBeGreaterThan(1e18);
  });
});

describe("deadlines", () => {
  it("names the earliest enabled, unmasked comparator not yet fired", () => {
    const { cpu, timer } = setup();
    expect(timer.nextDeadline()).toBe(Number.POSITIVE_INFINITY);
    cpu.msr(CNTP_CVAL_EL0, 5000n);
    cpu.msr(CNTP_CTL_EL0, BigInt(CNT_CTL_ENABLE));
    cpu.msr(CNTV_CVAL_EL0, 3000n);
    cpu.msr(CNTV_CTL_EL0, BigInt(CNT_CTL_ENABLE | CNT_CTL_IMASK));
    expect(timer.nextDeadline()).toBe(5000);
    cpu.msr(CNTV_CTL_EL0, BigInt(CNT_CTL_ENABLE));
    expect(timer.nextDeadline()).toBe(3000);
    cpu.advance(3000);
    expect(timer.nextDeadline()).toBe(5000);
  });
});
