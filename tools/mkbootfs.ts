// Writes the boot filesystem: a cpio "newc" archive (the format chapters/18-bootfs.mdx parses)
// holding the user programs from build/user/ (vinit, hello, tests/…), a README, and any host
// files added with --add HOSTFILE:/NAME.
//
//   npm run mkbootfs -- [--out FILE] [--add HOSTFILE:/NAME]...     (default out: stdout)
//
// The archive is deterministic: entries sorted by name, fixed inode numbers, owner 0, and one
// fixed modification time (BOOTFS_MTIME), so the same inputs give the same bytes.
import { createPrivateKey } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runTool, ToolError, UsageError } from "./lib/args.ts";

/** 2026-01-01 00:00:00 UTC: every entry's c_mtime. */
export const BOOTFS_MTIME = 1_767_225_600;

export const BOOTFS_README = `Welcome to ViperOS, the book edition.

This is the boot filesystem: a read-only cpio archive the board loads into RAM.
  vinit        the first process and its shell (you are talking to it)
  hello        a greeting from user space        /hello
  malloctest   malloc and sbrk, exercised        /malloctest
  capshow      holds handles of several kinds    /capshow
  tests/       programs the kernel's test suites run

Try: Help, Dir, List tests, Status, Avail, Date, /hello, Why.
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

/** "/tests/x" → "tests/x"; null for a name with an empty, "." or ".." part. */
function archiveName(path: string): string | null {
  const name = path.replace(/^\/+/, "");
  return name === "" || name.split("/").some((p) => p === "" || p === "." || p === "..") ? null : name;
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
    const name = archiveName(f.name);
    if (name === null) throw new ToolError(`bad path "${f.name}" in the boot filesystem`);
    byName.set(name, { ...f, name }); // a later --add replaces an earlier file
  }
  const dirs = new Set<string>();
  for (const name of byName.keys()) {
    const parts = name.split("/");
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join("/"));
  }
  for (const d of dirs) if (byName.has(d)) throw new ToolError(`"/${d}" is both a file and a directory in the boot filesystem`);
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
  if (i <= 0) throw new UsageError(`--add ${spec}: expected HOSTFILE:/NAME (for example notes.txt:/notes.txt)`);
  const host = spec.slice(0, i);
  const archived = archiveName(spec.slice(i + 1));
  if (archived === null) throw new UsageError(`--add ${spec}: ${spec.slice(i + 1)} is not a path a file can have`);
  const name = `/${archived}`; // one leading slash, as the disk image wants it
  if (!existsSync(host)) throw new UsageError(`--add ${spec}: no such host file: ${host}`);
  if (statSync(host).isDirectory()) throw new UsageError(`--add ${spec}: ${host} is a directory (add its files one by one)`);
  return { name, data: readFileSync(host), perm: 0o644 };
}

/** The root store `npm run gen-roots-der` wrote (chapter 47), as /certs/roots.der for the standard disk; none if missing. */
export function rootStoreFiles(file = join(process.cwd(), "build/certs/roots.der")): BootfsFile[] {
  return existsSync(file) ? [{ name: "/certs/roots.der", data: readFileSync(file), perm: 0o644 }] : [];
}

/**
 * The identity HttpServe --tls presents (chapter 48): the book's test certificate for viperos.vnet,
 * 10.0.2.15 and 10.0.2.16, issued by the test CA that roots.der holds, as /certs/server.der (DER),
 * and its P-256 private key as /certs/server.key (the 32-byte scalar, the form the kernel reads).
 * A test machine's key, committed in test/material/tls/: never a secret.
 */
export function serverIdentityFiles(dir = join(process.cwd(), "test/material/tls")): BootfsFile[] {
  const cert = join(dir, "viperos.pem");
  const key = join(dir, "viperos.key");
  if (!existsSync(cert) || !existsSync(key)) return [];
  const der = Buffer.from(readFileSync(cert, "latin1").replace(/-----[^-]+-----|\s/g, ""), "base64");
  const d = createPrivateKey(readFileSync(key)).export({ format: "jwk" }).d as string;
  return [
    { name: "/certs/server.der", data: new Uint8Array(der), perm: 0o644 },
    { name: "/certs/server.key", data: new Uint8Array(Buffer.from(d, "base64url")), perm: 0o600 },
  ];
}

/** The standard boot filesystem: build/user programs, the README, then added files. */
export function standardBootfs(added: readonly BootfsFile[] = [], buildDir?: string): Uint8Array {
  return mkbootfs([...userPrograms(buildDir), { name: "/README", data: enc.encode(BOOTFS_README) }, ...added]);
}

const SPEC = {
  name: "mkbootfs",
  usage: "npm run --silent mkbootfs -- [options] > bootfs.cpio",
  summary: `Writes the boot filesystem: a cpio "newc" archive of the programs in build/user/, a README,
and the host files given with --add. The same inputs always give the same bytes.`,
  options: {
    out: { type: "string", value: "FILE", help: "write the archive to FILE instead of standard output" },
    add: { type: "string", value: "HOSTFILE:/NAME", help: "add a host file under the name /NAME", multiple: true },
  },
} as const;

if (import.meta.main) {
  runTool(SPEC, ({ options }) => {
    const image = standardBootfs(options.add.map(parseAdd));
    if (options.out !== undefined) writeFileSync(options.out, image);
    else process.stdout.write(image);
    return 0;
  });
}
