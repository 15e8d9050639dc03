// chapter: 14-processes-capabilities
// The collector of chapter 14: objects that hold names of each other in a cycle outlive their
// last table entry under reference counting alone; a collection destroys exactly the objects no
// table, other holder or pin reaches, through the ordinary release path. And quotas: charged
// per creator, given back on destruction, collecting at the limit only when that is paid for.
import { afterEach, describe, expect, it } from "vitest";
import { KernelObject, objectRelease, objectRetain } from "../../../src/kernel/cap/object.ts";
import { Quota } from "../../../src/kernel/cap/quota.ts";
import { Kind, Rights } from "../../../src/kernel/cap/rights.ts";
import { CapSpace, capCheckInvariants, HandleTable } from "../../../src/kernel/cap/table.ts";

/** An object that holds counted names of others, as a receive end holds its queue's handles. */
class Holder extends KernelObject {
  held: KernelObject[] = [];
  closed = 0;
  constructor() {
    super(Kind.Blob);
  }
  hold(o: KernelObject): void {
    objectRetain(o);
    this.held.push(o);
  }
  override heldNames(): Iterable<KernelObject> {
    return this.held;
  }
  override dropHeldNames(): void {
    for (const o of this.held.splice(0)) objectRelease(o);
  }
  override onLastHandle(): void {
    this.closed++;
    this.dropHeldNames();
  }
}

let space = new CapSpace();

afterEach(() => {
  for (const t of [...space.tables]) t.destroy();
  expect(capCheckInvariants(space)).toEqual([]);
  space = new CapSpace();
});

/** Two holders naming each other, with no table entry left: a cycle. */
function cycle(t: HandleTable): [Holder, Holder] {
  const a = new Holder();
  const b = new Holder();
  const ha = t.insert(a, Rights.READ);
  const hb = t.insert(b, Rights.READ);
  a.hold(b);
  b.hold(a);
  t.remove(ha);
  t.remove(hb);
  return [a, b];
}

describe("a cycle of held names", () => {
  it("outlives its last handle, and the books still balance", () => {
    const t = new HandleTable(space);
    const [a, b] = cycle(t);
    expect([a.destroyed, b.destroyed]).toEqual([false, false]);
    expect(space.objects.size).toBe(2);
    expect(capCheckInvariants(space)).toEqual([]);
  });

  it("is destroyed by a collection, through onLastHandle", () => {
    const t = new HandleTable(space);
    const [a, b] = cycle(t);
    const passenger = new Holder();
    const hp = t.insert(passenger, Rights.READ);
    a.hold(passenger);
    t.remove(hp);
    expect(space.collect()).toBe(3);
    expect([a.closed, b.closed, passenger.closed]).toEqual([1, 1, 1]);
    expect(space.objects.size).toBe(0);
    expect(space.collections).toBe(1);
    expect(space.collected).toBe(3);
  });

  it("is kept while a table, another holder of names or a pin reaches it", () => {
    const t = new HandleTable(space);
    const [a] = cycle(t);
    const h = t.insert(a, Rights.READ);
    expect(space.collect()).toBe(0);
    t.remove(h);
    const outside: KernelObject[] = [a];
    space.registerNameHolder(() => outside);
    objectRetain(a);
    expect(space.collect()).toBe(0);
    outside.length = 0;
    objectRelease(a);
    const [c, d] = cycle(t);
    c.pinned++;
    objectRetain(c);
    expect(space.collect()).toBe(2); // a and b; the pinned c keeps d
    expect([c.destroyed, d.destroyed]).toEqual([false, false]);
    c.pinned--;
    objectRelease(c);
    expect(space.collect()).toBe(2);
  });

  it("is collected when the table that made it is destroyed (a process exits)", () => {
    const t = new HandleTable(space);
    const [a, b] = cycle(t);
    t.destroy();
    expect([a.destroyed, b.destroyed]).toEqual([true, true]);
    expect(space.objects.size).toBe(0);
  });
});

describe("quotas", () => {
  it("take up to the limit, and give back", () => {
    const q = new Quota(2);
    expect([q.take(0), q.take(0), q.take(0)]).toEqual([true, true, false]);
    q.give();
    expect(q.take(0)).toBe(true);
    expect(q.used).toBe(2);
    q.give();
    q.give();
    expect(() => q.give()).toThrow(/quotaGive/);
  });

  it("a full quota whose owner made half its limit since the last collection collects, then charges", () => {
    const t = new HandleTable(space);
    const q = new Quota(4);
    const made: Holder[] = [];
    for (let i = 0; i < 2; i++) {
      for (const h of cycle(t)) {
        expect(space.charge(q)).toBe(true);
        made.push(h);
      }
    }
    // Give the units back when the cycle dies, as a channel does when both its ends close.
    for (const h of made) {
      const close = h.onLastHandle.bind(h);
      h.onLastHandle = () => {
        close();
        q.give();
      };
    }
    expect(space.charge(q)).toBe(true);
    expect(space.collections).toBe(1);
    expect(made.every((h) => h.destroyed)).toBe(true);
    expect(q.used).toBe(1);
  });

  it("a quota filled by objects that are still reachable refuses without collecting", () => {
    const t = new HandleTable(space);
    const q = new Quota(4);
    for (let i = 0; i < 4; i++) {
      expect(space.charge(q)).toBe(true);
      t.insert(new Holder(), Rights.READ);
    }
    space.collect(); // a collection elsewhere (another process's exit)
    expect(space.charge(q)).toBe(false); // nothing made since: no collection is paid for
    expect(space.collections).toBe(1);
  });
});
