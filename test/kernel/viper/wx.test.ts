// chapter: 21b-pipes-and-break
// W^X: no user page is both writable and executable. The ELF loader refuses a segment (or a page
// two segments share) that would be both, the shell shows why, and a walk of every user page
// table of a booted system, sampled while programs run, finds no EL0 page writable without UXN.
import { describe, expect, it } from "vitest";
import { DESC_AP_EL0, DESC_AP_RO, DESC_UXN, ptForEachLeaf } from "../../../src/kernel/mm/pagetable.ts";
import { elfParse } from "../../../src/kernel/viper/elf.ts";
import { ProcState } from "../../../src/kernel/viper/process.ts";
import { makeElf } from "../../../tools/fuzz/programs.ts";
import { ShellSession } from "../../user/session.ts";

const EXIT0 = new Uint8Array([0x00, 0x00, 0x80, 0xd2, 0x28, 0x00, 0x80, 0xd2, 0x01, 0x00, 0x00, 0xd4]); // mov x0,#0; mov x8,#1; svc #0

/** A program whose data segment (index 1) asks for `flags` and may sit at `dataVaddr`. */
function withData(flags: number, dataVaddr = 0x8001_0000): Uint8Array {
  const elf = makeElf(EXIT0, { data: new Uint8Array([1, 2, 3, 4]) });
  const v = new DataView(elf.buffer);
  v.setUint32(64 + 56 + 4, flags, true);
  v.setBigUint64(64 + 56 + 16, BigInt(dataVaddr), true);
  return elf;
}

describe("the ELF loader and W^X", () => {
  it("refuses a segment both writable and executable, naming it", () => {
    expect(elfParse(withData(7))).toBe("segment 1 is writable and executable (W^X)");
    expect(elfParse(withData(3))).toBe("segment 1 is writable and executable (W^X)");
  });

  it("refuses a writable segment that shares a page with an executable one", () => {
    expect(elfParse(withData(6, 0x8000_0100))).toBe(
      "page 0x80000000 would be writable and executable (W^X): a writable and an executable segment share it",
    );
  });

  it("accepts code and data on pages of their own", () => {
    expect(typeof elfParse(withData(6))).toBe("object");
  });

  it("shows the reason when the shell runs such a program, and starts nothing", () => {
    const s = new ShellSession({ add: [{ name: "/tests/bad.elf", data: withData(7), perm: 0o755 }] });
    const before = s.m.kernel?.procs.byPid.size;
    const out = s.run("/tests/bad.elf");
    expect(out).toContain("proc: cannot load /tests/bad.elf: segment 1 is writable and executable (W^X)");
    expect(s.m.kernel?.procs.byPid.size).toBe(before);
    expect(s.run("Echo still here")).toContain("still here");
  });
});

describe("the W^X invariant of a booted system", () => {
  it("holds for every EL0 page of every process, sampled while a pipeline and programs run", () => {
    const s = new ShellSession();
    const k = s.m.kernel;
    if (k === null) throw new Error("no kernel");
    let pages = 0;
    const bad: string[] = [];
    const check = (): boolean => {
      for (const p of k.procs.byPid.values()) {
        if (p.state !== ProcState.RUNNING) continue;
        ptForEachLeaf(k, p.aspace.root, (va, d) => {
          if ((d & DESC_AP_EL0) === 0n) return;
          pages++;
          if ((d & DESC_AP_RO) === 0n && (d & DESC_UXN) === 0n) bad.push(`${p.name} 0x${va.toString(16)}`);
        });
      }
      return s.m.waitingForInput();
    };
    for (const line of ["/tests/kt_args one two", "/tests/kt_pipe", "/hello"]) {
      s.m.type(`${line}\n`);
      s.m.system.runUntil(check, 600 * 62_500_000);
    }
    expect(bad).toEqual([]);
    expect(pages).toBeGreaterThan(100); // it did look at code, data, stack and heap pages
  });
});
