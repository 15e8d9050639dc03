// Tiny ELF and cpio builders for kernel tests and the syscall fuzzer.

/** A minimal cpio newc archive (regular files only). */
export function cpioArchive(files: Record<string, Uint8Array>): Uint8Array {
  const out: number[] = [];
  const pad = (): void => {
    while (out.length % 4 !== 0) out.push(0);
  };
  const entry = (name: string, mode: number, data: Uint8Array): void => {
    const fields = [1, mode, 0, 0, 1, 0, data.length, 0, 0, 0, 0, name.length + 1, 0];
    const header = `070701${fields.map((f) => f.toString(16).padStart(8, "0")).join("")}`;
    for (const c of header) out.push(c.charCodeAt(0));
    for (const c of name) out.push(c.charCodeAt(0));
    out.push(0);
    pad();
    for (const b of data) out.push(b);
    pad();
  };
  for (const [name, data] of Object.entries(files)) entry(name.replace(/^\/+/, ""), 0o100755, data);
  entry("TRAILER!!!", 0, new Uint8Array(0));
  return Uint8Array.from(out);
}

/** A static AArch64 ELF64 executable: a code segment (R X) at 0x8000_0000 and an optional data segment (R W). */
export function makeElf(code: Uint8Array, options: { data?: Uint8Array; bss?: number; entryOffset?: number } = {}): Uint8Array {
  const segs: { flags: number; vaddr: number; bytes: Uint8Array; memsz: number }[] = [
    { flags: 5, vaddr: 0x8000_0000, bytes: code, memsz: code.length },
  ];
  if (options.data !== undefined || options.bss !== undefined) {
    const data = options.data ?? new Uint8Array(0);
    segs.push({ flags: 6, vaddr: 0x8001_0000, bytes: data, memsz: data.length + (options.bss ?? 0) });
  }
  const phoff = 64;
  let offset = phoff + segs.length * 56;
  const offsets = segs.map((s) => {
    const o = offset;
    offset += s.bytes.length;
    return o;
  });
  const out = new Uint8Array(offset);
  const v = new DataView(out.buffer);
  out.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1], 0);
  v.setUint16(16, 2, true);
  v.setUint16(18, 183, true);
  v.setUint32(20, 1, true);
  v.setBigUint64(24, BigInt(0x8000_0000 + (options.entryOffset ?? 0)), true);
  v.setBigUint64(32, BigInt(phoff), true);
  v.setUint16(52, 64, true);
  v.setUint16(54, 56, true);
  v.setUint16(56, segs.length, true);
  segs.forEach((s, i) => {
    const at = phoff + i * 56;
    v.setUint32(at, 1, true);
    v.setUint32(at + 4, s.flags, true);
    v.setBigUint64(at + 8, BigInt(offsets[i]), true);
    v.setBigUint64(at + 16, BigInt(s.vaddr), true);
    v.setBigUint64(at + 24, BigInt(s.vaddr), true);
    v.setBigUint64(at + 32, BigInt(s.bytes.length), true);
    v.setBigUint64(at + 40, BigInt(s.memsz), true);
    v.setBigUint64(at + 48, 0x1000n, true);
    out.set(s.bytes, offsets[i]);
  });
  return out;
}

/** A program that is never executed: four `nop`s (the fake machine has no CPU). */
export const NOP_PROGRAM = makeElf(new Uint8Array([0x1f, 0x20, 0x03, 0xd5, 0x1f, 0x20, 0x03, 0xd5, 0x1f, 0x20, 0x03, 0xd5, 0x1f, 0x20, 0x03, 0xd5]), {
  data: new Uint8Array([1, 2, 3, 4]),
  bss: 8192,
});

