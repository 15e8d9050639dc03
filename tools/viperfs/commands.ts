// What the three ViperFS tools do once their command lines are read (mkfs.ts, fsck.ts and
// viperfs.ts parse the arguments first and import this module after, so that --help works in
// every chapter state, even those before ViperFS exists).
import { existsSync, lstatSync, openSync, closeSync, ftruncateSync, readdirSync, readFileSync, readlinkSync, statSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { BLOCK_SIZE, BlockCache } from "../../src/kernel/block/cache.ts";
import { RamDisk } from "../../src/kernel/block/ramdisk.ts";
import { NODE_DIR, NODE_FILE, NODE_SYMLINK, runNow } from "../../src/kernel/fs/fs.ts";
import { Status } from "../../src/kernel/lib/status.ts";
import { type FsckResult, fsck } from "../../src/kernel/viperfs/fsck.ts";
import type { journalFsck as JournalFsck } from "../../src/kernel/viperfs/journal.ts";
import { mkfs } from "../../src/kernel/viperfs/mkfs.ts";
import type { ViperFs } from "../../src/kernel/viperfs/viperfs.ts";
import { formatSize, ToolError, UsageError } from "../lib/args.ts";
import { components, isDir, mountImage, must, openImage, parentOf, statusWords, TOOL_CACHE_BLOCKS, walk } from "./image.ts";

// mkfs.viperfs

export interface MkfsArgs {
  image: string;
  from?: string;
  size: number;
  label: string;
  inodes?: number;
  journal?: number;
}

export function mkfsMain(a: MkfsArgs): number {
  if (a.from !== undefined && !(existsSync(a.from) && statSync(a.from).isDirectory())) {
    throw new ToolError(`--from ${a.from}: not a directory`);
  }
  const size = Math.floor(a.size / BLOCK_SIZE) * BLOCK_SIZE;
  const fd = openSync(a.image, "w");
  ftruncateSync(fd, size);
  closeSync(fd);
  const img = openImage(a.image, false);
  try {
    const uuid = crypto.getRandomValues(new Uint8Array(16));
    const clock = () => Math.floor(Date.now() / 1000);
    const made = runNow(mkfs(img.cache, { label: a.label, inodes: a.inodes, journalBlocks: a.journal, uuid, clock }));
    if (typeof made === "string") throw new UsageError(`${a.image}: ${made}`);
    must(made, a.image);
    const fs = mountImage(img, a.image);
    const counts = { files: 0, dirs: 0, links: 0 };
    if (a.from !== undefined) copyIn(fs, a.from, fs.rootIno, "", counts, formatSize(size));
    must(runNow(fs.unmount()), a.image);
    const u = runNow(fs.usage());
    console.log(
      `${a.image}: ${formatSize(size)}, ${u.totalBlocks} blocks, ${u.totalInodes} inodes, "${u.label}": ` +
        `${counts.files} files, ${counts.dirs} directories, ${counts.links} symbolic links; ${u.totalBlocks - u.freeBlocks} blocks used`,
    );
    return 0;
  } finally {
    img.close();
  }
}

/** Copies the host directory `host` into directory `dir` of the image, sorted by name. */
function copyIn(fs: ViperFs, host: string, dir: number, at: string, counts: { files: number; dirs: number; links: number }, size: string): void {
  for (const name of readdirSync(host).sort()) {
    const path = join(host, name);
    const where = `${at}/${name}`;
    const fail = (st: number) => {
      if (st === Status.NO_SPACE) throw new ToolError(`${where}: does not fit in ${size}; try a larger --size`);
      return must(st, where);
    };
    const st = lstatSync(path);
    if (st.isSymbolicLink()) {
      fail(runNow(fs.create(dir, name, NODE_SYMLINK, 0o777, readlinkSync(path))));
      counts.links++;
    } else if (st.isDirectory()) {
      const ino = fail(runNow(fs.create(dir, name, NODE_DIR, st.mode & 0o7777)));
      counts.dirs++;
      copyIn(fs, path, ino, where, counts, size);
    } else if (st.isFile()) {
      const ino = fail(runNow(fs.create(dir, name, NODE_FILE, st.mode & 0o7777)));
      const data = readFileSync(path);
      if (data.length > 0) fail(runNow(fs.write(ino, 0, data)));
      counts.files++;
    } else console.error(`mkfs.viperfs: ${path}: skipped (not a file, directory or symbolic link)`);
  }
}

// fsck.viperfs

/** `journalFsck` is chapter 27's (absent in the states of the book before it). */
export function fsckMain(image: string, repair: boolean, verbose: boolean, journalFsck?: typeof JournalFsck): number {
  const img = openImage(image, !repair, 8);
  let result: FsckResult;
  try {
    // The journal first (chapter 27): replayed with -y; with -n only reported, and the check below
    // is then of a copy of the image as the replay would leave it.
    const journal = journalFsck ? runNow(journalFsck(img.cache, repair)) : { lines: [], pending: 0 };
    if (typeof journal === "number") throw new ToolError(`${image}: the journal cannot be read: ${statusWords(journal)}`, 8);
    for (const line of journal.lines) console.log(`${image}: ${line}`);
    if (journalFsck && journal.pending > 0 && !repair) {
      const copy = new BlockCache(new RamDisk(readFileSync(image)), TOOL_CACHE_BLOCKS, () => {});
      runNow(journalFsck(copy, true));
      console.log(`${image}: checking the image as the replay will leave it (run with -y to replay)`);
      result = runNow(fsck(copy, { repair: false }));
    } else result = runNow(fsck(img.cache, { repair }));
  } finally {
    img.close();
  }
  for (const p of result.problems) console.log(`${image}: ${p.message}${p.fixed ? " (fixed)" : ""}`);
  const fixed = result.problems.filter((p) => p.fixed).length;
  const state =
    result.problems.length === 0 ? "clean" : fixed === result.problems.length ? `${fixed} problems fixed` : `${result.problems.length - fixed} problems left (run with -y to repair)`;
  console.log(
    `${image}: ${state}, ${result.files} files, ${result.dirs} directories, ${result.symlinks} symbolic links, ` +
      `${result.usedBlocks}/${result.totalBlocks} blocks`,
  );
  if (verbose) {
    const byKind = new Map<string, number>();
    for (const p of result.problems) byKind.set(p.kind, (byKind.get(p.kind) ?? 0) + 1);
    for (const [kind, n] of byKind) console.log(`  ${kind}: ${n}`);
  }
  return result.exit;
}

// viperfs

export const VIPERFS_COMMANDS = ["ls", "cat", "put", "get", "mkdir", "rm"] as const;
export type ViperfsCommand = (typeof VIPERFS_COMMANDS)[number];

export function viperfsMain(image: string, command: ViperfsCommand, path: string, hostFile?: string): number {
  const writes = command === "put" || command === "mkdir" || command === "rm";
  if (command === "put" && hostFile === undefined) throw new UsageError("put needs a HOSTFILE to read");
  const img = openImage(image, !writes);
  try {
    const fs = mountImage(img, image);
    if (command === "ls") list(fs, path);
    else if (command === "cat" || command === "get") {
      const ino = must(walk(fs, path), path);
      if (isDir(fs, ino)) throw new ToolError(`${path}: is a directory`);
      const data = must(runNow(fs.read(ino, 0, Number.MAX_SAFE_INTEGER)), path);
      if (command === "get" && hostFile !== undefined) writeFileSync(hostFile, data);
      else writeSync(1, data);
    } else {
      if (command === "put") putFile(fs, path, readFileSync(hostFile as string));
      else if (command === "mkdir") {
        const { dir, name } = parentOf(fs, path);
        must(runNow(fs.create(dir, name, NODE_DIR, 0o755)), path);
      } else {
        const { dir, name } = parentOf(fs, path);
        const ino = must(runNow(fs.lookup(dir, name)), path);
        must(runNow(isDir(fs, ino) ? fs.rmdir(dir, name) : fs.unlink(dir, name)), path);
      }
      must(runNow(fs.unmount()), image);
    }
    return 0;
  } finally {
    img.close();
  }
}

function putFile(fs: ViperFs, path: string, data: Uint8Array): void {
  const { dir, name } = parentOf(fs, path);
  let ino = runNow(fs.lookup(dir, name));
  if (ino === Status.NOT_FOUND) ino = runNow(fs.create(dir, name, NODE_FILE, 0o644));
  must(ino, path);
  if (isDir(fs, ino)) throw new ToolError(`${path}: is a directory`);
  must(runNow(fs.truncate(ino, 0)), path);
  const st = runNow(fs.write(ino, 0, data));
  if (st === Status.NO_SPACE) throw new ToolError(`${path}: ${statusWords(st)} (${data.length} bytes)`);
  must(st, path);
}

const TYPE_CHAR: Record<number, string> = { [NODE_FILE]: "-", [NODE_DIR]: "d", [NODE_SYMLINK]: "l" };

function list(fs: ViperFs, path: string): void {
  const ino = must(walk(fs, path), path || "/");
  const show = (name: string, child: number) => {
    const st = must(runNow(fs.stat(child)), name);
    const target = st.type === NODE_SYMLINK ? ` -> ${must(runNow(fs.readlink(child)), name)}` : "";
    const mtime = new Date(st.mtime * 1000).toISOString().slice(0, 16).replace("T", " ");
    const perm = st.perm.toString(8).padStart(4, "0");
    console.log(`${TYPE_CHAR[st.type]}${perm} ${String(st.links).padStart(3)} ${String(st.size).padStart(10)} ${mtime} ${name}${st.type === NODE_DIR ? "/" : ""}${target}`);
  };
  if (!isDir(fs, ino)) return show(components(path).pop() ?? path, ino);
  for (let cursor = 0; ; ) {
    const r = must(runNow(fs.readDir(ino, cursor)), path || "/");
    if (r === null) return;
    show(r.entry.name, r.entry.ino);
    cursor = r.next;
  }
}
