// A ViperFS image file on the host, driven by the kernel's own code (chapters 25 and 26): a block
// device over a file descriptor that completes every request inside submit, so no operation ever
// waits (runNow), and the helpers the three tools share — open, mount, walk a path, explain a
// status in words.
import { closeSync, fstatSync, fsyncSync, openSync, readSync, writeSync } from "node:fs";
import { BLOCK_SIZE, BlockCache } from "../../src/kernel/block/cache.ts";
import type { BlockDevice, BlockRequest } from "../../src/kernel/block/device.ts";
import { NODE_DIR, NODE_SYMLINK, runNow } from "../../src/kernel/fs/fs.ts";
import { Status, statusName } from "../../src/kernel/lib/status.ts";
import { ViperFs } from "../../src/kernel/viperfs/viperfs.ts";
import { ToolError } from "../lib/args.ts";

/** Blocks the tools' cache holds: 16 MiB. */
export const TOOL_CACHE_BLOCKS = 4096;

/** A disk image file as a block device that completes at once. */
export class FileDisk implements BlockDevice {
  readonly name: string;
  readonly sectors: number;
  readonly readOnly: boolean;
  readonly writeCache = true;
  private readonly fd: number;

  constructor(path: string, readOnly: boolean) {
    this.name = path;
    this.readOnly = readOnly;
    this.fd = openSync(path, readOnly ? "r" : "r+");
    this.sectors = Math.floor(fstatSync(this.fd).size / 512);
  }

  submit(req: BlockRequest): boolean {
    req.done(this.perform(req));
    return true;
  }

  private perform(req: BlockRequest): Status {
    try {
      if (req.op === "flush") {
        if (!this.readOnly) fsyncSync(this.fd);
        return Status.OK;
      }
      if (req.sector + req.buffer.length / 512 > this.sectors) return Status.IO;
      if (req.op === "write" && this.readOnly) return Status.IO;
      let done = 0;
      while (done < req.buffer.length) {
        const at = req.sector * 512 + done;
        const left = req.buffer.length - done;
        const n = req.op === "read" ? readSync(this.fd, req.buffer, done, left, at) : writeSync(this.fd, req.buffer, done, left, at);
        if (n <= 0) return Status.IO;
        done += n;
      }
      return Status.OK;
    } catch {
      return Status.IO;
    }
  }

  close(): void {
    closeSync(this.fd);
  }
}

const WORDS: Partial<Record<number, string>> = {
  [Status.NOT_FOUND]: "no such file or directory",
  [Status.NOT_DIR]: "not a directory",
  [Status.IS_DIR]: "is a directory",
  [Status.ALREADY_EXISTS]: "already exists",
  [Status.NOT_EMPTY]: "directory not empty",
  [Status.NO_SPACE]: "no space left on the image",
  [Status.NAME_TOO_LONG]: "name too long",
  [Status.TOO_BIG]: "file too large for ViperFS",
  [Status.CORRUPT]: "the file system is damaged (run fsck.viperfs)",
  [Status.IO]: "input/output error",
  [Status.INVALID_ARG]: "not a name a file can have",
  [Status.READ_ONLY]: "the image is read-only",
  [Status.LOOP]: "too many symbolic links",
};

/** A status in words: "no such file or directory". */
export function statusWords(st: number): string {
  return WORDS[st] ?? statusName(st);
}

/** `value`, or a ToolError naming `what` if it is a status. */
export function must<T>(value: T | Status, what: string): T {
  if (typeof value === "number" && value < 0) throw new ToolError(`${what}: ${statusWords(value)}`);
  return value as T;
}

export interface OpenImage {
  disk: FileDisk;
  cache: BlockCache;
  close(): void;
}

/** The image at `path` as a cache; a missing file is a ToolError with status `missingStatus`. */
export function openImage(path: string, readOnly: boolean, missingStatus = 1): OpenImage {
  let disk: FileDisk;
  try {
    disk = new FileDisk(path, readOnly);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : code === "EACCES" ? "permission denied" : String(e);
    throw new ToolError(`${path}: ${why}`, missingStatus);
  }
  if (disk.sectors < BLOCK_SIZE / 512) {
    disk.close();
    throw new ToolError(`${path}: too small to hold a ViperFS image`, missingStatus);
  }
  const cache = new BlockCache(disk, TOOL_CACHE_BLOCKS, () => {});
  return { disk, cache, close: () => disk.close() };
}

/** The ViperFS on `img`, or a ToolError with the reason the mount gave. */
export function mountImage(img: OpenImage, path: string, clock = () => Math.floor(Date.now() / 1000)): ViperFs {
  let reason = "";
  const fs = runNow(ViperFs.mount(img.cache, { clock, log: (l) => (reason = l.replace(/^viperfs: .*?: not mounted: /, "")) }));
  if (typeof fs === "number") throw new ToolError(`${path}: ${reason || statusWords(fs)}`);
  return fs;
}

/** The components of an image path: "/a/b" and "a/b" alike; "" is the root. */
export function components(path: string): string[] {
  return path.split("/").filter((c) => c !== "" && c !== ".");
}

/** The inode of `path` (symbolic links are not followed: the tools show them as they are). */
export function walk(fs: ViperFs, path: string): number | Status {
  let ino = fs.rootIno;
  for (const name of components(path)) {
    const st = runNow(fs.stat(ino));
    if (typeof st === "number") return st;
    if (st.type !== NODE_DIR) return Status.NOT_DIR;
    const next = runNow(fs.lookup(ino, name));
    if (next < 0) return next;
    ino = next;
  }
  return ino;
}

/** The directory that holds `path` and the last name; a ToolError for the root. */
export function parentOf(fs: ViperFs, path: string): { dir: number; name: string } {
  const parts = components(path);
  const name = parts.pop();
  if (name === undefined) throw new ToolError(`${path}: the root has no name`);
  const dir = must(walk(fs, parts.join("/")), parts.length ? `/${parts.join("/")}` : "/");
  return { dir, name };
}

export function isDir(fs: ViperFs, ino: number): boolean {
  const st = runNow(fs.stat(ino));
  return typeof st !== "number" && st.type === NODE_DIR;
}

export function isSymlink(fs: ViperFs, ino: number): boolean {
  const st = runNow(fs.stat(ino));
  return typeof st !== "number" && st.type === NODE_SYMLINK;
}
