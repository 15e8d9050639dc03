// chapter: 14-processes-capabilities
import { afterEach, describe, expect, it } from "vitest";
import { KernelObject } from "../../../src/kernel/cap/object.ts";
import { Kind, Rights, rightsString } from "../../../src/kernel/cap/rights.ts";
import {
  CapSpace,
  capCheckInvariants,
  HANDLE_GENERATION_MAX,
  HANDLE_TABLE_SIZE,
  HandleTable,
  handleGeneration,
  handleMake,
  handleNextGeneration,
  handleSlot,
} from "../../../src/kernel/cap/table.ts";
import { Status } from "../../../src/kernel/lib/status.ts";

class Thing extends KernelObject {
  closed = 0;
  constructor(kind: Kind = Kind.Blob) {
    super(kind);
  }
  override onLastHandle(): void {
    this.closed++;
  }
}

let space = new CapSpace();

afterEach(() => {
  for (const t of [...space.tables]) t.destroy();
  expect(capCheckInvariants(space)).toEqual([]);
  space = new CapSpace();
});

describe("handle values", () => {
  it("pack a slot and a generation, never zero", () => {
    const t = new HandleTable(space);
    const h = t.insert(new Thing(), Rights.READ);
    expect(handleSlot(h)).toBe(0);
    expect(handleGeneration(h)).toBe(1);
    expect(h).not.toBe(0);
  });

  it("hold at least 256 entries, then report NO_RESOURCE", () => {
    const t = new HandleTable(space);
    expect(HANDLE_TABLE_SIZE).toBeGreaterThanOrEqual(256);
    const o = new Thing();
    for (let i = 0; i < HANDLE_TABLE_SIZE; i++) expect(t.insert(o, Rights.READ)).toBeGreaterThan(0);
    expect(t.insert(o, Rights.READ)).toBe(Status.NO_RESOURCE);
    expect(o.refs).toBe(HANDLE_TABLE_SIZE);
  });
});

describe("stale handles", () => {
  it("fail with INVALID_HANDLE after close, even when the slot is reused", () => {
    const t = new HandleTable(space);
    const a = new Thing();
    const h1 = t.insert(a, Rights.READ);
    expect(t.remove(h1)).toBe(Status.OK);
    expect(t.lookup(h1, Kind.Blob, 0)).toBe(Status.INVALID_HANDLE);
    const h2 = t.insert(new Thing(), Rights.READ);
    expect(handleSlot(h2)).toBe(handleSlot(h1));
    expect(h2).not.toBe(h1);
    expect(t.lookup(h1, Kind.Blob, 0)).toBe(Status.INVALID_HANDLE);
    expect(t.remove(h1)).toBe(Status.INVALID_HANDLE);
  });

  it("a stale handle still names nothing after its slot was reused 300 times", () => {
    const t = new HandleTable(space, 1);
    const first = t.insert(new Thing(), Rights.READ);
    t.remove(first);
    const seen = new Set<number>([first]);
    for (let i = 0; i < 300; i++) {
      const h = t.insert(new Thing(), Rights.READ);
      expect(handleSlot(h)).toBe(0);
      expect(t.lookupAny(first, 0)).toBe(Status.INVALID_HANDLE);
      seen.add(h);
      t.remove(h);
    }
    expect(seen.size).toBe(301); // with 8-bit generations the 256th reuse gave `first` back
  });

  it("generations wrap to 1, never 0, and no handle reaches the reserved 0xFFFF_xxxx values", () => {
    expect(handleNextGeneration(1)).toBe(2);
    expect(handleNextGeneration(HANDLE_GENERATION_MAX - 1)).toBe(HANDLE_GENERATION_MAX);
    expect(handleNextGeneration(HANDLE_GENERATION_MAX)).toBe(1);
    const highest = handleMake(HANDLE_TABLE_SIZE - 1, HANDLE_GENERATION_MAX);
    expect(highest).toBe(0xfffe_ffff);
    expect(highest).toBeLessThan(0xffff_0000);
    expect(handleGeneration(highest)).toBe(HANDLE_GENERATION_MAX);
    expect(handleMake(0, 1)).not.toBe(0);
  });

  it("forged values are refused", () => {
    const t = new HandleTable(space);
    t.insert(new Thing(), Rights.ALL);
    for (const h of [0, -1, 0xffffffff, 0xffff0001, 0x01000100, 0x200, 1.5, 2 ** 40, 2 ** 32 + 0x100]) {
      expect(t.lookupAny(h, 0)).toBe(Status.INVALID_HANDLE);
    }
  });
});

describe("typed, rights-checked lookup", () => {
  it("distinguishes wrong kind from missing rights", () => {
    const t = new HandleTable(space);
    const h = t.insert(new Thing(Kind.Channel), Rights.READ | Rights.TRANSFER);
    expect(t.lookup(h, Kind.File, Rights.READ)).toBe(Status.WRONG_TYPE);
    expect(t.lookup(h, Kind.Channel, Rights.WRITE)).toBe(Status.PERMISSION);
    const e = t.lookup(h, Kind.Channel, Rights.READ | Rights.TRANSFER);
    expect(typeof e).toBe("object");
  });
});

describe("cap_derive", () => {
  it("needs DERIVE", () => {
    const t = new HandleTable(space);
    const h = t.insert(new Thing(), Rights.READ);
    expect(t.derive(h, Rights.READ)).toBe(Status.PERMISSION);
  });

  it("refuses rights not held instead of reducing them, and creates nothing", () => {
    const t = new HandleTable(space);
    const o = new Thing();
    const h = t.insert(o, Rights.READ | Rights.DERIVE);
    expect(t.derive(h, Rights.READ | Rights.WRITE)).toBe(Status.PERMISSION);
    expect(t.derive(h, Rights.ALL)).toBe(Status.PERMISSION);
    expect(t.count).toBe(1);
    expect(o.refs).toBe(1);
  });

  it("rights only shrink along a chain", () => {
    const t = new HandleTable(space);
    const h = t.insert(new Thing(), Rights.READ | Rights.WRITE | Rights.DERIVE);
    const d1 = t.derive(h, Rights.READ | Rights.DERIVE);
    expect(d1).toBeGreaterThan(0);
    expect(t.derive(d1, Rights.WRITE)).toBe(Status.PERMISSION);
    const d2 = t.derive(d1, Rights.READ);
    const info = t.query(d2);
    expect(info).toMatchObject({ kind: Kind.Blob, rights: Rights.READ });
    expect(rightsString(Rights.READ | Rights.WRITE | Rights.DERIVE | Rights.TRANSFER)).toBe("rw----Dt--");
  });
});

describe("cap_revoke and object lifetime", () => {
  it("closing the last handle destroys the object, not before", () => {
    const t = new HandleTable(space);
    const o = new Thing();
    const h = t.insert(o, Rights.READ | Rights.DERIVE);
    const d = t.derive(h, Rights.READ);
    t.remove(h);
    expect(o.closed).toBe(0);
    expect(t.lookup(d, Kind.Blob, Rights.READ)).not.toBeTypeOf("number");
    t.remove(d);
    expect(o.closed).toBe(1);
    expect(o.destroyed).toBe(true);
  });

  it("revoke removes only that handle", () => {
    const t = new HandleTable(space);
    const h = t.insert(new Thing(), Rights.READ | Rights.DERIVE);
    const d = t.derive(h, Rights.READ);
    expect(t.remove(h)).toBe(Status.OK);
    expect(t.query(d)).not.toBeTypeOf("number");
  });

  it("closeAll on process exit releases everything", () => {
    const t = new HandleTable(space);
    const objs = [new Thing(), new Thing(), new Thing()];
    for (const o of objs) t.insert(o, 0);
    t.insert(objs[0], 0);
    t.destroy();
    expect(objs.map((o) => o.closed)).toEqual([1, 1, 1]);
  });
});

describe("moving a handle between tables", () => {
  it("needs TRANSFER, keeps the rights, and moves nothing into a full table", () => {
    const a = new HandleTable(space);
    const b = new HandleTable(space, 1);
    const o = new Thing();
    const h = a.insert(o, Rights.READ | Rights.TRANSFER);
    const noTransfer = a.insert(o, Rights.READ);
    expect(a.moveTo(noTransfer, b)).toBe(Status.PERMISSION);
    const moved = b.insert(new Thing(), 0);
    expect(a.moveTo(h, b)).toBe(Status.NO_RESOURCE);
    b.remove(moved);
    const got = a.moveTo(h, b);
    expect(b.query(got)).toMatchObject({ rights: Rights.READ | Rights.TRANSFER });
    expect(a.lookupAny(h, 0)).toBe(Status.INVALID_HANDLE);
    expect(o.refs).toBe(2);
  });
});

describe("cap_list", () => {
  it("lists live entries in slot order with their rights", () => {
    const t = new HandleTable(space);
    const a = t.insert(new Thing(Kind.Channel), Rights.WRITE);
    const b = t.insert(new Thing(Kind.File), Rights.READ);
    const c = t.insert(new Thing(Kind.Poll), Rights.RW);
    t.remove(b);
    expect(t.list()).toEqual([
      { handle: a, kind: Kind.Channel, generation: 1, rights: Rights.WRITE },
      { handle: c, kind: Kind.Poll, generation: 1, rights: Rights.RW },
    ]);
  });

  it("peekHandles predicts the next inserts", () => {
    const t = new HandleTable(space);
    const h = t.insert(new Thing(), 0);
    t.insert(new Thing(), 0);
    t.remove(h);
    const predicted = t.peekHandles(3);
    const got = [0, 1, 2].map(() => t.insert(new Thing(), 0));
    expect(got).toEqual(predicted);
  });
});

describe("invariants", () => {
  it("report a leaked reference", () => {
    const o = new Thing();
    o.registry = space.objects; // as a table's first insert does
    space.objects.add(o);
    o.refs = 1;
    expect(capCheckInvariants(space)).toEqual(["object of kind 3 has refs 1 but 0 names"]);
    o.refs = 0;
    expect(capCheckInvariants(space)).toEqual(["object of kind 3 has no names and was never destroyed"]);
    space.objects.delete(o);
  });
});
