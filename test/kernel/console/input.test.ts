// chapter: 18-bootfs
// Console input under bursts: the PL011 driver and the kernel's input ring on the real machine.
// A paste of any size reaches the reader whole, and the shell answers after it.
import { describe, expect, it } from "vitest";
import { BootedMachine } from "../../../tools/boot/machine.ts";
import { ShellSession } from "../../user/session.ts";

/** `n` printable bytes, seeded, with no '.' (kt_conread stops at '.') and no control codes. */
function burst(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    const c = 0x21 + ((x >>> 16) % 94);
    out[i] = c === 0x2e ? 0x2f : c;
  }
  return out;
}

/** kt_conread's hash: h = h * 31 + byte, in 64 bits. */
function hash(bytes: Uint8Array): bigint {
  let h = 0n;
  for (const b of bytes) h = BigInt.asUintN(64, h * 31n + BigInt(b));
  return h;
}

describe("a reader of console input", () => {
  for (const size of [4096, 65536]) {
    it(`receives a ${size / 1024} KiB burst whole and in order`, () => {
      const m = new BootedMachine({ bootargs: "init=/tests/kt_conread" });
      m.runUntilWaiting();
      const bytes = burst(size, size);
      m.type(bytes);
      m.type(".");
      m.board.runUntil(() => m.finished, 600 * 62_500_000);
      expect(m.transcript).toContain(`conread: ${size} bytes, hash ${hash(bytes)}`);
      expect(m.kernel?.console.throttled).toBe(false);
    });
  }
});

describe("the shell after a burst", () => {
  for (const size of [4096, 65536]) {
    it(`answers the next command after ${size / 1024} KiB pasted at once`, () => {
      const s = new ShellSession();
      s.m.type(burst(size, 7));
      s.m.type("\n");
      s.m.runUntilWaiting();
      expect(s.m.waitingForInput()).toBe(true);
      expect(s.run("Version")).toContain("ViperOS 0.3.0");
    });
  }

  it("runs a normal command typed after a 3000-byte line, unspliced", () => {
    const s = new ShellSession();
    s.m.type(`Echo ${"y".repeat(3000)}\nEcho after\n`);
    s.m.runUntilWaiting();
    const screen = s.screen();
    expect(screen).toContain("SYS:> Echo after");
    expect(screen).toContain("after");
    expect(s.run("Version")).toContain("ViperOS 0.3.0");
  });
});
