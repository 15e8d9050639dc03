// chapter: 26-viperfs
// fsck finds each kind of damage it claims to find (one image per kind), repairs what it can with
// `repair`, and a repaired image checks clean and mounts.
import { describe, expect, it } from "vitest";
import { BLOCK_SIZE, BlockCache } from "../../../src/kernel/block/cache.ts";
import { RamDisk } from "../../../src/kernel/block/ramdisk.ts";
import { NODE_DIR, runNow } from "../../../src/kernel/fs/fs.ts";
import {
  DE_INO,
  DE_NAME,
  DE_NAME_LEN,
  DE_REC_LEN,
  DE_TYPE,
  INO_BLOCKS,
  INO_DIRECT,
  INO_LINKS,
  INO_MODE,
  INO_NUM,
  INO_SIZE,
  INODE_SIZE,
  INODES_PER_BLOCK,
  type Layout,
  layoutFor,
  rd64,
  SB_FREE_BLOCKS,
  SB_FREE_INODES,
  SB_MAGIC,
  wr64,
} from "../../../src/kernel/viperfs/format.ts";
import { type FsckKind, type FsckResult, fsck } from "../../../src/kernel/viperfs/fsck.ts";
import { freshImage, mount, names, put } from "./helpers.ts";

const ROOT = 2;
const layout = layoutFor(2048) as Layout;

function check(bytes: Uint8Array, repair = false): FsckResult {
  const cache = new BlockCache(new RamDisk(bytes), 128, () => {}, 0);
  return runNow(fsck(cache, { repair }));
}

/** A small tree: /a (a file of 5 bytes), /d/f (a file of 2 blocks), /big (20 blocks, indirect). */
function sample() {
  const m = mount(freshImage(2048));
  const a = put(m.fs, ROOT, "a", "hello");
  const d = runNow(m.fs.create(ROOT, "d", NODE_DIR, 0o755));
  const f = put(m.fs, d, "f", new Uint8Array(2 * BLOCK_SIZE).fill(3));
  const big = put(m.fs, ROOT, "big", new Uint8Array(20 * BLOCK_SIZE).fill(9));
  runNow(m.fs.sync());
  return { ...m, a, d, f, big, view: new DataView(m.bytes.buffer) };
}

function inodeAt(ino: number): number {
  return (layout.inodeStart + Math.floor(ino / INODES_PER_BLOCK)) * BLOCK_SIZE + (ino % INODES_PER_BLOCK) * INODE_SIZE;
}

/** The byte offset of `name`'s entry in the first block of directory `dir`. */
function entryAt(bytes: Uint8Array, dir: number, name: string): number {
  const v = new DataView(bytes.buffer);
  const block = rd64(v, inodeAt(dir) + INO_DIRECT) * BLOCK_SIZE;
  for (let off = 0; off < BLOCK_SIZE; off += v.getUint16(block + off + DE_REC_LEN, true)) {
    const len = bytes[block + off + DE_NAME_LEN];
    const n = new TextDecoder().decode(bytes.subarray(block + off + DE_NAME, block + off + DE_NAME + len));
    if (n === name && rd64(v, block + off + DE_INO) !== 0) return block + off;
  }
  throw new Error(`no entry ${name}`);
}

function kinds(r: FsckResult): FsckKind[] {
  return r.problems.map((p) => p.kind);
}

/** Damage, check, repair, check again, mount and list. */
function expectRepaired(s: ReturnType<typeof sample>, kind: FsckKind): void {
  const found = check(s.bytes);
  expect(kinds(found)).toContain(kind);
  expect(found.exit).toBe(4);
  const fixed = check(s.bytes, true);
  expect(fixed.exit).toBe(1);
  const again = check(s.bytes);
  expect(again.problems).toEqual([]);
  expect(again.exit).toBe(0);
  const m = mount(s.bytes);
  expect(() => names(m.fs, ROOT)).not.toThrow();
}

describe("a clean volume", () => {
  it("mkfs, then a workload, checks clean", () => {
    expect(check(freshImage(2048))).toMatchObject({ problems: [], exit: 0, dirs: 1, files: 0 });
    const s = sample();
    runNow(s.fs.link(s.d, "hard", s.a));
    runNow(s.fs.create(ROOT, "sym", 7, 0o777, "/a"));
    runNow(s.fs.rename(ROOT, "big", s.d, "moved"));
    runNow(s.fs.truncate(s.big, 13 * BLOCK_SIZE + 1));
    runNow(s.fs.unlink(s.d, "f"));
    runNow(s.fs.sync());
    expect(check(s.bytes)).toMatchObject({ problems: [], exit: 0, dirs: 2, files: 2, symlinks: 1 });
  });
});

describe("each kind of damage", () => {
  it("superblock: a bad magic stops fsck with errors left", () => {
    const s = sample();
    s.view.setUint32(SB_MAGIC, 0, true);
    const r = check(s.bytes, true);
    expect(kinds(r)).toEqual(["superblock"]);
    expect(r.exit).toBe(4);
  });

  it("root: a root that is not a directory", () => {
    const s = sample();
    s.view.setUint32(inodeAt(ROOT) + INO_MODE, 0x81a4, true);
    expect(kinds(check(s.bytes))).toEqual(["root"]);
  });

  it("inode-mode: an inode of no known type", () => {
    const s = sample();
    s.view.setUint32(inodeAt(s.a) + INO_MODE, 0x1000, true);
    expectRepaired(s, "inode-mode");
  });

  it("inode-number: an inode that names another number", () => {
    const s = sample();
    wr64(s.view, inodeAt(s.a) + INO_NUM, 99);
    expectRepaired(s, "inode-number");
  });

  it("block-range: a pointer outside the data area", () => {
    const s = sample();
    wr64(s.view, inodeAt(s.a) + INO_DIRECT, 1);
    expectRepaired(s, "block-range");
  });

  it("block-double: two inodes claim one block", () => {
    const s = sample();
    wr64(s.view, inodeAt(s.f) + INO_DIRECT, rd64(s.view, inodeAt(s.a) + INO_DIRECT));
    expectRepaired(s, "block-double");
  });

  it("inode-blocks: a block count that is wrong", () => {
    const s = sample();
    wr64(s.view, inodeAt(s.a) + INO_BLOCKS, 7);
    expectRepaired(s, "inode-blocks");
  });

  it("size: a block past the end of the file", () => {
    const s = sample();
    wr64(s.view, inodeAt(s.f) + INO_SIZE, 10);
    expectRepaired(s, "size");
  });

  it("dir-entry: a rec_len that is not a multiple of 8", () => {
    const s = sample();
    s.view.setUint16(entryAt(s.bytes, ROOT, "d") + DE_REC_LEN, 13, true);
    expectRepaired(s, "dir-entry");
  });

  it("dot: '.' naming another directory", () => {
    const s = sample();
    wr64(s.view, entryAt(s.bytes, s.d, "."), ROOT);
    expectRepaired(s, "dot");
  });

  it("dotdot: '..' naming the directory itself", () => {
    const s = sample();
    wr64(s.view, entryAt(s.bytes, s.d, ".."), s.d);
    expectRepaired(s, "dotdot");
  });

  it("entry-inode: an entry naming a free inode", () => {
    const s = sample();
    wr64(s.view, entryAt(s.bytes, ROOT, "a"), 300);
    expectRepaired(s, "entry-inode");
  });

  it("entry-type: an entry whose type is not its inode's", () => {
    const s = sample();
    s.bytes[entryAt(s.bytes, ROOT, "a") + DE_TYPE] = 2;
    expectRepaired(s, "entry-type");
  });

  it("dir-linked-twice: a second entry for a directory", () => {
    const s = sample();
    const e = entryAt(s.bytes, ROOT, "big");
    wr64(s.view, e, s.d);
    s.bytes[e + DE_TYPE] = NODE_DIR;
    expectRepaired(s, "dir-linked-twice");
  });

  it("orphan: a file unlinked while open, never released (a crash)", () => {
    const s = sample();
    s.fs.retain(s.f);
    runNow(s.fs.unlink(s.d, "f"));
    runNow(s.fs.sync());
    expectRepaired(s, "orphan");
  });

  it("link-count: a link count that is not the number of entries", () => {
    const s = sample();
    s.view.setUint32(inodeAt(s.a) + INO_LINKS, 5, true);
    expectRepaired(s, "link-count");
  });

  it("bitmap-free-in-use: a block in use marked free", () => {
    const s = sample();
    const b = rd64(s.view, inodeAt(s.a) + INO_DIRECT);
    s.bytes[layout.bitmapStart * BLOCK_SIZE + (b >> 3)] &= ~(1 << (b & 7));
    expectRepaired(s, "bitmap-free-in-use");
  });

  it("bitmap-leak: a block nothing uses marked used", () => {
    const s = sample();
    const b = layout.journalStart - 1;
    s.bytes[layout.bitmapStart * BLOCK_SIZE + (b >> 3)] |= 1 << (b & 7);
    expectRepaired(s, "bitmap-leak");
  });

  it("free-blocks: a superblock free count that is not the bitmap's", () => {
    const s = sample();
    wr64(s.view, SB_FREE_BLOCKS, rd64(s.view, SB_FREE_BLOCKS) - 3);
    expectRepaired(s, "free-blocks");
  });

  it("free-inodes: a superblock free-inode count that is wrong", () => {
    const s = sample();
    wr64(s.view, SB_FREE_INODES, rd64(s.view, SB_FREE_INODES) + 1);
    expectRepaired(s, "free-inodes");
  });
});
