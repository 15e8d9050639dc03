// The crash harness's workloads (chapter 27): short sequences of file-system operations of the
// kinds the crash-consistency studies found bugs with (CrashMonkey/ACE, ALICE: create, rename and
// unlink chains, append + fsync, overwrites, directory churn, a full disk, links). Each runs on the
// kernel's ViperFs through `Driver`, which snapshots the tree after every operation: those
// snapshots are the oracle a recovered state is judged by.
import { NODE_DIR, NODE_FILE, NODE_SYMLINK, runNow } from "../../src/kernel/fs/fs.ts";
import { Status } from "../../src/kernel/lib/status.ts";
import type { ViperFs } from "../../src/kernel/viperfs/viperfs.ts";
import type { RecordingDisk } from "./disk.ts";

/** A seeded generator (mulberry32): the same seed, the same workload and crash states. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0 || 1;
  }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  bytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = (this.next() * 256) | 0;
    return out;
  }
}

/** One node of a tree snapshot: what a path is, and a file's bytes. */
export interface NodeShot {
  kind: "file" | "dir" | "symlink";
  links: number;
  size: number;
  /** A file's contents, a symlink's target as bytes; empty for a directory. */
  data: Uint8Array;
}
export type Tree = Map<string, NodeShot>;

/** The tree of `fs` from the root: path → node (an error status if it cannot be walked). */
export function snapshot(fs: ViperFs): Tree | Status {
  const tree: Tree = new Map();
  const walk = (ino: number, path: string): Status => {
    for (let cursor = 0; ; ) {
      const r = runNow(fs.readDir(ino, cursor));
      if (r === null) return Status.OK;
      if (typeof r === "number") return r;
      cursor = r.next;
      const p = `${path}/${r.entry.name}`;
      const st = runNow(fs.stat(r.entry.ino));
      if (typeof st === "number") return st;
      const kind = st.type === NODE_DIR ? "dir" : st.type === NODE_SYMLINK ? "symlink" : "file";
      let data: Uint8Array = new Uint8Array(0);
      if (kind === "file") {
        const d = runNow(fs.read(r.entry.ino, 0, st.size));
        if (typeof d === "number") return d;
        data = d;
      } else if (kind === "symlink") {
        const t = runNow(fs.readlink(r.entry.ino));
        if (typeof t === "number") return t;
        data = new TextEncoder().encode(t);
      }
      tree.set(p, { kind, links: st.links, size: st.size, data });
      if (kind === "dir") {
        const s = walk(r.entry.ino, p);
        if (s !== Status.OK) return s;
      }
    }
  };
  const st = walk(fs.rootIno, "");
  return st === Status.OK ? tree : st;
}

/** A point in the workload: the tree after an operation, and where the disk's event log stood. */
export interface Point {
  op: string;
  /** Events recorded when the operation had finished. */
  at: number;
  tree: Tree;
  /** The operation was a sync: every point up to here is durable once its last FLUSH is. */
  sync: boolean;
  /** A file overwritten in place by this operation: its bytes may be newer than the tree says. */
  inPlace?: string;
}

/** Runs operations on `fs` by path, recording a point after each. */
export class Driver {
  readonly points: Point[] = [];
  readonly fs: ViperFs;
  readonly disk: RecordingDisk;
  readonly rng: Rng;
  constructor(fs: ViperFs, disk: RecordingDisk, rng: Rng) {
    this.fs = fs;
    this.disk = disk;
    this.rng = rng;
    this.point("start", true);
  }

  private point(op: string, sync: boolean, inPlace?: string): void {
    const tree = snapshot(this.fs);
    if (typeof tree === "number") throw new Error(`workload: cannot walk the tree after ${op}: ${tree}`);
    this.points.push({ op, at: this.disk.events.length, tree, sync, inPlace });
  }

  /** The inode of `path`, or a status. */
  ino(path: string): number {
    let ino = this.fs.rootIno;
    for (const name of path.split("/").filter((c) => c !== "")) {
      ino = runNow(this.fs.lookup(ino, name));
      if (ino < 0) return ino;
    }
    return ino;
  }

  private parent(path: string): { dir: number; name: string } {
    const i = path.lastIndexOf("/");
    return { dir: this.ino(path.slice(0, i)), name: path.slice(i + 1) };
  }

  private done(op: string, st: number, inPlace?: string): number {
    this.point(op, false, inPlace);
    return st;
  }

  create(path: string, data?: Uint8Array): number {
    const { dir, name } = this.parent(path);
    let st = runNow(this.fs.create(dir, name, NODE_FILE, 0o644));
    if (st >= 0 && data !== undefined && data.length > 0) {
      this.point(`create ${path}`, false);
      st = runNow(this.fs.write(st, 0, data));
      return this.done(`write ${path}`, st);
    }
    return this.done(`create ${path}`, st);
  }
  mkdir(path: string): number {
    const { dir, name } = this.parent(path);
    return this.done(`mkdir ${path}`, runNow(this.fs.create(dir, name, NODE_DIR, 0o755)));
  }
  symlink(path: string, target: string): number {
    const { dir, name } = this.parent(path);
    return this.done(`symlink ${path}`, runNow(this.fs.create(dir, name, NODE_SYMLINK, 0o777, target)));
  }
  /** Writes `data` at `offset`: in place if it overlaps what the file holds. */
  write(path: string, offset: number, data: Uint8Array): number {
    const ino = this.ino(path);
    if (ino < 0) return ino;
    const st = runNow(this.fs.stat(ino));
    const inPlace = typeof st !== "number" && offset < st.size ? path : undefined;
    return this.done(`write ${path}@${offset}+${data.length}`, runNow(this.fs.write(ino, offset, data)), inPlace);
  }
  append(path: string, data: Uint8Array): number {
    const ino = this.ino(path);
    const st = ino < 0 ? ino : runNow(this.fs.stat(ino));
    return typeof st === "number" ? st : this.write(path, st.size, data);
  }
  truncate(path: string, size: number): number {
    const ino = this.ino(path);
    return this.done(`truncate ${path} ${size}`, ino < 0 ? ino : runNow(this.fs.truncate(ino, size)), path);
  }
  rename(from: string, to: string): number {
    const a = this.parent(from);
    const b = this.parent(to);
    return this.done(`rename ${from} ${to}`, runNow(this.fs.rename(a.dir, a.name, b.dir, b.name)));
  }
  link(existing: string, path: string): number {
    const ino = this.ino(existing);
    const { dir, name } = this.parent(path);
    return this.done(`link ${existing} ${path}`, ino < 0 ? ino : runNow(this.fs.link(dir, name, ino)));
  }
  unlink(path: string): number {
    const { dir, name } = this.parent(path);
    return this.done(`unlink ${path}`, runNow(this.fs.unlink(dir, name)));
  }
  rmdir(path: string): number {
    const { dir, name } = this.parent(path);
    return this.done(`rmdir ${path}`, runNow(this.fs.rmdir(dir, name)));
  }
  /** fsync: for ViperFS, the whole volume's sync (commit + FLUSH). */
  sync(): number {
    const st = runNow(this.fs.sync());
    this.point("sync", true);
    return st;
  }
}

export interface Workload {
  name: string;
  /** The volume's size in blocks, and its journal's (mkfs's default if absent: 16 here). */
  blocks: number;
  journalBlocks?: number;
  run(d: Driver): void;
}

const enc = new TextEncoder();

export const WORKLOADS: readonly Workload[] = [
  {
    name: "rename-chain",
    blocks: 256,
    journalBlocks: 64,
    run(d) {
      d.create("/a", d.rng.bytes(100 + d.rng.int(6000)));
      d.sync();
      for (let round = 0; round < 6; round++) {
        d.rename("/a", "/b");
        d.create("/c", d.rng.bytes(1 + d.rng.int(5000)));
        d.rename("/c", "/a");
        d.unlink("/b");
        if (round % 2 === 0) d.sync();
        d.create("/t", enc.encode(`round ${round}`));
        d.rename("/t", "/a"); // replaces a: old or new, never neither
        if (d.rng.int(2) === 0) d.sync();
      }
      d.sync();
    },
  },
  {
    name: "append-fsync",
    blocks: 256,
    run(d) {
      d.create("/log");
      d.create("/other");
      for (let i = 0; i < 14; i++) {
        d.append("/log", d.rng.bytes(1 + d.rng.int(9000)));
        if (d.rng.int(3) === 0) d.append("/other", d.rng.bytes(1 + d.rng.int(3000)));
        d.sync();
      }
    },
  },
  {
    name: "overwrite",
    blocks: 256,
    journalBlocks: 48,
    run(d) {
      d.create("/f", d.rng.bytes(40000));
      d.create("/g", d.rng.bytes(3000));
      d.sync();
      for (let i = 0; i < 8; i++) {
        d.write("/f", d.rng.int(40000), d.rng.bytes(1 + d.rng.int(8000)));
        if (i % 3 === 1) d.truncate("/g", d.rng.int(3000));
        d.sync();
      }
      d.truncate("/f", 5000);
      d.append("/f", d.rng.bytes(12000));
      d.sync();
    },
  },
  {
    name: "dir-churn",
    blocks: 256,
    run(d) {
      for (let round = 0; round < 4; round++) {
        d.mkdir(`/d${round}`);
        d.mkdir(`/d${round}/sub`);
        for (let i = 0; i < 5; i++) d.create(`/d${round}/sub/f${i}`, d.rng.bytes(d.rng.int(2000)));
        if (round > 0) d.rename(`/d${round - 1}/sub`, `/d${round}/old`);
        d.sync();
        if (round > 0) {
          for (let i = 0; i < 5; i++) d.unlink(`/d${round}/old/f${i}`);
          d.rmdir(`/d${round}/old`);
          d.rmdir(`/d${round - 1}`);
        }
        if (d.rng.int(2) === 0) d.sync();
      }
      d.sync();
    },
  },
  {
    name: "full-disk",
    blocks: 128,
    run(d) {
      let n = 0;
      for (; n < 40; n++) if (d.create(`/f${n}`, d.rng.bytes(16384)) < 0) break;
      d.sync();
      for (let i = 0; i < n; i += 2) d.unlink(`/f${i}`);
      d.sync();
      for (let i = 0; i < 10; i++) d.create(`/g${i}`, d.rng.bytes(8192 + d.rng.int(16384)));
      d.sync();
    },
  },
  {
    name: "many-files",
    blocks: 256,
    journalBlocks: 64,
    run(d) {
      // No sync until the end: the running transaction commits each time it grows past its limit,
      // so the crash states fall between commits that no sync forced.
      for (let i = 0; i < 24; i++) d.create(`/m${i}`, d.rng.bytes(500 + d.rng.int(6000)));
      for (let i = 0; i < 24; i += 3) d.unlink(`/m${i}`);
      for (let i = 0; i < 8; i++) d.create(`/n${i}`, d.rng.bytes(500 + d.rng.int(6000)));
      d.sync();
    },
  },
  {
    name: "links",
    blocks: 256,
    journalBlocks: 40,
    run(d) {
      d.create("/x", d.rng.bytes(5000));
      d.mkdir("/dir");
      d.link("/x", "/dir/y");
      d.symlink("/s", "/dir/y");
      d.sync();
      d.unlink("/x");
      d.link("/dir/y", "/z");
      d.rename("/z", "/dir/y"); // a rename onto another link of the same file: nothing changes
      d.create("/x", d.rng.bytes(700));
      d.sync();
      d.unlink("/dir/y");
      d.unlink("/s");
      d.rename("/dir", "/moved");
      d.sync();
    },
  },
];
