// chapter: 27-journal
// The journal: CRC-32C against published vectors; the invariant (a metadata block is written home
// only after a commit block naming it, and a FLUSH, are on the disk); group commit; a log that
// wraps; replay at mount that is idempotent and stops at the first transaction that fails its
// checksum; a read-only mount that refuses a journal it would have to replay.
import { describe, expect, it } from "vitest";
import { BLOCK_SIZE, BlockCache } from "../../../src/kernel/block/cache.ts";
import type { BlockDevice, BlockRequest } from "../../../src/kernel/block/device.ts";
import { RamDisk } from "../../../src/kernel/block/ramdisk.ts";
import { NODE_DIR, NODE_FILE, runNow } from "../../../src/kernel/fs/fs.ts";
import { Status } from "../../../src/kernel/lib/status.ts";
import { superRead } from "../../../src/kernel/viperfs/format.ts";
import { fsck } from "../../../src/kernel/viperfs/fsck.ts";
import {
  crc32c,
  JC_MAGIC,
  JD_COUNT,
  JD_MAGIC,
  JD_TAGS,
  logScan,
  replayTxs,
  TAG_SIZE,
} from "../../../src/kernel/viperfs/journal.ts";
import { ViperFs } from "../../../src/kernel/viperfs/viperfs.ts";
import { enc, freshImage, mount, names } from "./helpers.ts";

type Event = { op: "write"; block: number; data: Uint8Array } | { op: "flush" };

/** A RAM disk that also keeps every write and flush, in order. */
class LoggingDisk implements BlockDevice {
  readonly events: Event[] = [];
  readonly inner: RamDisk;
  readonly name = "log0";
  readonly readOnly = false;
  readonly writeCache = true;
  readonly sectors: number;
  constructor(bytes: Uint8Array) {
    this.inner = new RamDisk(bytes);
    this.sectors = this.inner.sectors;
  }
  submit(req: BlockRequest): boolean {
    if (req.op === "flush") this.events.push({ op: "flush" });
    if (req.op === "write") this.events.push({ op: "write", block: req.sector / 8, data: req.buffer.slice() });
    return this.inner.submit(req);
  }
}

function mountLogged(bytes: Uint8Array): { fs: ViperFs; disk: LoggingDisk } {
  const disk = new LoggingDisk(bytes);
  const fs = runNow(ViperFs.mount(new BlockCache(disk, 64, () => {}, 0), { clock: () => 1_800_000_000 }));
  if (typeof fs === "number") throw new Error(`mount: ${fs}`);
  return { fs, disk };
}

/** Some metadata operations of every kind, ending with a sync. */
function churn(fs: ViperFs): void {
  const root = fs.rootIno;
  for (let i = 0; i < 12; i++) {
    const ino = runNow(fs.create(root, `f${i}`, NODE_FILE, 0o644));
    expect(runNow(fs.write(ino, 0, enc.encode(`file ${i} `.repeat(300 * i + 1))))).toBeGreaterThan(0);
    if (i % 3 === 0) runNow(fs.create(root, `d${i}`, NODE_DIR, 0o755));
    if (i % 4 === 1) expect(runNow(fs.rename(root, `f${i}`, root, `g${i}`))).toBe(Status.OK);
    if (i % 4 === 2) expect(runNow(fs.unlink(root, `f${i - 2}`))).toBe(Status.OK);
  }
  expect(runNow(fs.sync())).toBe(Status.OK);
}

describe("CRC-32C", () => {
  it("gives the published check value and RFC 3720's B.4 vectors", () => {
    expect(crc32c(enc.encode("123456789"))).toBe(0xe3069283);
    expect(crc32c(new Uint8Array(32))).toBe(0x8a9136aa);
    expect(crc32c(new Uint8Array(32).fill(0xff))).toBe(0x62a8ab43);
    expect(crc32c(Uint8Array.from({ length: 32 }, (_, i) => i))).toBe(0x46dd794e);
    expect(crc32c(Uint8Array.from({ length: 32 }, (_, i) => 31 - i))).toBe(0x113fdb5c);
  });

  it("continues over pieces as over the whole", () => {
    const bytes = enc.encode("the journal's checksums chain");
    expect(crc32c(bytes.subarray(10), crc32c(bytes.subarray(0, 10)))).toBe(crc32c(bytes));
  });
});

describe("the write order", () => {
  it("writes a block of the file system's structures home only after a stable commit block names it", () => {
    const bytes = freshImage(512);
    const { fs, disk } = mountLogged(bytes);
    churn(fs);
    const sb = fs.vol.sb;
    const committed = new Map<number, Uint8Array>(); // home → newest committed copy
    let pending: { homes: number[]; copies: Uint8Array[] } = { homes: [], copies: [] };
    let commitWritten: typeof pending | null = null;
    let homeWrites = 0;
    for (const e of disk.events) {
      if (e.op === "flush") {
        const done = commitWritten;
        if (done !== null) for (const [i, h] of done.homes.entries()) committed.set(h, done.copies[i]);
        commitWritten = null;
        continue;
      }
      const v = new DataView(e.data.buffer);
      if (e.block > sb.journalStart) {
        if (v.getUint32(0, true) === JD_MAGIC) {
          const n = v.getUint32(JD_COUNT, true);
          pending = { homes: [], copies: [] };
          for (let t = 0; t < n; t++) pending.homes.push(v.getUint32(JD_TAGS + t * TAG_SIZE, true));
        } else if (v.getUint32(0, true) === JC_MAGIC) commitWritten = pending;
        else pending.copies.push(e.data);
      } else if (e.block < sb.dataStart) {
        homeWrites++;
        expect(committed.get(e.block), `home write of block ${e.block}`).toEqual(e.data);
      }
    }
    expect(homeWrites).toBeGreaterThan(10);
  });

  it("groups operations into one commit until sync, and sync is a commit and a FLUSH", () => {
    const { fs } = mount(freshImage());
    const journal = fs.journal;
    if (journal === null) throw new Error("no journal");
    for (let i = 0; i < 3; i++) runNow(fs.create(fs.rootIno, `n${i}`, NODE_FILE, 0o644));
    expect(journal.stats.commits).toBe(0);
    const flushes = journal.stats.flushes;
    expect(runNow(fs.sync())).toBe(Status.OK);
    expect(journal.stats.commits).toBe(1);
    expect(journal.stats.flushes).toBeGreaterThanOrEqual(flushes + 2);
  });

  it("wraps its log, checkpointing, and the volume stays whole", () => {
    const bytes = freshImage(256); // a 16-block journal: 15 log blocks
    const { fs } = mount(bytes, 64);
    for (let i = 0; i < 40; i++) {
      runNow(fs.create(fs.rootIno, `w${i}`, NODE_FILE, 0o644));
      runNow(fs.sync());
    }
    expect(fs.journal?.stats.checkpoints).toBeGreaterThan(5);
    const again = mount(bytes, 64);
    expect(names(again.fs, again.fs.rootIno)).toHaveLength(40);
    expect(runNow(fsck(new BlockCache(new RamDisk(bytes), 64, () => {}, 0), { repair: false })).problems).toEqual([]);
  });
});

describe("replay", () => {
  /** The image as it stood just after the n-th stable commit (home writes not yet on the disk). */
  function afterCommit(n: number): { image: Uint8Array; expected: string[] } {
    const base = freshImage(512);
    const { fs, disk } = mountLogged(base.slice());
    const start = base.slice();
    for (let i = 0; i < 3; i++) {
      runNow(fs.create(fs.rootIno, `r${i}`, NODE_FILE, 0o644));
      runNow(fs.sync());
    }
    const image = start;
    let commits = 0;
    let sawCommit = false;
    for (const e of disk.events) {
      if (e.op === "flush") {
        if (sawCommit && ++commits === n) break;
        sawCommit = false;
        continue;
      }
      if (new DataView(e.data.buffer).getUint32(0, true) === JC_MAGIC) sawCommit = true;
      image.set(e.data, e.block * BLOCK_SIZE);
    }
    return { image, expected: ["r0", "r1", "r2"].slice(0, n) };
  }

  it("brings back every committed transaction, and twice is the same as once", () => {
    const { image, expected } = afterCommit(3);
    const once = image.slice();
    const m = mount(once);
    expect(names(m.fs, m.fs.rootIno)).toEqual(expected);
    const twice = image.slice();
    const cache = new BlockCache(new RamDisk(twice), 64, () => {}, 0);
    const sb = superRead(new DataView(twice.buffer, 0, BLOCK_SIZE), cache.blocks);
    if (typeof sb === "string") throw new Error(sb);
    for (let round = 0; round < 2; round++) {
      const scan = runNow(logScan(cache, sb));
      if (typeof scan !== "object") throw new Error(String(scan));
      expect(scan.txs.length).toBeGreaterThan(0);
      expect(runNow(replayTxs(cache, scan.txs))).toBe(Status.OK);
    }
    const home = sb.journalStart * BLOCK_SIZE;
    expect(Buffer.from(twice.subarray(0, home)).equals(once.subarray(0, home))).toBe(true);
  });

  it("stops at the first transaction whose checksum fails, and replays the ones before it", () => {
    const { image } = afterCommit(3);
    const sb = superRead(new DataView(image.buffer, 0, BLOCK_SIZE), image.length / BLOCK_SIZE);
    if (typeof sb === "string") throw new Error(sb);
    const cache = () => new BlockCache(new RamDisk(image), 64, () => {}, 0);
    const scan = runNow(logScan(cache(), sb));
    if (typeof scan !== "object") throw new Error(String(scan));
    const second = scan.txs[1];
    image[(sb.journalStart + 1 + second.start + 1) * BLOCK_SIZE + 100] ^= 0x40; // its first logged block
    const after = runNow(logScan(cache(), sb));
    if (typeof after !== "object") throw new Error(String(after));
    expect(after.txs.map((t) => t.sequence)).toEqual([scan.txs[0].sequence]);
    expect(after.stop).toEqual({ end: false, why: expect.stringMatching(/fails its checksum/) });
    const m = mount(image);
    expect(names(m.fs, m.fs.rootIno)).toEqual(["r0"]);
    expect(runNow(fsck(cache(), { repair: false })).problems).toEqual([]);
  });

  it("a volume that was synced replays its log at the next mount; one that was unmounted does not", () => {
    for (const how of ["sync", "unmount"] as const) {
      const image = freshImage();
      const m = mount(image);
      expect(runNow(m.fs.create(m.fs.rootIno, `made-by-${how}`, NODE_DIR, 0o755))).toBeGreaterThan(0);
      expect(runNow(how === "sync" ? m.fs.sync() : m.fs.unmount())).toBe(Status.OK);
      const lines: string[] = [];
      const again = runNow(ViperFs.mount(new BlockCache(new RamDisk(image), 64, () => {}, 0), { log: (l) => lines.push(l) }));
      expect(again).toBeInstanceOf(ViperFs);
      expect(lines.some((l) => /replayed/.test(l))).toBe(how === "sync");
      expect(names(again as ViperFs, (again as ViperFs).rootIno)).toEqual([`made-by-${how}`]);
    }
  });

  it("a read-only mount refuses a journal that still has blocks to replay", () => {
    const { image } = afterCommit(2);
    const lines: string[] = [];
    const ro = runNow(
      ViperFs.mount(new BlockCache(new RamDisk(image, "ro", true), 64, () => {}, 0), { log: (l) => lines.push(l) }),
    );
    expect(ro).toBe(Status.CORRUPT);
    expect(lines[0]).toMatch(/journal has \d+ blocks to replay/);
    mount(image); // replays
    const again = runNow(ViperFs.mount(new BlockCache(new RamDisk(image, "ro", true), 64, () => {}, 0)));
    expect(again).toBeInstanceOf(ViperFs);
  });
});
