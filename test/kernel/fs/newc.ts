/** A minimal cpio "newc" writer for tests (the board has its own). */
export interface NewcEntry {
  name: string;
  /** "file" (default) or "dir", or a raw mode. */
  type?: "file" | "dir" | number;
  data?: Uint8Array | string;
}

const enc = new TextEncoder();

function hex8(n: number): string {
  return n.toString(16).padStart(8, "0");
}

export function newcArchive(entries: NewcEntry[], trailer = true): Uint8Array {
  const chunks: number[] = [];
  const push = (bytes: Uint8Array): void => {
    for (const b of bytes) chunks.push(b);
  };
  const pad = (): void => {
    while (chunks.length % 4 !== 0) chunks.push(0);
  };
  const all = trailer ? [...entries, { name: "TRAILER!!!", type: 0 as number }] : entries;
  let ino = 100;
  for (const e of all) {
    const data = typeof e.data === "string" ? enc.encode(e.data) : (e.data ?? new Uint8Array(0));
    const mode = typeof e.type === "number" ? e.type : e.type === "dir" ? 0o040755 : 0o100644;
    const name = enc.encode(e.name);
    const fields = [ino++, mode, 0, 0, 1, 1700000000, data.length, 0, 0, 0, 0, name.length + 1, 0];
    push(enc.encode("070701" + fields.map(hex8).join("")));
    push(name);
    chunks.push(0);
    pad();
    push(data);
    pad();
  }
  return new Uint8Array(chunks);
}
