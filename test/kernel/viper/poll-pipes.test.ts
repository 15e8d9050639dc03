// chapter: 21b-pipes-and-break
// poll_wait on descriptors: a pipe's read end is readable when it holds a byte or every writer
// is gone, its write end writable when it has room or every reader is gone; a full pipe is not
// writable (backpressure); poll_wait with no timeout blocks until a writer writes, or exits.
import { describe, expect, it } from "vitest";
import { HANDLE_PSEUDO_FIRST } from "../../../src/kernel/ipc/poll.ts";
import { TaskState } from "../../../src/kernel/sched/task.ts";
import { HANDLE_FD_FIRST } from "../../../src/kernel/viper/streams.ts";
import { ShellSession } from "../../user/session.ts";

describe("poll readiness of pipe ends", () => {
  it("follows the table of chapter 21b, blocking until the writer writes and until it goes", () => {
    const s = new ShellSession();
    const k = s.m.kernel;
    if (k === null) throw new Error("no kernel");
    s.m.type("/tests/kt_pollpipe\n");
    // Sample while it runs: the parent sleeps in poll_wait while its `late` child lives.
    let blockedWhileChildLives = 0;
    s.m.system.runUntil(() => {
      const mine = [...k.procs.byPid.values()].filter((p) => p.name === "kt_pollpipe");
      if (mine.length === 2 && mine[0].tasks[0].state === TaskState.BLOCKED) blockedWhileChildLives++;
      return s.m.waitingForInput();
    }, 600 * 62_500_000);
    expect(blockedWhileChildLives).toBeGreaterThan(0);
    const out = s.screen();
    const from = out.indexOf("SYS:> /tests/kt_pollpipe");
    expect(out.slice(from + 1, from + 10)).toEqual([
      "poll: empty pipe: w",
      "poll: full pipe: r",
      "poll: read 100 bytes: rw",
      "poll: waiting for the writer: r",
      "poll: read 1 byte, then: r",
      "poll: end of file: read 0; writer exit 0",
      "poll: reader gone: w, write: channel closed",
      "poll: a closed descriptor: invalid handle",
      expect.stringMatching(/^Run: process \d+ \(kt_pollpipe\) exited with code 0$/),
    ]);
  });

  it("names descriptors in chapter 15's reserved range, above every real handle", () => {
    expect(HANDLE_FD_FIRST).toBeGreaterThan(HANDLE_PSEUDO_FIRST);
  });
});
