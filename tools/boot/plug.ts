// npm run boot's power plug (chapter 27): the disk sits behind chapter 7's VolatileBlockStore, a
// write cache that only a FLUSH empties, and `--pull-plug AT` cuts the power at an instruction
// count, after a seeded number of disk writes, or when the input is used up. What reached the
// medium before the cut — every write a FLUSH covered, the cache's oldest writes it had to make
// room for, and a seeded subset of the rest, in a seeded order (a disk may write its cache in any
// order) — is all the image holds afterwards.
import type { BlockStore } from "../../src/emulator/devices/virtio/blk.ts";
import { Xoshiro128 } from "../../src/emulator/devices/virtio/rng.ts";
import type { VolatileBlockStore } from "../../src/emulator/devices/virtio/volatile-store.ts";
import { UsageError } from "../lib/args.ts";

/** When the plug is pulled: at an instruction count, just after the nth disk write, or at the input's end. */
export type PlugPoint = { instructions: number } | { write: number } | "end";

/** The most writes a `random` point waits for: a few commits of a program that writes. */
const RANDOM_WRITES = 200;

/** Parses --pull-plug: a count of instructions (`250M`, `1.5G`, `40000`), `random` (seeded) or `end`. */
export function plugPoint(text: string, seed: number): PlugPoint {
  if (text === "end") return "end";
  if (text === "random") return { write: 1 + (new Xoshiro128(seed ^ 0x9106).next() % RANDOM_WRITES) };
  const m = /^(\d+(?:\.\d+)?)([kMG]?)$/.exec(text);
  if (m === null) throw new UsageError(`--pull-plug: expected an instruction count (such as 250M), random or end, got "${text}"`);
  const scale = { "": 1, k: 1e3, M: 1e6, G: 1e9 }[m[2]] ?? 1;
  return { instructions: Math.round(Number(m[1]) * scale) };
}

/** What the cut did, for the line boot prints. */
export interface PlugReport {
  instructions: number;
  writes: number;
  lost: number;
  kept: number;
}

/**
 * The store the device sees: every write and FLUSH passes through to the volatile disk until the
 * plug is pulled, after which nothing does (a disk without power writes nothing).
 */
export class PowerPlug implements BlockStore {
  readonly disk: VolatileBlockStore;
  report: PlugReport | null = null;
  private readonly point: PlugPoint;
  private readonly seed: number;
  private readonly instructions: () => number;
  private readonly trace: ((line: string) => void) | null;
  private writes = 0;

  constructor(disk: VolatileBlockStore, point: PlugPoint, seed: number, instructions: () => number, trace: ((line: string) => void) | null = null) {
    this.disk = disk;
    this.point = point;
    this.seed = seed;
    this.instructions = instructions;
    this.trace = trace;
    disk.clock = instructions;
  }
  get size(): number {
    return this.disk.size;
  }
  get pulled(): boolean {
    return this.report !== null;
  }
  read(offset: number, dst: Uint8Array): void {
    this.disk.read(offset, dst);
  }
  write(offset: number, src: Uint8Array): void {
    if (this.due()) this.pull();
    if (this.pulled) return;
    this.disk.write(offset, src);
    this.writes++;
    this.trace?.(`[disk] write at instruction ${this.instructions()}: block ${Math.floor(offset / 4096)} (${src.length} bytes)`);
    if (typeof this.point === "object" && "write" in this.point && this.writes >= this.point.write) this.pull();
  }
  flush(): void {
    if (this.due()) this.pull();
    if (this.pulled) return;
    this.trace?.(`[disk] FLUSH at instruction ${this.instructions()}: ${this.disk.cached.length} cached writes made stable`);
    this.disk.flush();
  }

  /** True once the machine has passed the instruction count the plug waits for. */
  due(): boolean {
    return !this.pulled && typeof this.point === "object" && "instructions" in this.point && this.instructions() >= this.point.instructions;
  }

  /** Cuts the power: a seeded half of the cached writes reach the medium, in a seeded order; the rest are lost. */
  pull(): PlugReport {
    if (this.report !== null) return this.report;
    const rng = new Xoshiro128(this.seed ^ 0x0ff);
    const keep = this.disk.cached.filter(() => rng.next() % 2 === 0).map((w) => w.seq);
    for (let i = keep.length - 1; i > 0; i--) {
      const j = rng.next() % (i + 1);
      [keep[i], keep[j]] = [keep[j], keep[i]];
    }
    const lost = this.disk.powerCut(keep);
    this.report = { instructions: this.instructions(), writes: this.writes, lost, kept: keep.length };
    return this.report;
  }
}

/** The line boot prints after a pulled plug. */
export function plugLine(r: PlugReport): string {
  return `boot: the plug was pulled at instruction ${r.instructions}, after ${r.writes} disk writes: ${r.lost} writes in the disk's cache were lost, ${r.kept} reached the disk in some order\n`;
}
