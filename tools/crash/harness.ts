// The crash harness (chapter 27), after CrashMonkey and dm-log-writes: run a workload on a
// recording disk, then for many crash states — every prefix of its writes, and seeded subsets in
// seeded orders of the writes its last FLUSH had not made stable — mount (replaying the journal),
// run fsck, and hold the recovered tree against the workload's snapshots.
import { BLOCK_SIZE, BlockCache } from "../../src/kernel/block/cache.ts";
import { RamDisk } from "../../src/kernel/block/ramdisk.ts";
import { runNow } from "../../src/kernel/fs/fs.ts";
import { Status } from "../../src/kernel/lib/status.ts";
import type { JournalFault } from "../../src/kernel/viperfs/journal.ts";
import { fsck } from "../../src/kernel/viperfs/fsck.ts";
import { mkfs } from "../../src/kernel/viperfs/mkfs.ts";
import { ViperFs } from "../../src/kernel/viperfs/viperfs.ts";
import { type DiskEvent, imageWith, RecordingDisk } from "./disk.ts";
import { Driver, type Point, Rng, snapshot, type Tree, type Workload } from "./workloads.ts";

const CACHE_BLOCKS = 64;
const CLOCK = () => 1_800_000_000;

/** A crash state: which writes reached the disk, and the FLUSHes among the events before it. */
export interface CrashState {
  label: string;
  /** The crash came after this many events. */
  at: number;
  /** The events after the last FLUSH before `at` start here (all before it are stable). */
  stable: number;
  writes: DiskEvent[];
}

export interface WorkloadRun {
  base: Uint8Array;
  events: DiskEvent[];
  points: Point[];
}

/** Formats a volume, runs `w` on it with the journal (or a broken one), and records its writes. */
export function record(w: Workload, seed: number, fault: JournalFault | "off" = "none"): WorkloadRun {
  const bytes = new Uint8Array(w.blocks * BLOCK_SIZE);
  const disk = new RecordingDisk(bytes);
  const cache = new BlockCache(disk, CACHE_BLOCKS, () => {}, 0);
  const made = runNow(mkfs(cache, { clock: CLOCK, journalBlocks: w.journalBlocks }));
  if (made !== Status.OK) throw new Error(`${w.name}: mkfs: ${made}`);
  const fs = runNow(ViperFs.mount(cache, { clock: CLOCK, journal: fault }));
  if (typeof fs === "number") throw new Error(`${w.name}: mount failed: ${fs}`);
  const base = bytes.slice();
  disk.recording = true;
  const d = new Driver(fs, disk, new Rng(seed));
  w.run(d);
  disk.recording = false;
  return { base, events: disk.events, points: d.points };
}

/**
 * Up to `budget` crash states of `run`: a third prefixes (evenly spread if there are more), a
 * third "all but one" — the power fails just before a FLUSH and exactly one write since the last
 * FLUSH is lost — and the rest seeded subsets of the writes since the last FLUSH, in seeded orders.
 */
export function crashStates(run: WorkloadRun, budget: number, rng: Rng): CrashState[] {
  const { events } = run;
  const lastFlush: number[] = []; // lastFlush[k]: events before the crash at k that are stable
  let stable = 0;
  for (let k = 0; k <= events.length; k++) {
    lastFlush.push(stable);
    if (k < events.length && events[k].op === "flush") stable = k + 1;
  }
  const out: CrashState[] = [];
  const prefixes = Math.min(events.length + 1, Math.ceil(budget / 3));
  for (let i = 0; i < prefixes; i++) {
    const at = prefixes === 1 ? events.length : Math.round((i * events.length) / (prefixes - 1));
    out.push({ label: `prefix ${at}`, at, stable: lastFlush[at], writes: events.slice(0, at) });
  }
  const dropOne: CrashState[] = [];
  for (let at = 1; at <= events.length; at++) {
    if (at < events.length && events[at].op !== "flush") continue; // just before a FLUSH, or at the end
    const from = lastFlush[at];
    for (let k = from; k < at; k++) {
      if (events[k].op !== "write") continue;
      const writes = events.slice(0, at).filter((_, i) => i !== k);
      dropOne.push({ label: `crash at ${at}, write ${k} lost`, at, stable: from, writes });
    }
  }
  const room = Math.min(dropOne.length, Math.ceil((budget - out.length) / 2));
  for (let i = 0; i < room; i++) out.push(dropOne[Math.floor((i * dropOne.length) / room)]);
  for (let tries = 0; out.length < budget && tries < budget * 4; tries++) {
    const at = 1 + rng.int(events.length);
    const from = lastFlush[at];
    const volatile = events.slice(from, at).filter((e) => e.op === "write");
    if (volatile.length < 2) continue;
    const keep = 0.1 + 0.8 * rng.next();
    const kept = volatile.filter(() => rng.next() < keep);
    for (let i = kept.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [kept[i], kept[j]] = [kept[j], kept[i]];
    }
    const label = `crash at ${at}: ${kept.length} of the ${volatile.length} writes after event ${from}, reordered`;
    out.push({ label, at, stable: from, writes: [...events.slice(0, from), ...kept] });
  }
  return out;
}

export interface StateResult {
  recovered: boolean;
  fsckErrors: number;
  lostBytes: number;
  why: string;
}

/** Mounts `state`, runs fsck, and judges the tree against the points it may show. */
export function checkState(run: WorkloadRun, state: CrashState): StateResult {
  const img = imageWith(run.base, state.writes);
  const fail = (why: string, fsckErrors = 0): StateResult => ({ recovered: false, fsckErrors, lostBytes: 0, why });
  const cache = new BlockCache(new RamDisk(img), CACHE_BLOCKS, () => {}, 0);
  let mountLog = "";
  const fs = runNow(ViperFs.mount(cache, { clock: CLOCK, log: (l) => (mountLog = l) }));
  if (typeof fs === "number") return fail(`mount: ${fs} ${mountLog}`, 1);
  const checked = runNow(fsck(new BlockCache(new RamDisk(img), CACHE_BLOCKS, () => {}, 0), { repair: false }));
  if (checked.problems.length > 0)
    return fail(`fsck: ${checked.problems.map((p) => p.message).join("; ")}`, checked.problems.length);
  const tree = snapshot(fs);
  if (typeof tree === "number") return fail(`walk: ${tree}`);
  return judge(run.points, state, tree);
}

// <<the oracle>>
/**
 * The points a state may show: from the last sync whose FLUSHes are all stable to the operation
 * running when the power went. The tree must be one of them (each operation all or nothing); a
 * file that is the same in every one of them must be there with those bytes, or they are lost.
 */
export function judge(points: readonly Point[], state: CrashState, tree: Tree): StateResult {
  let lower = 0;
  for (let j = 0; j < points.length; j++) if (points[j].sync && points[j].at <= state.stable) lower = j;
  let upper = lower;
  while (upper + 1 < points.length && points[upper].at < state.at) upper++;
  const candidates = points.slice(lower, upper + 1);
  const inPlace = new Set(candidates.slice(1).flatMap((p) => (p.inPlace ? [p.inPlace] : [])));
  let lostBytes = 0;
  for (const [path, want] of candidates[0].tree) {
    if (want.kind !== "file" || !candidates.every((p) => sameNode(p.tree.get(path), want, true))) continue;
    const got = tree.get(path);
    if (got === undefined || got.kind !== "file") lostBytes += want.size;
    else for (let i = 0; i < want.size; i++) if (got.data[i] !== want.data[i]) lostBytes++;
  }
  const match = candidates.find((p) => sameTree(p.tree, tree, inPlace));
  const ok = match !== undefined && lostBytes === 0;
  const why = ok
    ? ""
    : match === undefined
      ? `the tree is none of ${candidates.map((p) => `"${p.op}"`).join(", ")}: ${treeDiff(candidates[candidates.length - 1].tree, tree)}`
      : `${lostBytes} bytes of synced files lost`;
  return { recovered: ok, fsckErrors: 0, lostBytes, why };
}

function sameNode(a: Tree extends Map<string, infer N> ? N | undefined : never, b: typeof a, bytes: boolean): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.kind !== b.kind || a.size !== b.size || a.links !== b.links) return false;
  return !bytes || (a.data.length === b.data.length && a.data.every((x, i) => x === b.data[i]));
}

function sameTree(want: Tree, got: Tree, inPlace: ReadonlySet<string>): boolean {
  if (want.size !== got.size) return false;
  for (const [path, node] of want) if (!sameNode(node, got.get(path), !inPlace.has(path))) return false;
  return true;
}

function treeDiff(want: Tree, got: Tree): string {
  const out: string[] = [];
  for (const p of want.keys()) if (!got.has(p)) out.push(`-${p}`);
  for (const p of got.keys()) if (!want.has(p)) out.push(`+${p}`);
  for (const [p, n] of want) {
    const g = got.get(p);
    if (g !== undefined && !sameNode(n, g, true)) out.push(`~${p} (${g.size} bytes, ${g.links} links)`);
  }
  return out.slice(0, 6).join(" ") || "(same paths)";
}

export interface HarnessTotals {
  states: number;
  recovered: number;
  fsckErrors: number;
  lostBytes: number;
  failures: string[];
}

/** Runs workload `w` with `seed`, checks up to `budget` crash states. */
export function crashWorkload(w: Workload, seed: number, budget: number, fault: JournalFault | "off" = "none"): HarnessTotals {
  const run = record(w, seed, fault);
  const states = crashStates(run, budget, new Rng(seed ^ 0x9e3779b9));
  const totals: HarnessTotals = { states: 0, recovered: 0, fsckErrors: 0, lostBytes: 0, failures: [] };
  for (const s of states) {
    const r = checkState(run, s);
    totals.states++;
    if (r.recovered) totals.recovered++;
    totals.fsckErrors += r.fsckErrors;
    totals.lostBytes += r.lostBytes;
    if (!r.recovered) totals.failures.push(`${w.name} seed ${seed}, ${s.label}: ${r.why}`);
  }
  return totals;
}
