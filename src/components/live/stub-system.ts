// A stand-in machine for developing the page before the real system exists: prints a boot log
// with virtual timestamps, a `SYS:> ` prompt, and answers Echo and Version. Emits the same
// tracepoints the kernel does, so panels can be exercised.
import type { LiveSystem, SystemOptions } from "./system.ts";

const HZ = 100_000_000; // pretend instructions per virtual second

export function createStubSystem({ trace, onUart }: SystemOptions): LiveSystem {
  let count = 0;
  let line = "";
  let entries = 0;
  const boot = [
    "ViperOS (stub machine)",
    "fdt: 128 MiB at 0x40000000",
    "mm: 32512 pages free",
    "gic: GICv2, 288 interrupts",
    "timer: 62500000 Hz",
    "sched: 8 priority levels",
    "vinit: started",
  ];
  let booted = 0;
  const emit = (name: string, data: Record<string, unknown>): void => {
    if (trace.any) trace.emit(name, data);
  };
  const out = (text: string): void => onUart(text.replace(/\n/g, "\r\n"));
  const command = (text: string): void => {
    const [cmd, ...rest] = text.trim().split(/\s+/);
    entries++;
    emit("syscall.enter", { tid: 1, nr: 0x43, name: "write", args: [1, 0, text.length] });
    if (!cmd) return;
    if (/^echo$/i.test(cmd)) out(`${rest.join(" ")}\n`);
    else if (/^version$/i.test(cmd)) out("ViperOS stub 0.0\n");
    else out(`Unknown command: ${cmd}\n`);
    emit("syscall.exit", { tid: 1, nr: 0x43, status: 0 });
  };
  return {
    kind: "stub",
    kernel: null,
    cpu: null,
    run(n) {
      if (booted > boot.length) return 0;
      count += n;
      const due = Math.floor(count / 2_000_000);
      while (booted < Math.min(due, boot.length)) {
        const text = boot[booted++];
        out(`${text}\n`);
        emit("kernel.log", { text });
        entries++;
      }
      if (booted === boot.length && due > boot.length) {
        booted++;
        emit("proc.spawn", { pid: 1, name: "vinit", parent: 0 });
        emit("sched.switch", { from: 0, to: 1, name: "vinit", level: 4 });
        out("SYS:> ");
      }
      return n;
    },
    input(data) {
      for (const ch of data) {
        if (ch === "\r" || ch === "\n") {
          out("\n");
          command(line);
          line = "";
          out("SYS:> ");
        } else if (ch === "\x7f" || ch === "\b") {
          if (line.length > 0) {
            line = line.slice(0, -1);
            onUart("\b \b");
          }
        } else if (ch >= " ") {
          line += ch;
          onUart(ch);
        }
      }
    },
    instructions: () => count,
    virtualTimeNs: () => Math.round((count / HZ) * 1e9),
    halted: () => false,
    kernelEntries: () => entries,
    readPhys: () => null,
    framebuffer: () => null,
    fdtBlob: () => null,
    counters: () => ({}),
  };
}
