// chapter: 23-consoles
// The graphics console's terminal: text, control characters, CSI sequences, colours, the
// cursor and scrolling, drawn into a framebuffer held in a plain byte array.
import { describe, expect, it } from "vitest";
import { GCON_PALETTE, Gcon } from "../../../src/kernel/console/gcon.ts";
import { FONT_BITS, FONT_FIRST, FONT_HEIGHT } from "../../../src/kernel/console/font8x16.ts";
import { type Pixels, cellBits, pixel, screenText } from "./screen.ts";

const W = 1024;
const H = 768;
const STRIDE = 4096;
const BASE = 0x4100_0000;
const GREEN = 0x00aa44;
const BROWN = 0x1a1208;

/** A console over RAM that counts the door's bulk operations. */
function console1(width = W, height = H) {
  const ram = new Uint8Array(STRIDE * height);
  const ops = { reads: 0, writes: 0, bytesWritten: 0 };
  const door = {
    readBytes(pa: number, dst: Uint8Array) {
      ops.reads++;
      dst.set(ram.subarray(pa - BASE, pa - BASE + dst.length));
    },
    writeBytes(pa: number, src: Uint8Array) {
      ops.writes++;
      ops.bytesWritten += src.length;
      ram.set(src, pa - BASE);
    },
  };
  const g = new Gcon(door as never, BASE, width, height, STRIDE);
  g.paint();
  const px: Pixels = { bytes: ram, at: 0, width, height, stride: STRIDE };
  const put = (s: string) => g.write(Array.from(s, (c) => c.charCodeAt(0)));
  return { g, px, put, ops, text: () => screenText(px) };
}

function glyph(ch: string): number[] {
  const i = (ch.charCodeAt(0) - FONT_FIRST) * FONT_HEIGHT;
  return Array.from(FONT_BITS.subarray(i, i + FONT_HEIGHT));
}

describe("gcon", () => {
  it("is 128×48 cells of green on dark brown, cursor at the top left", () => {
    const { g, px } = console1();
    expect([g.cols, g.rows]).toEqual([128, 48]);
    expect(pixel(px, 500, 500)).toBe(BROWN);
    expect(pixel(px, 0, 0)).toBe(GREEN); // the block cursor: the cell's colours swapped
    expect(pixel(px, 8, 0)).toBe(BROWN);
  });

  it("draws each character's glyph in its cell, LF as CR LF", () => {
    const { put, px, text } = console1();
    put("SYS:> Hi\nthere");
    expect(text()).toEqual(["SYS:> Hi", "there"]);
    expect(cellBits(px, 0, 0)).toEqual(glyph("S"));
    expect(cellBits(px, 4, 0)).toEqual(glyph(">"));
    expect(cellBits(px, 2, 1)).toEqual(glyph("e")); // "there" starts at column 0 of row 1
  });

  it("handles CR, BS, TAB and wraps at the right margin", () => {
    const { put, text } = console1();
    put("abc\rX\x08\x08Y\tZ\n");
    put("w".repeat(130));
    expect(text()).toEqual(["Ybc     Z", "w".repeat(128), "ww"]);
  });

  it("moves the cursor and erases with CSI A–D, H, J, K", () => {
    const { put, text } = console1();
    put("line1\nline2\nline3");
    put("\x1b[2A\x1b[3D!"); // up 2, back 3: over the 'n' of line1
    expect(text()).toEqual(["li!e1", "line2", "line3"]);
    put("\x1b[2;3H\x1b[K"); // row 2, column 3: erase to the end
    expect(text()).toEqual(["li!e1", "li", "line3"]);
    put("\x1b[1K"); // erase from the start to the cursor (column 3)
    expect(text()).toEqual(["li!e1", "", "line3"]);
    put("\x1b[2J\x1b[H*");
    expect(text()).toEqual(["*"]);
  });

  it("keeps a sequence split across writes", () => {
    const { put, text } = console1();
    put("abcdef\x1b[");
    put("3D\x1b");
    put("[K");
    expect(text()).toEqual(["abc"]);
  });

  it("draws SGR colours and hides the cursor with ?25l", () => {
    const { put, px } = console1();
    put("\x1b[31mR\x1b[1;32mG\x1b[0m\x1b[44mB\x1b[0m\x1b[?25l");
    const ink = (col: number) => {
      const bits = cellBits(px, col, 0);
      const y = bits.findIndex((b) => b !== 0);
      const x = Math.clz32(bits[y]) - 24;
      return pixel(px, col * 8 + x, y);
    };
    expect(ink(0)).toBe(GCON_PALETTE[1]); // red
    expect(ink(1)).toBe(GCON_PALETTE[10]); // bold green: bright
    expect(pixel(px, 2 * 8, 0)).toBe(GCON_PALETTE[4]); // blue background
    expect(pixel(px, 3 * 8, 0)).toBe(BROWN); // the cursor is hidden
    put("\x1b[?25h");
    expect(pixel(px, 3 * 8, 0)).toBe(GREEN);
  });

  it("moves the block cursor without leaving a trail", () => {
    const { put, px } = console1();
    put("ab");
    expect(pixel(px, 2 * 8, 0)).toBe(GREEN);
    put("\x1b[D");
    expect(pixel(px, 2 * 8, 0)).toBe(BROWN);
    expect(pixel(px, 1 * 8, 0)).toBe(GREEN);
    expect(cellBits(px, 1, 0)).toEqual(glyph("b")); // inverted, still the glyph
  });

  it("scrolls when output passes the bottom row, moving the pixels once per write", () => {
    const { put, text, ops } = console1();
    for (let i = 0; i < 50; i++) put(`line ${i}\n`);
    const t = text();
    expect(t[0]).toBe("line 3");
    expect(t[46]).toBe("line 49");
    expect(t.length).toBe(47);
    ops.reads = 0;
    put("a\nb\nc\nd\n"); // four lines in one write: one move of 44 text rows
    expect(ops.reads).toBe(48 - 4);
    expect(text().slice(-4)).toEqual(["a", "b", "c", "d"]);
    expect(text()[0]).toBe("line 7");
  });

  it("redraws only the dirty cells of a typed character", () => {
    const { put, ops } = console1();
    put("SYS:> ");
    ops.bytesWritten = 0;
    put("V");
    expect(ops.bytesWritten).toBe(2 * 8 * 16 * 4); // the 'V' and the cursor's new cell
  });

  it("shows bytes outside ASCII as one replacement glyph per character", () => {
    const { put, px, text } = console1();
    put("é!"); // JS string: one char 0xe9, a Latin-1 lead byte
    expect(text()[0].slice(1)).toBe("!");
    expect(cellBits(px, 0, 0)).toEqual(Array.from(FONT_BITS.subarray(95 * 16, 96 * 16)));
  });
});
