// chapter: 23-consoles
// The graphics console on the booted system: ramfb set up through fw_cfg, the shell drawn on the
// screen as on the serial line. Saves test-results/gcon.png for a person to look at.
import { describe, expect, it } from "vitest";
import { FwCfg } from "../../src/kernel/drivers/fw-cfg.ts";
import { Status } from "../../src/kernel/lib/status.ts";
import { FONT_BITS, FONT_FIRST, FONT_HEIGHT } from "../../src/kernel/console/font8x16.ts";
import { RAM_BASE } from "../../src/machine/memory-map.ts";
import { BootedMachine } from "../../tools/boot/machine.ts";
import { type Pixels, cellBits, savePng, screenText } from "../kernel/console/screen.ts";

function boot(): BootedMachine {
  const m = new BootedMachine();
  m.runUntilWaiting();
  return m;
}

function screen(m: BootedMachine): Pixels {
  const fb = m.board.ramfb.framebuffer;
  if (fb === null) throw new Error("ramfb is not configured");
  return { bytes: m.board.bus.ram, at: fb.address - RAM_BASE, width: fb.width, height: fb.height, stride: fb.stride };
}

describe("graphics console on the booted system", () => {
  it("finds fw_cfg from the device tree: signature, DMA, the file directory, errors", () => {
    const m = boot();
    const k = m.kernel;
    if (k === null || k.config.fwCfg === null) throw new Error("no fw_cfg in the device tree");
    const fw = new FwCfg(k, k.config.fwCfg);
    expect(fw.probe()).toBe(true);
    const ramfb = fw.findFile("etc/ramfb");
    expect(ramfb).toMatchObject({ name: "etc/ramfb", size: 28 });
    expect(fw.files().length).toBeGreaterThan(0);
    // Key 0 (the signature) is read-only: the device sets the error bit, the driver says IO.
    expect(fw.write(0, new Uint8Array(4))).toBe(Status.IO);
    const sig = fw.read(0, 4);
    expect(typeof sig === "number" ? sig : String.fromCharCode(...sig)).toBe("QEMU");
  });

  it("sets 1024×768 XR24 and shows the prompt and Version as the serial line does", () => {
    const m = boot();
    expect(m.board.ramfb.framebuffer).toMatchObject({ width: 1024, height: 768, stride: 4096, fourcc: 0x34325258 });
    m.send("Version\n");
    const px = screen(m);
    const text = screenText(px);
    const serial = m.transcript.replace(/\r/g, "").split("\n").map((l) => l.trimEnd());
    // The screen shows what the serial line shows, from the banner on (48 lines at most).
    expect(text[0]).toMatch(/^ViperOS v/);
    expect(text).toContainEqual(expect.stringMatching(/^gcon: ramfb 1024x768 XR24 at 0x[0-9a-f]+, 128x48 characters$/));
    expect(text).toEqual(serial.slice(0, text.length));
    expect(text.slice(-4)).toEqual(serial.slice(-4));
    expect(text.at(-4)).toBe("SYS:> Version");
    expect(text.at(-3)).toMatch(/^ViperOS /);
    expect(text.at(-1)).toBe("SYS:>");
    // The prompt's characters, cell by cell, are the font's glyphs (the cursor cell after it).
    const row = text.length - 1;
    [..."SYS:>"].forEach((ch, col) => {
      const i = (ch.charCodeAt(0) - FONT_FIRST) * FONT_HEIGHT;
      expect(cellBits(px, col, row)).toEqual(Array.from(FONT_BITS.subarray(i, i + FONT_HEIGHT)));
    });
    const rgba = new Uint8Array(1024 * 768 * 4);
    expect(m.board.ramfb.readRgba(rgba)).toBe(true);
    savePng("test-results/gcon.png", rgba, 1024, 768);
  });

  it("follows the shell's line editing: arrows, Backspace, Cls", () => {
    const m = boot();
    m.send("Echo abd\x1b[Dc\x1b[C\x7fe!\n"); // left, c, right, Backspace over d, e!
    let text = screenText(screen(m));
    expect(text.slice(-3)).toEqual(["SYS:> Echo abce!", "abce!", "SYS:>"]);
    m.send("Cls\n");
    text = screenText(screen(m));
    expect(text).toEqual(["SYS:>"]);
  });

  it("stays off with the kernel command line gcon=off, the serial console unchanged", () => {
    const m = new BootedMachine({ bootargs: "gcon=off" });
    m.runUntilWaiting();
    expect(m.board.ramfb.framebuffer).toBeNull();
    expect(m.kernel?.log.lines).toContain("gcon: off (bootargs gcon=off); serial console only");
    expect(m.send("Version\n")).toMatch(/^Version\r\nViperOS /);
  });

  it("scrolls: after more than 48 lines the screen holds the last 48", () => {
    const m = boot();
    m.send("Cls\n");
    for (let i = 0; i < 30; i++) m.send(`Echo line ${i}\n`);
    const text = screenText(screen(m));
    expect(text.length).toBe(48);
    expect(text.at(-1)).toBe("SYS:>");
    expect(text.at(-2)).toBe("line 29");
    expect(text.slice(0, 2)).toEqual(["line 6", "SYS:> Echo line 7"]);
    const rgba = new Uint8Array(1024 * 768 * 4);
    m.board.ramfb.readRgba(rgba);
    savePng("test-results/gcon-scrolled.png", rgba, 1024, 768);
  });
});
