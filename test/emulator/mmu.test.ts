// chapter: 06-mmu-hardware
// The MMU: descriptors at every level, AP/PXN/UXN, access-flag faults, fault levels, a stale
// TLB entry used until tlbi, ASID tagging, AT/PAR, and the CPU reporting MMU faults.
import { describe, expect, it } from "vitest";
import { Bus } from "../../src/emulator/bus/bus.ts";
import { Cpu } from "../../src/emulator/cpu/cpu.ts";
import { ACC_EXEC, ACC_READ, ACC_WRITE } from "../../src/emulator/mmu/mmu.ts";
import { EXIT_HALT } from "../../src/machine/door.ts";
import { EC_DABT_LOWER, ESR_ISS_WNR } from "../../src/machine/exceptions.ts";
import { RAM_BASE } from "../../src/machine/memory-map.ts";
import { ESR_EL1, FAR_EL1, MAIR_EL1, PAR_EL1, SCTLR_EL1, TCR_EL1, TTBR0_EL1, TTBR1_EL1 } from "../../src/machine/sysregs.ts";

const L0 = RAM_BASE + 0x10000;
const L1 = RAM_BASE + 0x11000;
const L2 = RAM_BASE + 0x12000;
const L3 = RAM_BASE + 0x13000;
const FRAME_A = RAM_BASE + 0x100000;
const FRAME_B = RAM_BASE + 0x101000;
const AF = 1n << 10n;
const NG = 1n << 11n;
const PXN = 1n << 53n;
const UXN = 1n << 54n;
const TABLE = 3n;
const PAGE = 3n | AF;
const BLOCK = 1n | AF;
const ap = (v: number) => BigInt(v) << 6n;

function setup() {
  const bus = new Bus(RAM_BASE, 8 << 20);
  const cpu = new Cpu(bus);
  const door = cpu.door;
  const put = (table: number, index: number, d: bigint) => door.write64(table + index * 8, d);
  put(L0, 0, BigInt(L1) | TABLE); // VA 0 – 512 GiB
  put(L1, 0, BigInt(L2) | TABLE); // VA 0 – 1 GiB
  put(L1, 1, BigInt(RAM_BASE) | BLOCK | ap(1)); // VA 1 GiB: a 1 GiB block onto RAM, EL0 RW
  put(L2, 0, BigInt(L3) | TABLE); // VA 0 – 2 MiB
  put(L2, 1, BigInt(RAM_BASE + 0x20_0000) | BLOCK | ap(0)); // VA 2 MiB: a 2 MiB block, EL1 only
  put(L3, 1, BigInt(FRAME_A) | PAGE | ap(1) | NG); // VA 0x1000: user RW, per-ASID
  door.msr(MAIR_EL1, 0x00ffn);
  // T0SZ = T1SZ = 16 (48-bit, walks start at level 0), TG1 = 4 KiB, IPS = 44 bits, 16-bit ASIDs.
  door.msr(TCR_EL1, 16n | (16n << 16n) | (2n << 30n) | (4n << 32n) | (1n << 36n));
  door.msr(TTBR0_EL1, BigInt(L0) | (1n << 48n));
  door.msr(TTBR1_EL1, BigInt(L0));
  door.msr(SCTLR_EL1, 0x00c5_0838n | 1n);
  const mmu = cpu.mmu;
  const tr = (va: bigint, access = ACC_READ, el = 1) => {
    const pa = mmu.translate(Number(BigInt.asIntN(32, va)), Number(BigInt.asIntN(32, va >> 32n)), access, el, true);
    return pa < 0 ? `fault 0x${mmu.fault.toString(16)}` : pa;
  };
  return { bus, cpu, door, put, mmu, tr };
}

describe("stage-1 translation", () => {
  it("is the identity with the MMU off", () => {
    const { door, tr } = setup();
    door.msr(SCTLR_EL1, 0x00c5_0838n);
    expect(tr(0x4000_1234n)).toBe(0x4000_1234);
    expect(tr(0x1_0000_0000_0000n)).toBe("fault 0x0"); // beyond 48 bits: address size fault
  });

  it("maps pages at level 3 and blocks at levels 1 and 2", () => {
    const { tr } = setup();
    expect(tr(0x1234n)).toBe(FRAME_A + 0x234);
    expect(tr(0x20_1234n)).toBe(RAM_BASE + 0x20_1234);
    expect(tr(0x4012_3456n)).toBe(RAM_BASE + 0x12_3456);
  });

  it("reports translation faults at the level of the invalid descriptor", () => {
    const { tr } = setup();
    expect(tr(0x80_0000_0000n)).toBe("fault 0x4"); // L0 entry 1 invalid
    expect(tr(0x8000_0000n)).toBe("fault 0x5"); // L1 entry 2 invalid
    expect(tr(0x40_0000n)).toBe("fault 0x6"); // L2 entry 2 invalid
    expect(tr(0x2000n)).toBe("fault 0x7"); // L3 entry 2 invalid
    expect(tr(0x0001_0000_0000_0000n)).toBe("fault 0x4"); // outside both regions
  });

  it("faults on a clear access flag before checking permissions", () => {
    const { put, tr } = setup();
    put(L3, 3, BigInt(FRAME_B) | 3n | ap(0)); // AF = 0, EL1 only
    expect(tr(0x3000n, ACC_READ, 0)).toBe("fault 0xb");
    put(L2, 3, BigInt(RAM_BASE) | 1n); // a 2 MiB block with AF = 0
    expect(tr(0x60_0000n)).toBe("fault 0xa");
  });

  it("grants exactly the AP[2:1] permissions", () => {
    const want: Record<number, string> = { 0: "RW--", 1: "RWRW", 2: "R---", 3: "R-R-" };
    for (let a = 0; a < 4; a++) {
      const { put, tr } = setup();
      put(L3, 4, BigInt(FRAME_B) | PAGE | ap(a));
      const va = 0x4000n;
      const ok = (acc: number, el: number) => typeof tr(va, acc, el) === "number";
      const got =
        (ok(ACC_READ, 1) ? "R" : "-") + (ok(ACC_WRITE, 1) ? "W" : "-") + (ok(ACC_READ, 0) ? "R" : "-") + (ok(ACC_WRITE, 0) ? "W" : "-");
      expect(`AP=${a} ${got}`).toBe(`AP=${a} ${want[a]}`);
      if (!ok(ACC_READ, 0)) expect(tr(va, ACC_READ, 0)).toBe("fault 0xf"); // permission, level 3
    }
  });

  it("honours UXN, PXN, the table bits, and never lets EL1 execute EL0-writable memory", () => {
    const { put, tr } = setup();
    put(L3, 5, BigInt(FRAME_B) | PAGE | ap(3) | UXN); // user read-only, not user-executable
    put(L3, 6, BigInt(FRAME_B) | PAGE | ap(2) | PXN); // kernel read-only, not kernel-executable
    put(L3, 7, BigInt(FRAME_B) | PAGE | ap(1)); // user RW: EL1 may not execute it
    put(L3, 8, BigInt(FRAME_B) | PAGE | ap(3)); // user RO, executable at both
    expect(tr(0x5000n, ACC_EXEC, 0)).toBe("fault 0xf");
    expect(tr(0x5000n, ACC_EXEC, 1)).toBe(FRAME_B);
    expect(tr(0x6000n, ACC_EXEC, 1)).toBe("fault 0xf");
    expect(tr(0x7000n, ACC_EXEC, 1)).toBe("fault 0xf");
    expect(tr(0x7000n, ACC_EXEC, 0)).toBe(FRAME_B);
    expect(tr(0x8000n, ACC_EXEC, 0)).toBe(FRAME_B);
    const t = setup();
    t.put(L1, 0, BigInt(L2) | TABLE | (1n << 61n)); // APTable[0]: no EL0 access below
    expect(t.tr(0x1000n, ACC_READ, 0)).toBe("fault 0xf");
    expect(t.tr(0x1000n, ACC_WRITE, 1)).toBe(FRAME_A);
  });
});

describe("the TLB", () => {
  it("keeps using a stale entry until tlbi invalidates it", () => {
    const { door, put, tr } = setup();
    expect(tr(0x1000n)).toBe(FRAME_A);
    put(L3, 1, BigInt(FRAME_B) | PAGE | ap(1) | NG); // remap without tlbi
    expect(tr(0x1000n)).toBe(FRAME_A);
    door.msr(TTBR0_EL1, BigInt(L0) | (1n << 48n)); // rewriting TTBR0 is not a TLB invalidation
    expect(tr(0x1000n)).toBe(FRAME_A);
    door.tlbi("vae1", (0x1000n >> 12n) | (1n << 48n));
    expect(tr(0x1000n)).toBe(FRAME_B);
    put(L3, 1, 0n); // unmap
    expect(tr(0x1000n)).toBe(FRAME_B);
    door.tlbi("vmalle1", 0n);
    expect(tr(0x1000n)).toBe("fault 0x7");
  });

  it("tags non-global entries with the ASID and shares global ones", () => {
    const { door, put, tr } = setup();
    expect(tr(0x1000n)).toBe(FRAME_A); // cached for ASID 1
    expect(tr(0x20_0000n)).toBe(RAM_BASE + 0x20_0000); // global block, cached
    // ASID 2 uses a second level-3 table that maps 0x1000 to FRAME_B.
    const L3b = RAM_BASE + 0x14000;
    const L2b = RAM_BASE + 0x15000;
    const L1b = RAM_BASE + 0x16000;
    const L0b = RAM_BASE + 0x17000;
    put(L0b, 0, BigInt(L1b) | TABLE);
    put(L1b, 0, BigInt(L2b) | TABLE);
    put(L2b, 0, BigInt(L3b) | TABLE);
    put(L3b, 1, BigInt(FRAME_B) | PAGE | ap(1) | NG);
    door.msr(TTBR0_EL1, BigInt(L0b) | (2n << 48n));
    expect(tr(0x1000n)).toBe(FRAME_B);
    expect(tr(0x20_0000n)).toBe(RAM_BASE + 0x20_0000); // the global entry, though L2b has none
    door.msr(TTBR0_EL1, BigInt(L0) | (1n << 48n));
    expect(tr(0x1000n)).toBe(FRAME_A);
    door.tlbi("aside1", 1n << 48n);
    put(L3, 1, 0n);
    expect(tr(0x1000n)).toBe("fault 0x7");
    door.msr(TTBR0_EL1, BigInt(L0b) | (2n << 48n));
    expect(tr(0x1000n)).toBe(FRAME_B); // ASID 2's entry survived aside1 of ASID 1
    door.tlbi("vaae1", 0x200n); // by VA, any ASID: drops the global block entry
    expect(tr(0x20_0000n)).toBe("fault 0x6");
  });
});

describe("AT and faults seen by the CPU", () => {
  it("writes PAR_EL1: the PA and attributes, or F and the fault status", () => {
    const { door } = setup();
    door.at("s1e0r", 0x1234n);
    expect(door.mrs(PAR_EL1)).toBe(BigInt(FRAME_A) | (0xffn << 56n));
    door.at("s1e0w", 0x20_0000n); // EL1-only block
    expect(door.mrs(PAR_EL1)).toBe(1n | (0xen << 1n) | 0x800n);
    door.at("s1e1w", 0x20_0000n);
    expect(door.mrs(PAR_EL1) & 1n).toBe(0n);
    door.at("s1e1r", 0x2000n);
    expect(door.mrs(PAR_EL1)).toBe(1n | (0x7n << 1n) | 0x800n);
  });

  it("turns a permission fault at EL0 into a data abort with FAR and WnR", () => {
    const { cpu, door, put } = setup();
    put(L3, 0, BigInt(RAM_BASE) | PAGE | ap(3)); // the code page, user read-only + executable
    door.write32(RAM_BASE, 0xf900_0020); // str x0, [x1]
    put(L3, 9, BigInt(FRAME_B) | PAGE | ap(3)); // user read-only data
    cpu.reset(0, 0);
    cpu.setX(1, 0x9008n);
    let esr = 0;
    let far = 0n;
    door.setVectorHandler(() => {
      esr = Number(door.mrs(ESR_EL1));
      far = door.mrs(FAR_EL1);
      return EXIT_HALT;
    });
    cpu.run(10);
    expect(esr >>> 26).toBe(EC_DABT_LOWER);
    expect(esr & 0x3f).toBe(0xf);
    expect(esr & ESR_ISS_WNR).toBe(ESR_ISS_WNR);
    expect(far).toBe(0x9008n);
  });
});

describe("instruction fetch through the MMU", () => {
  it("takes an instruction abort with the IFSC and FAR of an unmapped PC", () => {
    const { cpu, door } = setup();
    cpu.reset(0x2000, 0); // VA 0x2000 has no level-3 entry
    let esr = 0;
    let far = 0n;
    door.setVectorHandler(() => {
      esr = Number(door.mrs(ESR_EL1));
      far = door.mrs(FAR_EL1);
      return EXIT_HALT;
    });
    cpu.run(10);
    expect(esr >>> 26).toBe(0x20); // instruction abort from a lower EL
    expect(esr & 0x3f).toBe(0x7); // translation fault, level 3
    expect(far).toBe(0x2000n);
  });
});
