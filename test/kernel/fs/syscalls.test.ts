// chapter: 18-bootfs
// The file system calls of a booted kernel over its initrd (fake machine; the test is the CPU).
import { describe, expect, it } from "vitest";
import { capCheckInvariants } from "../../../src/kernel/cap/table.ts";
import { Status } from "../../../src/kernel/lib/status.ts";
import { STACK_TOP } from "../../../src/kernel/mm/aspace.ts";
import { fsInheritCwd, fsSpawnPath } from "../../../src/kernel/fs/syscalls.ts";
import { FakeMachine, NOP_PROGRAM } from "../../../tools/fuzz/fake-machine.ts";
import { SYS } from "../../../src/machine/abi.ts";


const BUF = STACK_TOP - 0x3000;
const OUT = STACK_TOP - 0x2000;
const enc = new TextEncoder();
const dec = new TextDecoder();

function machine(): FakeMachine {
  return new FakeMachine({
    files: { "/vinit": NOP_PROGRAM, "/bin/hello": enc.encode("hello, world\n"), "/certs/roots.der": enc.encode("DER") },
  });
}

function str(m: FakeMachine, s: string, at = BUF): number {
  return m.pokeString(s, at);
}

describe("descriptors", () => {
  it("open, read, lseek, fstat, dup, close", () => {
    const m = machine();
    const o = m.syscall(SYS.open, str(m, "SYS:bin/hello"), 0);
    expect(o.status).toBe(Status.OK);
    const fd = Number(o.x1);
    const r = m.syscall(SYS.read, fd, OUT, 5);
    expect(r.x1).toBe(5n);
    expect(dec.decode(m.peek(OUT, 5))).toBe("hello");
    expect(m.syscall(SYS.lseek, fd, -6, 2).x1).toBe(7n);
    const d = Number(m.syscall(SYS.dup, fd).x1);
    expect(dec.decode(m.peek(OUT, Number(m.syscall(SYS.read, d, OUT, 64).x1)))).toBe("world\n");
    expect(m.syscall(SYS.fstat, fd, OUT).status).toBe(Status.OK);
    expect(Number(new DataView(m.peek(OUT, 56).buffer).getBigUint64(16, true))).toBe(13);
    expect(m.syscall(SYS.dup2, fd, 9).x1).toBe(9n);
    expect(m.syscall(SYS.close, fd).status).toBe(Status.OK);
    expect(m.syscall(SYS.read, fd, OUT, 1).status).toBe(Status.INVALID_HANDLE);
  });

  it("a read into a kernel address fails and does not move the offset", () => {
    const m = machine();
    const fd = Number(m.syscall(SYS.open, str(m, "/bin/hello"), 0).x1);
    expect(m.syscall(SYS.read, fd, 0xffff_0000_4000_0000n, 5).status).toBe(Status.INVALID_ARG);
    m.syscall(SYS.read, fd, OUT, 5);
    expect(dec.decode(m.peek(OUT, 5))).toBe("hello");
  });

  it("writes and name changes answer with read-only statuses", () => {
    const m = machine();
    expect(m.syscall(SYS.open, str(m, "/bin/hello"), 2).status).toBe(Status.READ_ONLY);
    const fd = Number(m.syscall(SYS.open, str(m, "/bin/hello"), 0).x1);
    expect(m.syscall(SYS.write, fd, OUT, 1).status).toBe(Status.PERMISSION);
    expect(m.syscall(SYS.mkdir, str(m, "/bin")).status).toBe(Status.ALREADY_EXISTS);
    expect(m.syscall(SYS.mkdir, str(m, "/new")).status).toBe(Status.READ_ONLY);
    expect(m.syscall(SYS.unlink, str(m, "/nope")).status).toBe(Status.NOT_FOUND);
    expect(m.syscall(SYS.unlink, str(m, "/bin/hello")).status).toBe(Status.READ_ONLY);
    expect(m.syscall(SYS.readlink, str(m, "/bin/hello"), OUT, 64).status).toBe(Status.INVALID_ARG);
    expect(m.syscall(SYS.open, 0xffff_0000_4000_0000n, 0).status).toBe(Status.INVALID_ARG);
  });

  it("readdir lists a directory in variable-length records", () => {
    const m = machine();
    const fd = Number(m.syscall(SYS.open, str(m, "/"), 0).x1);
    const n = Number(m.syscall(SYS.readdir, fd, OUT, 1024).x1);
    const buf = m.peek(OUT, n);
    const v = new DataView(buf.buffer);
    const names: string[] = [];
    for (let at = 0; at < n; at += v.getUint16(at + 8, true)) names.push(dec.decode(buf.subarray(at + 12, at + 12 + buf[at + 11])));
    expect(names).toEqual(["vinit", "bin", "certs"]);
    expect(m.syscall(SYS.readdir, fd, OUT, 1024).x1).toBe(0n);
  });

  it("chdir and getcwd; relative opens; a child starts at /", () => {
    const m = machine();
    expect(m.syscall(SYS.chdir, str(m, "d0:bin")).status).toBe(Status.OK);
    const g = m.syscall(SYS.getcwd, OUT, 64);
    expect(dec.decode(m.peek(OUT, Number(g.x1)))).toBe("/bin");
    expect(m.syscall(SYS.getcwd, OUT, 4).status).toBe(Status.INVALID_ARG);
    expect(m.syscall(SYS.open, str(m, "hello"), 0).status).toBe(Status.OK);
    expect(m.syscall(SYS.chdir, str(m, "hello")).status).toBe(Status.NOT_DIR);
  });
});

describe("handles and assigns", () => {
  it("fs_open_root, fs_open, io_read, fs_read_dir, fs_close", () => {
    const m = machine();
    const root = Number(m.syscall(SYS.fs_open_root).x1);
    m.poke(BUF, enc.encode("bin/hello"));
    const f = m.syscall(SYS.fs_open, root, BUF, 9, 0);
    expect(f.status).toBe(Status.OK);
    expect(m.syscall(SYS.io_read, f.x1, OUT, 64).x1).toBe(13n);
    expect(m.syscall(SYS.io_write, f.x1, OUT, 1).status).toBe(Status.PERMISSION);
    expect(m.syscall(SYS.fs_read_dir, root, OUT).x1).toBe(1n);
    expect(dec.decode(m.peek(OUT + 10, m.peek(OUT + 9, 1)[0]))).toBe("vinit");
    m.poke(BUF, enc.encode("../x"));
    expect(m.syscall(SYS.fs_open, root, BUF, 4, 0).status).toBe(Status.INVALID_ARG);
    expect(m.syscall(SYS.fs_close, f.x1).status).toBe(Status.OK);
    expect(m.syscall(SYS.io_read, f.x1, OUT, 1).status).toBe(Status.INVALID_HANDLE);
    expect(capCheckInvariants(m.k.caps)).toEqual([]);
  });

  it("assign_set, assign_resolve, assign_list, assign_remove; SYS: is protected", () => {
    const m = machine();
    const root = Number(m.syscall(SYS.fs_open_root).x1);
    m.poke(BUF, enc.encode("bin"));
    const bin = Number(m.syscall(SYS.fs_open, root, BUF, 3, 0).x1);
    m.poke(BUF, enc.encode("C"));
    expect(m.syscall(SYS.assign_set, BUF, 1, bin).status).toBe(Status.OK);
    m.poke(BUF, enc.encode("SYS"));
    expect(m.syscall(SYS.assign_set, BUF, 3, bin).status).toBe(Status.PERMISSION);
    expect(m.syscall(SYS.assign_remove, BUF, 3).status).toBe(Status.PERMISSION);
    m.poke(BUF, enc.encode("c:hello"));
    const h = m.syscall(SYS.assign_resolve, BUF, 7, OUT);
    expect(h.status).toBe(Status.OK);
    expect(new DataView(m.peek(OUT, 4).buffer).getUint32(0, true)).toBe(Number(h.x1));
    const l = m.syscall(SYS.assign_list, OUT, 8, BUF);
    expect(l.x1).toBe(3n);
    expect(dec.decode(m.peek(OUT + 128, 1))).toBe("C");
    m.poke(BUF, enc.encode("C:"));
    expect(m.syscall(SYS.assign_remove, BUF, 2).status).toBe(Status.OK);
    expect(m.syscall(SYS.assign_get, BUF, 2, OUT).status).toBe(Status.NOT_FOUND);
  });

  it("spawn helpers: a child inherits the current directory; spawn paths resolve from it", () => {
    const m = machine();
    const me = m.k.sched.current!.proc;
    expect(m.syscall(SYS.chdir, str(m, "/bin")).status).toBe(Status.OK);
    expect(fsSpawnPath(m.k.fs, me, "hello")).toBe("/bin/hello");
    expect(fsSpawnPath(m.k.fs, me, "SYS:vinit")).toBe("/vinit");
    expect(fsSpawnPath(m.k.fs, null, "vinit")).toBe("/vinit");
    const child = m.k.procs.get(Number(m.syscall(SYS.task_spawn, str(m, "/vinit"), 0).x1))!;
    fsInheritCwd(m.k.fs, me, child);
    expect(child.handles.attach("fs", () => ({ cwd: [] as string[], destroy() {} })).cwd).toEqual(["bin"]);
  });

  it("closing a process closes its descriptors", () => {
    const m = machine();
    const me = m.k.sched.current!;
    m.syscall(SYS.open, str(m, "/bin/hello"), 0);
    expect(capCheckInvariants(m.k.caps)).toEqual([]);
    me.proc.handles.destroy();
    expect(capCheckInvariants(m.k.caps)).toEqual([]);
  });
});
