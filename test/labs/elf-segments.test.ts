// chapter: 16-processes
// Lab elf-segments (chapter 16, "Checking an executable"): each refused program header is named,
// with its index and the reason, so that a user reading `Run`'s error knows what to fix.
import { describe, expect, it } from "vitest";
import { elfParse } from "../../src/kernel/viper/elf.ts";
import { NOP_PROGRAM } from "../../tools/fuzz/programs.ts";

const PH = 64; // the first program header of NOP_PROGRAM

function patched(at: number, value: bigint, size: 4 | 8): Uint8Array {
  const out = NOP_PROGRAM.slice();
  const v = new DataView(out.buffer);
  if (size === 4) v.setUint32(at, Number(value), true);
  else v.setBigUint64(at, value, true);
  return out;
}

describe("ELF segments", () => {
  it("names the segment and the reason it refuses", () => {
    expect(elfParse(patched(PH + 32, 1000n, 8))).toBe("segment 0: p_filesz > p_memsz");
    expect(elfParse(patched(PH + 48, 3n, 8))).toBe("segment 0: p_align not a power of two");
    expect(elfParse(patched(PH, 3n, 4))).toBe("dynamically linked programs are not supported");
    expect(elfParse(patched(PH + 16, 0n, 8))).toMatch(/^segment 0: address 0x0 outside the program area$/);
  });
});
