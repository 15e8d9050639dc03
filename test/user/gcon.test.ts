// The graphics console: ramfb configured through fw_cfg DMA, text drawn with the 8×16 font.
// The screen is read back from the framebuffer and turned into text by matching glyphs.
import { describe, expect, it } from "vitest";
import { gconInit } from "../../src/kernel/console/gcon.ts";
import { FONT_BITS, FONT_FIRST, FONT_HEIGHT, FONT_LAST, FONT_WIDTH } from "../../src/kernel/console/font8x16.ts";
import { RAM_BASE } from "../../src/machine/memory-map.ts";
import { ShellSession } from "./session.ts";

/** The characters on the screen: each 8×16 cell matched against the font (cursor cells too). */
function screenText(s: ShellSession): string[] {
  const fb = s.m.board.ramfb.framebuffer;
  if (fb === null) throw new Error("ramfb not configured");
  const ram = s.m.board.bus.ram;
  const cols = fb.width / FONT_WIDTH;
  const rows = fb.height / FONT_HEIGHT;
  const glyphs = new Map<string, string>();
  for (let c = FONT_FIRST; c <= FONT_LAST; c++) {
    const bits = FONT_BITS.subarray((c - FONT_FIRST) * FONT_HEIGHT, (c - FONT_FIRST + 1) * FONT_HEIGHT);
    glyphs.set(Array.from(bits).join(","), String.fromCharCode(c));
    glyphs.set(Array.from(bits, (b) => b ^ 0xff).join(","), String.fromCharCode(c)); // under the cursor
  }
  const fgOf = (off: number): number => ram[off] | (ram[off + 1] << 8) | (ram[off + 2] << 16);
  const out: string[] = [];
  for (let r = 0; r < rows; r++) {
    let line = "";
    for (let c = 0; c < cols; c++) {
      const key: number[] = [];
      for (let y = 0; y < FONT_HEIGHT; y++) {
        let byte = 0;
        for (let x = 0; x < FONT_WIDTH; x++) {
          const off = fb.address - RAM_BASE + (r * FONT_HEIGHT + y) * fb.stride + (c * FONT_WIDTH + x) * 4;
          if (fgOf(off) === 0x00aa44) byte |= 0x80 >> x;
        }
        key.push(byte);
      }
      line += glyphs.get(key.join(",")) ?? "?";
    }
    out.push(line.trimEnd());
  }
  while (out.length && out[out.length - 1] === "") out.pop();
  return out;
}

describe("graphics console", () => {
  it("configures ramfb through fw_cfg and shows what the serial console shows", () => {
    const s = new ShellSession();
    const k = s.m.kernel;
    if (k === null) throw new Error("no kernel");
    const gcon = gconInit(k);
    expect(gcon).not.toBeNull();
    const fb = s.m.board.ramfb.framebuffer;
    expect(fb).toMatchObject({ width: 1024, height: 768, stride: 4096, fourcc: 0x34325258 });
    s.command("Version");
    s.command("Echo abd\x1b[Dc");
    const screen = screenText(s);
    // The prompt before gconInit went to the serial line only; from then on both show the same.
    expect(screen).toEqual([
      "gcon: ramfb 1024x768 XRGB8888 at 0x40400000, 128x48 characters",
      "Version",
      "ViperOS 0.3.0 (the book edition) for the AArch64 virt machine",
      "vinit shell 1.0: 25 commands, line editing, history, Tab completion",
      "SYS:> Echo abcd",
      "abcd",
      "SYS:>",
    ]);
  });

  it("clears with Cls and scrolls when the screen is full", () => {
    const s = new ShellSession();
    if (s.m.kernel === null) throw new Error("no kernel");
    gconInit(s.m.kernel);
    s.command("Cls");
    expect(screenText(s)).toEqual(["SYS:>"]);
    for (let i = 0; i < 30; i++) s.command(`Echo line ${i}`);
    const screen = screenText(s);
    expect(screen.length).toBe(48);
    expect(screen.at(-2)).toBe("line 29");
    expect(screen.slice(0, 2)).toEqual(["line 6", "SYS:> Echo line 7"]);
  });
});
