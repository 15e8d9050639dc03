// chapter: 15-ipc
import { beforeEach, describe, expect, it } from "vitest";
import { Kind, Rights } from "../../../src/kernel/cap/rights.ts";
import { CapSpace, capCheckInvariants, HandleTable } from "../../../src/kernel/cap/table.ts";
import { type ChannelEnd, ChannelSpace, channelCreate, channelSend, type Waker } from "../../../src/kernel/ipc/channel.ts";
import {
  HANDLE_CONSOLE,
  HANDLE_NETWORK,
  POLL_CHANNEL_READ,
  POLL_CHANNEL_WRITE,
  POLL_CONSOLE_INPUT,
  POLL_HANDLE_CLOSED,
  POLL_SET_MAX,
  POLL_TIMER,
  type PollSet,
  type PollWaitState,
  type PseudoSource,
  pollAdd,
  pollCreate,
  pollRemove,
  pollWaitStep,
} from "../../../src/kernel/ipc/poll.ts";
import type { Kernel } from "../../../src/kernel/kernel.ts";
import { Status } from "../../../src/kernel/lib/status.ts";
import { TimerObject } from "../../../src/kernel/sched/timer.ts";
import { Quota } from "../../../src/kernel/cap/quota.ts";
import { WaitQueue } from "../../../src/kernel/sched/waitqueue.ts";

const waker: Waker = { wakeAll: () => 0 };
const consoleQueue = new WaitQueue();
let consoleInput = 0;
const pseudo = (h: number): PseudoSource | null =>
  h === HANDLE_CONSOLE ? { event: POLL_CONSOLE_INPUT, ready: () => consoleInput > 0, queue: consoleQueue } : null;

let caps: HandleTable;
let set: number;
let send: number;
let recv: number;

let space = new CapSpace();
let ipc = new ChannelSpace(space, waker);

beforeEach(() => {
  space = new CapSpace();
  ipc = new ChannelSpace(space, waker);
  consoleInput = 0;
  caps = new HandleTable(space);
  set = pollCreate(caps);
  const r = channelCreate(caps, ipc, new Quota(64));
  if (typeof r === "number") throw new Error("channelCreate");
  [send, recv] = r;
});

const setObject = (): PollSet => (caps.lookup(set, Kind.Poll, 0) as unknown as { object: PollSet }).object;

/** Runs poll_wait as the dispatcher would: restarting until it completes, advancing virtual time. */
function waitUntilDone(timeoutMs: number, startMs: number, events: (nowMs: number) => void): { at: number; count: number; blocks: number } {
  let state: PollWaitState | null = null;
  let now = startMs;
  let blocks = 0;
  for (;;) {
    events(now);
    const { step, state: st } = pollWaitStep(setObject(), 16, timeoutMs, now, state, pseudo);
    state = st;
    if (step.kind === "ready") return { at: now, count: step.events.length, blocks };
    if (step.kind === "timeout") return { at: now, count: 0, blocks };
    blocks++;
    // A spurious wake every 7 ms (another task's event on a shared queue), else the deadline.
    now = step.deadline < 0 ? now + 7 : Math.min(step.deadline, now + 7);
    if (blocks > 1000) throw new Error("never finished");
  }
}

describe("poll_add and poll_remove", () => {
  it("check masks against handles", () => {
    expect(pollAdd(caps, set, recv, POLL_CHANNEL_READ, pseudo)).toBe(Status.OK);
    expect(pollAdd(caps, set, recv, POLL_CHANNEL_WRITE, pseudo)).toBe(Status.PERMISSION);
    expect(pollAdd(caps, set, send, POLL_CHANNEL_READ, pseudo)).toBe(Status.PERMISSION);
    expect(pollAdd(caps, set, send, 0, pseudo)).toBe(Status.INVALID_ARG);
    expect(pollAdd(caps, set, send, 0x40, pseudo)).toBe(Status.INVALID_ARG);
    expect(pollAdd(caps, set, set, POLL_CHANNEL_READ, pseudo)).toBe(Status.WRONG_TYPE);
    expect(pollAdd(caps, set, 0x1234, POLL_CHANNEL_READ, pseudo)).toBe(Status.INVALID_HANDLE);
    expect(pollAdd(caps, set, HANDLE_CONSOLE, POLL_CONSOLE_INPUT, pseudo)).toBe(Status.OK);
    expect(pollAdd(caps, set, HANDLE_CONSOLE, POLL_CHANNEL_READ, pseudo)).toBe(Status.INVALID_ARG);
    expect(pollAdd(caps, set, HANDLE_NETWORK, 16, pseudo)).toBe(Status.NOT_SUPPORTED);
    expect(pollAdd(caps, recv, send, POLL_CHANNEL_WRITE, pseudo)).toBe(Status.WRONG_TYPE);
    expect(pollRemove(caps, set, recv)).toBe(Status.OK);
    expect(pollRemove(caps, set, recv)).toBe(Status.NOT_FOUND);
  });

  it("a set holds 16 entries, then POLL_FULL; re-adding updates the mask", () => {
    const handles: number[] = [];
    for (let i = 0; i < POLL_SET_MAX; i++) {
      const r = channelCreate(caps, ipc, new Quota(64)) as [number, number];
      handles.push(r[1]);
      expect(pollAdd(caps, set, r[1], POLL_CHANNEL_READ, pseudo)).toBe(Status.OK);
    }
    expect(pollAdd(caps, set, recv, POLL_CHANNEL_READ, pseudo)).toBe(Status.POLL_FULL);
    expect(pollAdd(caps, set, handles[0], POLL_CHANNEL_READ, pseudo)).toBe(Status.OK);
  });

  it("a handle without WRITE on the set cannot change it", () => {
    const ro = caps.derive(set, Rights.READ);
    expect(pollAdd(caps, ro, recv, POLL_CHANNEL_READ, pseudo)).toBe(Status.PERMISSION);
    expect(caps.query(set)).toMatchObject({ rights: Rights.READ | Rights.WRITE | Rights.DERIVE });
  });
});

describe("poll_wait with virtual time", () => {
  it("timeout 0 reports nothing at once", () => {
    pollAdd(caps, set, recv, POLL_CHANNEL_READ, pseudo);
    expect(waitUntilDone(0, 1000, () => {})).toEqual({ at: 1000, count: 0, blocks: 0 });
  });

  it("a 100 ms timeout ends at exactly +100 ms despite spurious wakeups", () => {
    pollAdd(caps, set, recv, POLL_CHANNEL_READ, pseudo);
    const r = waitUntilDone(100, 5000, () => {});
    expect(r.at).toBe(5100);
    expect(r.count).toBe(0);
    expect(r.blocks).toBeGreaterThan(1);
  });

  it("a message ends the wait before the deadline", () => {
    pollAdd(caps, set, recv, POLL_CHANNEL_READ, pseudo);
    const r = waitUntilDone(1000, 0, (now) => {
      if (now >= 30 && now < 37) channelSend(caps, send, new Uint8Array(1), [], 1);
    });
    expect(r).toMatchObject({ at: 35, count: 1 });
  });

  it("infinite wait sleeps on the channel's readers queue, ends on console input", () => {
    pollAdd(caps, set, recv, POLL_CHANNEL_READ, pseudo);
    pollAdd(caps, set, HANDLE_CONSOLE, POLL_CONSOLE_INPUT, pseudo);
    const first = pollWaitStep(setObject(), 16, -1, 0, null, pseudo);
    const end = (caps.lookupAny(recv, 0) as unknown as { object: ChannelEnd }).object;
    expect(first.step).toEqual({ kind: "block", queues: [end.channel.readers, consoleQueue], deadline: -1 });
    const r = waitUntilDone(-1, 0, (now) => {
      if (now > 200) consoleInput = 1;
    });
    expect(r.count).toBe(1);
  });

  it("reports events with requested and triggered masks; send ends are writable", () => {
    pollAdd(caps, set, send, POLL_CHANNEL_WRITE, pseudo);
    pollAdd(caps, set, recv, POLL_CHANNEL_READ, pseudo);
    const { step } = pollWaitStep(setObject(), 16, 0, 0, null, pseudo);
    expect(step).toEqual({ kind: "ready", events: [{ handle: send, requested: 2, triggered: 2 }] });
  });

  it("a closed send end makes the receive end readable (recv will say CHANNEL_CLOSED)", () => {
    pollAdd(caps, set, recv, POLL_CHANNEL_READ, pseudo);
    caps.remove(send);
    const { step } = pollWaitStep(setObject(), 16, -1, 0, null, pseudo);
    expect(step.kind).toBe("ready");
  });

  it("a closed handle is reported with POLL_HANDLE_CLOSED instead of sleeping forever", () => {
    pollAdd(caps, set, recv, POLL_CHANNEL_READ, pseudo);
    caps.remove(recv);
    const { step } = pollWaitStep(setObject(), 16, -1, 0, null, pseudo);
    expect(step).toEqual({ kind: "ready", events: [{ handle: recv, requested: 1, triggered: POLL_HANDLE_CLOSED }] });
  });

  it("timers fire as TIMER events", () => {
    const fakeKernel = { timers: new Set() } as unknown as Kernel;
    const quota = new Quota(1);
    quota.take(0);
    const t = new TimerObject(fakeKernel, 50, quota);
    const th = caps.insert(t, Rights.READ);
    expect(pollAdd(caps, set, th, POLL_TIMER, pseudo)).toBe(Status.OK);
    const r = waitUntilDone(-1, 0, (now) => {
      if (now >= 50) t.fired = true;
    });
    expect(r).toMatchObject({ at: 56, count: 1 });
  });

  it("closing everything balances the books", () => {
    caps.destroy();
    expect(capCheckInvariants(space)).toEqual([]);
  });
});
