// chapter: 48-tls-server
// The system-call ABI of chapter 2 (src/machine/abi.ts) and everything that must agree with it:
// the kernel's table, the C header user programs are built with, and the rights letters.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rightsString } from "../../src/kernel/cap/rights.ts";
import { faultKindName } from "../../src/kernel/lib/fault.ts";
import {
  FAULT_DOCS,
  FaultKind,
  Kind,
  RIGHT_DOCS,
  RIGHT_LETTERS,
  RIGHTS_IN_BIT_ORDER,
  Rights,
  Status,
  SYS,
  SYSCALL,
  SYSCALL_BLOCKS,
  SYSCALLS,
} from "../../src/machine/abi.ts";
import { FakeMachine, NOP_PROGRAM } from "../../tools/fuzz/fake-machine.ts";

const root = join(import.meta.dirname, "..", "..");
const header = readFileSync(join(root, "src/user/include/viperos/syscalls.h"), "utf8");

function tsFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts"))
    .map((f) => `${dir}/${f}`);
}

/** `#define NAME VALUE` of the C header, as name → value text. */
const cDefines = new Map([...header.matchAll(/^#define (\w+)\s+(\S+)/gm)].map((m) => [m[1], m[2]]));

describe("the call table", () => {
  it("gives every call one number below 0x100, inside the block of its subsystem", () => {
    expect(new Set(SYSCALLS.map((c) => c.nr)).size).toBe(SYSCALLS.length);
    const firsts = SYSCALL_BLOCKS.map(([first]) => first);
    for (const c of SYSCALLS) {
      expect(c.nr, c.name).toBeLessThan(0x100);
      expect(firsts, `${c.name} (0x${c.nr.toString(16)}) has no block`).toContain(c.nr & 0xf0);
    }
  });

  it("lists the calls in number order, with their numbers from SYS and SYSCALL", () => {
    expect(SYSCALLS.map((c) => c.nr)).toEqual([...SYSCALLS.map((c) => c.nr)].sort((a, b) => a - b));
    for (const c of SYSCALLS) {
      expect(SYS[c.name]).toBe(c.nr);
      expect(SYSCALL[c.name]).toEqual({ nr: c.nr, name: c.name });
    }
  });

  it("documents errors other than OK, each with a condition", () => {
    for (const c of SYSCALLS) {
      for (const [status, when] of Object.entries(c.errors)) {
        expect(status, c.name).not.toBe("OK");
        expect(Object.keys(Status), c.name).toContain(status);
        expect(when.length, `${c.name} ${status}`).toBeGreaterThan(3);
      }
    }
  });
});

describe("the kernel's table", () => {
  const m = new FakeMachine({ files: { "/vinit": NOP_PROGRAM } });
  const rows = m.k.syscalls.list();

  it("has a row for every call the ABI does not mark planned, with the ABI's number", () => {
    const expected = SYSCALLS.filter((c) => c.planned !== true).map((c) => [c.nr, c.name]);
    expect(rows.map((r) => [r.nr, r.name])).toEqual(expected);
  });

  it("writes no call number or name of its own: every row spreads SYSCALL.<name>", () => {
    const own: string[] = [];
    for (const file of tsFiles("src/kernel")) {
      const text = readFileSync(join(root, file), "utf8");
      for (const m of text.matchAll(/\bnr: *(0x[0-9a-f]+|\d+)|\bname: *"[a-z_0-9]+", *handler/g)) own.push(`${file}: ${m[0]}`);
    }
    expect(own).toEqual([]);
  });

  it("answers NOT_SUPPORTED to every planned call and to a number no call has", () => {
    const planned = SYSCALLS.filter((c) => c.planned === true);
    for (const c of planned) expect(m.syscall(c.nr).status, c.name).toBe(Status.NOT_SUPPORTED);
    expect(SYSCALLS.map((c) => c.nr)).not.toContain(0xdf);
    expect(m.syscall(0xdf).status).toBe(Status.NOT_SUPPORTED);
  });
});

describe("rights", () => {
  it("are ten single bits from bit 0, in the order of their letters", () => {
    expect(RIGHTS_IN_BIT_ORDER.map((r) => Rights[r])).toEqual(RIGHTS_IN_BIT_ORDER.map((_, i) => 1 << i));
    expect(RIGHT_LETTERS).toBe("rwxlcdDtsT");
    expect(new Set(RIGHT_LETTERS).size).toBe(RIGHT_LETTERS.length);
    expect(RIGHTS_IN_BIT_ORDER.map((r) => RIGHT_DOCS[r].letter).join("")).toBe(RIGHT_LETTERS);
  });

  it("print as the kernel's traces print them, TRAVERSE included", () => {
    expect(rightsString(Rights.READ | Rights.LIST | Rights.TRAVERSE | Rights.DERIVE | Rights.TRANSFER)).toBe("r--l--Dt-T");
    expect(rightsString(Rights.ALL)).toBe(RIGHT_LETTERS);
  });
});

describe("the C header (generated from the ABI)", () => {
  it("numbers every call as the ABI does", () => {
    for (const c of SYSCALLS) expect(cDefines.get(`SYS_${c.name.toUpperCase()}`), c.name).toBe(`0x${c.nr.toString(16).toUpperCase().padStart(2, "0")}`);
    expect([...cDefines.keys()].filter((n) => n.startsWith("SYS_")).length).toBe(SYSCALLS.length);
  });

  it("has every status code, kind, right and fault kind, and the rights' letters", () => {
    for (const [name, code] of Object.entries(Status)) {
      expect(cDefines.get(name === "OK" ? "VOK" : `VERR_${name}`), name).toBe(code < 0 ? `(${code})` : `${code}`);
    }
    for (const [name, value] of Object.entries(Kind)) expect(cDefines.get(`CAP_KIND_${name.toUpperCase()}`)).toBe(`${value}`);
    for (const [name, value] of Object.entries(Rights)) expect(Number.parseInt(cDefines.get(`CAP_RIGHT_${name}`) ?? "", 16), name).toBe(value);
    expect(cDefines.get("CAP_RIGHT_TRAVERSE")).toBe("0x200u");
    for (const [name, value] of Object.entries(FaultKind)) expect(cDefines.get(`FAULT_${name}`)).toBe(`${value}`);
    expect(cDefines.get("CAP_RIGHT_COUNT")).toBe(`${RIGHT_LETTERS.length}`);
    expect(header).toContain(`#define CAP_RIGHT_LETTERS "${RIGHT_LETTERS}"`);
  });
});

describe("fault kinds", () => {
  it("have the names the kernel's log prints", () => {
    expect(faultKindName(FaultKind.STACK_OVERFLOW)).toBe("stack overflow");
    expect(faultKindName(42)).toBe("fault 42");
    for (const [key, kind] of Object.entries(FaultKind)) expect(faultKindName(kind)).toBe(FAULT_DOCS[key as keyof typeof FaultKind].name);
  });
});
