// chapter: 05-boot-hardware
// The register maps drawn twice — in chapter 5, where the board models a device, and in chapter
// 10, where the kernel drives it — come from the contract's constants and fit without overlaps.
import { describe, expect, it } from "vitest";
import { bitfieldSvg } from "../../src/components/figures/bitfield.ts";
import { layoutBytes } from "../../src/components/figures/layout.ts";
describe("register maps shared by a model's chapter and its driver's", () => {
  it("draw the PL011 and the GIC CPU interface from the contract without overlaps", async () => {
    const r = await import("../../src/components/figures/registers.ts");
    expect(layoutBytes(r.PL011_REGISTERS_SIZE, r.PL011_REGISTERS).filter((f) => f.name !== "").length).toBe(12);
    expect(layoutBytes(r.GICC_REGISTERS_SIZE, r.GICC_REGISTERS).filter((f) => f.name === "").length).toBe(0);
    expect(bitfieldSvg("FR", 32, r.PL011_FR_BITS)).toMatch(/bit 7: TXFE; bit 6: RXFF; bit 5: TXFF; bit 4: RXFE/);
  });
});
