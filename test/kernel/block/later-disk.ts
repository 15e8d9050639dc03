// Not a test: a disk the tests complete by hand, an Io stepper, and the cache built over them —
// shared by the cache's tests (chapter 25) and the lab cache-readahead.
import type { BlockDevice, BlockRequest } from "../../../src/kernel/block/device.ts";
import { BlockCache } from "../../../src/kernel/block/cache.ts";
import { Status } from "../../../src/kernel/lib/status.ts";
import type { WaitQueue } from "../../../src/kernel/sched/waitqueue.ts";

/** A disk whose requests wait in `pending` until the test completes them; `depth` slots. */
export class LaterDisk implements BlockDevice {
  readonly name = "later0";
  readonly readOnly = false;
  readonly writeCache = true;
  readonly pending: BlockRequest[] = [];
  readonly log: string[] = [];
  readonly bytes: Uint8Array;
  readonly sectors: number;
  readonly depth: number;
  constructor(sectors: number, depth = 32) {
    this.sectors = sectors;
    this.depth = depth;
    this.bytes = new Uint8Array(sectors * 512);
  }
  submit(req: BlockRequest): boolean {
    if (this.pending.length >= this.depth) return false;
    this.pending.push(req);
    return true;
  }
  /** Completes the i-th pending request. */
  complete(i = 0, status: Status = Status.OK): BlockRequest {
    const [req] = this.pending.splice(i, 1);
    const at = req.sector * 512;
    if (status === Status.OK && req.op === "read") req.buffer.set(this.bytes.subarray(at, at + req.buffer.length));
    if (status === Status.OK && req.op === "write") this.bytes.set(req.buffer, at);
    this.log.push(`${req.op} ${req.sector / 8}`);
    req.done(status);
    return req;
  }
  completeAll(): void {
    while (this.pending.length > 0) this.complete();
  }
}

/** Steps an Io generator by hand: what it yielded, or its result. */
export class Op<T> {
  result: T | undefined;
  done = false;
  waitingOn: WaitQueue | null = null;
  private readonly gen: Generator<unknown, T, void>;
  constructor(gen: Generator<unknown, T, void>) {
    this.gen = gen;
    this.step();
  }
  step(): this {
    const r = this.gen.next();
    if (r.done) {
      this.done = true;
      this.result = r.value;
      this.waitingOn = null;
    } else {
      // Sleep on it as a task would: the cache wakes only queues with a task on them.
      this.waitingOn = r.value as WaitQueue;
      (this.waitingOn.tasks as unknown[]).push(this);
    }
    return this;
  }
}

export function setup(opts: { capacity?: number; depth?: number; readAhead?: number; blocks?: number } = {}) {
  const disk = new LaterDisk((opts.blocks ?? 256) * 8, opts.depth);
  const woken: WaitQueue[] = [];
  const wake = (q: WaitQueue): void => {
    woken.push(q);
    q.tasks.length = 0;
  };
  const cache = new BlockCache(disk, opts.capacity ?? 16, wake, opts.readAhead ?? 0);
  return { disk, cache, woken };
}

