// chapter: 15-ipc
import { beforeEach, describe, expect, it } from "vitest";
import { KernelObject } from "../../../src/kernel/cap/object.ts";
import { Kind, Rights } from "../../../src/kernel/cap/rights.ts";
import { Quota } from "../../../src/kernel/cap/quota.ts";
import { CapSpace, capCheckInvariants, HandleTable } from "../../../src/kernel/cap/table.ts";
import {
  CHANNEL_QUEUE_MAX,
  type ChannelEnd,
  channelCreate,
  channelRecvCommit,
  channelRecvPeek,
  channelSend,
  ipcCheckInvariants,
  ChannelSpace,
  type Waker,
} from "../../../src/kernel/ipc/channel.ts";
import { Status } from "../../../src/kernel/lib/status.ts";
import type { WaitQueue } from "../../../src/kernel/sched/waitqueue.ts";

class Blob extends KernelObject {
  closed = false;
  constructor() {
    super(Kind.Blob);
  }
  override onLastHandle(): void {
    this.closed = true;
  }
}

const woken: WaitQueue[] = [];
const waker: Waker = {
  wakeAll(q) {
    woken.push(q);
    return 0;
  },
};

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const str = (b: Uint8Array): string => new TextDecoder().decode(b);

function pair(caps: HandleTable): [number, number] {
  const r = channelCreate(caps, ipc, quota);
  if (typeof r === "number") throw new Error(`channelCreate: ${r}`);
  return r;
}

function recv(caps: HandleTable, h: number, size = 256, maxHandles = 4): { data: string; handles: number[] } | Status {
  const plan = channelRecvPeek(caps, h, size, maxHandles);
  if (typeof plan === "number") return plan;
  channelRecvCommit(caps, plan);
  return { data: str(plan.message.data), handles: plan.handles };
}

function endOf(caps: HandleTable, h: number): ChannelEnd {
  const e = caps.lookupAny(h, 0);
  if (typeof e === "number") throw new Error("no end");
  return e.object as ChannelEnd;
}

let space = new CapSpace();
let ipc = new ChannelSpace(space, waker);
let quota = new Quota(64);

beforeEach(() => {
  space = new CapSpace();
  ipc = new ChannelSpace(space, waker);
  quota = new Quota(64);
  woken.length = 0;
});

const booksBalance = (): void => {
  expect(capCheckInvariants(space)).toEqual([]);
  expect(ipcCheckInvariants(ipc)).toEqual([]);
};

describe("a new channel", () => {
  it("has a send end {WRITE,TRANSFER,DERIVE} and a receive end {READ,TRANSFER,DERIVE}", () => {
    const caps = new HandleTable(space);
    const [s, r] = pair(caps);
    expect(caps.query(s)).toMatchObject({ kind: Kind.Channel, rights: Rights.WRITE | Rights.TRANSFER | Rights.DERIVE });
    expect(caps.query(r)).toMatchObject({ kind: Kind.Channel, rights: Rights.READ | Rights.TRANSFER | Rights.DERIVE });
    booksBalance();
  });

  it("needs two free slots", () => {
    const caps = new HandleTable(space, 1);
    expect(channelCreate(caps, ipc, quota)).toBe(Status.NO_RESOURCE);
    booksBalance();
  });

  it("is charged to its creator's quota until both ends are closed, and the check counts it", () => {
    const caps = new HandleTable(space);
    const small = new Quota(1);
    const [s, r] = channelCreate(caps, ipc, small) as [number, number];
    expect(channelCreate(caps, ipc, small)).toBe(Status.NO_RESOURCE);
    expect(caps.count).toBe(2);
    small.used++;
    expect(ipcCheckInvariants(ipc)).toEqual(["a channel quota counts 2 channels, 1 are open"]);
    small.used--;
    caps.remove(s);
    expect(small.used).toBe(1);
    caps.remove(r);
    expect(small.used).toBe(0);
    booksBalance();
  });
});

describe("messages", () => {
  it("arrive in order; empty is WOULD_BLOCK; full is WOULD_BLOCK", () => {
    const caps = new HandleTable(space);
    const [s, r] = pair(caps);
    expect(recv(caps, r)).toBe(Status.WOULD_BLOCK);
    for (let i = 0; i < CHANNEL_QUEUE_MAX; i++) expect(channelSend(caps, s, bytes(`m${i}`), [], 1)).toBe(Status.OK);
    expect(channelSend(caps, s, bytes("over"), [], 1)).toBe(Status.WOULD_BLOCK);
    for (let i = 0; i < CHANNEL_QUEUE_MAX; i++) expect(recv(caps, r)).toEqual({ data: `m${i}`, handles: [] });
    expect(recv(caps, r)).toBe(Status.WOULD_BLOCK);
    booksBalance();
  });

  it("oversize messages are refused; a small buffer leaves the message queued", () => {
    const caps = new HandleTable(space);
    const [s, r] = pair(caps);
    expect(channelSend(caps, s, new Uint8Array(257), [], 1)).toBe(Status.MSG_TOO_LARGE);
    expect(channelSend(caps, s, new Uint8Array(256), [], 1)).toBe(Status.OK);
    expect(recv(caps, r, 255)).toBe(Status.MSG_TOO_LARGE);
    expect(recv(caps, r, 256)).not.toBeTypeOf("number");
    expect(channelSend(caps, s, bytes("x"), [1, 2, 3, 4, 5], 1)).toBe(Status.MSG_TOO_LARGE);
  });

  it("ends are checked: recv on the send end, send on the receive end", () => {
    const caps = new HandleTable(space);
    const [s, r] = pair(caps);
    expect(channelSend(caps, r, bytes("x"), [], 1)).toBe(Status.PERMISSION);
    expect(recv(caps, s)).toBe(Status.PERMISSION);
    const ro = caps.derive(r, Rights.READ);
    expect(caps.derive(ro, Rights.READ)).toBe(Status.PERMISSION);
  });
});

describe("closing", () => {
  it("closing the send end: queued messages still arrive, then CHANNEL_CLOSED; readers woken", () => {
    const caps = new HandleTable(space);
    const [s, r] = pair(caps);
    channelSend(caps, s, bytes("last"), [], 1);
    caps.remove(s);
    expect(woken).toContain(endOf(caps, r).channel.readers);
    expect(recv(caps, r)).toMatchObject({ data: "last" });
    expect(recv(caps, r)).toBe(Status.CHANNEL_CLOSED);
    booksBalance();
  });

  it("closing the receive end: senders get CHANNEL_CLOSED and are woken", () => {
    const caps = new HandleTable(space);
    const [s, r] = pair(caps);
    const ch = endOf(caps, s).channel;
    caps.remove(r);
    expect(woken).toContain(ch.writers);
    expect(channelSend(caps, s, bytes("x"), [], 1)).toBe(Status.CHANNEL_CLOSED);
    booksBalance();
  });

  it("handles in undelivered messages are released when the receive end closes", () => {
    const a = new HandleTable(space);
    const [s, r] = pair(a);
    const blob = new Blob();
    const bh = a.insert(blob, Rights.READ | Rights.TRANSFER);
    expect(channelSend(a, s, bytes("gift"), [bh], 1)).toBe(Status.OK);
    expect(blob.closed).toBe(false);
    booksBalance();
    a.remove(r);
    expect(blob.closed).toBe(true);
    booksBalance();
  });
});

describe("handle transfer", () => {
  it("a receive end sent through another channel still works, and carries a gift", () => {
    const a = new HandleTable(space);
    const [s, r] = pair(a);
    const [s2, r2] = pair(a);
    const bh = a.insert(new Blob(), Rights.READ | Rights.TRANSFER);
    expect(channelSend(a, s, bytes("gift"), [bh], 1)).toBe(Status.OK);
    expect(a.lookupAny(bh, 0)).toBe(Status.INVALID_HANDLE);
    expect(channelSend(a, s2, bytes("here is your end"), [r], 1)).toBe(Status.OK);
    const got = recv(a, r2);
    if (typeof got === "number") throw new Error("recv end");
    const msg = recv(a, got.handles[0]);
    if (typeof msg === "number") throw new Error("recv gift");
    expect(msg.data).toBe("gift");
    expect(a.query(msg.handles[0])).toMatchObject({ kind: Kind.Blob, rights: Rights.READ | Rights.TRANSFER });
    booksBalance();
  });

  it("between two tables", () => {
    const a = new HandleTable(space);
    const b = new HandleTable(space);
    const [s, rA] = pair(a);
    // give b the receive end: take from a, adopt into b (what a message delivery does)
    const entry = a.take(rA);
    if (typeof entry === "number") throw new Error("take");
    const r = b.adopt(entry);
    const bh = a.insert(new Blob(), Rights.READ | Rights.TRANSFER | Rights.DERIVE);
    expect(channelSend(a, s, bytes("x"), [bh], 1)).toBe(Status.OK);
    const got = recv(b, r);
    if (typeof got === "number") throw new Error("recv");
    expect(b.query(got.handles[0])).toMatchObject({ kind: Kind.Blob });
    expect(a.lookupAny(bh, 0)).toBe(Status.INVALID_HANDLE);
    booksBalance();
  });

  it("is all or nothing: one handle without TRANSFER moves none", () => {
    const a = new HandleTable(space);
    const [s, r] = pair(a);
    const ok1 = a.insert(new Blob(), Rights.TRANSFER);
    const ok2 = a.insert(new Blob(), Rights.TRANSFER);
    const bad = a.insert(new Blob(), Rights.READ);
    expect(channelSend(a, s, bytes("x"), [ok1, ok2, bad], 1)).toBe(Status.PERMISSION);
    for (const h of [ok1, ok2, bad]) expect(a.lookupAny(h, 0)).not.toBeTypeOf("number");
    expect(recv(a, r)).toBe(Status.WOULD_BLOCK);
    expect(channelSend(a, s, bytes("x"), [ok1, 0xdead], 1)).toBe(Status.INVALID_HANDLE);
    expect(a.lookupAny(ok1, 0)).not.toBeTypeOf("number");
    booksBalance();
  });

  it("refuses duplicates, the sending handle, and the channel's own receive end", () => {
    const a = new HandleTable(space);
    const [s, r] = pair(a);
    const x = a.insert(new Blob(), Rights.TRANSFER);
    expect(channelSend(a, s, bytes(""), [x, x], 1)).toBe(Status.INVALID_ARG);
    expect(channelSend(a, s, bytes(""), [s], 1)).toBe(Status.INVALID_ARG);
    expect(channelSend(a, s, bytes(""), [r], 1)).toBe(Status.INVALID_ARG);
    const r2 = a.derive(r, Rights.READ | Rights.TRANSFER);
    expect(channelSend(a, s, bytes(""), [r2], 1)).toBe(Status.INVALID_ARG);
    booksBalance();
  });

  it("a receiver without room gets NO_RESOURCE and the message stays", () => {
    const a = new HandleTable(space);
    const b = new HandleTable(space, 2);
    const [s, rA] = pair(a);
    const entry = a.take(rA) as { object: KernelObject; rights: number };
    const r = b.adopt(entry);
    b.insert(new Blob(), 0);
    const x = a.insert(new Blob(), Rights.TRANSFER);
    channelSend(a, s, bytes("x"), [x], 1);
    expect(recv(b, r)).toBe(Status.NO_RESOURCE);
    expect(recv(b, r, 256, 0)).toBe(Status.MSG_TOO_LARGE);
    booksBalance();
  });
});
