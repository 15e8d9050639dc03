// Volumes for the ViperFS tests: a RAM disk, a cache over it, mkfs, mount — all without waiting.
import { BLOCK_SIZE, BlockCache } from "../../../src/kernel/block/cache.ts";
import { RamDisk } from "../../../src/kernel/block/ramdisk.ts";
import { runNow } from "../../../src/kernel/fs/fs.ts";
import { Status } from "../../../src/kernel/lib/status.ts";
import { mkfs, type MkfsOptions } from "../../../src/kernel/viperfs/mkfs.ts";
import { ViperFs } from "../../../src/kernel/viperfs/viperfs.ts";

export const enc = new TextEncoder();
export const dec = new TextDecoder();

/** A fresh image of `blocks` blocks, formatted. */
export function freshImage(blocks = 2048, opts: MkfsOptions = {}): Uint8Array {
  const bytes = new Uint8Array(blocks * BLOCK_SIZE);
  const cache = new BlockCache(new RamDisk(bytes), 64, () => {}, 0);
  const st = runNow(mkfs(cache, { clock: () => 1_800_000_000, ...opts }));
  if (st !== Status.OK) throw new Error(`mkfs: ${st}`);
  return bytes;
}

export interface Mounted {
  fs: ViperFs;
  cache: BlockCache;
  disk: RamDisk;
  bytes: Uint8Array;
}

/** `bytes` mounted (throws if the mount fails: for images the test made). */
export function mount(bytes: Uint8Array, capacity = 256, clock = () => 1_800_000_000): Mounted {
  const disk = new RamDisk(bytes);
  const cache = new BlockCache(disk, capacity, () => {}, 0);
  const fs = runNow(ViperFs.mount(cache, { clock }));
  if (typeof fs === "number") throw new Error(`mount: ${fs}`);
  return { fs, cache, disk, bytes };
}

/** A file with `data` at `dir/name`; its inode. */
export function put(fs: ViperFs, dir: number, name: string, data: Uint8Array | string): number {
  const ino = runNow(fs.create(dir, name, 1, 0o644));
  if (ino < 0) throw new Error(`create ${name}: ${ino}`);
  const bytes = typeof data === "string" ? enc.encode(data) : data;
  const n = runNow(fs.write(ino, 0, bytes));
  if (n !== bytes.length) throw new Error(`write ${name}: ${n}`);
  return ino;
}

export function names(fs: ViperFs, dir: number): string[] {
  const out: string[] = [];
  for (let cursor = 0; ; ) {
    const r = runNow(fs.readDir(dir, cursor));
    if (r === null) return out;
    if (typeof r === "number") throw new Error(`readDir: ${r}`);
    out.push(r.entry.name);
    cursor = r.next;
  }
}
