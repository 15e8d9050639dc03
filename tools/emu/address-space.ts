// The Linux runner's address space: what a Linux process sees of its memory, enforced by the
// emulated MMU. Virtual addresses equal physical ones (the program's RAM starts at 0), but each
// 4 KiB page is mapped only when the program has it — its ELF segments with their own
// permissions, the stack, the heap brk grows, the mmap areas — so the null page, a write to
// .rodata or .text, or a jump into data fault as they do under Linux, and the runner turns the
// fault into SIGSEGV. The page tables live in RAM above the program's addresses, where no
// mapping reaches them.
//
// Layout: TCR_EL1.T0SZ = 25 (a 39-bit space, so the walk starts at level 1), one level-1 table,
// one level-2 table of 2 MiB slots, and one level-3 table per 2 MiB of the program's RAM.
import { SCTLR_EL1, MAIR_EL1, TCR_EL1, TTBR0_EL1 } from "../../src/machine/sysregs.ts";
import type { Bus } from "../../src/emulator/bus/bus.ts";
import type { Cpu } from "../../src/emulator/cpu/cpu.ts";
import { ACC_READ } from "../../src/emulator/mmu/mmu.ts";

export const PAGE = 4096;
export const PROT_READ = 1;
export const PROT_WRITE = 2;
export const PROT_EXEC = 4;
/** A page's entry in `pages`: 0 when unmapped, else MAPPED | its PROT_ bits (PROT_NONE included). */
const MAPPED = 0x80;
const SLOT = 2 * 1024 * 1024;

/** Bytes of page tables an address space of `size` bytes needs (placed after it in RAM). */
export function tableBytes(size: number): number {
  return 2 * PAGE + Math.ceil(size / SLOT) * PAGE;
}

export class AddressSpace {
  /** One byte per page of the program's RAM: 0 unmapped, else MAPPED | PROT_ bits. */
  private readonly pages: Uint8Array;
  private readonly view: DataView;
  private readonly cpu: Cpu;
  private readonly tables: number;
  readonly size: number;
  /**
   * Whether the MMU enforces the mapping. The book's CPU walks page tables from chapter 6 on;
   * in an earlier chapter's state (the FP tests of chapter 4d use this runner) an unmapped page
   * still translates, so the runner turns the MMU off again and only the system calls check.
   */
  readonly enforced: boolean;

  /** `size`: the program's addresses [0, size); `tables`: where the page tables go (≥ size). */
  constructor(bus: Bus, cpu: Cpu, size: number, tables: number) {
    this.cpu = cpu;
    this.size = size;
    this.tables = tables;
    this.pages = new Uint8Array(size / PAGE);
    this.view = bus.ramView;
    const l1 = tables;
    const l2 = tables + PAGE;
    bus.ram.fill(0, tables, tables + tableBytes(size));
    this.view.setBigUint64(l1, BigInt(l2) | 3n, true);
    for (let slot = 0; slot < Math.ceil(size / SLOT); slot++)
      this.view.setBigUint64(l2 + slot * 8, BigInt(this.l3(slot)) | 3n, true);
    cpu.writeSysreg(MAIR_EL1, 0xffn); // attribute 0: normal memory, write-back
    // T0SZ 25, 4 KiB granule, inner/outer write-back, inner shareable; EPD1: no upper half.
    cpu.writeSysreg(TCR_EL1, 25n | (1n << 8n) | (1n << 10n) | (3n << 12n) | (1n << 23n));
    cpu.writeSysreg(TTBR0_EL1, BigInt(tables));
    const sctlr = cpu.readSysreg(SCTLR_EL1) ?? 0n;
    cpu.writeSysreg(SCTLR_EL1, sctlr | 1n); // M: the MMU on
    this.enforced = (cpu.mmu.at(0n, ACC_READ, 0) & 1n) === 1n; // page 0 is unmapped: it must fault
    if (!this.enforced) cpu.writeSysreg(SCTLR_EL1, sctlr);
  }

  private l3(slot: number): number {
    return this.tables + 2 * PAGE + slot * PAGE;
  }

  /** Maps [addr, addr + len) (page-aligned) with `prot`, replacing what was there. */
  map(addr: number, len: number, prot: number): void {
    for (let a = addr; a < addr + len; a += PAGE) this.setPage(a, MAPPED | (prot & 7));
    this.flush();
  }

  unmap(addr: number, len: number): void {
    for (let a = addr; a < addr + len; a += PAGE) this.setPage(a, 0);
    this.flush();
  }

  /** Changes the protection of mapped pages; false (ENOMEM) if any page of the range is unmapped. */
  protect(addr: number, len: number, prot: number): boolean {
    for (let a = addr; a < addr + len; a += PAGE) if (this.pages[a / PAGE] === 0) return false;
    this.map(addr, len, prot);
    return true;
  }

  /** Whether every page of [addr, addr + len) is free (unmapped and inside the space). */
  isFree(addr: number, len: number): boolean {
    if (addr < 0 || addr + len > this.size) return false;
    for (let a = addr; a < addr + len; a += PAGE) if (this.pages[a / PAGE] !== 0) return false;
    return true;
  }

  /**
   * Whether the program may touch every byte of [addr, addr + len) the way the system call will:
   * `write` when the kernel writes into it (read(2)), else reading it (write(2)).
   */
  accessible(addr: number, len: number, write: boolean): boolean {
    if (len === 0) return true;
    if (addr < 0 || addr + len > this.size) return false;
    const need = MAPPED | (write ? PROT_WRITE : PROT_READ);
    for (let p = Math.floor(addr / PAGE); p <= Math.floor((addr + len - 1) / PAGE); p++)
      if ((this.pages[p] & need) !== need) return false;
    return true;
  }

  /** The highest free run of `len` bytes whose pages lie in [low, high), or -1. */
  findFree(len: number, low: number, high: number): number {
    let end = high;
    for (let a = high - PAGE; a >= low; a -= PAGE) {
      if (this.pages[a / PAGE] !== 0) end = a;
      else if (end - a >= len) return a;
    }
    return -1;
  }

  /**
   * The level-3 descriptor: a page at the same physical address, accessed flag, inner shareable,
   * AP[2:1] = 01 (EL0 read/write) or 11 (read-only), PXN always (the shim never runs EL1 code
   * from these pages), UXN unless PROT_EXEC. An ARM page cannot be write-only or execute-only:
   * PROT_WRITE implies read, as Linux's arm64 protection map says.
   */
  private setPage(addr: number, entry: number): void {
    this.pages[addr / PAGE] = entry;
    let d = 0n;
    if (entry !== 0 && (entry & 7) !== 0) {
      d = BigInt(addr) | 3n | (1n << 10n) | (3n << 8n) | (1n << 6n) | (1n << 53n);
      if ((entry & PROT_WRITE) === 0) d |= 1n << 7n;
      if ((entry & PROT_EXEC) === 0) d |= 1n << 54n;
    }
    this.view.setBigUint64(this.l3(Math.floor(addr / SLOT)) + ((addr % SLOT) / PAGE) * 8, d, true);
  }

  /** What Linux's kernel does after changing page tables: tlbi vmalle1 (and the CPU's fast TLBs). */
  private flush(): void {
    this.cpu.mmu.tlbi("vmalle1", 0n);
  }
}
