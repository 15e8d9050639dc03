// chapter: 27-journal
// The crash harness: on the journal as it is, every crash state of a workload recovers (fsck clean,
// the tree one the workload passed through, no synced byte lost); with one step of the write order
// left out, or with no journal at all, it finds states that do not.
import { describe, expect, it } from "vitest";
import { crashStates, crashWorkload, record } from "../../tools/crash/harness.ts";
import { Rng, WORKLOADS } from "../../tools/crash/workloads.ts";

const workload = (name: string) => {
  const w = WORKLOADS.find((x) => x.name === name);
  if (w === undefined) throw new Error(`no workload ${name}`);
  return w;
};

describe("the crash harness", () => {
  it("builds every prefix, all-but-one states and subsets, none past the crash point", () => {
    const run = record(workload("links"), 3);
    const states = crashStates(run, 300, new Rng(3));
    expect(states).toHaveLength(300);
    expect(states.some((s) => s.label.startsWith("prefix"))).toBe(true);
    expect(states.some((s) => s.label.includes("lost"))).toBe(true);
    expect(states.some((s) => s.label.includes("reordered"))).toBe(true);
    for (const s of states) for (const w of s.writes) expect(w.seq).toBeLessThan(s.at);
  });

  it("finds every crash state of each workload recovered with the journal", () => {
    for (const w of WORKLOADS) {
      const t = crashWorkload(w, 7, 60);
      expect(t.failures, w.name).toEqual([]);
      expect(t.recovered).toBe(t.states);
    }
  });

  it("catches a journal that skips the FLUSH after its commit block", () => {
    const t = crashWorkload(workload("dir-churn"), 1, 200, "no-flush-after-commit");
    expect(t.fsckErrors).toBeGreaterThan(0);
  });

  it("catches a journal that skips the FLUSH before its commit block (ordered data lost)", () => {
    const t = crashWorkload(workload("many-files"), 1, 300, "no-flush-before-commit");
    expect(t.recovered).toBeLessThan(t.states);
  });

  it("catches a volume with no journal at all", () => {
    const t = crashWorkload(workload("links"), 1, 100, "off");
    expect(t.fsckErrors).toBeGreaterThan(0);
  });
});
