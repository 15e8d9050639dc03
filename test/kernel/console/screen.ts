// Reading the graphics console back: the framebuffer as text (cells matched against the font)
// and as a PNG file (a minimal encoder on node:zlib) for a person to look at.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { deflateSync } from "node:zlib";
import { FONT_BITS, FONT_FIRST, FONT_HEIGHT, FONT_LAST, FONT_WIDTH } from "../../../src/kernel/console/font8x16.ts";

/** XRGB8888 pixels: `bytes[at + y * stride + x * 4]` is blue, then green, red, unused. */
export interface Pixels {
  bytes: Uint8Array;
  at: number;
  width: number;
  height: number;
  stride: number;
}

const glyphs = new Map<string, string>();
for (let c = FONT_FIRST; c <= FONT_LAST; c++) {
  const bits = FONT_BITS.subarray((c - FONT_FIRST) * FONT_HEIGHT, (c - FONT_FIRST + 1) * FONT_HEIGHT);
  glyphs.set(bits.join(","), String.fromCharCode(c));
}

/** The 0xRRGGBB colour of a pixel. */
export function pixel(p: Pixels, x: number, y: number): number {
  const o = p.at + y * p.stride + x * 4;
  return (p.bytes[o + 2] << 16) | (p.bytes[o + 1] << 8) | p.bytes[o];
}

/** One cell's glyph rows: a bit is set where the pixel differs from the cell's top-left pixel. */
export function cellBits(p: Pixels, col: number, row: number): number[] {
  // Whole pixels as 32-bit words (the X byte is always 0 in what gcon draws).
  const words = new Uint32Array(p.bytes.buffer, p.bytes.byteOffset + p.at, (p.stride * p.height) / 4);
  const perLine = p.stride / 4;
  const first = row * FONT_HEIGHT * perLine + col * FONT_WIDTH;
  const paper = words[first]; // row 0 of every glyph is blank
  const out: number[] = [];
  for (let y = 0; y < FONT_HEIGHT; y++) {
    let byte = 0;
    const at = first + y * perLine;
    for (let x = 0; x < FONT_WIDTH; x++) if (words[at + x] !== paper) byte |= 0x80 >> x;
    out.push(byte);
  }
  return out;
}

/** The screen as lines of text ("?" for a cell that matches no glyph), trailing blanks trimmed. */
export function screenText(p: Pixels): string[] {
  const cols = Math.floor(p.width / FONT_WIDTH);
  const rows = Math.floor(p.height / FONT_HEIGHT);
  const out: string[] = [];
  for (let r = 0; r < rows; r++) {
    let line = "";
    for (let c = 0; c < cols; c++) line += glyphs.get(cellBits(p, c, r).join(",")) ?? "?";
    out.push(line.trimEnd());
  }
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out;
}

const crcTable = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const v = new DataView(out.buffer);
  v.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  v.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** RGBA pixels (width × height × 4) as a PNG file: 8-bit RGBA, filter 0 on every line. */
export function encodePng(rgba: Uint8Array, width: number, height: number): Uint8Array {
  const raw = new Uint8Array(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, width);
  v.setUint32(4, height);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const parts = [
    Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 6 })),
    chunk("IEND", new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Writes a PNG file, creating its directory. */
export function savePng(path: string, rgba: Uint8Array, width: number, height: number): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, encodePng(rgba, width, height));
}
