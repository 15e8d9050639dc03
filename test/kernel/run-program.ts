// Boots the real machine (emulated CPU, kernel at EL1) with a user program from build/user as
// init, runs it to the end, and returns what it printed after the boot log.
import { BootedMachine } from "../../tools/boot/machine.ts";

export function runAsInit(path: string, maxSeconds = 60): { output: string; finished: boolean } {
  const m = new BootedMachine({ bootargs: `init=${path}` });
  m.board.runUntil(() => m.finished, maxSeconds * 62_500_000);
  const at = m.transcript.indexOf("sched: starting");
  return { output: at < 0 ? m.transcript : m.transcript.slice(at), finished: m.finished };
}
