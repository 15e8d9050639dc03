// chapter: 23-consoles
// The CPU panel names the fault status code of an abort as the ARM ARM does.
import { describe, expect, it } from "vitest";
import { fscName } from "../../src/components/panels/cpu.ts";

describe("the CPU panel", () => {
  it("names a fault status code by kind and level", () => {
    expect(fscName(0x05)).toBe("translation fault, level 1");
    expect(fscName(0x0f)).toBe("permission fault, level 3");
    expect(fscName(0x21)).toBe("alignment fault");
    expect(fscName(0x30)).toBe("fault status 0x30");
  });
});
