// chapter: 05-boot-hardware
import { describe, expect, it } from "vitest";
import { PL011_FIFO_DEPTH, Pl011 } from "../../../src/emulator/devices/pl011.ts";
import {
  UART_CR,
  UART_CR_RXE,
  UART_CR_TXE,
  UART_CR_UARTEN,
  UART_DR,
  UART_FBRD,
  UART_FR,
  UART_FR_RXFE,
  UART_FR_RXFF,
  UART_FR_TXFE,
  UART_FR_TXFF,
  UART_IBRD,
  UART_ICR,
  UART_IFLS,
  UART_IMSC,
  UART_INT_RT,
  UART_INT_RX,
  UART_INT_TX,
  UART_LCR_H,
  UART_MIS,
  UART_RIS,
} from "../../../src/machine/devices/pl011.ts";

const FEN = 1 << 4;

function setup(enable = true) {
  const out: number[] = [];
  const irq = { level: false };
  const inputs: Uint8Array[] = [];
  const uart = new Pl011(
    (level) => {
      irq.level = level;
    },
    (bytes) => out.push(...bytes),
  );
  uart.onInput = (b) => inputs.push(b);
  if (enable) {
    uart.write(UART_LCR_H, 4, FEN | (3 << 5));
    uart.write(UART_CR, 4, UART_CR_UARTEN | UART_CR_TXE | UART_CR_RXE);
  }
  const text = (s: string) => new TextEncoder().encode(s);
  const drain = () => {
    let s = "";
    while (!(uart.read(UART_FR, 4) & UART_FR_RXFE)) s += String.fromCharCode(uart.read(UART_DR, 4));
    return s;
  };
  return { uart, out, irq, inputs, text, drain };
}

describe("reset state", () => {
  it("has CR = 0x300, IFLS = 0x12, and both FIFOs empty", () => {
    const { uart } = setup(false);
    expect(uart.read(UART_CR, 4)).toBe(0x300);
    expect(uart.read(UART_IFLS, 4)).toBe(0x12);
    expect(uart.read(UART_FR, 4)).toBe(UART_FR_RXFE | UART_FR_TXFE);
  });
  it("carries the PrimeCell identification Linux's AMBA bus matches", () => {
    const { uart } = setup(false);
    const id = [0xfe0, 0xfe4, 0xfe8, 0xfec, 0xff0, 0xff4, 0xff8, 0xffc].map((o) => uart.read(o, 4));
    expect(id).toEqual([0x11, 0x10, 0x14, 0x00, 0x0d, 0xf0, 0x05, 0xb1]);
  });
  it("stores the baud divisors and line control", () => {
    const { uart } = setup(false);
    uart.write(UART_IBRD, 4, 13);
    uart.write(UART_FBRD, 4, 0x7f);
    expect(uart.read(UART_IBRD, 4)).toBe(13);
    expect(uart.read(UART_FBRD, 4)).toBe(0x3f);
  });
});

describe("status and DMA control", () => {
  it("reads RSR as no errors and keeps DMACR's three bits", () => {
    const { uart } = setup();
    expect(uart.read(0x004, 4)).toBe(0);
    uart.write(0x048, 4, 0xff);
    expect(uart.read(0x048, 4)).toBe(7);
  });
  it("reads DR of an empty FIFO as 0", () => {
    const { uart } = setup();
    expect(uart.read(UART_DR, 4)).toBe(0);
  });
});

describe("transmit", () => {
  it("hands written bytes to the host on flush, in order", () => {
    const { uart, out } = setup();
    for (const c of "hi\n") uart.write(UART_DR, 4, c.charCodeAt(0));
    expect(out).toEqual([]);
    uart.flush();
    expect(String.fromCharCode(...out)).toBe("hi\n");
  });
  it("never reports the transmit FIFO full", () => {
    const { uart } = setup();
    for (let i = 0; i < 100; i++) uart.write(UART_DR, 4, 0x41);
    expect(uart.read(UART_FR, 4) & UART_FR_TXFF).toBe(0);
    expect(uart.read(UART_FR, 4) & UART_FR_TXFE).toBe(UART_FR_TXFE);
  });
  it("raises TX after a write; ICR clears it; IMSC gates the output", () => {
    const { uart, irq } = setup();
    uart.write(UART_DR, 4, 0x41);
    expect(uart.read(UART_RIS, 4) & UART_INT_TX).toBe(UART_INT_TX);
    expect(irq.level).toBe(false);
    uart.write(UART_IMSC, 4, UART_INT_TX);
    expect(irq.level).toBe(true);
    expect(uart.read(UART_MIS, 4)).toBe(UART_INT_TX);
    uart.write(UART_ICR, 4, UART_INT_TX);
    expect(irq.level).toBe(false);
  });
});

describe("receive", () => {
  it("fills the FIFO from host input, logs it, and clears RXFE", () => {
    const { uart, text, drain, inputs } = setup();
    uart.receive(text("ls\r"));
    expect(inputs.length).toBe(1);
    expect(uart.read(UART_FR, 4) & UART_FR_RXFE).toBe(0);
    expect(drain()).toBe("ls\r");
    expect(uart.read(UART_FR, 4) & UART_FR_RXFE).toBe(UART_FR_RXFE);
  });
  it("holds 32 bytes, reports RXFF, and refills from the backlog as the guest reads", () => {
    const { uart, drain } = setup();
    const many = new Uint8Array(100).map((_, i) => i);
    uart.receive(many);
    expect(uart.read(UART_FR, 4) & UART_FR_RXFF).toBe(UART_FR_RXFF);
    expect(uart.pendingInput).toBe(100);
    expect(uart.read(UART_DR, 4)).toBe(0);
    expect(uart.read(UART_FR, 4) & UART_FR_RXFF).toBe(UART_FR_RXFF); // refilled at once
    const rest = drain();
    expect([...rest].map((c) => c.charCodeAt(0))).toEqual([...many.subarray(1)]);
    expect(PL011_FIFO_DEPTH).toBe(32);
  });
  it("holds one byte with the FIFOs disabled (character mode)", () => {
    const { uart, text } = setup();
    uart.write(UART_LCR_H, 4, 3 << 5);
    uart.receive(text("ab"));
    expect(uart.read(UART_FR, 4) & UART_FR_RXFF).toBe(UART_FR_RXFF);
    expect(uart.read(UART_DR, 4)).toBe(0x61);
    expect(uart.read(UART_DR, 4)).toBe(0x62);
  });
  it("keeps input in the backlog while the receiver is disabled", () => {
    const { uart, text } = setup(false);
    uart.receive(text("x"));
    expect(uart.read(UART_FR, 4) & UART_FR_RXFE).toBe(UART_FR_RXFE);
    uart.write(UART_CR, 4, UART_CR_UARTEN | UART_CR_RXE);
    expect(uart.read(UART_DR, 4)).toBe(0x78);
  });
  it("raises RT for any data and RX at the trigger level (IFLS 1/2 = 16 bytes)", () => {
    const { uart, irq, text } = setup();
    uart.write(UART_IMSC, 4, UART_INT_RX | UART_INT_RT);
    uart.receive(text("abc"));
    expect(uart.read(UART_RIS, 4) & (UART_INT_RX | UART_INT_RT)).toBe(UART_INT_RT);
    expect(irq.level).toBe(true);
    uart.receive(new Uint8Array(13).fill(0x7a));
    expect(uart.read(UART_RIS, 4) & UART_INT_RX).toBe(UART_INT_RX);
    uart.read(UART_DR, 4); // 15 left: below the trigger
    expect(uart.read(UART_RIS, 4) & UART_INT_RX).toBe(0);
    expect(uart.read(UART_RIS, 4) & UART_INT_RT).toBe(UART_INT_RT);
  });
  it("clears RT when the FIFO empties, and drops the interrupt line", () => {
    const { uart, irq, text, drain } = setup();
    uart.write(UART_IMSC, 4, UART_INT_RX | UART_INT_RT);
    uart.receive(text("ok"));
    drain();
    expect(uart.read(UART_RIS, 4) & (UART_INT_RX | UART_INT_RT)).toBe(0);
    expect(irq.level).toBe(false);
  });
  it("uses the IFLS receive trigger level: 1/8 of 32 is 4 bytes", () => {
    const { uart, text } = setup();
    uart.write(UART_IFLS, 4, 0 << 3);
    uart.receive(text("abcd"));
    expect(uart.read(UART_RIS, 4) & UART_INT_RX).toBe(UART_INT_RX);
  });
  it("clears RX in ICR for good while the FIFO stays above the trigger level", () => {
    const { uart, text } = setup();
    uart.write(UART_IFLS, 4, 0 << 3);
    uart.receive(text("abcdef"));
    uart.write(UART_ICR, 4, UART_INT_RX);
    expect(uart.read(UART_RIS, 4) & UART_INT_RX).toBe(0);
    uart.read(UART_DR, 4); // 5 left: still above 4, the level was not reached again
    expect(uart.read(UART_RIS, 4) & UART_INT_RX).toBe(0);
  });
  it("raises RT again after ICR while data still waits, so the line stays asserted", () => {
    const { uart, irq, drain } = setup();
    uart.write(UART_IMSC, 4, UART_INT_RX | UART_INT_RT);
    uart.receive(new Uint8Array(5000).fill(0x41));
    uart.write(UART_ICR, 4, UART_INT_RX | UART_INT_RT);
    expect(uart.read(UART_RIS, 4) & UART_INT_RT).toBe(UART_INT_RT);
    expect(irq.level).toBe(true);
    expect(drain().length).toBe(5000);
    uart.write(UART_ICR, 4, UART_INT_RX | UART_INT_RT);
    expect(uart.read(UART_RIS, 4) & (UART_INT_RX | UART_INT_RT)).toBe(0);
    expect(irq.level).toBe(false);
  });
  it("raises RX when the level reaches the trigger, not on each refill above it", () => {
    const { uart } = setup();
    uart.receive(new Uint8Array(40).fill(0x42));
    uart.write(UART_ICR, 4, UART_INT_RX);
    uart.read(UART_DR, 4); // a backlog byte refills the FIFO to 32: no new crossing
    expect(uart.read(UART_RIS, 4) & UART_INT_RX).toBe(0);
  });
});
