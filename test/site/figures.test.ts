// chapter: 00-how-to-read
// The book's figures are computed from the code's constants and from a text form, so they
// cannot disagree with the code: a mask with holes, overlapping fields or offsets, or an
// unreadable arrow line fails the build instead of drawing a wrong picture; and every figure
// carries a text alternative naming what it draws.
import { describe, expect, it } from "vitest";
import { bitfieldSvg, layoutBits, maskSpan } from "../../src/components/figures/bitfield.ts";
import { parseArrows } from "../../src/components/figures/diagram-text.ts";
import { layoutBytes, layoutSvg } from "../../src/components/figures/layout.ts";
import { sequenceSvg } from "../../src/components/figures/sequence.ts";
import { placeStates, stateDiagramSvg } from "../../src/components/figures/state-diagram.ts";

describe("<Bitfield>", () => {
  it("finds a field's bits from its mask, number or bigint", () => {
    expect(maskSpan("AF", 1n << 10n)).toEqual({ name: "AF", hi: 10, lo: 10 });
    expect(maskSpan("ADDR", 0x0000_ffff_ffff_f000n)).toEqual({ name: "ADDR", hi: 47, lo: 12 });
    expect(maskSpan("EC", 0x3f << 26)).toEqual({ name: "EC", hi: 31, lo: 26 });
  });
  it("refuses masks with holes, empty masks, overlaps and bits past the width", () => {
    expect(() => maskSpan("X", 0b101)).toThrow(/not contiguous/);
    expect(() => maskSpan("X", 0)).toThrow(/empty/);
    expect(() => layoutBits(32, [{ name: "A", mask: 0xf0 }, { name: "B", mask: 0x18 }])).toThrow(/overlaps/);
    expect(() => layoutBits(32, [{ name: "A", mask: 1n << 40n }])).toThrow(/bit 40/);
  });
  it("fills the bits no field names with gaps, top bit first", () => {
    expect(layoutBits(16, [{ name: "V", mask: 1 }, { name: "T", mask: 0xf0 }])).toEqual([
      { name: "", hi: 15, lo: 8 },
      { name: "T", hi: 7, lo: 4 },
      { name: "", hi: 3, lo: 1 },
      { name: "V", hi: 0, lo: 0 },
    ]);
  });
  it("draws two rows for 64 bits and describes every field", () => {
    const svg = bitfieldSvg("A descriptor", 64, [{ name: "VALID", mask: 1n }, { name: "UXN", mask: 1n << 54n }]);
    expect(svg).toContain("<title");
    expect(svg).toMatch(/bit 54: UXN; bit 0: VALID/);
    expect(svg.match(/class="fig-field"/g)?.length).toBe(2);
  });
});

describe("<Layout>", () => {
  it("orders fields by offset and marks the gaps", () => {
    expect(layoutBytes(8, [{ name: "b", offset: 4, size: 2 }, { name: "a", offset: 0, size: 2 }])).toEqual([
      { name: "a", offset: 0, size: 2 },
      { name: "", offset: 2, size: 2 },
      { name: "b", offset: 4, size: 2 },
      { name: "", offset: 6, size: 2 },
    ]);
  });
  it("refuses overlapping fields and fields past the end", () => {
    expect(() => layoutBytes(8, [{ name: "a", offset: 0, size: 4 }, { name: "b", offset: 2, size: 2 }])).toThrow(/overlaps/);
    expect(() => layoutBytes(8, [{ name: "a", offset: 6, size: 4 }])).toThrow(/ends past/);
  });
  it("splits a field across rows and names its offset in the description", () => {
    const svg = layoutSvg("A header", 16, [{ name: "magic", offset: 0, size: 4 }, { name: "big", offset: 4, size: 8 }], 8);
    expect(svg).toContain("big (cont.)");
    expect(svg).toMatch(/big at offset 4, 8 bytes/);
  });
});

describe("<StateDiagram> and <Sequence>", () => {
  it("reads the text form and names a bad line", () => {
    expect(parseArrows("A -> B : go\n# comment\nB -x A", "T")).toEqual([
      { from: "A", to: "B", text: "go", lost: false },
      { from: "B", to: "A", text: "", lost: true },
    ]);
    expect(() => parseArrows("A -> B\nnonsense", "StateDiagram")).toThrow(/line 2/);
  });
  it("places states in columns by their distance from the first", () => {
    const at = placeStates(parseArrows("Ready -> Running\nRunning -> Blocked\nBlocked -> Ready\nRunning -> Ready", "T"));
    expect((at.get("Running")?.x ?? 0) > (at.get("Ready")?.x ?? 0)).toBe(true);
    expect((at.get("Blocked")?.x ?? 0) > (at.get("Running")?.x ?? 0)).toBe(true);
  });
  it("describes every transition and every message", () => {
    expect(stateDiagramSvg("Task states", "Ready -> Running : picked\nRunning -> Running : tick")).toMatch(
      /Ready to Running \(picked\); Running to Running \(tick\)/,
    );
    const seq = sequenceSvg("Handshake", "client -> server : SYN\nserver -x client : SYN+ACK");
    expect(seq).toMatch(/server sends, and loses, client: SYN\+ACK/);
    expect(seq).toContain('class="fig-lost"');
  });
});

describe("<Regions>", () => {
  it("draws the highest region first, marks holes, and refuses overlaps", async () => {
    const { regionsSvg } = await import("../../src/components/figures/regions.ts");
    const svg = regionsSvg("map", [
      { name: "RAM", base: 0x4000_0000, size: 0x100 },
      { name: "UART", base: 0x0900_0000, size: 0x1000 },
    ]);
    const drawing = svg.slice(svg.indexOf("</desc>"));
    expect(drawing.indexOf(">RAM<")).toBeLessThan(drawing.indexOf(">UART<"));
    expect(svg).toContain("0x4000_0000");
    expect(svg).toContain('class="fig-gap"');
    expect(svg).toMatch(/From the lowest address: UART from 0x0900_0000, 4096 bytes; RAM/);
    expect(() => regionsSvg("x", [{ name: "a", base: 0, size: 8 }, { name: "b", base: 4, size: 8 }])).toThrow(/overlaps/);
  });
});

describe("pinned states", () => {
  it("puts a state where `@ NAME COLUMN ROW` says, and names a malformed pin", async () => {
    const { parsePlacements } = await import("../../src/components/figures/diagram-text.ts");
    const source = "A -> B\nB -> C\n@ C 0 1";
    const at = placeStates(parseArrows(source, "T"), parsePlacements(source));
    expect(at.get("C")?.x).toBe(at.get("A")?.x);
    expect((at.get("C")?.y ?? 0) > (at.get("A")?.y ?? 0)).toBe(true);
    expect(() => parsePlacements("A -> B\n@ A left")).toThrow(/line 2/);
  });
});
