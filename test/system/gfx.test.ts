// chapter: 23-consoles
// Pixels from a program (chapter 23): mandel draws the Mandelbrot set through gfx_info and
// gfx_blit, and the framebuffer holds the colours the same fixed-point arithmetic gives; a program
// whose output is a pipe may not paint, and the screen is left as it was.
import { describe, expect, it } from "vitest";
import { RAM_BASE } from "../../src/machine/memory-map.ts";
import { BootedMachine } from "../../tools/boot/machine.ts";
import { savePng } from "../kernel/console/screen.ts";

const W = 320;
const H = 240;
const STEP = 717;
const RE0 = -163840;
const IM0 = -(H / 2) * STEP;
const MAX_ITER = 32;

/** The colour mandel gives pixel (x, y) of its rectangle, computed as its C does. */
function expected(x: number, y: number): number {
  const cr = RE0 + x * STEP;
  const ci = IM0 + y * STEP;
  let zr = 0;
  let zi = 0;
  let n = 0;
  for (; n < MAX_ITER; n++) {
    const zr2 = Math.floor((zr * zr) / 65536);
    const zi2 = Math.floor((zi * zi) / 65536);
    if (zr2 + zi2 > 4 * 65536) break;
    zi = Math.floor((2 * zr * zi) / 65536) + ci;
    zr = zr2 - zi2 + cr;
  }
  if (n === MAX_ITER) return 0;
  return (((n * 7) & 0xff) << 16) | (((n * 13) & 0xff) << 8) | (0xff - ((n * 5) & 0xff));
}

function boot(): BootedMachine {
  const m = new BootedMachine();
  m.runUntilWaiting();
  return m;
}

/** The XRGB8888 pixel at (x, y) of the screen. */
function pixel(m: BootedMachine, x: number, y: number): number {
  const fb = m.board.ramfb.framebuffer;
  if (fb === null) throw new Error("ramfb is not configured");
  const at = fb.address - RAM_BASE + y * fb.stride + x * 4;
  return new DataView(m.board.bus.ram.buffer, m.board.bus.ram.byteOffset).getUint32(at, true) & 0xffffff;
}

describe("gfx_blit: a program draws on the graphics console", () => {
  it("mandel fills its rectangle with the colours of the Mandelbrot set, pixel for pixel", () => {
    const m = boot();
    const out = m.send("/mandel\n");
    expect(out).toContain("mandel: 320x240 pixels at (352, 264), 32 steps at most");
    expect(out).toMatch(/Run: process \d+ \(mandel\) exited with code 0/);
    const x0 = 352;
    const y0 = 264;
    let inSet = 0;
    let outside = 0;
    // Every 7th row and column: 1,610 pixels, both kinds, the rectangle's edges among them.
    for (let y = 0; y < H; y += 7) {
      for (let x = 0; x < W; x += 7) {
        const want = expected(x, y);
        if (want === 0) inSet++;
        else outside++;
        expect(pixel(m, x0 + x, y0 + y), `pixel (${x}, ${y})`).toBe(want);
      }
    }
    expect(inSet).toBeGreaterThan(100);
    expect(outside).toBeGreaterThan(100);
    expect(pixel(m, x0 + W - 1, y0 + H - 1)).toBe(expected(W - 1, H - 1));
    const rgba = new Uint8Array(1024 * 768 * 4);
    expect(m.board.ramfb.readRgba(rgba)).toBe(true);
    savePng("test-results/mandel.png", rgba, 1024, 768);
  });

  it("refuses a program whose output is a pipe: PERMISSION, and the screen keeps its pixels", () => {
    const m = boot();
    m.send("Cls\n");
    const before = pixel(m, 352 + 160, 264 + 120);
    const out = m.send("/mandel | /tests/kt_upper\n");
    expect(out).toContain("mandel: cannot draw: permission denied");
    expect(pixel(m, 352 + 160, 264 + 120)).toBe(before);
    expect(expected(160, 120)).not.toBe(before); // mandel would have changed it
  });
});
