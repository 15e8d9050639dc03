// chapter: 26b-disk-root
// Chapter 26b's invariant: the root changes at most once, before any task has seen it. The
// pending mount is chapter 18's FsSpace.ready: the first walk performs it, every walk that
// arrives meanwhile waits, and none goes on until the root is final. Here the walks are driven
// by hand, with a "disk" whose one read waits, so every interleaving is visible.
import { describe, expect, it } from "vitest";
import { CapSpace } from "../../../src/kernel/cap/table.ts";
import type { FileSystem, Io } from "../../../src/kernel/fs/fs.ts";
import { FsSpace } from "../../../src/kernel/fs/vfs.ts";
import { WaitQueue } from "../../../src/kernel/sched/waitqueue.ts";

const archive = { name: "archive" } as unknown as FileSystem;
const disk = { name: "disk" } as unknown as FileSystem;

/** An FsSpace on the archive with a mount pending that waits once on `diskQueue`. */
function space(fails = false) {
  const woken: WaitQueue[] = [];
  const fs = new FsSpace(new CapSpace(), (q) => woken.push(q));
  fs.root = archive;
  const diskQueue = new WaitQueue();
  let mounts = 0;
  fs.pendingMount = function* (): Io<void> {
    mounts++;
    yield diskQueue;
    if (fails && mounts === 1) throw new Error("the disk went away");
    fs.root = disk;
  };
  return { fs, diskQueue, woken, mounts: () => mounts };
}

/** A walk: waits for the root, then reports what it found. */
function* walk(fs: FsSpace, seen: string[]): Io<void> {
  yield* fs.ready();
  seen.push((fs.root as unknown as { name: string }).name);
}

describe("the root changes at most once, before any task has seen it", () => {
  it("walks that arrive during the mount wait for it, and all see the disk", () => {
    const { fs, diskQueue, mounts } = space();
    const seen: string[] = [];
    const first = walk(fs, seen);
    const second = walk(fs, seen);
    expect(first.next().value).toBe(diskQueue); // the first walk performs the mount, which waits
    const waitsOn = second.next().value; // the second waits for the mount, not for the disk
    expect(waitsOn).not.toBe(diskQueue);
    expect(seen).toEqual([]); // nobody has seen a root yet
    expect(first.next().done).toBe(true); // the disk answers: the mount completes
    expect(second.next().done).toBe(true); // woken, the second finds the mount done
    expect(seen).toEqual(["disk", "disk"]);
    expect(mounts()).toBe(1);
    const later: string[] = [];
    expect(walk(fs, later).next().done).toBe(true); // later walks do not wait at all
    expect(later).toEqual(["disk"]);
  });

  it("wakes the waiting walks when the mount ends", () => {
    const { fs, woken } = space();
    const first = walk(fs, []);
    const second = walk(fs, []);
    first.next();
    const q = second.next().value;
    first.next();
    expect(woken).toContain(q);
  });

  it("a mount that fails stays pending, and the next walk performs it", () => {
    const { fs, mounts } = space(true);
    const seen: string[] = [];
    const first = walk(fs, seen);
    first.next();
    expect(() => first.next()).toThrow("the disk went away");
    expect(fs.root).toBe(archive); // nothing changed, and nobody saw a root
    expect(seen).toEqual([]);
    const second = walk(fs, seen);
    second.next();
    expect(second.next().done).toBe(true);
    expect(mounts()).toBe(2);
    expect(seen).toEqual(["disk"]);
  });
});
