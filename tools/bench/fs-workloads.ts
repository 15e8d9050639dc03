// The workloads of `npm run bench:fs` (tools/bench/fs.ts reads the command line first and imports
// this module after, so that --help works in chapter states before ViperFS exists).
import { BLOCK_SIZE, BlockCache, CACHE_DEFAULT_BLOCKS } from "../../src/kernel/block/cache.ts";
import { RamDisk } from "../../src/kernel/block/ramdisk.ts";
import { NODE_DIR, NODE_FILE, runNow } from "../../src/kernel/fs/fs.ts";
import { fsck } from "../../src/kernel/viperfs/fsck.ts";
import { mkfs } from "../../src/kernel/viperfs/mkfs.ts";
import { ViperFs } from "../../src/kernel/viperfs/viperfs.ts";



const CHUNK = 64 * 1024;

function volume(cacheBlocks: number, diskBlocks: number, inodes: number, bytes?: Uint8Array, journal: "on" | "off" = "on") {
  const disk = new RamDisk(bytes ?? new Uint8Array(diskBlocks * BLOCK_SIZE));
  const cache = new BlockCache(disk, cacheBlocks, () => {});
  if (bytes === undefined && runNow(mkfs(cache, { inodes })) !== 0) throw new Error("mkfs failed");
  const fs = runNow(ViperFs.mount(cache, journal === "off" ? { journal: "off" } : {}));
  if (typeof fs === "number") throw new Error(`mount: ${fs}`);
  return { disk, cache, fs };
}

function timed(f: () => void): number {
  const t = performance.now();
  f();
  return (performance.now() - t) / 1000;
}

function hitRate(cache: BlockCache): string {
  const s = cache.stats;
  return `${((100 * s.hits) / Math.max(1, s.hits + s.misses)).toFixed(1)}%`;
}

function check(st: number): number {
  if (st < 0) throw new Error(`status ${st}`);
  return st;
}

/** Creates `n` files (each `size` bytes) spread over `dirs` directories, then deletes them. */
function churn(fs: ViperFs, n: number, dirs: number, size: number): { create: number; remove: number } {
  const parents: number[] = [];
  for (let d = 0; d < dirs; d++) parents.push(dirs === 1 ? fs.rootIno : check(runNow(fs.create(fs.rootIno, `d${d}`, NODE_DIR, 0o755))));
  const data = new Uint8Array(size).fill(1);
  const create = timed(() => {
    for (let i = 0; i < n; i++) {
      const ino = check(runNow(fs.create(parents[i % dirs], `file-${i}`, NODE_FILE, 0o644)));
      if (size > 0) check(runNow(fs.write(ino, 0, data)));
    }
  });
  const remove = timed(() => {
    for (let i = 0; i < n; i++) check(runNow(fs.unlink(parents[i % dirs], `file-${i}`)));
  });
  return { create, remove };
}

/** Runs every workload and prints a line for each. */
export function benchFs(options: { mib: number; files: number }): number {
  const bytes = options.mib * 2 ** 20;
  const diskBlocks = Math.max(4096, Math.ceil((bytes * 1.25) / BLOCK_SIZE) + 2048);
  const inodes = options.files * 2 + 64;
  console.log(`bench:fs: ViperFS over a RAM disk of ${(diskBlocks * BLOCK_SIZE) / 2 ** 20} MiB, host time (${process.version})`);
  for (const cacheBlocks of [256, CACHE_DEFAULT_BLOCKS, 8192]) {
    console.log(`\ncache ${cacheBlocks} blocks (${(cacheBlocks * BLOCK_SIZE) / 2 ** 20} MiB)`);
    const v = volume(cacheBlocks, diskBlocks, inodes);
    const file = check(runNow(v.fs.create(v.fs.rootIno, "seq", NODE_FILE, 0o644)));
    const chunk = new Uint8Array(CHUNK).fill(7);
    const w = timed(() => {
      for (let off = 0; off < bytes; off += CHUNK) check(runNow(v.fs.write(file, off, chunk)));
      check(runNow(v.fs.sync()));
    });
    console.log(`  sequential write ${options.mib} MiB + sync   ${(options.mib / w).toFixed(1).padStart(8)} MB/s   hit rate ${hitRate(v.cache)}`);
    const cold = volume(cacheBlocks, diskBlocks, inodes, v.disk.bytes);
    const r = timed(() => {
      for (let off = 0; off < bytes; off += CHUNK) runNow(cold.fs.read(file, off, CHUNK));
    });
    const s = cold.cache.stats;
    console.log(
      `  sequential read (cold cache)     ${(options.mib / r).toFixed(1).padStart(8)} MB/s   hit rate ${hitRate(cold.cache)}, ` +
        `${s.readAheads} blocks read ahead, ${s.readAheadHits} used`,
    );
    for (const [label, dirs] of [["one directory", 1], ["a tree of 20", 20]] as const) {
      for (const n of [options.files / 4, options.files / 2, options.files].map(Math.floor)) {
        const fresh = volume(cacheBlocks, diskBlocks, inodes);
        const t = churn(fresh.fs, n, dirs, 100);
        console.log(
          `  ${String(n).padStart(5)} files, ${label.padEnd(13)} create ${(n / t.create).toFixed(0).padStart(7)} files/s ` +
            `(${((t.create / n) * 1e6).toFixed(0).padStart(5)} µs each)  delete ${(n / t.remove).toFixed(0).padStart(7)} files/s ` +
            `(${((t.remove / n) * 1e6).toFixed(0).padStart(5)} µs each)  hit rate ${hitRate(fresh.cache)}`,
        );
      }
    }
    const after = volume(cacheBlocks, diskBlocks, inodes);
    churn(after.fs, options.files, 20, 100);
    for (let i = 0; i < options.files; i++) runNow(after.fs.create(after.fs.rootIno, `keep-${i}`, NODE_FILE, 0o644));
    runNow(after.fs.sync());
    let exit = -1;
    const f = timed(() => {
      exit = runNow(fsck(new BlockCache(new RamDisk(after.disk.bytes), cacheBlocks, () => {}), { repair: false })).exit;
    });
    console.log(`  fsck after the churn + ${options.files} files kept   ${(f * 1000).toFixed(0).padStart(6)} ms, exit ${exit}`);
  }
  benchJournal(diskBlocks, inodes, Math.floor(options.files / 2));
  return 0;
}

/** The same work with chapter 27's journal and without it (`journal: "off"`), and what an fsync costs. */
function benchJournal(diskBlocks: number, inodes: number, n: number): void {
  console.log(`\nthe journal (chapter 27), cache ${CACHE_DEFAULT_BLOCKS} blocks: the same work with it and without`);
  for (const journal of ["on", "off"] as const) {
    const v = volume(CACHE_DEFAULT_BLOCKS, diskBlocks, inodes, undefined, journal);
    const t = churn(v.fs, n, 20, 100);
    const { writes, flushes } = v.disk.counts;
    const fsyncs = 200;
    const data = new Uint8Array(100).fill(3);
    const s = timed(() => {
      for (let i = 0; i < fsyncs; i++) {
        const ino = check(runNow(v.fs.create(v.fs.rootIno, `synced-${i}`, NODE_FILE, 0o644)));
        check(runNow(v.fs.write(ino, 0, data)));
        check(runNow(v.fs.sync()));
      }
    });
    console.log(
      `  journal ${journal.padEnd(3)}  ${n} files: create ${(n / t.create).toFixed(0).padStart(7)} files/s, ` +
        `delete ${(n / t.remove).toFixed(0).padStart(7)} files/s;  create + write + fsync ` +
        `${((s / fsyncs) * 1e6).toFixed(0).padStart(5)} µs, ${((v.disk.counts.writes - writes) / fsyncs).toFixed(1)} writes and ` +
        `${((v.disk.counts.flushes - flushes) / fsyncs).toFixed(1)} flushes each`,
    );
  }
}
