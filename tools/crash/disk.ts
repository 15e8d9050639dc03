// A disk that remembers every write and flush, for the crash harness (chapter 27): the host-side
// model of a drive with a volatile write cache. Writes land in `bytes` at once (what the disk would
// hold if power never failed); `events` keeps each write's block and bytes and each FLUSH, in
// order, with a sequence number, so that a crash state can be built from any prefix of them and
// from any subset of the writes the last FLUSH had not yet made stable.
import { SECTORS_PER_BLOCK } from "../../src/kernel/block/cache.ts";
import { type BlockDevice, type BlockRequest, SECTOR_SIZE } from "../../src/kernel/block/device.ts";
import { Status } from "../../src/kernel/lib/status.ts";

export type DiskEvent =
  | { seq: number; op: "write"; block: number; data: Uint8Array }
  | { seq: number; op: "flush" };

export class RecordingDisk implements BlockDevice {
  readonly name = "crash0";
  readonly readOnly = false;
  readonly writeCache = true;
  readonly sectors: number;
  readonly events: DiskEvent[] = [];
  /** Off while the harness sets the disk up: only the workload's writes are recorded. */
  recording = false;
  readonly bytes: Uint8Array;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.sectors = Math.floor(bytes.length / SECTOR_SIZE);
  }

  submit(req: BlockRequest): boolean {
    req.done(this.perform(req));
    return true;
  }

  private perform(req: BlockRequest): Status {
    if (req.op === "flush") {
      if (this.recording) this.events.push({ seq: this.events.length, op: "flush" });
      return Status.OK;
    }
    const start = req.sector * SECTOR_SIZE;
    if (req.sector < 0 || start + req.buffer.length > this.bytes.length) return Status.IO;
    if (req.op === "read") {
      req.buffer.set(this.bytes.subarray(start, start + req.buffer.length));
      return Status.OK;
    }
    if (req.sector % SECTORS_PER_BLOCK !== 0 || req.buffer.length % (SECTORS_PER_BLOCK * SECTOR_SIZE) !== 0)
      throw new Error("RecordingDisk: the cache writes whole blocks");
    this.bytes.set(req.buffer, start);
    const blockBytes = SECTORS_PER_BLOCK * SECTOR_SIZE;
    for (let off = 0; off < req.buffer.length && this.recording; off += blockBytes) {
      const data = req.buffer.slice(off, off + blockBytes);
      this.events.push({ seq: this.events.length, op: "write", block: start / blockBytes + off / blockBytes, data });
    }
    return Status.OK;
  }
}

/** Applies `writes` (in the order given) to a copy of `base`. */
export function imageWith(base: Uint8Array, writes: readonly DiskEvent[]): Uint8Array {
  const img = base.slice();
  const blockBytes = SECTORS_PER_BLOCK * SECTOR_SIZE;
  for (const e of writes) if (e.op === "write") img.set(e.data, e.block * blockBytes);
  return img;
}
