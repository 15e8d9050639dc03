// chapter: 27-journal
// The journal panel's model (src/components/live/journal-panel.ts), fed the tracepoints of the
// kernel's own journal as it runs on a small volume: every commit and checkpoint is counted, the
// log's blocks in use are drawn where the journal says they are, and a pulled plug and the next
// mount's replay are told in that order.
import { describe, expect, it } from "vitest";
import { JournalModel } from "../../src/components/live/journal-panel.ts";
import type { TraceEvent } from "../../src/components/live/protocol.ts";
import { BLOCK_SIZE, BlockCache } from "../../src/kernel/block/cache.ts";
import { RamDisk } from "../../src/kernel/block/ramdisk.ts";
import { NODE_DIR, NODE_FILE, runNow } from "../../src/kernel/fs/fs.ts";
import { Status } from "../../src/kernel/lib/status.ts";
import { Trace } from "../../src/kernel/trace.ts";
import { mkfs } from "../../src/kernel/viperfs/mkfs.ts";
import { ViperFs } from "../../src/kernel/viperfs/viperfs.ts";

/** A 2 MiB volume with a 16-block journal, mounted with a trace whose events land in `events`. */
function mounted(bytes: Uint8Array, events: TraceEvent[]): ViperFs {
  const trace = new Trace();
  trace.on("*", (name, data) => events.push({ t: events.length * 1000, name, data }));
  const fs = runNow(ViperFs.mount(new BlockCache(new RamDisk(bytes), 128, () => {}), { clock: () => 0, trace }));
  if (typeof fs === "number") throw new Error(`mount: ${fs}`);
  return fs;
}

describe("the journal panel", () => {
  it("counts the kernel's commits and checkpoints and draws the log where the journal says it is", () => {
    const bytes = new Uint8Array(512 * BLOCK_SIZE);
    expect(runNow(mkfs(new BlockCache(new RamDisk(bytes), 128, () => {}), { clock: () => 0, journalBlocks: 16 }))).toBe(Status.OK);
    const events: TraceEvent[] = [];
    const fs = mounted(bytes, events);
    const dir = runNow(fs.create(fs.rootIno, "d", NODE_DIR, 0o755)) as number;
    for (let i = 0; i < 12; i++) {
      const ino = runNow(fs.create(dir, `f${i}`, NODE_FILE, 0o644)) as number;
      expect(runNow(fs.write(ino, 0, new Uint8Array(100).fill(i)))).toBe(100);
      expect(runNow(fs.sync())).toBe(Status.OK);
    }
    const journal = fs.journal;
    if (journal === null) throw new Error("no journal");
    const model = new JournalModel();
    for (const e of events) model.apply(e);
    expect(model.counts.commits).toBe(journal.stats.commits);
    expect(model.counts.checkpoints).toBe(journal.stats.checkpoints);
    expect(model.counts.checkpoints).toBeGreaterThan(0); // a 16-block log wraps
    expect(model.counts.logged).toBe(journal.stats.loggedBlocks);
    expect(model.lines[0]).toMatch(/mount: the journal replayed \d+ committed transactions/);
    expect(model.txs.at(-1)?.state).toBe("committed");
    // The blocks drawn in use are the live part of the log: the last commit ends there.
    const last = events.filter((e) => e.name === "journal.commit").at(-1)?.data as { at: number; logBlocks: number; used: number; size: number };
    const cells = model.logCells();
    expect(cells.length).toBe(last.size);
    expect(cells.reduce((a, b) => a + b, 0)).toBe(last.used);
    expect(cells[(last.at + last.logBlocks - 1) % last.size]).toBe(1);
  });

  it("tells a pulled plug, then the replay of the next mount, and starts afresh at a reset", () => {
    const model = new JournalModel();
    model.apply({ t: 0, name: "journal.open", data: { sequence: 4, block: 9 } });
    expect(model.txs).toMatchObject([{ sequence: 4, state: "open" }]);
    model.reset();
    model.apply({ t: 0, name: "live.plug", data: { lost: 7 } });
    model.apply({ t: 5e6, name: "journal.replay", data: { replayed: 2, sequence: 6, head: 11 } });
    expect(model.txs).toEqual([]);
    expect(model.lines).toEqual([
      "the plug was pulled: 7 writes in the disk's cache were lost; rebooting onto what reached the disk",
      "[   0.005000] mount: the journal replayed 2 committed transactions; the next is T6",
    ]);
  });
});
