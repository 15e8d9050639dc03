// What kind of ELF file `npm run emu` was given: a static AArch64 Linux program the runner can
// load, a ViperOS program (which needs the kernel: `npm run boot`), or neither, with the reason.
// Kept apart from the runner (linux.ts) because recognising a ViperOS program takes the kernel's
// address-space layout (chapter 11), and the runner itself needs nothing of the kernel.
import { HEAP_BASE, USER_CODE_BASE } from "../../src/kernel/mm/aspace.ts";
import { STACK_SIZE } from "./linux.ts";

/**
 * What a file is, as far as the runner cares: a static AArch64 Linux program it can load into
 * `ramSize` bytes, a ViperOS program (its segments sit in ViperOS's program area, from
 * USER_CODE_BASE 0x8000_0000, where the ViperOS loader of chapter 16 puts them; a Linux program
 * lives far below), or something else, with the reason.
 */
export function classifyElf(elf: Uint8Array, ramSize: number): "linux" | "viperos" | { problem: string } {
  if (elf.length < 64 || elf[0] !== 0x7f || elf[1] !== 0x45 || elf[2] !== 0x4c || elf[3] !== 0x46) {
    return { problem: "not an ELF file" };
  }
  const v = new DataView(elf.buffer, elf.byteOffset, elf.byteLength);
  if (elf[4] !== 2 || elf[5] !== 1) return { problem: "not a 64-bit little-endian ELF file" };
  if (v.getUint16(18, true) !== 183) return { problem: `not an AArch64 program (e_machine ${v.getUint16(18, true)})` };
  if (v.getUint16(16, true) !== 2) return { problem: "not a static executable (emu runs programs linked with -static)" };
  const phoff = Number(v.getBigUint64(32, true));
  const phentsize = v.getUint16(54, true);
  const phnum = v.getUint16(56, true);
  if (phentsize < 56 || phoff + phnum * phentsize > elf.length) return { problem: "program headers outside the file" };
  let viper = false;
  let top = 0;
  for (let i = 0; i < phnum; i++) {
    const p = phoff + i * phentsize;
    const type = v.getUint32(p, true);
    if (type === 3) return { problem: "dynamically linked (emu runs programs linked with -static)" }; // PT_INTERP
    if (type !== 1) continue; // PT_LOAD
    const vaddr = Number(v.getBigUint64(p + 16, true));
    const end = vaddr + Number(v.getBigUint64(p + 40, true));
    if (vaddr >= USER_CODE_BASE && end <= HEAP_BASE) viper = true;
    if (Number(v.getBigUint64(p + 8, true)) + Number(v.getBigUint64(p + 32, true)) > elf.length) {
      return { problem: `segment ${i}: file data outside the file` };
    }
    top = Math.max(top, end);
  }
  if (viper) return "viperos";
  if (top > ramSize - STACK_SIZE) {
    return { problem: `its segments end at 0x${top.toString(16)}, beyond the ${ramSize >> 20} MiB of RAM (--mem)` };
  }
  return "linux";
}
