// A booted ViperOS for the terminal and for tests: the virt board with the CPU, the kernel at
// EL1, and the boot filesystem built from build/user/ as its initrd. Used by tools/boot/cli.ts
// (`npm run boot`) and by test/user/*.test.ts to drive the shell through the UART.
import { Cpu } from "../../src/emulator/cpu/cpu.ts";
import { createVirtBoard, type StopReason, type VirtBoard } from "../../src/emulator/board/virt.ts";
import { CNTFRQ_HZ } from "../../src/machine/irq.ts";
import type { Kernel } from "../../src/kernel/kernel.ts";
import { kernelMain } from "../../src/kernel/main.ts";
import { TaskState } from "../../src/kernel/sched/task.ts";
import { Trace } from "../../src/kernel/trace.ts";
import { type BootfsFile, standardBootfs } from "../mkbootfs.ts";

export interface BootOptions {
  /** RAM in bytes (default: the board's 128 MiB). */
  ramSize?: number;
  /** Host files to add to the boot filesystem. */
  add?: BootfsFile[];
  seed?: number;
  /** Receives everything the UART sends. */
  output?: (bytes: Uint8Array) => void;
  /** Tracepoint names to subscribe to ("*" for all), and where their events go. */
  trace?: { names: string[]; sink: (name: string, data: Record<string, unknown>) => void };
  /** The kernel command line. */
  bootargs?: string;
  /** Directory of the built user programs (default build/user). */
  userDir?: string;
}

export class BootedMachine {
  readonly board: VirtBoard;
  kernel: Kernel | null = null;
  /** Everything the UART has sent, decoded as Latin-1 (one char per byte). */
  transcript = "";

  constructor(options: BootOptions = {}) {
    const initrd = standardBootfs(options.add ?? [], options.userDir);
    const trace = new Trace();
    for (const name of options.trace?.names ?? []) trace.on(name, options.trace?.sink ?? (() => {}));
    this.board = createVirtBoard({
      createCpu: (bus) => new Cpu(bus),
      initrd,
      ramSize: options.ramSize,
      seed: options.seed,
      bootargs: options.bootargs,
      uartOutput: (bytes) => {
        for (const b of bytes) this.transcript += String.fromCharCode(b);
        options.output?.(bytes);
      },
    });
    this.board.boot((door, fdt) =>
      kernelMain(door, fdt, {
        trace,
        kernel: (k) => {
          this.kernel = k;
        },
      }),
    );
  }

  /** Sends bytes to the UART, as if typed. */
  type(text: string | Uint8Array): void {
    this.board.uart.receive(typeof text === "string" ? latin1(text) : text);
  }

  /**
   * True when the machine can make no progress without input: every byte typed has been read,
   * no task is ready or running, and some task waits for console input (or no task is left).
   */
  waitingForInput(): boolean {
    const k = this.kernel;
    if (k === null || this.board.uart.pendingInput > 0 || k.console.input.length > 0) return false;
    let live = 0;
    for (const t of k.sched.tasks.values()) {
      if (t.state === TaskState.EXITED) continue;
      live++;
      if (t.state !== TaskState.BLOCKED) return false;
    }
    return live === 0 || k.console.readers.length > 0;
  }

  /** Runs until waitingForInput() (or the machine halts, or `maxSeconds` of virtual time pass). */
  runUntilWaiting(maxSeconds = 600): StopReason {
    return this.board.runUntil(() => this.waitingForInput(), maxSeconds * CNTFRQ_HZ);
  }

  /** Types `text` and runs until the machine waits for input again; returns the new output. */
  send(text: string, maxSeconds = 600): string {
    const before = this.transcript.length;
    this.type(text);
    this.runUntilWaiting(maxSeconds);
    return this.transcript.slice(before);
  }

  /** True when no task is left (vinit ended). */
  get finished(): boolean {
    const k = this.kernel;
    if (k === null) return false;
    for (const t of k.sched.tasks.values()) if (t.state !== TaskState.EXITED) return false;
    return true;
  }
}

export function latin1(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}
