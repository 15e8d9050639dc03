// chapter: 18-bootfs
import { describe, expect, it } from "vitest";
import { FaultKind } from "../../../src/kernel/lib/fault.ts";
import { AddressSpace, HEAP_BASE, STACK_SIZE, STACK_TOP } from "../../../src/kernel/mm/aspace.ts";
import { mmHandleAbort } from "../../../src/kernel/mm/fault.ts";
import {
  DESC_AF,
  DESC_AP_EL0,
  DESC_AP_RO,
  DESC_NG,
  DESC_PXN,
  DESC_UXN,
  PROT_R,
  PROT_W,
  PROT_X,
  ptLookup,
  ptMap,
  ptProtect,
  ptUnmap,
  ptUserDescriptor,
  ptWalk,
} from "../../../src/kernel/mm/pagetable.ts";
import { uaccessCopyin, uaccessCopyinString, uaccessCopyout } from "../../../src/kernel/mm/uaccess.ts";
import { VmaKind } from "../../../src/kernel/mm/vma.ts";
import { asidBits, tcrValue } from "../../../src/kernel/mm/mmu.ts";
import { Status } from "../../../src/kernel/lib/status.ts";
import { TTBR0_EL1 } from "../../../src/machine/sysregs.ts";
import { FakeMachine } from "../../../tools/fuzz/fake-machine.ts";
import { SYS } from "../../../src/machine/abi.ts";

const FSC_TRANSLATION_L3 = 0x07;
const FSC_PERMISSION_L3 = 0x0f;

function space(m: FakeMachine): AddressSpace {
  const s = AddressSpace.create(m.k, 4096);
  if (typeof s === "number") throw new Error("no space");
  return s;
}

describe("page tables", () => {
  it("writes four levels of descriptors into RAM that read back as the MMU would walk them", () => {
    const m = new FakeMachine();
    const { k, door } = m;
    const s = space(m);
    const pa = k.pmm.allocPage();
    const va = 0x7fff_ffff_e000;
    expect(ptMap(k, s.root, va, ptUserDescriptor(pa, PROT_R | PROT_W))).toBe(Status.OK);
    // Walk by hand: L0 index = va[47:39], …
    let table = s.root;
    for (let level = 0; level < 3; level++) {
      const index = Math.floor(va / 2 ** (39 - 9 * level)) % 512;
      const d = door.read64(table + index * 8);
      expect(d & 3n).toBe(3n); // valid table descriptor
      table = Number(d & 0x0000_ffff_ffff_f000n);
    }
    const leaf = door.read64(table + (Math.floor(va / 4096) % 512) * 8);
    expect(Number(leaf & 0x0000_ffff_ffff_f000n)).toBe(pa);
    expect(leaf & 3n).toBe(3n);
    expect(leaf & DESC_AF).toBe(DESC_AF);
    expect(leaf & DESC_NG).toBe(DESC_NG);
    expect(leaf & DESC_AP_EL0).toBe(DESC_AP_EL0);
    expect(leaf & DESC_AP_RO).toBe(0n);
    expect(leaf & DESC_UXN).toBe(DESC_UXN);
    expect(leaf & DESC_PXN).toBe(DESC_PXN);
    expect((leaf >> 2n) & 7n).toBe(1n); // MAIR attr1: normal memory
    expect(ptWalk(k, s.root, va, false)).toBe(table + (Math.floor(va / 4096) % 512) * 8);
  });

  it("maps code read-only and executable", () => {
    const d = ptUserDescriptor(0x4100_0000, PROT_R | PROT_X);
    expect(d & DESC_AP_RO).toBe(DESC_AP_RO);
    expect(d & DESC_UXN).toBe(0n);
  });

  it("refuses to map a page twice", () => {
    const m = new FakeMachine();
    const s = space(m);
    const pa = m.k.pmm.allocPage();
    expect(ptMap(m.k, s.root, 0x8000_0000, ptUserDescriptor(pa, PROT_R))).toBe(Status.OK);
    expect(ptMap(m.k, s.root, 0x8000_0000, ptUserDescriptor(pa, PROT_R))).toBe(Status.ALREADY_EXISTS);
  });

  it("unmaps with tlbi vae1 carrying the VA and the ASID", () => {
    const m = new FakeMachine();
    const s = space(m);
    s.asid = 7;
    const pa = m.k.pmm.allocPage();
    ptMap(m.k, s.root, 0x8000_3000, ptUserDescriptor(pa, PROT_R));
    m.door.tlbis.length = 0;
    expect(ptUnmap(m.k, s.root, 0x8000_3000, 7)).toBe(pa);
    expect(m.door.tlbis).toEqual([{ op: "vae1", arg: (7n << 48n) | BigInt(0x8000_3000 / 4096) }]);
    expect(ptLookup(m.k, s.root, 0x8000_3000)).toBe(0n);
  });

  it("gives back every page and table when a space is destroyed", () => {
    const m = new FakeMachine();
    const before = m.k.pmm.freePages;
    const s = space(m);
    for (let i = 0; i < 10; i++) s.mapZeroPage(m.k, 0x8000_0000 + i * 0x20_0000, PROT_R);
    expect(m.k.pmm.freePages).toBeLessThan(before);
    s.destroy(m.k);
    expect(m.k.pmm.freePages).toBe(before);
  });
});

describe("ASIDs", () => {
  it("rolls over after 255 spaces with one tlbi vmalle1", () => {
    const m = new FakeMachine();
    const spaces = Array.from({ length: 300 }, () => ({ asid: 0, asidGeneration: 0 }));
    m.door.tlbis.length = 0;
    const asids = spaces.map((s) => m.k.asids.assign(m.k, s));
    expect(new Set(asids.slice(0, 254)).size).toBe(254);
    expect(asids.every((a) => a >= 1 && a <= 255)).toBe(true);
    expect(m.door.tlbis.filter((t) => t.op === "vmalle1")).toHaveLength(1);
    // The first space's ASID is stale now: it gets a new one.
    const again = m.k.asids.assign(m.k, spaces[0]);
    expect(spaces[0].asidGeneration).toBe(m.k.asids.generation);
    expect(again).toBeGreaterThan(0);
  });

  it("uses 16-bit ASIDs when ID_AA64MMFR0_EL1 says the CPU has them", () => {
    // The board's Cortex-A72: ASIDBits 0b0010; the test machine's register says 8 bits.
    expect(asidBits(0x0f00_0024n)).toBe(16);
    expect(asidBits(2n)).toBe(8);
    expect(tcrValue(4, 16) & (1n << 36n)).toBe(1n << 36n);
    expect(tcrValue(4, 8) & (1n << 36n)).toBe(0n);
    expect(new FakeMachine().k.asids.max).toBe(255);
  });

  it("writes TTBR0 with the ASID in bits 63:48", () => {
    const m = new FakeMachine();
    const task = m.k.sched.current;
    if (task === null) throw new Error("no task");
    const ttbr0 = m.door.sysregs.get(TTBR0_EL1) ?? 0n;
    expect(Number(ttbr0 & 0xffff_ffff_ffffn)).toBe(task.proc.aspace.root);
    expect(ttbr0 >> 48n).toBe(BigInt(task.proc.aspace.asid));
    expect(task.proc.aspace.asid).toBeGreaterThan(0);
  });
});

describe("demand paging and faults", () => {
  it("maps a zeroed page on a translation fault in the heap, the stack and nowhere else", () => {
    const m = new FakeMachine();
    const proc = m.k.sched.current?.proc;
    if (!proc) throw new Error("no process");
    m.syscall(SYS.sbrk, 8192);
    const heapPage = HEAP_BASE + 4096;
    expect(mmHandleAbort(m.k, proc.aspace, proc.pid, BigInt(heapPage + 8), FSC_TRANSLATION_L3 | (1 << 6), false)).toBe(FaultKind.NONE);
    expect(proc.aspace.physical(m.k, heapPage)).toBeGreaterThan(0);
    const stackPage = STACK_TOP - 5 * 4096;
    expect(mmHandleAbort(m.k, proc.aspace, proc.pid, BigInt(stackPage), FSC_TRANSLATION_L3, false)).toBe(FaultKind.NONE);
    expect(mmHandleAbort(m.k, proc.aspace, proc.pid, 0n, FSC_TRANSLATION_L3, false)).toBe(FaultKind.UNMAPPED);
    expect(mmHandleAbort(m.k, proc.aspace, proc.pid, BigInt(HEAP_BASE + 8192), FSC_TRANSLATION_L3, false)).toBe(FaultKind.UNMAPPED);
  });

  it("names the guard page below the stack a stack overflow", () => {
    const m = new FakeMachine();
    const proc = m.k.sched.current?.proc;
    if (!proc) throw new Error("no process");
    const guard = STACK_TOP - STACK_SIZE - 8;
    expect(proc.aspace.vmas.find(guard)?.kind).toBe(VmaKind.GUARD);
    expect(mmHandleAbort(m.k, proc.aspace, proc.pid, BigInt(guard), FSC_TRANSLATION_L3 | (1 << 6), false)).toBe(FaultKind.STACK_OVERFLOW);
  });

  it("refuses a write to code and an instruction fetch from data", () => {
    const m = new FakeMachine();
    const proc = m.k.sched.current?.proc;
    if (!proc) throw new Error("no process");
    expect(mmHandleAbort(m.k, proc.aspace, proc.pid, 0x8000_0000n, FSC_PERMISSION_L3 | (1 << 6), false)).toBe(FaultKind.PERMISSION);
    expect(mmHandleAbort(m.k, proc.aspace, proc.pid, 0x8001_0000n, FSC_PERMISSION_L3, true)).toBe(FaultKind.PERMISSION);
    expect(mmHandleAbort(m.k, proc.aspace, proc.pid, 0x8000_0001n, 0x21, false)).toBe(FaultKind.ALIGNMENT);
  });
});

describe("copyin and copyout", () => {
  it("refuse NULL, kernel addresses, unmapped memory and ranges leaving user space", () => {
    const m = new FakeMachine();
    const s = m.k.sched.current?.proc.aspace;
    if (!s) throw new Error("no space");
    expect(uaccessCopyin(m.k, s, 0, 4)).toBe(Status.INVALID_ARG);
    expect(uaccessCopyin(m.k, s, 0x4000_0000, 4)).toBe(Status.INVALID_ARG); // RAM's physical address
    expect(uaccessCopyin(m.k, s, 2 ** 48 - 2, 4)).toBe(Status.INVALID_ARG);
    expect(uaccessCopyin(m.k, s, 0xffff_0000_0000_0000, 4)).toBe(Status.INVALID_ARG);
    expect(uaccessCopyout(m.k, s, 0x8000_0000, new Uint8Array(4))).toBe(Status.INVALID_ARG); // code is read-only
    expect(uaccessCopyinString(m.k, s, 0x4000_0000, 100)).toBe(Status.INVALID_ARG);
  });

  it("copy across a page boundary, faulting in stack pages as the user would", () => {
    const m = new FakeMachine();
    const s = m.k.sched.current?.proc.aspace;
    if (!s) throw new Error("no space");
    const va = STACK_TOP - 2 * 4096 - 3;
    const bytes = Uint8Array.from({ length: 10 }, (_, i) => i + 1);
    expect(uaccessCopyout(m.k, s, va, bytes)).toBe(Status.OK);
    expect(uaccessCopyin(m.k, s, va, 10)).toEqual(bytes);
  });

  it("copy nothing when the end of a range is bad", () => {
    const m = new FakeMachine();
    const s = m.k.sched.current?.proc.aspace;
    if (!s) throw new Error("no space");
    const va = 0x8001_0000; // data page, followed by bss then unmapped
    const before = uaccessCopyin(m.k, s, va, 4);
    expect(uaccessCopyout(m.k, s, va, new Uint8Array(64 * 1024).fill(9))).toBe(Status.INVALID_ARG);
    expect(uaccessCopyin(m.k, s, va, 4)).toEqual(before);
  });

  it("copies a string once and stops at its limit", () => {
    const m = new FakeMachine();
    const s = m.k.sched.current?.proc.aspace;
    if (!s) throw new Error("no space");
    const va = STACK_TOP - 100;
    uaccessCopyout(m.k, s, va, Uint8Array.from([104, 105, 0]));
    expect(uaccessCopyinString(m.k, s, va, 10)).toBe("hi");
    expect(uaccessCopyinString(m.k, s, va, 1)).toBe(Status.INVALID_ARG);
  });
});

describe("protect", () => {
  it("rewrites the permission bits, keeps the page, and flushes its TLB entry", () => {
    const m = new FakeMachine();
    const s = AddressSpace.create(m.k, 16);
    if (typeof s === "number") throw new Error("no space");
    s.asid = 9;
    const pa = m.k.pmm.allocPage();
    ptMap(m.k, s.root, 0x8000_0000, ptUserDescriptor(pa, PROT_R | PROT_W));
    m.door.tlbis.length = 0;
    expect(ptProtect(m.k, s.root, 0x8000_0000, PROT_R | PROT_X, 9)).toBe(Status.OK);
    const d = ptLookup(m.k, s.root, 0x8000_0000);
    expect(Number(d & 0x0000_ffff_ffff_f000n)).toBe(pa);
    expect(d & DESC_AP_RO).toBe(DESC_AP_RO);
    expect(d & DESC_UXN).toBe(0n);
    expect(m.door.tlbis).toEqual([{ op: "vae1", arg: (9n << 48n) | BigInt(0x8000_0000 / 4096) }]);
    expect(ptProtect(m.k, s.root, 0x9000_0000, PROT_R, 9)).toBe(Status.NOT_FOUND);
  });
});
