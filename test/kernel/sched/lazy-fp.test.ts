// chapter: 18-bootfs
// Chapter 13f's invariant: a task's FP/SIMD registers change only by its own instructions. The
// fake machine's door holds the register file; the test plays the CPU: it "computes" by writing
// a task's pattern into the registers while that task runs, and takes the FP access trap
// (EC 0x07) where the CPU would, on the first FP instruction while CPACR_EL1.FPEN traps EL0.
import { describe, expect, it } from "vitest";
import { Status } from "../../../src/kernel/lib/status.ts";
import { CPACR_FPEN_ALL, CPACR_FPEN_EL1_ONLY } from "../../../src/kernel/sched/fp.ts";
import type { Task } from "../../../src/kernel/sched/task.ts";
import { SYS } from "../../../src/machine/abi.ts";
import { EC_FP_ACCESS, EC_UNKNOWN, ESR_IL } from "../../../src/machine/exceptions.ts";
import { CPACR_EL1, FPCR, FPSR } from "../../../src/machine/sysregs.ts";
import { FakeMachine, NOP_PROGRAM } from "../../../tools/fuzz/fake-machine.ts";

const FILES = { "/vinit": NOP_PROGRAM, "/spin": NOP_PROGRAM };

function spawn(m: FakeMachine): Task {
  const r = m.syscall(SYS.task_spawn, m.pokeString("/spin"), 0);
  expect(r.status).toBe(Status.OK);
  return m.k.sched.task(Number(r.x2)) as Task;
}

/** Does EL0 trap on FP now? (FPEN 0b00 and 0b01 trap EL0; 0b11 does not.) */
function el0Traps(m: FakeMachine): boolean {
  return ((m.door.sysregs.get(CPACR_EL1) ?? 0n) >> 20n) !== 3n;
}

/** The running task executes an FP instruction: it traps first if FPEN says so. */
function touchFp(m: FakeMachine): void {
  if (el0Traps(m)) m.sync((EC_FP_ACCESS << 26) | ESR_IL);
  expect(el0Traps(m)).toBe(false);
}

/** A pattern that names a task and a round: every byte of the register file differs. */
function pattern(tid: number, round: number): Uint8Array {
  return Uint8Array.from({ length: 512 }, (_, i) => (tid * 37 + round * 11 + i * 7) & 0xff);
}

function runUntil(m: FakeMachine, t: Task): void {
  expect(m.tickUntil(() => m.running() === t, 1000)).toBe(true);
}

describe("lazy FP switching (chapter 13f)", () => {
  it("opens FP to no task until it traps, and a fresh task sees zeros, not the last owner's values", () => {
    const m = new FakeMachine({ files: FILES });
    const a = m.k.sched.current as Task;
    expect(CPACR_FPEN_EL1_ONLY).toBe(1n << 20n);
    expect(el0Traps(m)).toBe(true);
    m.door.vectors.fill(0xee); // whatever the registers hold at boot
    m.door.sysregs.set(FPCR, 0x0300_0000n);
    touchFp(m);
    expect(m.k.fp.owner).toBe(a);
    expect(m.door.vectors.every((b) => b === 0)).toBe(true);
    expect(m.door.sysregs.get(FPCR)).toBe(0n);
    expect(m.door.sysregs.get(CPACR_EL1)).toBe(CPACR_FPEN_ALL);
  });

  it("keeps two interleaved tasks' registers, FPCR and FPSR apart across many switches", () => {
    const m = new FakeMachine({ files: FILES });
    const a = m.k.sched.current as Task;
    const b = spawn(m);
    for (let round = 0; round < 6; round++) {
      for (const t of [a, b]) {
        runUntil(m, t);
        touchFp(m);
        // What the task computed last time is what it finds now (zeros on its first turn).
        const mine = round === 0 ? new Uint8Array(512) : pattern(t.tid, round - 1);
        expect(m.door.vectors).toEqual(mine);
        expect(m.door.sysregs.get(FPCR)).toBe(round === 0 ? 0n : BigInt(t.tid) << 22n);
        expect(m.door.sysregs.get(FPSR)).toBe(round === 0 ? 0n : BigInt(round));
        m.door.vectors.set(pattern(t.tid, round));
        m.door.sysregs.set(FPCR, BigInt(t.tid) << 22n);
        m.door.sysregs.set(FPSR, BigInt(round + 1));
      }
    }
    expect(m.k.fp.traps).toBe(12);
    expect(m.k.fp.saves).toBe(11);
    expect(m.k.fp.loads).toBe(12);
  });

  it("charges nothing at a switch to a task that never uses FP, and keeps the owner's registers in place", () => {
    const m = new FakeMachine({ files: FILES });
    const a = m.k.sched.current as Task;
    const c = spawn(m);
    touchFp(m);
    m.door.vectors.set(pattern(a.tid, 0));
    for (let i = 0; i < 5; i++) {
      runUntil(m, c);
      expect(el0Traps(m)).toBe(true); // c would trap, had it an FP instruction
      runUntil(m, a);
      expect(el0Traps(m)).toBe(false); // the owner runs with its registers still in the CPU
    }
    expect(m.door.vectorSaves).toBe(0);
    expect(m.door.vectorLoads).toBe(1);
    expect(m.k.fp.traps).toBe(1);
    expect(m.door.vectors).toEqual(pattern(a.tid, 0));
  });

  it("frees a killed owner's state, saves nothing for it, and the next task still sees only its own", () => {
    const m = new FakeMachine({ files: FILES });
    const a = m.k.sched.current as Task;
    const b = spawn(m);
    touchFp(m);
    m.door.vectors.set(pattern(a.tid, 0));
    runUntil(m, b);
    touchFp(m);
    m.door.vectors.set(pattern(b.tid, 0));
    expect(m.k.fp.saved.size).toBe(2);
    const saves = m.door.vectorSaves;
    m.sync((EC_UNKNOWN << 26) | ESR_IL); // b, the owner, dies of an undefined instruction
    expect(b.state).toBe(4); // EXITED
    expect(m.k.fp.owner).toBe(null);
    expect(m.k.fp.saved.has(b)).toBe(false);
    expect(m.k.fp.saved.size).toBe(1);
    runUntil(m, a);
    expect(el0Traps(m)).toBe(true);
    touchFp(m);
    expect(m.door.vectorSaves).toBe(saves); // the dead owner's registers are not saved
    expect(m.door.vectors).toEqual(pattern(a.tid, 0));
    // A task spawned after the kill, in the dead one's place, starts from zeros.
    const d = spawn(m);
    runUntil(m, d);
    touchFp(m);
    expect(m.door.vectors.every((x) => x === 0)).toBe(true);
  });
});
