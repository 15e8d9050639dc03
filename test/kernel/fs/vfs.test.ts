// chapter: 18-bootfs
import { beforeEach, describe, expect, it } from "vitest";
import { Kind, Rights } from "../../../src/kernel/cap/rights.ts";
import { CapSpace, capCheckInvariants, HandleTable } from "../../../src/kernel/cap/table.ts";
import { bootfsParse } from "../../../src/kernel/fs/bootfs.ts";
import { pathResolve } from "../../../src/kernel/fs/path.ts";
import { BootFs } from "../../../src/kernel/fs/bootfs.ts";
import { runNow } from "../../../src/kernel/fs/fs.ts";
import * as V from "../../../src/kernel/fs/vfs.ts";
import {
  FD_MAX,
  FsSpace,
  FsState,
  fsAssignInfoRecords,
  fsAssignSet,
  fsClose,
  fsOpenRoot,
  fsRewindDir,
  STAT_SIZE,
  vfsClose,
  vfsDup,
  vfsDup2,
  vfsGetcwd,
  vfsStatRecord,
} from "../../../src/kernel/fs/vfs.ts";
import { Status } from "../../../src/kernel/lib/status.ts";
import { newcArchive } from "./newc.ts";

// The boot archive never waits, so every operation runs to its end at once.
const vfsOpen = (st: FsState, path: string, flags: number) => runNow(V.vfsOpen(st, path, flags));
const vfsRead = (st: FsState, fd: number, len: number, out: V.FsSink) => runNow(V.vfsRead(st, fd, len, out));
const vfsWrite = (st: FsState, fd: number, data = new Uint8Array(1)) => runNow(V.vfsWrite(st, fd, data));
const vfsSeek = (st: FsState, fd: number, off: number, whence: number) => runNow(V.vfsSeek(st, fd, off, whence));
const vfsReaddir = (st: FsState, fd: number, len: number, out: V.FsSink) => runNow(V.vfsReaddir(st, fd, len, out));
const vfsChdir = (st: FsState, path: string) => runNow(V.vfsChdir(st, path));
const fsOpen = (caps: HandleTable, dir: number, name: string, flags: number) =>
  runNow(V.fsOpen(fs, caps, dir, name, flags));
const ioRead = (caps: HandleTable, h: number, len: number, out: V.FsSink) => runNow(V.ioRead(caps, h, len, out));
const ioWrite = (caps: HandleTable, h: number) => runNow(V.ioWrite(caps, h, new Uint8Array(1)));
const ioSeek = (caps: HandleTable, h: number, off: number, whence: number) => runNow(V.ioSeek(caps, h, off, whence));
const fsReadDir = (caps: HandleTable, h: number, out: V.FsSink) => runNow(V.fsReadDir(caps, h, out));
const fsAssignGet = (f: FsSpace, caps: HandleTable, name: string) => runNow(V.fsAssignGet(f, caps, name));
const fsAssignResolve = (f: FsSpace, caps: HandleTable, path: string) => runNow(V.fsAssignResolve(f, caps, path));

const text = (b: Uint8Array | Status): string => (typeof b === "number" ? `status ${b}` : new TextDecoder().decode(b));

/** Runs a read-like call with a sink that keeps the bytes; returns them, or the status. */
function got(call: (out: (b: Uint8Array) => Status) => number): Uint8Array | Status {
  let kept: Uint8Array = new Uint8Array(0);
  const r = call((b) => {
    kept = b.slice();
    return Status.OK;
  });
  return r < 0 ? (r as Status) : kept;
}

let space = new CapSpace();
let fs = new FsSpace(space);

beforeEach(() => {
  space = new CapSpace();
  fs = new FsSpace(space);
  const r = bootfsParse(
    newcArchive([
      { name: "vinit", data: "VINIT" },
      { name: "bin/hello", data: "hello, world" },
      { name: "bin/a-rather-long-program-name", data: "x" },
      { name: "certs/roots.der", data: "DER!" },
    ]),
  );
  expect(r.status).toBe(Status.OK);
  if (r.root === null) throw new Error("no root");
  fs.root = new BootFs(r.root);
});

describe("paths", () => {
  it("resolve absolute, relative, assign-prefixed and dotted paths", () => {
    expect(pathResolve(fs.assigns, [], "/bin/hello")).toEqual(["bin", "hello"]);
    expect(pathResolve(fs.assigns, ["bin"], "hello")).toEqual(["bin", "hello"]);
    expect(pathResolve(fs.assigns, ["bin"], "../certs/./roots.der")).toEqual(["certs", "roots.der"]);
    expect(pathResolve(fs.assigns, ["bin"], "sys:certs\\roots.der")).toEqual(["certs", "roots.der"]);
    expect(pathResolve(fs.assigns, [], "D0:")).toEqual([]);
    expect(pathResolve(fs.assigns, [], "/../..")).toEqual([]);
    expect(pathResolve(fs.assigns, [], "NOPE:x")).toBe(Status.NOT_FOUND);
    expect(pathResolve(fs.assigns, [], "")).toBe(Status.INVALID_ARG);
    expect(pathResolve(fs.assigns, [], "/" + "a".repeat(300))).toBe(Status.INVALID_ARG);
  });
});

describe("descriptors", () => {
  it("open, read, seek, dup share an offset, close", () => {
    const st = new FsState(fs);
    const fd = vfsOpen(st, "SYS:bin/hello", 0);
    expect(fd).toBe(0);
    expect(vfsRead(st, fd, 5, () => Status.INVALID_ARG)).toBe(Status.INVALID_ARG);
    expect(text(got((o) => vfsRead(st, fd, 5, o)))).toBe("hello");
    const fd2 = vfsDup(st, fd);
    expect(text(got((o) => vfsRead(st, fd2, 100, o)))).toBe(", world");
    expect(text(got((o) => vfsRead(st, fd, 100, o)))).toBe("");
    expect(vfsSeek(st, fd, -5, 2)).toBe(7);
    expect(text(got((o) => vfsRead(st, fd, 100, o)))).toBe("world");
    expect(vfsSeek(st, fd, -100, 1)).toBe(Status.INVALID_ARG);
    expect(vfsSeek(st, fd, 0, 9)).toBe(Status.INVALID_ARG);
    expect(vfsClose(st, fd)).toBe(Status.OK);
    expect(vfsClose(st, fd)).toBe(Status.INVALID_HANDLE);
    expect(vfsDup2(st, fd2, 7)).toBe(7);
    expect(got((o) => vfsRead(st, 7, 1, o))).not.toBeTypeOf("number");
    st.destroy();
    expect(capCheckInvariants(space)).toEqual([]);
  });

  it("write-opens are READ_ONLY, writes to a read-only descriptor PERMISSION; missing files NOT_FOUND", () => {
    const st = new FsState(fs);
    expect(vfsOpen(st, "/vinit", 1)).toBe(Status.READ_ONLY);
    expect(vfsOpen(st, "/vinit", 2)).toBe(Status.READ_ONLY);
    expect(vfsOpen(st, "/new", 0x40)).toBe(Status.READ_ONLY);
    expect(vfsOpen(st, "/bin", 1)).toBe(Status.IS_DIR);
    expect(vfsOpen(st, "/nope", 0)).toBe(Status.NOT_FOUND);
    expect(vfsOpen(st, "/vinit", 0x1000)).toBe(Status.INVALID_ARG);
    const fd = vfsOpen(st, "/vinit", 0);
    expect(vfsWrite(st, fd)).toBe(Status.PERMISSION);
    expect(vfsWrite(st, 31)).toBe(Status.INVALID_HANDLE);
    st.destroy();
  });

  it("runs out at 32 descriptors with NO_RESOURCE", () => {
    const st = new FsState(fs);
    for (let i = 0; i < FD_MAX; i++) expect(vfsOpen(st, "/vinit", 0)).toBe(i);
    expect(vfsOpen(st, "/vinit", 0)).toBe(Status.NO_RESOURCE);
    st.destroy();
    expect(capCheckInvariants(space)).toEqual([]);
  });

  it("stat records describe files and directories", () => {
    const w = runNow(V.fsNodeAt(new FsState(fs), "/bin/hello"));
    if (typeof w === "number") throw new Error("not found");
    const node = runNow(w.fs.stat(w.ino));
    if (typeof node === "number") throw new Error("no stat");
    const v = new DataView(vfsStatRecord(node).buffer);
    expect(vfsStatRecord(node).length).toBe(STAT_SIZE);
    expect(v.getUint32(8, true) & 0xf000).toBe(0x8000);
    expect(Number(v.getBigUint64(16, true))).toBe(12);
  });

  it("readdir packs variable records and refuses a buffer too small for one", () => {
    const st = new FsState(fs);
    const fd = vfsOpen(st, "/bin", 0);
    expect(got((o) => vfsRead(st, fd, 10, o))).toBe(Status.IS_DIR);
    expect(got((o) => vfsReaddir(st, fd, 8, o))).toBe(Status.INVALID_ARG);
    const buf = got((o) => vfsReaddir(st, fd, 4096, o));
    if (typeof buf === "number") throw new Error("readdir failed");
    const v = new DataView(buf.buffer);
    const names: string[] = [];
    for (let at = 0; at < buf.length; at += v.getUint16(at + 8, true)) {
      expect(v.getUint16(at + 8, true) % 8).toBe(0);
      names.push(text(buf.subarray(at + 12, at + 12 + buf[at + 11])));
    }
    expect(names).toEqual(["hello", "a-rather-long-program-name"]);
    expect((got((o) => vfsReaddir(st, fd, 4096, o)) as Uint8Array).length).toBe(0);
    st.destroy();
  });

  it("chdir and getcwd", () => {
    const st = new FsState(fs);
    expect(vfsChdir(st, "SYS:bin")).toBe(Status.OK);
    expect(vfsGetcwd(st)).toBe("/bin");
    const hfd = vfsOpen(st, "hello", 0);
    expect(text(got((o) => vfsRead(st, hfd, 5, o)))).toBe("hello");
    expect(vfsChdir(st, "hello")).toBe(Status.NOT_DIR);
    expect(vfsChdir(st, "/nope")).toBe(Status.NOT_FOUND);
    expect(vfsChdir(st, "..")).toBe(Status.OK);
    expect(vfsGetcwd(st)).toBe("/");
    st.destroy();
  });
});

describe("handles", () => {
  it("open below a directory, read, list, rewind, close", () => {
    const caps = new HandleTable(space);
    const root = fsOpenRoot(fs, caps);
    expect(caps.query(root)).toMatchObject({ kind: Kind.Directory });
    const f = fsOpen(caps, root, "bin/hello", 0);
    expect(caps.query(f)).toMatchObject({ kind: Kind.File });
    expect(text(got((o) => ioRead(caps, f, 100, o)))).toBe("hello, world");
    expect(ioSeek(caps, f, 0, 0)).toBe(0);
    expect(ioWrite(caps, f)).toBe(Status.PERMISSION);
    expect(got((o) => ioRead(caps, root, 1, o))).toBe(Status.WRONG_TYPE);
    const names: string[] = [];
    for (;;) {
      const r = got((o) => fsReadDir(caps, root, o));
      if (typeof r === "number") throw new Error("read_dir failed");
      if (r.length === 0) break;
      names.push(text(r.subarray(10, 10 + r[9])));
    }
    expect(names).toEqual(["vinit", "bin", "certs"]);
    expect(fsRewindDir(caps, root)).toBe(Status.OK);
    expect(fsReadDir(caps, root, () => Status.OK)).toBe(1);
    expect(fsReadDir(caps, root, () => Status.INVALID_ARG)).toBe(Status.INVALID_ARG);
    expect(fsReadDir(caps, root, () => Status.OK)).toBe(1);
    expect(fsClose(caps, f)).toBe(Status.OK);
    expect(got((o) => ioRead(caps, f, 1, o))).toBe(Status.INVALID_HANDLE);
    caps.destroy();
    expect(capCheckInvariants(space)).toEqual([]);
  });

  it("refuses .. below a directory handle and write flags", () => {
    const caps = new HandleTable(space);
    const root = fsOpenRoot(fs, caps);
    const bin = fsOpen(caps, root, "bin", 0);
    expect(fsOpen(caps, bin, "../vinit", 0)).toBe(Status.INVALID_ARG);
    expect(fsOpen(caps, bin, "hello", 1)).toBe(Status.PERMISSION);
    expect(caps.query(bin)).toMatchObject({ rights: V.DIR_RIGHTS & ~(Rights.WRITE | Rights.CREATE | Rights.DELETE) });
    expect(fsOpen(caps, bin, "nope", 0)).toBe(Status.NOT_FOUND);
    caps.destroy();
  });

  it("a child gets no right its directory handle lacks", () => {
    const caps = new HandleTable(space);
    const root = fsOpenRoot(fs, caps);
    const weak = caps.derive(root, Rights.TRAVERSE | Rights.DERIVE);
    const f = fsOpen(caps, weak, "vinit", 0);
    expect(got((o) => ioRead(caps, f, 1, o))).toBe(Status.PERMISSION);
    const noTraverse = caps.derive(root, Rights.LIST);
    expect(fsOpen(caps, noTraverse, "vinit", 0)).toBe(Status.PERMISSION);
    caps.destroy();
  });

  it("a full table creates nothing", () => {
    const caps = new HandleTable(space, 1);
    const root = fsOpenRoot(fs, caps);
    expect(fsOpen(caps, root, "vinit", 0)).toBe(Status.NO_RESOURCE);
    caps.destroy();
    expect(capCheckInvariants(space)).toEqual([]);
  });
});

describe("assigns", () => {
  it("SYS and D0 are system assigns and cannot be changed", () => {
    const caps = new HandleTable(space);
    const root = fsOpenRoot(fs, caps);
    expect(fsAssignSet(fs, caps, "SYS", root)).toBe(Status.PERMISSION);
    expect(fsAssignSet(fs, caps, "c:", fsOpen(caps, root, "bin", 0))).toBe(Status.OK);
    expect(text(got((o) => ioRead(caps, fsAssignResolve(fs, caps, "C:hello"), 5, o)))).toBe("hello");
    expect(text(got((o) => ioRead(caps, fsAssignResolve(fs, caps, "sys:certs/roots.der"), 5, o)))).toBe("DER!");
    expect(fsAssignResolve(fs, caps, "/vinit")).toBe(Status.INVALID_ARG);
    expect(fsAssignResolve(fs, caps, "X:vinit")).toBe(Status.NOT_FOUND);
    expect(caps.query(fsAssignGet(fs, caps, "d0"))).toMatchObject({ kind: Kind.Directory });
    expect(fs.assigns.list().map((a) => a.name)).toEqual(["SYS", "D0", "C"]);
    const { count, bytes } = fsAssignInfoRecords(fs, 2);
    expect(count).toBe(3);
    expect(bytes.length).toBe(128);
    caps.destroy();
  });

  it("an assign hands out no more rights than the handle that made it", () => {
    const caps = new HandleTable(space);
    const root = fsOpenRoot(fs, caps);
    fsAssignSet(fs, caps, "LIMITED", caps.derive(root, Rights.TRAVERSE));
    const h = fsAssignGet(fs, caps, "limited:");
    expect(caps.query(h)).toMatchObject({ rights: Rights.TRAVERSE });
    caps.destroy();
  });
});
