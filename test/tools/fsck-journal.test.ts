// chapter: 27-journal
// fsck.viperfs and the journal: an image cut off just after a commit (its blocks not yet home)
// is reported with -n — and checked as the replay will leave it — and replayed with -y, after
// which it checks clean with nothing left to replay; a damaged transaction is refused and said so.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BLOCK_SIZE } from "../../src/kernel/block/cache.ts";
import { JC_MAGIC } from "../../src/kernel/viperfs/journal.ts";
import { imageWith } from "../../tools/crash/disk.ts";
import { record } from "../../tools/crash/harness.ts";
import { WORKLOADS } from "../../tools/crash/workloads.ts";

const HOOKS = ["--import", "./tools/node/esbuild-hooks.mjs"];

function fsck(...args: string[]): { status: number | null; stdout: string } {
  const r = spawnSync(process.execPath, [...HOOKS, "tools/viperfs/fsck.ts", ...args], { encoding: "utf8" });
  return { status: r.status, stdout: r.stdout };
}

/** The links workload's image just after its first stable commit; and where that commit's log starts. */
function cutAfterCommit(): { image: Uint8Array; commitBlock: number } {
  const run = record(WORKLOADS.find((w) => w.name === "links") ?? WORKLOADS[0], 1);
  let commitBlock = -1;
  for (let k = 0; k < run.events.length; k++) {
    const e = run.events[k];
    if (e.op === "write" && new DataView(e.data.buffer).getUint32(0, true) === JC_MAGIC) commitBlock = e.block;
    if (e.op === "flush" && commitBlock >= 0) return { image: imageWith(run.base, run.events.slice(0, k + 1)), commitBlock };
  }
  throw new Error("no commit");
}

const dir = mkdtempSync(join(tmpdir(), "fsck-log-"));

describe("fsck.viperfs and the journal", () => {
  it("reports a pending journal with -n, replays it with -y, then has nothing to do", () => {
    const path = join(dir, "pending.img");
    writeFileSync(path, cutAfterCommit().image);
    const before = readFileSync(path);
    const n = fsck(path, "-n");
    expect(n.stdout).toMatch(/journal: 1 committed transactions \(\d+ blocks\) wait to be replayed/);
    expect(n.stdout).toMatch(/as the replay will leave it/);
    expect(n.stdout).toMatch(/: clean,/);
    expect(n.status).toBe(0);
    expect(readFileSync(path).equals(before)).toBe(true); // -n wrote nothing
    const y = fsck(path, "-y");
    expect(y.stdout).toMatch(/journal: replayed 1 committed transactions/);
    expect(y.status).toBe(0);
    const again = fsck(path, "-n");
    expect(again.stdout).not.toMatch(/: journal/);
    expect(again.stdout).toMatch(/: clean,/);
  });

  it("refuses a transaction whose commit block fails its checksum", () => {
    const path = join(dir, "torn.img");
    const { image, commitBlock } = cutAfterCommit();
    image[commitBlock * BLOCK_SIZE + 9] ^= 1; // the commit's sequence number: its CRC no longer matches
    writeFileSync(path, image);
    const n = fsck(path, "-n");
    expect(n.stdout).toMatch(/journal: transaction \d+ refused \(no commit block\): not replayed/);
  });
});
