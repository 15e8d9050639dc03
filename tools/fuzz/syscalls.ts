// npm run fuzz:syscalls -- [--seed S] [--count N] [--processes P] [--stats]
//
// Hostile processes issue seeded random system calls — random numbers, random arguments,
// pointers into the kernel's physical RAM, unmapped and read-only memory, handles guessed or
// stolen from other processes' numbering — and sometimes fault. The calls are driven straight
// through the kernel's vector handler with crafted trap frames on a CPU-less machine
// (tools/fuzz/fake-machine.ts), which makes a call cost microseconds. Afterwards the kernel's
// books are audited: physical-page accounting, page-table ownership, handle tables, the
// scheduler's queues, and each process's private memory. The last line is
//   fuzz: N syscalls, M processes, K kernel faults, invariants ok|BROKEN
import { capCheckInvariants } from "../../src/kernel/cap/table.ts";
import type { Kernel } from "../../src/kernel/kernel.ts";
import { DESC_ADDR_MASK } from "../../src/kernel/mm/pagetable.ts";
import { ptForEachLeaf } from "../../src/kernel/mm/pagetable.ts";
import { STACK_TOP } from "../../src/kernel/mm/aspace.ts";
import { TaskState } from "../../src/kernel/sched/task.ts";
import { processExit } from "../../src/kernel/viper/lifecycle.ts";
import { ProcState } from "../../src/kernel/viper/process.ts";
import { PAGE_SIZE } from "../../src/machine/memory-map.ts";
import { DESC_VALID } from "../../src/kernel/mm/pagetable.ts";
import { Trace } from "../../src/kernel/trace.ts";
import { type Parsed, runTool } from "../lib/args.ts";
import { FakeMachine, NOP_PROGRAM } from "./fake-machine.ts";
import { SYS } from "../../src/machine/abi.ts";

export interface FuzzOptions {
  seed: number;
  count: number;
  processes?: number;
  log?: (line: string) => void;
}

export interface FuzzResult {
  syscalls: number;
  processes: number;
  kernelFaults: number;
  problems: string[];
  /** Per call name: how many succeeded and how many were refused. */
  byCall: Map<string, { ok: number; failed: number }>;
}

/** xorshift32: every run replays from its seed. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 0x9e3779b9;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s;
  };
}

/** Where each process keeps 64 secret bytes nobody else may read or change. */
const SECRET_VA = STACK_TOP - 3 * PAGE_SIZE;

export function fuzzSyscalls(options: FuzzOptions): FuzzResult {
  const next = rng(options.seed);
  const pick = <T>(xs: readonly T[]): T => xs[next() % xs.length];
  const trace = new Trace();
  const byCall = new Map<string, { ok: number; failed: number }>();
  const names = new Map<number, string>();
  trace.on("syscall.enter", (_n, d) => names.set(d.tid as number, d.name as string));
  trace.on("syscall.exit", (_n, d) => {
    if (d.status === "blocked") return;
    const name = names.get(d.tid as number) ?? "?";
    const row = byCall.get(name) ?? { ok: 0, failed: 0 };
    if (d.status === 0) row.ok++;
    else row.failed++;
    byCall.set(name, row);
  });
  const m = new FakeMachine({ trace, files: { "/vinit": NOP_PROGRAM, "/hostile": NOP_PROGRAM, "/bad": NOP_PROGRAM.subarray(0, 100) } });
  const k = m.k;
  const target = options.processes ?? 6;
  const secrets = new Map<number, Uint8Array>();
  let spawned = 1;
  const numbers = k.syscalls.list().map((d) => d.nr);
  // Remember every handle value any process was given, to steal them later.
  const seenHandles: bigint[] = [0n, 0xffff_ffffn, 1n, 0x0100_0000n, 0x100n, (1n << 32n) | 0x100n];

  const ensurePopulation = (): void => {
    const vinit = k.procs.get(1);
    if (vinit === undefined || vinit.state !== ProcState.RUNNING) return;
    let live = 0;
    for (const p of k.procs.byPid.values()) if (p.state === ProcState.RUNNING) live++;
    while (live < target) {
      const r = spawnAs(vinit.pid);
      if (!r) break;
      live++;
    }
    // Reap zombies so the tables do not fill up.
    for (const p of [...k.procs.byPid.values()]) if (p.state === ProcState.ZOMBIE && p.parent?.pid === 1) reap(p.pid);
  };

  const runAs = (pid: number): boolean => {
    for (let i = 0; i < 1000; i++) {
      if (m.k.sched.current?.proc.pid === pid && m.lastExit === 0) return true;
      if (k.panicMessage !== null) return false;
      m.tick();
    }
    return false;
  };

  const spawnAs = (pid: number): boolean => {
    if (!runAs(pid)) return false;
    const path = m.pokeString("/hostile", STACK_TOP - 64);
    const r = m.syscall(SYS.task_spawn, path, 0);
    if (r.status !== 0) return false;
    spawned++;
    const child = Number(r.x1);
    if (runAs(child)) {
      const secret = Uint8Array.from({ length: 64 }, () => next() & 0xff);
      m.poke(SECRET_VA, secret);
      secrets.set(child, secret);
    }
    return true;
  };

  const reap = (pid: number): void => {
    if (!runAs(1)) return;
    m.syscall(SYS.waitpid, pid, 0);
    secrets.delete(pid);
  };

  const address = (): bigint => {
    switch (next() % 10) {
      case 0:
        return 0n;
      case 1:
        return BigInt(0x4000_0000 + (next() % (64 * 1024 * 1024))); // the kernel's physical RAM
      case 2:
        return 0xffff_0000_0000_0000n + BigInt(next());
      case 3:
        return BigInt(0x8000_0000 + (next() % 0x2000)); // code: read-only
      case 4:
        return BigInt(STACK_TOP - 1 - (next() % 0x4000)); // the stack, possibly across its top
      case 5:
        return BigInt(0x1_0000_0000 + (next() % 0x10000)); // the heap, possibly beyond the break
      case 6:
        return BigInt(SECRET_VA); // its own secret (fine), but it must stay its own
      case 7:
        return (BigInt(next()) << 32n) | BigInt(next());
      default:
        return BigInt(STACK_TOP - 0x8000 + (next() % 0x4000));
    }
  };
  const length = (): bigint => pick([0n, 1n, 8n, 64n, 4096n, 4097n, 1n << 20n, 1n << 40n, 0xffff_ffff_ffff_ffffn, BigInt(next() % 10000)]);
  const scalar = (): bigint => pick([0n, 1n, 2n, 0xffff_ffff_ffff_ffffn, 0x7fff_ffffn, BigInt(next() % 300), (BigInt(next()) << 32n) | BigInt(next())]);
  const handlesOf = new Map<number, bigint[]>();
  const handle = (): bigint => {
    const own = handlesOf.get(k.sched.current?.proc.pid ?? 0) ?? [];
    const roll = next() % 20;
    if (roll < 12 && own.length > 0) return pick(own);
    if (roll < 17) return pick(seenHandles); // stolen from another process's numbering
    return BigInt(next());
  };
  const STRINGS = ["/hostile", "/", "SYS:", "SYS:hostile", "..", "/nonexistent/x", "D0:", "a".repeat(300), "/bad", "%s%n", ""];
  const string = (): bigint => {
    const va = STACK_TOP - 0x1000 - (next() % 8) * 0x100;
    m.pokeString(pick(STRINGS), va);
    return BigInt(va);
  };
  const argument = (): bigint => {
    switch (next() % 5) {
      case 4:
        return string();
      case 0:
        return address();
      case 1:
        return length();
      case 2:
        return handle();
      default:
        return scalar();
    }
  };

  let syscalls = 0;
  let idle = 0;
  ensurePopulation();
  let iters = 0;
  for (let i = 0; syscalls < options.count && i < options.count * 20 && k.panicMessage === null; i++) {
    iters = i;
    if (i % 64 === 0) ensurePopulation();
    const others = k.sched.queues.some((q) => q.length > 0);
    if (m.lastExit !== 0 || (k.sched.current?.proc.pid === 1 && !others)) {
      // Nobody runs: let time pass and type something, which wakes sleepers and readers; if that
      // does not help, the fuzzer kills a blocked process (it gets replaced).
      m.tick(1 + (next() % 20));
      if (next() % 4 === 0) m.type(String.fromCharCode(32 + (next() % 90)));
      if (++idle > 4) {
        const blocked = [...k.procs.byPid.values()].filter((p) => p.pid !== 1 && p.state === ProcState.RUNNING);
        if (blocked.length > 0) processExit(k, pick(blocked), -9, null);
        idle = 0;
      }
      continue;
    }
    idle = 0;
    const cur = k.sched.current;
    if (cur === null) continue;
    if (cur.proc.pid === 1) {
      // init is the harness's agent, not a suspect: it only spawns and reaps. Let time pass so
      // the others get the CPU (a hostile task may have lowered its own priority: aging helps).
      m.tick(1 + (next() % 10));
      continue;
    }
    const roll = next() % 100;
    if (roll < 2) {
      m.abort(address(), pick([0x04, 0x05, 0x06, 0x07, 0x0d, 0x0f, 0x21]), { write: next() % 2 === 0, instruction: next() % 5 === 0 });
      continue;
    }
    if (roll < 4) {
      m.tick(1 + (next() % 15));
      continue;
    }
    const nr = next() % 10 === 0 ? next() % 0x120 : pick(numbers);
    const args = [argument(), argument(), argument(), argument(), argument(), argument()];
    if (next() % 2 === 0) args[0] = handle();
    const r = m.syscall(nr, ...args);
    syscalls++;
    if (r.status === 0) {
      const own = handlesOf.get(cur.proc.pid) ?? [];
      for (const x of [r.x1, r.x2]) {
        if (x > 0xff_ffffn && x < 0x1_0000_0000n) {
          seenHandles.push(x);
          own.push(x);
        }
      }
      if (own.length > 32) own.splice(0, 1);
      handlesOf.set(cur.proc.pid, own);
    }
    if (seenHandles.length > 64) seenHandles.splice(4, 1);
  }

  options.log?.(`iterations ${iters}, panic ${k.panicMessage}`);
  const problems = fuzzAudit(m, secrets);
  // Everything must come back when every process is gone.
  for (const p of [...k.procs.byPid.values()]) if (p.state !== ProcState.ZOMBIE) processExit(k, p, 0, null);
  problems.push(...fuzzAuditEmpty(k));
  if (k.panicMessage !== null) problems.push(`kernel panic: ${k.panicMessage}`);
  return { syscalls, processes: spawned, kernelFaults: k.stats.kernelFaults, problems, byCall };
}

/** The invariants of a running system. */
export function fuzzAudit(m: FakeMachine, secrets: Map<number, Uint8Array>): string[] {
  const k = m.k;
  const problems: string[] = [];
  const pmm = k.pmm;
  if (pmm.countFree() !== pmm.freePages) problems.push(`pmm: free lists hold ${pmm.countFree()} pages, counter says ${pmm.freePages}`);
  // Page-table ownership: every user page is allocated and mapped by exactly one process.
  const owner = new Map<number, number>();
  let owned = 0;
  for (const p of k.procs.byPid.values()) {
    if (p.state !== ProcState.RUNNING) continue;
    let leaves = 0;
    ptForEachLeaf(k, p.aspace.root, (va, desc) => {
      if ((desc & DESC_VALID) === 0n) return;
      const pa = Number(desc & DESC_ADDR_MASK);
      leaves++;
      if (!pmm.isAllocated(pa)) problems.push(`pid ${p.pid}: 0x${va.toString(16)} maps page 0x${pa.toString(16)}, which is free`);
      const prev = owner.get(pa);
      if (prev !== undefined) problems.push(`page 0x${pa.toString(16)} mapped by pid ${prev} and pid ${p.pid}`);
      owner.set(pa, p.pid);
      if (p.aspace.vmas.find(va) === null) problems.push(`pid ${p.pid}: 0x${va.toString(16)} mapped outside every VMA`);
    });
    if (leaves !== p.aspace.pages) problems.push(`pid ${p.pid}: ${leaves} pages mapped, ${p.aspace.pages} counted`);
    owned += leaves;
  }
  if (owned > pmm.totalPages - pmm.freePages) problems.push(`more pages mapped (${owned}) than allocated`);
  // Isolation: each process's secret is still its own.
  for (const [pid, secret] of secrets) {
    const p = k.procs.get(pid);
    if (p === undefined || p.state !== ProcState.RUNNING) continue;
    const pa = p.aspace.physical(k, SECRET_VA);
    if (pa === undefined) {
      problems.push(`pid ${pid}: its secret page vanished`);
      continue;
    }
    // A process may overwrite its own secret through its own calls; no other process can reach
    // the page, because it is mapped in one address space only.
    if (secret.length !== 64) problems.push(`pid ${pid}: bad secret`);
    if (owner.get(pa) !== pid) problems.push(`pid ${pid}: secret page owned by pid ${owner.get(pa)}`);
  }
  // Handle tables.
  for (const msg of capCheckInvariants(k.caps)) problems.push(`cap: ${msg}`);
  // The scheduler: every task in exactly one place.
  const seen = new Set<number>();
  k.sched.queues.forEach((q, level) => {
    for (const t of q) {
      if (seen.has(t.tid)) problems.push(`task ${t.tid} on two ready queues`);
      seen.add(t.tid);
      if (t.state !== TaskState.READY) problems.push(`task ${t.tid} on ready queue ${level} in state ${t.state}`);
    }
  });
  const cur = k.sched.current;
  if (cur !== null && (cur.state !== TaskState.RUNNING || seen.has(cur.tid))) problems.push(`current task ${cur.tid} in state ${cur.state}`);
  for (const t of k.sched.tasks.values()) {
    if (t.state === TaskState.READY && !seen.has(t.tid)) problems.push(`ready task ${t.tid} on no queue`);
    if (t.state === TaskState.RUNNING && t !== cur) problems.push(`task ${t.tid} running but not current`);
  }
  return problems;
}

/** With no process left, every page is free again except the kernel's own. */
export function fuzzAuditEmpty(k: Kernel): string[] {
  const problems: string[] = [];
  for (const p of [...k.procs.byPid.values()]) if (p.state === ProcState.RUNNING) problems.push(`pid ${p.pid} still running`);
  const kernelPages = 1 + k.heap.pages();
  const used = k.pmm.totalPages - k.pmm.freePages;
  if (used !== kernelPages) problems.push(`pmm: ${used} pages in use with no process left (kernel holds ${kernelPages})`);
  return problems;
}

const SPEC = {
  name: "fuzz:syscalls",
  usage: "npm run fuzz:syscalls -- [--seed S] [--count N] [--processes P] [--stats]",
  summary: `Hostile processes issue seeded random system calls; afterwards the kernel's books are audited
(pages, page tables, handle tables, run queues, private memory). Exits 1 if an invariant broke or the
kernel faulted; every run replays from its seed.`,
  options: {
    seed: { type: "int", help: "the seed", default: 1 },
    count: { type: "int", help: "system calls to make", default: 10_000, min: 1 },
    processes: { type: "int", help: "hostile processes alive at a time", default: 6, min: 1, max: 32 },
    stats: { type: "flag", help: "print how often each call succeeded and was refused" },
  },
} as const;

function main({ options }: Parsed<typeof SPEC>): number {
  const { seed, count, processes } = options;
  const started = performance.now();
  const r = fuzzSyscalls({ seed, count, processes });
  if (options.stats) {
    for (const [name, row] of [...r.byCall].sort()) console.log(`fuzz: ${name.padEnd(20)} ${String(row.ok).padStart(6)} ok ${String(row.failed).padStart(6)} refused`);
  }
  for (const p of r.problems.slice(0, 20)) console.log(`fuzz: ${p}`);
  console.log(`fuzz: seed ${seed}, ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const ok = r.problems.length === 0 && r.kernelFaults === 0;
  console.log(`fuzz: ${r.syscalls} syscalls, ${r.processes} processes, ${r.kernelFaults} kernel faults, invariants ${r.problems.length === 0 ? "ok" : "BROKEN"}`);
  return ok ? 0 : 1;
}

if (import.meta.main) runTool(SPEC, main);
