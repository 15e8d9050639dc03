// chapter: 20-user-space
// Chapter 20's invariant, checked on the built programs (build/user, committed): a user program
// reaches the kernel only through `svc #0`. Every instruction word of every executable segment
// of vinit and the C: programs is read; a `svc` with another immediate, an `hvc`, `smc` or
// `eret`, or a system-register access outside EL0's (op1 = 3: NZCV, FPCR, TPIDR_EL0, the
// counter) would be a program that knows something of the machine the ABI does not give it.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const dir = join(root, "build", "user");
const PF_X = 1;

/** The instruction words of an ELF64 little-endian file's executable PT_LOAD segments. */
function textWords(elf: Uint8Array): Uint32Array[] {
  const v = new DataView(elf.buffer, elf.byteOffset, elf.byteLength);
  expect(v.getUint32(0, false)).toBe(0x7f454c46); // "\x7fELF"
  const phoff = Number(v.getBigUint64(0x20, true));
  const phentsize = v.getUint16(0x36, true);
  const phnum = v.getUint16(0x38, true);
  const out: Uint32Array[] = [];
  for (let i = 0; i < phnum; i++) {
    const p = phoff + i * phentsize;
    if (v.getUint32(p, true) !== 1 || (v.getUint32(p + 4, true) & PF_X) === 0) continue;
    const off = Number(v.getBigUint64(p + 8, true));
    const size = Number(v.getBigUint64(p + 0x20, true)) & ~3;
    out.push(new Uint32Array(elf.slice(off, off + size).buffer));
  }
  return out;
}

/** Why a word is not something a user program may execute, or null. */
function forbidden(w: number): string | null {
  if ((w & 0xffe0001f) >>> 0 === 0xd4000001 && (w >>> 5) & 0xffff) return `svc #${(w >>> 5) & 0xffff}`;
  if ((w & 0xffe0001f) >>> 0 === 0xd4000002) return "hvc";
  if ((w & 0xffe0001f) >>> 0 === 0xd4000003) return "smc";
  if (w >>> 0 === 0xd69f03e0) return "eret";
  // MRS/MSR (register): 1101 0101 00 L 1 o0 op1 CRn CRm op2 Rt; op1 = 3 is what EL0 may reach.
  if ((w & 0xffd00000) >>> 0 === 0xd5100000 && ((w >>> 16) & 7) !== 3) return `system register op1=${(w >>> 16) & 7}`;
  return null;
}

const programs = readdirSync(dir).filter((f) => statSync(join(dir, f)).isFile());

describe("user programs reach the kernel only through svc #0", () => {
  it("finds vinit and the C: programs", () => {
    expect(programs).toContain("vinit");
    expect(programs).toContain("hello");
  });

  for (const name of programs) {
    it(`${name}: every svc is svc #0 and nothing privileged is executed`, () => {
      const segments = textWords(readFileSync(join(dir, name)));
      expect(segments.length).toBeGreaterThan(0);
      let svcs = 0;
      const bad: string[] = [];
      for (const words of segments)
        for (const w of words) {
          if (w >>> 0 === 0xd4000001) svcs++;
          const why = forbidden(w);
          if (why !== null) bad.push(`${w.toString(16)} ${why}`);
        }
      expect(bad).toEqual([]);
      expect(svcs).toBeGreaterThan(0);
    });
  }

  it("would notice a privileged instruction", () => {
    expect(forbidden(0xd4000021)).toBe("svc #1"); // svc #1
    expect(forbidden(0xd4000002)).toBe("hvc");
    expect(forbidden(0xd69f03e0)).toBe("eret");
    expect(forbidden(0xd5181000)).toMatch(/op1=0/); // msr sctlr_el1, x0
    expect(forbidden(0xd53b4200)).toBeNull(); // mrs x0, nzcv
    expect(forbidden(0xd4000001)).toBeNull(); // svc #0
  });
});
