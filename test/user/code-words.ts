// The instruction words of an ELF file's code, for the tests that look at what clang emitted
// (test/user/encodings.test.ts, test/user/fp.test.ts).

/** The 32-bit words of an ELF64's executable (SHF_EXECINSTR) PROGBITS sections, with their addresses. */
export function codeWords(elf: Uint8Array): { addr: bigint; word: number }[] {
  const v = new DataView(elf.buffer, elf.byteOffset, elf.byteLength);
  const shoff = Number(v.getBigUint64(0x28, true));
  const shentsize = v.getUint16(0x3a, true);
  const shnum = v.getUint16(0x3c, true);
  const out: { addr: bigint; word: number }[] = [];
  for (let i = 0; i < shnum; i++) {
    const sh = shoff + i * shentsize;
    const type = v.getUint32(sh + 4, true);
    const flags = v.getBigUint64(sh + 8, true);
    if (type !== 1 || (flags & 4n) === 0n) continue;
    const addr = v.getBigUint64(sh + 0x10, true);
    const offset = Number(v.getBigUint64(sh + 0x18, true));
    const size = Number(v.getBigUint64(sh + 0x20, true));
    for (let at = 0; at + 4 <= size; at += 4) out.push({ addr: addr + BigInt(at), word: v.getUint32(offset + at, true) });
  }
  return out;
}
