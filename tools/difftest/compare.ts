// Comparing the dumps of a batch: each sequence writes one 768-byte record
// (x0..x30, NZCV, then the 512-byte window); the first record that differs
// names the sequence, and a field-by-field diff says what differs.
import { RECORD, STATE, WINDOW } from "./gen.ts";

export type Divergence = { index: number; fields: string[] };

const hex = (v: bigint) => `0x${v.toString(16).padStart(16, "0")}`;

/** Field-by-field differences of one record. */
export function diffRecord(ref: Uint8Array, ours: Uint8Array): string[] {
  const out: string[] = [];
  if (ours.length < RECORD) return [`our record is ${ours.length} bytes (the program stopped early)`];
  const rv = new DataView(ref.buffer, ref.byteOffset, RECORD);
  const ov = new DataView(ours.buffer, ours.byteOffset, RECORD);
  for (let r = 0; r < 32; r++) {
    const a = rv.getBigUint64(r * 8, true);
    const b = ov.getBigUint64(r * 8, true);
    if (a !== b) out.push(`${r === 31 ? "nzcv" : `x${r}`}: qemu ${hex(a)} ours ${hex(b)}`);
  }
  for (let i = 0; i < WINDOW; i += 8) {
    const a = rv.getBigUint64(STATE + i, true);
    const b = ov.getBigUint64(STATE + i, true);
    if (a !== b) out.push(`window+${i}: qemu ${hex(a)} ours ${hex(b)}`);
  }
  return out;
}

/** All divergent records of two batch outputs (and a missing/extra tail). */
export function compareBatch(ref: Uint8Array, ours: Uint8Array): Divergence[] {
  const found: Divergence[] = [];
  const n = Math.ceil(Math.max(ref.length, ours.length) / RECORD);
  for (let i = 0; i < n; i++) {
    const a = ref.subarray(i * RECORD, (i + 1) * RECORD);
    const b = ours.subarray(i * RECORD, (i + 1) * RECORD);
    if (a.length === b.length && Buffer.compare(a, b) === 0) continue;
    if (a.length < RECORD) found.push({ index: i, fields: ["ours printed more than qemu"] });
    else found.push({ index: i, fields: diffRecord(a, b) });
  }
  return found;
}
