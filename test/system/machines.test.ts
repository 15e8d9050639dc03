// chapter: 21-shell
// Chapter 10's rule, "kernel state lives in one object, not in module globals", tested where it
// matters: four machines in one process, their work interleaved command by command, each seeing
// only its own files, assigns, handles, channels and processes; and a machine reset fifty times
// (as the live page's Reset does, in one worker) leaving nothing behind.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { capCheckInvariants } from "../../src/kernel/cap/table.ts";
import { ipcCheckInvariants } from "../../src/kernel/ipc/channel.ts";
import type { Kernel } from "../../src/kernel/kernel.ts";
import { createSystem } from "../../src/system/index.ts";
import { standardBootfs } from "../../tools/mkbootfs.ts";
import { ShellSession } from "../user/session.ts";

const note = (i: number) => ({ name: `/notes/m${i}.txt`, data: new TextEncoder().encode(`I am machine ${i}\n`) });

function kernelOf(s: ShellSession): Kernel {
  const k = s.m.kernel;
  if (k === null) throw new Error("no kernel");
  return k;
}

describe("four machines in one process", () => {
  it("share nothing: files, assigns, handles, channels and processes stay each machine's own", () => {
    const machines = [0, 1, 2, 3].map((i) => new ShellSession({ add: [note(i)], ramSize: 64 * 1024 * 1024 }));
    const each = (f: (s: ShellSession, i: number) => void): void => {
      for (const [i, s] of machines.entries()) f(s, i);
    };

    // Files: each boot filesystem holds its own note, and only that one.
    each((s, i) => {
      expect(s.run(`Type SYS:notes/m${i}.txt`)).toContain(`I am machine ${i}`);
      expect(s.run(`Type SYS:notes/m${(i + 1) % 4}.txt`)).toMatch(/not found|no such/i);
    });
    // Assigns: machines 0 and 2 make one; 1 and 3 never see it.
    each((s, i) => {
      if (i % 2 === 0) expect(s.run("Assign MINE: /notes")).not.toMatch(/error|refused/i);
    });
    each((s, i) => {
      const out = s.run("Dir MINE:");
      if (i % 2 === 0) expect(out).toContain(`m${i}.txt`);
      else expect(out).toMatch(/not found|no such|unknown/i);
    });
    // Channels and handles: run the IPC test program on each machine in turn, twice.
    for (let round = 0; round < 2; round++) {
      each((s) => expect(s.run("/tests/ipctest")).toMatch(/exited with code 0/));
    }
    // Processes: each kernel numbered its own (vinit, then two runs), so all four agree.
    const pids = machines.map((s) => [...kernelOf(s).procs.byPid.keys()].sort((a, b) => a - b).join(","));
    expect(new Set(pids).size).toBe(1);

    // The books: each balances on its own, and no object, table or channel is in two kernels.
    const kernels = machines.map(kernelOf);
    for (const k of kernels) {
      expect(capCheckInvariants(k.caps)).toEqual([]);
      expect(ipcCheckInvariants(k.ipc)).toEqual([]);
      expect(k.caps.tables.size).toBeGreaterThan(0);
    }
    for (let a = 0; a < 4; a++) {
      for (let b = a + 1; b < 4; b++) {
        expect([...kernels[a].caps.objects].filter((o) => kernels[b].caps.objects.has(o))).toEqual([]);
        expect([...kernels[a].caps.tables].filter((t) => kernels[b].caps.tables.has(t))).toEqual([]);
        // Identity as a boolean: `expect(root).not.toBe(other)` renders both objects even when it
        // passes, and a root directory reaches a whole kernel — two minutes of formatting.
        expect(kernels[a].fs.root === kernels[b].fs.root).toBe(false);
      }
    }
  }, 180_000);
});

describe("resetting a machine", () => {
  it("fifty resets in one process leave no kernel alive and the heap where it was", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const bootfs = standardBootfs();
    const kernels: WeakRef<Kernel>[] = [];
    const boot = (): void => {
      const sys = createSystem({ bootfs, ramSize: 64 * 1024 * 1024 });
      sys.runUntilWaitingForInput();
      const k = sys.kernel;
      if (k === null || k.panicMessage !== null) throw new Error("boot failed");
      kernels.push(new WeakRef(k));
    };
    // A WeakRef made in this job keeps its target alive until the job ends: let it end first.
    const settle = async (): Promise<void> => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      gc();
    };
    for (let i = 0; i < 10; i++) boot(); // warm up: code caches, the JIT, the bootfs archive
    await settle();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 40; i++) boot();
    await settle();
    const after = process.memoryUsage().heapUsed;
    const alive = kernels.filter((r) => r.deref() !== undefined).length;
    const growthMiB = (after - before) / (1024 * 1024);
    console.log(`50 resets: heap ${(before / 2 ** 20).toFixed(1)} → ${(after / 2 ** 20).toFixed(1)} MiB after 40 more; ${alive} of 50 kernels still reachable`);
    // Every kernel is unreachable once its system is dropped.
    expect(alive).toBe(0);
    // 40 more boots of a 64 MiB machine would cost 2.5 GiB if any RAM were kept.
    expect(growthMiB).toBeLessThan(16);
  });
});
