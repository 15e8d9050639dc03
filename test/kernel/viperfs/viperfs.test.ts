// chapter: 26-viperfs
// ViperFS through the FileSystem interface, over a RAM disk: every operation, then a remount.
import { describe, expect, it } from "vitest";
import { BLOCK_SIZE } from "../../../src/kernel/block/cache.ts";
import { NODE_DIR, NODE_FILE, NODE_SYMLINK, type NodeStat, runNow } from "../../../src/kernel/fs/fs.ts";
import { Status } from "../../../src/kernel/lib/status.ts";
import { BlockCache } from "../../../src/kernel/block/cache.ts";
import { RamDisk } from "../../../src/kernel/block/ramdisk.ts";
import {
  DIRECT_BLOCKS,
  PTRS_PER_BLOCK,
  rd64,
  SB_FREE_BLOCKS,
  SB_INODE_START,
  wr64,
} from "../../../src/kernel/viperfs/format.ts";
import type { WaitQueue } from "../../../src/kernel/sched/waitqueue.ts";
import { mkfs } from "../../../src/kernel/viperfs/mkfs.ts";
import { ViperFs } from "../../../src/kernel/viperfs/viperfs.ts";
import { dec, enc, freshImage, mount, names, put } from "./helpers.ts";

const ROOT = 2;

function stat(fs: ReturnType<typeof mount>["fs"], ino: number): NodeStat {
  const s = runNow(fs.stat(ino));
  if (typeof s === "number") throw new Error(`stat: ${s}`);
  return s;
}

describe("a fresh volume", () => {
  it("has an empty root with two links and the label", () => {
    const { fs } = mount(freshImage());
    expect(names(fs, ROOT)).toEqual([]);
    expect(stat(fs, ROOT)).toMatchObject({ type: NODE_DIR, links: 2, size: BLOCK_SIZE, blocks: 1 });
    const u = runNow(fs.usage());
    expect(u.label).toBe("ViperOS");
    expect(u.totalBlocks).toBe(2048);
  });

  it("mkfs refuses a disk too small and a label too long, with a reason", () => {
    const cache = (blocks: number) => new BlockCache(new RamDisk(new Uint8Array(blocks * BLOCK_SIZE)), 16, () => {}, 0);
    expect(runNow(mkfs(cache(32)))).toBe("a volume needs at least 64 blocks");
    expect(runNow(mkfs(cache(64), { label: "x".repeat(64) }))).toBe("the label is longer than 63 bytes");
  });

  it("marks the journal area used: the free count excludes it", () => {
    const { fs } = mount(freshImage(2048));
    const u = runNow(fs.usage());
    // 1 superblock + 1 bitmap + 32 inode blocks + 32 journal blocks + the root's block
    expect(u.freeBlocks).toBe(2048 - 1 - 1 - 32 - 32 - 1);
  });
});

describe("files", () => {
  it("create, write, read back, and after a remount", () => {
    const m = mount(freshImage());
    const ino = put(m.fs, ROOT, "hello.txt", "Hello, ViperOS!");
    expect(dec.decode(runNow(m.fs.read(ino, 0, 100)) as Uint8Array)).toBe("Hello, ViperOS!");
    expect(runNow(m.fs.sync())).toBe(Status.OK);
    const again = mount(m.bytes);
    expect(runNow(again.fs.lookup(ROOT, "hello.txt"))).toBe(ino);
    expect(dec.decode(runNow(again.fs.read(ino, 7, 100)) as Uint8Array)).toBe("ViperOS!");
  });

  it("timestamps come from the clock", () => {
    let now = 1000;
    const m = mount(freshImage(), 256, () => now);
    const ino = put(m.fs, ROOT, "t", "x");
    expect(stat(m.fs, ino)).toMatchObject({ atime: 1000, mtime: 1000, ctime: 1000 });
    now = 2000;
    runNow(m.fs.write(ino, 1, enc.encode("y")));
    expect(stat(m.fs, ino)).toMatchObject({ atime: 1000, mtime: 2000, ctime: 2000 });
  });

  it("a large file through the double-indirect block reads back every byte", () => {
    const m = mount(freshImage(4096));
    const blocks = DIRECT_BLOCKS + PTRS_PER_BLOCK + 40;
    const data = new Uint8Array(blocks * BLOCK_SIZE);
    for (let i = 0; i < data.length; i += 4) new DataView(data.buffer).setUint32(i, i, true);
    const ino = put(m.fs, ROOT, "big", data);
    runNow(m.fs.sync());
    const again = mount(m.bytes);
    const back = runNow(again.fs.read(ino, 0, data.length)) as Uint8Array;
    expect(Buffer.compare(back, data)).toBe(0); // (toEqual on 2 MiB takes seconds)
    // data blocks + the indirect + the double-indirect + one second-level block
    expect(stat(again.fs, ino).blocks).toBe(blocks + 3);
  });

  it("holes read as zeros and cost no blocks", () => {
    const m = mount(freshImage());
    const ino = put(m.fs, ROOT, "sparse", "");
    runNow(m.fs.write(ino, 10 * BLOCK_SIZE, enc.encode("end")));
    const s = stat(m.fs, ino);
    expect(s).toMatchObject({ size: 10 * BLOCK_SIZE + 3, blocks: 1 });
    expect((runNow(m.fs.read(ino, 5, 10)) as Uint8Array).every((b) => b === 0)).toBe(true);
  });

  it("truncate shrinks, frees the blocks, and zeroes what was cut off", () => {
    const m = mount(freshImage());
    const free0 = runNow(m.fs.usage()).freeBlocks;
    const ino = put(m.fs, ROOT, "f", new Uint8Array(600 * BLOCK_SIZE).fill(7));
    expect(runNow(m.fs.truncate(ino, 100))).toBe(Status.OK);
    expect(stat(m.fs, ino)).toMatchObject({ size: 100, blocks: 1 });
    expect(runNow(m.fs.usage()).freeBlocks).toBe(free0 - 1);
    expect(runNow(m.fs.truncate(ino, 200))).toBe(Status.OK);
    const back = runNow(m.fs.read(ino, 0, 200)) as Uint8Array;
    expect(back.subarray(0, 100).every((b) => b === 7)).toBe(true);
    expect(back.subarray(100).every((b) => b === 0)).toBe(true);
    expect(runNow(m.fs.truncate(ino, 0))).toBe(Status.OK);
    expect(runNow(m.fs.usage()).freeBlocks).toBe(free0);
  });

  it("a full disk says NO_SPACE and loses nothing already written", () => {
    const m = mount(freshImage(256));
    const keep = put(m.fs, ROOT, "keep", "precious");
    const free = runNow(m.fs.usage()).freeBlocks;
    const big = put(m.fs, ROOT, "big", "");
    expect(runNow(m.fs.write(big, 0, new Uint8Array((free + 5) * BLOCK_SIZE)))).toBe(Status.NO_SPACE);
    expect(stat(m.fs, big)).toMatchObject({ size: 0, blocks: 0 });
    expect(runNow(m.fs.usage()).freeBlocks).toBe(free);
    // Fill it exactly, then one byte more in a new block fails.
    expect(runNow(m.fs.write(big, 0, new Uint8Array((free - 1) * BLOCK_SIZE)))).toBe((free - 1) * BLOCK_SIZE);
    expect(runNow(m.fs.write(big, (free + 10) * BLOCK_SIZE, enc.encode("x")))).toBe(Status.NO_SPACE);
    expect(runNow(m.fs.create(ROOT, "d", NODE_DIR, 0o755))).toBe(Status.NO_SPACE);
    expect(dec.decode(runNow(m.fs.read(keep, 0, 100)) as Uint8Array)).toBe("precious");
    runNow(m.fs.sync());
    expect(rd64(new DataView(m.bytes.buffer), SB_FREE_BLOCKS)).toBe(runNow(m.fs.usage()).freeBlocks);
  });

  it("refuses writes past the largest file with TOO_BIG", () => {
    const m = mount(freshImage());
    const ino = put(m.fs, ROOT, "f", "");
    expect(runNow(m.fs.write(ino, 2 ** 31, enc.encode("x")))).toBe(Status.TOO_BIG);
  });
});

describe("names", () => {
  it("refuses duplicate, empty, too long and slashed names", () => {
    const { fs } = mount(freshImage());
    put(fs, ROOT, "a", "");
    expect(runNow(fs.create(ROOT, "a", NODE_FILE, 0o644))).toBe(Status.ALREADY_EXISTS);
    expect(runNow(fs.create(ROOT, "", NODE_FILE, 0o644))).toBe(Status.INVALID_ARG);
    expect(runNow(fs.create(ROOT, "x/y", NODE_FILE, 0o644))).toBe(Status.INVALID_ARG);
    expect(runNow(fs.create(ROOT, "..", NODE_DIR, 0o644))).toBe(Status.INVALID_ARG);
    expect(runNow(fs.create(ROOT, "n".repeat(256), NODE_FILE, 0o644))).toBe(Status.NAME_TOO_LONG);
    expect(runNow(fs.create(ROOT, "n".repeat(255), NODE_FILE, 0o644))).toBeGreaterThan(0);
    expect(runNow(fs.lookup(ROOT, "ö-ü"))).toBe(Status.NOT_FOUND);
    const u = put(fs, ROOT, "ö-ü", "");
    expect(runNow(fs.lookup(ROOT, "ö-ü"))).toBe(u);
  });

  it("a directory of 2000 entries lists them all, and finds each", () => {
    const { fs } = mount(freshImage(2048, { inodes: 2100 }));
    const d = runNow(fs.create(ROOT, "many", NODE_DIR, 0o755));
    for (let i = 0; i < 2000; i++) put(fs, d, `file-${i}`, "");
    expect(names(fs, d).length).toBe(2000);
    expect(runNow(fs.lookup(d, "file-1234"))).toBeGreaterThan(0);
    expect(stat(fs, d).size).toBeGreaterThan(BLOCK_SIZE * 10);
    for (let i = 0; i < 2000; i += 2) expect(runNow(fs.unlink(d, `file-${i}`))).toBe(Status.OK);
    expect(names(fs, d).length).toBe(1000);
    expect(names(fs, d)).toContain("file-1999");
  });
});

describe("directories", () => {
  it("mkdir counts links; rmdir refuses a non-empty one and frees an empty one", () => {
    const { fs } = mount(freshImage());
    const a = runNow(fs.create(ROOT, "a", NODE_DIR, 0o755));
    const b = runNow(fs.create(a, "b", NODE_DIR, 0o755));
    expect(stat(fs, ROOT).links).toBe(3);
    expect(stat(fs, a).links).toBe(3);
    expect(runNow(fs.lookup(b, ".."))).toBe(a);
    expect(runNow(fs.rmdir(ROOT, "a"))).toBe(Status.NOT_EMPTY);
    expect(runNow(fs.unlink(ROOT, "a"))).toBe(Status.IS_DIR);
    expect(runNow(fs.rmdir(a, "b"))).toBe(Status.OK);
    expect(runNow(fs.rmdir(ROOT, "a"))).toBe(Status.OK);
    expect(stat(fs, ROOT).links).toBe(2);
    expect(runNow(fs.stat(a))).toBe(Status.NOT_FOUND);
  });

  it("rename moves a file and a directory, fixing '..' and link counts", () => {
    const { fs } = mount(freshImage());
    const a = runNow(fs.create(ROOT, "a", NODE_DIR, 0o755));
    const b = runNow(fs.create(ROOT, "b", NODE_DIR, 0o755));
    const f = put(fs, a, "f", "data");
    expect(runNow(fs.rename(a, "f", b, "g"))).toBe(Status.OK);
    expect(names(fs, a)).toEqual([]);
    expect(runNow(fs.lookup(b, "g"))).toBe(f);
    expect(runNow(fs.rename(ROOT, "a", b, "a2"))).toBe(Status.OK);
    expect(runNow(fs.lookup(a, ".."))).toBe(b);
    expect(stat(fs, ROOT).links).toBe(3);
    expect(stat(fs, b).links).toBe(3);
    expect(runNow(fs.rename(ROOT, "b", a, "inside"))).toBe(Status.INVALID_ARG);
  });

  it("rename replaces a file of the same kind and refuses across kinds", () => {
    const { fs } = mount(freshImage());
    const x = put(fs, ROOT, "x", "new");
    const y = put(fs, ROOT, "y", "old");
    runNow(fs.create(ROOT, "d", NODE_DIR, 0o755));
    expect(runNow(fs.rename(ROOT, "x", ROOT, "d"))).toBe(Status.IS_DIR);
    expect(runNow(fs.rename(ROOT, "d", ROOT, "x"))).toBe(Status.NOT_DIR);
    expect(runNow(fs.rename(ROOT, "x", ROOT, "y"))).toBe(Status.OK);
    expect(runNow(fs.lookup(ROOT, "y"))).toBe(x);
    expect(runNow(fs.stat(y))).toBe(Status.NOT_FOUND);
    expect(names(fs, ROOT).sort()).toEqual(["d", "y"]);
    expect(runNow(fs.rename(ROOT, "y", ROOT, "y"))).toBe(Status.OK);
  });
});

describe("links", () => {
  it("a hard link shares the inode; the data lives until the last name goes", () => {
    const { fs } = mount(freshImage());
    const f = put(fs, ROOT, "f", "shared");
    expect(runNow(fs.link(ROOT, "g", f))).toBe(Status.OK);
    expect(stat(fs, f).links).toBe(2);
    expect(runNow(fs.unlink(ROOT, "f"))).toBe(Status.OK);
    expect(dec.decode(runNow(fs.read(f, 0, 10)) as Uint8Array)).toBe("shared");
    expect(runNow(fs.unlink(ROOT, "g"))).toBe(Status.OK);
    expect(runNow(fs.stat(f))).toBe(Status.NOT_FOUND);
    expect(runNow(fs.link(ROOT, "r", ROOT))).toBe(Status.IS_DIR);
  });

  it("a symbolic link keeps its target text", () => {
    const { fs } = mount(freshImage());
    const l = runNow(fs.create(ROOT, "l", NODE_SYMLINK, 0o777, "SYS:c/hello"));
    expect(stat(fs, l)).toMatchObject({ type: NODE_SYMLINK, size: 11 });
    expect(runNow(fs.readlink(l))).toBe("SYS:c/hello");
    expect(runNow(fs.readlink(ROOT))).toBe(Status.INVALID_ARG);
    expect(runNow(fs.create(ROOT, "e", NODE_SYMLINK, 0o777, ""))).toBe(Status.INVALID_ARG);
  });

  it("an unlinked file stays readable while retained and is freed at the last release", () => {
    const { fs } = mount(freshImage());
    const free0 = runNow(fs.usage()).freeBlocks;
    const f = put(fs, ROOT, "open", new Uint8Array(3 * BLOCK_SIZE).fill(1));
    fs.retain(f);
    fs.retain(f);
    expect(runNow(fs.unlink(ROOT, "open"))).toBe(Status.OK);
    expect(runNow(fs.lookup(ROOT, "open"))).toBe(Status.NOT_FOUND);
    expect((runNow(fs.read(f, 0, 3)) as Uint8Array)[2]).toBe(1);
    fs.release(f);
    expect(stat(fs, f).links).toBe(0);
    fs.release(f);
    expect(runNow(fs.stat(f))).toBe(Status.NOT_FOUND);
    expect(runNow(fs.usage()).freeBlocks).toBe(free0);
  });
});

describe("mount", () => {
  it("refuses a disk without a ViperFS, or with a layout that does not add up, with CORRUPT and a reason", () => {
    const tryMount = (bytes: Uint8Array): { st: unknown; lines: string[] } => {
      const lines: string[] = [];
      const cache = new BlockCache(new RamDisk(bytes), 64, () => {}, 0);
      return { st: runNow(ViperFs.mount(cache, { log: (l) => lines.push(l) })), lines };
    };
    const zero = tryMount(new Uint8Array(256 * BLOCK_SIZE));
    expect(zero).toEqual({ st: Status.CORRUPT, lines: ["viperfs: ram0: not mounted: no ViperFS magic"] });
    const img = freshImage(256);
    wr64(new DataView(img.buffer), SB_INODE_START, 1);
    const bad = tryMount(img);
    expect(bad.st).toBe(Status.CORRUPT);
    expect(bad.lines[0]).toMatch(/inodeStart is 1, the layout needs 2/);
    const small = freshImage(256);
    expect(tryMount(small.subarray(0, 128 * BLOCK_SIZE)).lines[0]).toMatch(/does not fit a disk of 128/);
  });
});

describe("operations of several tasks", () => {
  /** A disk that completes one request per tick, so that every read makes its operation wait. */
  class SlowDisk extends RamDisk {
    readonly pending: { req: Parameters<RamDisk["submit"]>[0] }[] = [];
    override submit(req: Parameters<RamDisk["submit"]>[0]): boolean {
      this.pending.push({ req });
      return true;
    }
    tick(): boolean {
      const next = this.pending.shift();
      if (next === undefined) return false;
      super.submit(next.req);
      return true;
    }
  }

  it("interleave at the disk's waits, take turns at the volume lock, and all complete", () => {
    const bytes = freshImage(2048);
    const disk = new SlowDisk(bytes);
    // The scheduler's part: a task sleeps on the queue it yields; wakeAll empties the queue.
    const woken = new Set<unknown>();
    const wake = (q: WaitQueue): void => {
      woken.add(q);
      q.tasks.length = 0;
    };
    const cache = new BlockCache(disk, 64, wake, 0);
    /** Runs one operation alone, completing a request whenever it waits. */
    const drive = <T>(op: Generator<unknown, T, void>): T => {
      for (let r = op.next(); ; r = op.next()) {
        if (r.done) return r.value;
        disk.tick();
      }
    };
    const fs = drive(ViperFs.mount(cache, { wake }));
    if (typeof fs === "number") throw new Error(`mount: ${fs}`);
    const v = fs;
    // Five tasks, each creating a file in the root and writing to it.
    const tasks = [0, 1, 2, 3, 4].map((i) =>
      (function* () {
        const ino = yield* v.create(ROOT, `task-${i}`, NODE_FILE, 0o644);
        if (ino < 0) return ino;
        return yield* v.write(ino, 0, enc.encode(`written by task ${i}`));
      })(),
    );
    const results: (number | undefined)[] = tasks.map(() => undefined);
    const waitingOn: unknown[] = tasks.map(() => null);
    let lockWaits = 0;
    for (let guard = 0; results.includes(undefined) && guard < 100_000; guard++) {
      tasks.forEach((t, i) => {
        if (results[i] !== undefined || (waitingOn[i] !== null && !woken.has(waitingOn[i]))) return;
        const r = t.next();
        if (r.done) results[i] = r.value;
        else {
          waitingOn[i] = r.value;
          (r.value as WaitQueue).tasks.push(t as never);
          if (r.value === (v as unknown as { lock: { queue: unknown } }).lock.queue) lockWaits++;
        }
      });
      woken.clear();
      disk.tick();
    }
    expect(results).toEqual([0, 1, 2, 3, 4].map((i) => `written by task ${i}`.length));
    expect(lockWaits).toBeGreaterThan(0);
    expect(drive(v.sync())).toBe(Status.OK);
    const m = mount(bytes);
    expect(names(m.fs, ROOT).sort()).toEqual([0, 1, 2, 3, 4].map((i) => `task-${i}`));
  });
});
