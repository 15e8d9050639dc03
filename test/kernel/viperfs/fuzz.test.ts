// chapter: 26-viperfs
// Seeded mutations of a valid image, mounted, walked, changed and checked: every one gives a
// status or works — never a host exception. A failure names its seed, so it replays.
import { describe, expect, it } from "vitest";
import { BLOCK_SIZE, BlockCache } from "../../../src/kernel/block/cache.ts";
import { RamDisk } from "../../../src/kernel/block/ramdisk.ts";
import { NODE_DIR, NODE_FILE, NODE_SYMLINK, runNow } from "../../../src/kernel/fs/fs.ts";
import { type Layout, layoutFor } from "../../../src/kernel/viperfs/format.ts";
import { fsck } from "../../../src/kernel/viperfs/fsck.ts";
import { ViperFs } from "../../../src/kernel/viperfs/viperfs.ts";
import { freshImage, mount, put } from "./helpers.ts";

const ROOT = 2;
const BLOCKS = 512;
const CASES = 2000;

/** mulberry32: a small seeded generator, so that a failing case replays from its seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function baseImage(): Uint8Array {
  const m = mount(freshImage(BLOCKS));
  const d = runNow(m.fs.create(ROOT, "dir", NODE_DIR, 0o755));
  const sub = runNow(m.fs.create(d, "sub", NODE_DIR, 0o755));
  put(m.fs, ROOT, "small", "hello");
  put(m.fs, d, "mid", new Uint8Array(5 * BLOCK_SIZE).fill(1));
  put(m.fs, sub, "big", new Uint8Array(30 * BLOCK_SIZE).fill(2));
  runNow(m.fs.create(ROOT, "link", NODE_SYMLINK, 0o777, "/dir/mid"));
  for (let i = 0; i < 40; i++) put(m.fs, d, `entry-${i}`, "");
  runNow(m.fs.sync());
  return m.bytes;
}

/** Walks the tree: stat, list, read and readlink everything, to a bounded depth and breadth. */
function walk(fs: ViperFs, dir: number, depth: number): void {
  if (depth > 6) return;
  let cursor = 0;
  for (let n = 0; n < 100; n++) {
    const r = runNow(fs.readDir(dir, cursor));
    if (r === null || typeof r === "number") return;
    cursor = r.next;
    const st = runNow(fs.stat(r.entry.ino));
    runNow(fs.lookup(dir, r.entry.name));
    if (typeof st === "number") continue;
    if (st.type === NODE_DIR) walk(fs, r.entry.ino, depth + 1);
    else if (st.type === NODE_SYMLINK) runNow(fs.readlink(r.entry.ino));
    else runNow(fs.read(r.entry.ino, 0, 64 * 1024));
  }
}

/** Changes that exercise allocation, directories and freeing on the damaged volume. */
function change(fs: ViperFs): void {
  const f = runNow(fs.create(ROOT, "new", NODE_FILE, 0o644));
  if (f > 0) {
    runNow(fs.write(f, 0, new Uint8Array(3 * BLOCK_SIZE + 7)));
    runNow(fs.truncate(f, 100));
  }
  runNow(fs.create(ROOT, "newdir", NODE_DIR, 0o755));
  runNow(fs.rename(ROOT, "small", ROOT, "renamed"));
  runNow(fs.rename(ROOT, "dir", ROOT, "newdir"));
  const d = runNow(fs.lookup(ROOT, "dir"));
  if (d > 0) {
    runNow(fs.unlink(d, "mid"));
    runNow(fs.unlink(d, "entry-3"));
    runNow(fs.rmdir(d, "sub"));
    runNow(fs.link(ROOT, "hard", d));
  }
  runNow(fs.unlink(ROOT, "new"));
  runNow(fs.sync());
}

function mutate(base: Uint8Array, layout: Layout, next: () => number): Uint8Array {
  const img = base.slice();
  const hot = [0, layout.bitmapStart, ...Array.from({ length: layout.inodeBlocks }, (_, i) => layout.inodeStart + i)];
  for (let b = layout.dataStart; b < layout.dataStart + 12; b++) hot.push(b); // the root's and first directories' blocks
  const edits = 1 + Math.floor(next() * 6);
  for (let e = 0; e < edits; e++) {
    const block = next() < 0.85 ? hot[Math.floor(next() * hot.length)] : Math.floor(next() * BLOCKS);
    const off = block * BLOCK_SIZE + Math.floor(next() * BLOCK_SIZE);
    const kind = next();
    if (kind < 0.4) img[off] = Math.floor(next() * 256);
    else if (kind < 0.6) img[off] ^= 1 << Math.floor(next() * 8);
    else if (kind < 0.8) img.fill(0xff, off, Math.min(off + 8, img.length));
    else new DataView(img.buffer).setUint32(Math.min(off, img.length - 4), Math.floor(next() * 2 ** 32), true);
  }
  return img;
}

describe("fuzzed images", () => {
  it(`${CASES} seeded mutations mount with a status or work, walk, change and fsck without a host exception`, () => {
    const base = baseImage();
    const layout = layoutFor(BLOCKS) as Layout;
    const outcomes = { refused: 0, mounted: 0, fsckClean: 0 };
    for (let seed = 1; seed <= CASES; seed++) {
      const img = mutate(base, layout, rng(seed));
      try {
        const fs = runNow(ViperFs.mount(new BlockCache(new RamDisk(img), 64, () => {}, 0)));
        if (typeof fs === "number") outcomes.refused++;
        else {
          outcomes.mounted++;
          walk(fs, ROOT, 0);
          change(fs);
        }
        const report = runNow(fsck(new BlockCache(new RamDisk(img.slice()), 64, () => {}, 0), { repair: false }));
        if (report.exit === 0) outcomes.fsckClean++;
        runNow(fsck(new BlockCache(new RamDisk(img), 64, () => {}, 0), { repair: true }));
      } catch (e) {
        throw new Error(`seed ${seed}: ${(e as Error).stack}`);
      }
    }
    expect(outcomes.refused).toBeGreaterThan(0);
    expect(outcomes.mounted).toBeGreaterThan(CASES / 2);
  }, 120_000);

  it("an image repaired by fsck checks clean the second time", () => {
    const base = baseImage();
    const layout = layoutFor(BLOCKS) as Layout;
    let repaired = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const img = mutate(base, layout, rng(seed));
      const cache = () => new BlockCache(new RamDisk(img), 64, () => {}, 0);
      const first = runNow(fsck(cache(), { repair: true }));
      if (first.exit !== 1) continue;
      repaired++;
      const second = runNow(fsck(cache(), { repair: false }));
      expect(second.problems, `seed ${seed}`).toEqual([]);
    }
    expect(repaired).toBeGreaterThan(50);
  });
});
