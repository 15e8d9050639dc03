// Writes the boot filesystem: a cpio "newc" archive (the format chapters/18-bootfs.mdx parses)
// holding the user programs from build/user/ (vinit, hello, tests/…), a README, and any host
// files added with --add HOSTFILE:/NAME.
//
//   npm run mkbootfs -- [--out FILE] [--add HOSTFILE:/NAME]...     (default out: stdout)
//
// The archive is deterministic: entries sorted by name, fixed inode numbers, owner 0, and one
// fixed modification time (BOOTFS_MTIME), so the same inputs give the same bytes.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** 2026-01-01 00:00:00 UTC: every entry's c_mtime. */
export const BOOTFS_MTIME = 1_767_225_600;

export const BOOTFS_README = `Welcome to ViperOS, the book edition.

This is the boot filesystem: a read-only cpio archive the board loads into RAM.
  vinit        the first process and its shell (you are talking to it)
  hello        a greeting from user space        Run /hello
  malloctest   malloc and sbrk, exercised        Run /malloctest
  capshow      holds handles of several kinds    Run /capshow
  tests/       programs the kernel's test suites run

Try: Help, Dir, List tests, Status, Avail, Date, Run /hello, Why.
`;

export interface BootfsFile {
  /** Absolute path in the archive, "/tests/overrun". */
  name: string;
  data: Uint8Array;
  /** Permission bits; 0o755 for programs, 0o644 for other files. */
  perm?: number;
}

const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
const enc = new TextEncoder();

function hex8(n: number): string {
  return (n >>> 0).toString(16).toUpperCase().padStart(8, "0");
}

function pad4(n: number): number {
  return (4 - (n % 4)) % 4;
}

/** One newc entry: 110-byte header, name + NUL padded to 4, data padded to 4. */
function entry(ino: number, mode: number, name: string, data: Uint8Array): Uint8Array[] {
  const nameBytes = enc.encode(`${name}\0`);
  const header =
    "070701" +
    hex8(ino) +
    hex8(mode) +
    hex8(0) + // uid
    hex8(0) + // gid
    hex8(mode & S_IFDIR ? 2 : 1) + // nlink
    hex8(BOOTFS_MTIME) +
    hex8(data.length) +
    hex8(0) + // devmajor
    hex8(0) + // devminor
    hex8(0) + // rdevmajor
    hex8(0) + // rdevminor
    hex8(nameBytes.length) +
    hex8(0); // check
  const parts: Uint8Array[] = [enc.encode(header), nameBytes, new Uint8Array(pad4(110 + nameBytes.length))];
  if (data.length) parts.push(data, new Uint8Array(pad4(data.length)));
  return parts;
}

/** The archive for a set of files; the directories their paths imply are written too. */
export function mkbootfs(files: readonly BootfsFile[]): Uint8Array {
  const byName = new Map<string, BootfsFile>();
  for (const f of files) {
    const name = f.name.replace(/^\/+/, "");
    if (name === "" || name.split("/").some((p) => p === "" || p === "." || p === "..")) {
      throw new Error(`mkbootfs: bad path "${f.name}"`);
    }
    byName.set(name, { ...f, name }); // a later --add replaces an earlier file
  }
  const dirs = new Set<string>();
  for (const name of byName.keys()) {
    const parts = name.split("/");
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join("/"));
  }
  for (const d of dirs) if (byName.has(d)) throw new Error(`mkbootfs: "/${d}" is both a file and a directory`);
  const names = [...new Set([...dirs, ...byName.keys()])].sort();
  const chunks: Uint8Array[] = [];
  let ino = 2; // 1 is the root, which the archive does not name
  for (const name of names) {
    const f = byName.get(name);
    if (f === undefined) chunks.push(...entry(ino++, S_IFDIR | 0o755, name, new Uint8Array(0)));
    else chunks.push(...entry(ino++, S_IFREG | (f.perm ?? 0o644), name, f.data));
  }
  chunks.push(...entry(0, 0, "TRAILER!!!", new Uint8Array(0)));
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The programs under a build directory (build/user/ by default), as boot filesystem files. */
export function userPrograms(buildDir = join(process.cwd(), "build/user")): BootfsFile[] {
  const out: BootfsFile[] = [];
  const walk = (dir: string, prefix: string): void => {
    if (!existsSync(dir)) return;
    for (const f of readdirSync(dir).sort()) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p, `${prefix}${f}/`);
      else out.push({ name: `/${prefix}${f}`, data: readFileSync(p), perm: 0o755 });
    }
  };
  walk(buildDir, "");
  return out;
}

/** Parses "--add HOSTFILE:/NAME" (the last colon followed by "/" splits host path and name). */
export function parseAdd(spec: string): BootfsFile {
  const i = spec.lastIndexOf(":/");
  if (i <= 0) throw new Error(`--add ${spec}: expected HOSTFILE:/NAME (for example notes.txt:/notes.txt)`);
  const host = spec.slice(0, i);
  const name = spec.slice(i + 1);
  if (!existsSync(host)) throw new Error(`--add ${spec}: no such host file: ${host}`);
  return { name, data: readFileSync(host), perm: 0o644 };
}

/** The standard boot filesystem: build/user programs, the README, then added files. */
export function standardBootfs(added: readonly BootfsFile[] = [], buildDir?: string): Uint8Array {
  return mkbootfs([...userPrograms(buildDir), { name: "/README", data: enc.encode(BOOTFS_README) }, ...added]);
}

function main(): void {
  const args = process.argv.slice(2);
  let out: string | null = null;
  const added: BootfsFile[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--out") out = args[++i];
    else if (args[i] === "--add") added.push(parseAdd(args[++i]));
    else if (args[i] === "--help") {
      console.log("usage: npm run mkbootfs -- [--out FILE] [--add HOSTFILE:/NAME]...");
      return;
    } else throw new Error(`mkbootfs: unknown option ${args[i]}`);
  }
  const image = standardBootfs(added);
  if (out) writeFileSync(out, image);
  else process.stdout.write(image);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main();
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
