// A minimal static AArch64 Linux executable: the ELF header, two program
// headers (code R+X, data R+W) and the two segments. Nothing else — no
// sections, no symbols — which is all qemu-aarch64 and our runner need
// (ELF-64 Object File Format 1.5; AArch64 ELF ABI: e_machine 183).

export const PAGE = 0x1000;
export const CODE_VADDR = 0x400000;
/** Code starts one page into the file, so the headers share the first page. */
export const CODE_OFFSET = PAGE;

const EHDR_SIZE = 64;
const PHDR_SIZE = 56;
const PT_LOAD = 1;
const PF_X = 1;
const PF_W = 2;
const PF_R = 4;

export const alignUp = (n: number, a: number): number => Math.ceil(n / a) * a;

/** Where the data segment of an image with `codeBytes` bytes of code is loaded. */
export function dataVaddr(codeBytes: number): number {
  return CODE_VADDR + alignUp(CODE_OFFSET + codeBytes, PAGE) + PAGE;
}

/**
 * Builds the file. `code` is loaded at CODE_VADDR + CODE_OFFSET (also the
 * entry point), `data` at dataVaddr(code.length), followed by `bss` zero bytes.
 */
export function buildElf(code: Uint8Array, data: Uint8Array, bss = 0): Uint8Array {
  const dataOff = alignUp(CODE_OFFSET + code.length, PAGE);
  const out = new Uint8Array(dataOff + data.length);
  const v = new DataView(out.buffer);
  // e_ident: magic, ELFCLASS64, ELFDATA2LSB, EV_CURRENT, ELFOSABI_SYSV
  out.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]);
  v.setUint16(16, 2, true); // e_type ET_EXEC
  v.setUint16(18, 183, true); // e_machine EM_AARCH64
  v.setUint32(20, 1, true); // e_version
  v.setBigUint64(24, BigInt(CODE_VADDR + CODE_OFFSET), true); // e_entry
  v.setBigUint64(32, BigInt(EHDR_SIZE), true); // e_phoff
  v.setBigUint64(40, 0n, true); // e_shoff
  v.setUint32(48, 0, true); // e_flags
  v.setUint16(52, EHDR_SIZE, true); // e_ehsize
  v.setUint16(54, PHDR_SIZE, true); // e_phentsize
  v.setUint16(56, 2, true); // e_phnum
  v.setUint16(58, 64, true); // e_shentsize
  v.setUint16(60, 0, true); // e_shnum
  v.setUint16(62, 0, true); // e_shstrndx
  const phdr = (i: number, flags: number, off: number, vaddr: number, filesz: number, memsz: number) => {
    const p = EHDR_SIZE + i * PHDR_SIZE;
    v.setUint32(p, PT_LOAD, true);
    v.setUint32(p + 4, flags, true);
    v.setBigUint64(p + 8, BigInt(off), true);
    v.setBigUint64(p + 16, BigInt(vaddr), true); // p_vaddr
    v.setBigUint64(p + 24, BigInt(vaddr), true); // p_paddr
    v.setBigUint64(p + 32, BigInt(filesz), true);
    v.setBigUint64(p + 40, BigInt(memsz), true);
    v.setBigUint64(p + 48, BigInt(PAGE), true); // p_align
  };
  phdr(0, PF_R | PF_X, 0, CODE_VADDR, CODE_OFFSET + code.length, CODE_OFFSET + code.length);
  phdr(1, PF_R | PF_W, dataOff, dataVaddr(code.length), data.length, data.length + bss);
  out.set(code, CODE_OFFSET);
  out.set(data, dataOff);
  return out;
}
