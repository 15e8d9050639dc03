// chapter: 18-bootfs
// Per-process limits (chapter 16, "Limits"): a process at its limit of channels, timers, handles
// or pages is refused, and another process still gets each of them. Played through real system
// calls and demand faults on the fake machine.
import { describe, expect, it } from "vitest";
import { Status } from "../../../src/kernel/lib/status.ts";
import { FaultKind } from "../../../src/kernel/lib/fault.ts";
import { HEAP_BASE } from "../../../src/kernel/mm/aspace.ts";
import { DEFAULT_LIMITS, processLimits } from "../../../src/kernel/viper/process.ts";
import { SYS } from "../../../src/machine/abi.ts";
import { PAGE_SIZE } from "../../../src/machine/memory-map.ts";
import { FakeMachine } from "../../../tools/fuzz/fake-machine.ts";
import { booksBalance, FILES, spawnChild } from "../fake-calls.ts";

/** Repeats `call` until it fails; the x1 and x2 of each success, and the failing status. */
function untilRefused(call: () => { status: number; x1: bigint; x2: bigint }): { made: [number, number][]; refused: number } {
  const made: [number, number][] = [];
  for (;;) {
    const r = call();
    if (r.status !== Status.OK) return { made, refused: r.status };
    made.push([Number(r.x1), Number(r.x2)]);
  }
}

/** Spawns /child and lets it run; its pid. */
function runChild(m: FakeMachine): number {
  const pid = spawnChild(m);
  expect(m.tickUntil(() => m.running()?.proc.pid === pid)).toBe(true);
  return pid;
}

describe("a process at its limit", () => {
  it("of channels gets NO_RESOURCE; another still makes channels, and so does it after closing one", () => {
    const m = new FakeMachine({ files: FILES });
    const { made, refused } = untilRefused(() => m.syscall(SYS.channel_create));
    expect(refused).toBe(Status.NO_RESOURCE);
    expect(made.length).toBe(DEFAULT_LIMITS.channels);
    runChild(m);
    expect(m.syscall(SYS.channel_create).status).toBe(Status.OK);
    expect(m.tickUntil(() => m.running()?.proc.pid === 1)).toBe(true);
    const [s, r] = made[0];
    expect(m.syscall(SYS.channel_close, s).status).toBe(Status.OK);
    expect(m.syscall(SYS.channel_create).status).toBe(Status.NO_RESOURCE); // its receive end is open
    expect(m.syscall(SYS.channel_close, r).status).toBe(Status.OK);
    expect(m.syscall(SYS.channel_create).status).toBe(Status.OK);
    booksBalance(m);
  });

  it("of timers gets NO_RESOURCE; another still makes timers", () => {
    const m = new FakeMachine({ files: FILES });
    const { made, refused } = untilRefused(() => m.syscall(SYS.timer_create, 1000));
    expect(refused).toBe(Status.NO_RESOURCE);
    expect(made.length).toBe(DEFAULT_LIMITS.timers);
    runChild(m);
    expect(m.syscall(SYS.timer_create, 1000).status).toBe(Status.OK);
    expect(m.tickUntil(() => m.running()?.proc.pid === 1)).toBe(true);
    expect(m.syscall(SYS.timer_cancel, made[0][0]).status).toBe(Status.OK);
    expect(m.syscall(SYS.timer_create, 1000).status).toBe(Status.OK);
    booksBalance(m);
  });

  it("of handles gets NO_RESOURCE; another still gets handles", () => {
    const m = new FakeMachine({ files: FILES });
    const root = m.syscall(SYS.fs_open_root);
    expect(root.status).toBe(Status.OK);
    const { refused } = untilRefused(() => m.syscall(SYS.cap_derive, root.x1, 0));
    expect(refused).toBe(Status.NO_RESOURCE);
    expect(m.running()?.proc.handles.free).toBe(0);
    runChild(m);
    expect(m.syscall(SYS.channel_create).status).toBe(Status.OK);
    expect(m.syscall(SYS.fs_open_root).status).toBe(Status.OK);
    booksBalance(m);
  });

  it("of pages is refused by sbrk and killed at its demand fault; another still maps pages", () => {
    const m = new FakeMachine({ files: FILES });
    const limit = processLimits(m.k.pmm.totalPages).memoryPages;
    expect(limit).toBe(Math.floor(m.k.pmm.totalPages / 2)); // a 64 MiB machine: half, not 96 MiB
    const hog = runChild(m);
    const space = m.running()!.proc.aspace;
    expect(space.pageLimit).toBe(limit);
    expect(m.syscall(SYS.sbrk, (limit + 1) * PAGE_SIZE).status).toBe(Status.NO_MEMORY);
    expect(m.syscall(SYS.sbrk, limit * PAGE_SIZE).status).toBe(Status.OK);
    let touched = 0;
    while (m.k.procs.get(hog)?.state === 2 && touched <= limit) {
      m.abort(BigInt(HEAP_BASE + touched * PAGE_SIZE), 0x07, { write: true });
      touched++;
    }
    expect(touched).toBeLessThanOrEqual(limit);
    expect(m.k.procs.get(hog)?.fault?.kind).toBe(FaultKind.OUT_OF_MEMORY);
    expect(m.k.pmm.freePages).toBeGreaterThan(0);
    // init still maps heap pages.
    expect(m.tickUntil(() => m.running()?.proc.pid === 1)).toBe(true);
    expect(m.syscall(SYS.sbrk, 16 * PAGE_SIZE).status).toBe(Status.OK);
    for (let i = 0; i < 16; i++) m.poke(HEAP_BASE + i * PAGE_SIZE, new Uint8Array([i]));
    expect(m.peek(HEAP_BASE + 15 * PAGE_SIZE, 1)[0]).toBe(15);
  });
});
