// The kernel's tracepoints, for `npm run boot -- --trace`: every name the kernel passes to
// trace.emit (test/user/boot-cli.test.ts checks this list against src/kernel), with what each
// reports. `--trace sched` selects every tracepoint whose name starts with "sched.".
import { existsSync } from "node:fs";
import { UsageError } from "../lib/args.ts";

/** The journal's (chapter 27), in the states of the book that have it. */
const JOURNAL_TRACEPOINTS: Readonly<Record<string, string>> = existsSync(new URL("../../src/kernel/viperfs/journal.ts", import.meta.url))
  ? {
      "journal.open": "the first block of a new journal transaction is dirtied",
      "journal.commit": "a journal transaction's commit block is stable: the blocks it logged and where",
      "journal.checkpoint": "the journal is emptied: every logged block is stable at home",
      "journal.replay": "a writable mount replayed the journal's committed transactions",
    }
  : {};

/** TCP's (chapter 33), in the states of the book that have it. */
const TCP_TRACEPOINTS: Readonly<Record<string, string>> = existsSync(new URL("../../src/kernel/net/tcp/connection.ts", import.meta.url))
  ? {
      "tcp.state": "a TCP connection changes state: its name and the arrow from → to",
      "tcp.segment": "a TCP segment leaves or reaches a connection: dir, ms, flags, seq, ack, len, window, SACK blocks",
      "tcp.cc": "a TCP connection's cwnd, ssthresh, SRTT, RTO or retransmitted bytes changed",
    }
  : {};

/** TLS's (chapters 47 and 48), in the states of the book that have them. */
const TLS_TRACEPOINTS: Readonly<Record<string, string>> = {
  ...(existsSync(new URL("../../src/kernel/tls/session.ts", import.meta.url))
    ? { "tls.bytes": "a TLS session's bytes to or from TCP: session, role, dir, hex" }
    : {}),
  ...(existsSync(new URL("../../src/kernel/tls/accept.ts", import.meta.url))
    ? { "tls.secret": "a server session's secret, as its key log names it: session, label, random, secret" }
    : {}),
};

export const TRACEPOINTS: Readonly<Record<string, string>> = {
  "kernel.log": "a line of the kernel log",
  "kernel.panic": "the kernel panicked",
  "mm.map": "a page mapped into an address space",
  "mm.fault": "a user page fault",
  "sched.switch": "the scheduler switches tasks",
  "proc.spawn": "a process starts",
  "proc.exit": "a process exits or is killed",
  "syscall.enter": "a system call, with its first three arguments",
  "syscall.exit": "a system call returns, with its status",
  "ipc.send": "a message sent on a channel",
  "ipc.recv": "a message received from a channel",
  ...JOURNAL_TRACEPOINTS,
  ...TCP_TRACEPOINTS,
  ...TLS_TRACEPOINTS,
};

/**
 * The tracepoint names a --trace list selects: "*" all, "sched" every "sched.…", "sched.switch"
 * that one. A name that selects nothing is a UsageError.
 */
export function selectTracepoints(list: string): string[] {
  const all = Object.keys(TRACEPOINTS);
  const selected = new Set<string>();
  for (const word of list.split(",").filter(Boolean)) {
    const matches = word === "*" ? all : all.filter((n) => n === word || n.startsWith(`${word.replace(/\.$/, "")}.`));
    if (matches.length === 0) {
      throw new UsageError(`--trace: no tracepoint "${word}" (--trace help lists them)`);
    }
    for (const m of matches) selected.add(m);
  }
  return [...selected];
}

/** The text `--trace help` prints. */
export function tracepointHelp(): string {
  const names = Object.keys(TRACEPOINTS);
  const groups = [...new Set(names.map((n) => n.slice(0, n.indexOf("."))))];
  const width = Math.max(...names.map((n) => n.length)) + 2;
  return [
    "Kernel tracepoints (--trace takes a comma-separated list of names, groups or *):",
    ...names.map((n) => `  ${n.padEnd(width)}${TRACEPOINTS[n]}`),
    `groups: ${groups.join(", ")} (--trace sched = every sched.… tracepoint)`,
    "",
  ].join("\n");
}
