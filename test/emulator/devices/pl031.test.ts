// chapter: 05-boot-hardware
import { describe, expect, it } from "vitest";
import { Pl031 } from "../../../src/emulator/devices/pl031.ts";
import { RTC_CR, RTC_DR, RTC_ICR, RTC_IMSC, RTC_LR, RTC_MIS, RTC_MR, RTC_RIS } from "../../../src/machine/devices/pl031.ts";

/** A clock the test moves by hand, with a list of scheduled callbacks. */
function setup(start = 1_767_225_600) {
  const clock = { t: start, timers: [] as { at: number; fn: () => void }[] };
  const irq = { level: false };
  const rtc = new Pl031(
    (level) => {
      irq.level = level;
    },
    {
      seconds: () => clock.t,
      after: (s, fn) => clock.timers.push({ at: clock.t + s, fn }),
    },
  );
  const advance = (s: number) => {
    const end = clock.t + s;
    for (;;) {
      clock.timers.sort((a, b) => a.at - b.at);
      const next = clock.timers[0];
      if (!next || next.at > end) break;
      clock.timers.shift();
      clock.t = next.at;
      next.fn();
    }
    clock.t = end;
  };
  return { rtc, irq, clock, advance };
}

describe("PL031", () => {
  it("reads the clock's whole seconds in DR", () => {
    const { rtc, advance } = setup();
    expect(rtc.read(RTC_DR, 4)).toBe(1_767_225_600);
    advance(2.5);
    expect(rtc.read(RTC_DR, 4)).toBe(1_767_225_602);
  });
  it("loads a new time through LR and reads LR back", () => {
    const { rtc, advance } = setup();
    rtc.write(RTC_LR, 4, 1000);
    expect(rtc.read(RTC_DR, 4)).toBe(1000);
    expect(rtc.read(RTC_LR, 4)).toBe(1000);
    advance(3);
    expect(rtc.read(RTC_DR, 4)).toBe(1003);
  });
  it("reads CR as started and ignores attempts to stop it", () => {
    const { rtc } = setup();
    rtc.write(RTC_CR, 4, 0);
    expect(rtc.read(RTC_CR, 4)).toBe(1);
  });
  it("raises the match interrupt when DR reaches MR, gated by IMSC, cleared by ICR", () => {
    const { rtc, irq, advance } = setup(100.25);
    rtc.write(RTC_MR, 4, 103);
    expect(rtc.read(RTC_MR, 4)).toBe(103);
    advance(2.7);
    expect(rtc.read(RTC_RIS, 4)).toBe(0);
    advance(0.1);
    expect(rtc.read(RTC_DR, 4)).toBe(103);
    expect(rtc.read(RTC_RIS, 4)).toBe(1);
    expect(irq.level).toBe(false);
    rtc.write(RTC_IMSC, 4, 1);
    expect(rtc.read(RTC_MIS, 4)).toBe(1);
    expect(irq.level).toBe(true);
    rtc.write(RTC_ICR, 4, 1);
    expect(rtc.read(RTC_RIS, 4)).toBe(0);
    expect(irq.level).toBe(false);
  });
  it("matches at once when MR equals DR, and forgets a match MR no longer names", () => {
    const { rtc, advance } = setup(50);
    rtc.write(RTC_MR, 4, 50);
    expect(rtc.read(RTC_RIS, 4)).toBe(1);
    rtc.write(RTC_ICR, 4, 1);
    rtc.write(RTC_MR, 4, 52);
    rtc.write(RTC_MR, 4, 60);
    advance(3);
    expect(rtc.read(RTC_RIS, 4)).toBe(0);
  });
  it("carries the PrimeCell identification", () => {
    const { rtc } = setup();
    const id = [0xfe0, 0xfe4, 0xfe8, 0xfec, 0xff0, 0xff4, 0xff8, 0xffc].map((o) => rtc.read(o, 4));
    expect(id).toEqual([0x31, 0x10, 0x14, 0x00, 0x0d, 0xf0, 0x05, 0xb1]);
  });
});
