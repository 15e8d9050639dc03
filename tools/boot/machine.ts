// A booted ViperOS for the terminal and for tests: the virt board with the CPU, the kernel at
// EL1, and the boot filesystem built from build/user/ as its initrd. Used by tools/boot/cli.ts
// (`npm run boot`) and by test/user/*.test.ts to drive the shell through the UART.
import type { StopReason, VirtBoard } from "../../src/emulator/board/virt.ts";
import type { Kernel } from "../../src/kernel/kernel.ts";
import { TaskState } from "../../src/kernel/sched/task.ts";
import { CNTFRQ_HZ } from "../../src/machine/irq.ts";
import type { BlockStore } from "../../src/emulator/devices/virtio/blk.ts";
import type { VirtioBackend } from "../../src/emulator/devices/virtio/mmio.ts";
import { createSystem, type ViperSystem } from "../../src/system/index.ts";
import { type BootfsFile, standardBootfs } from "../mkbootfs.ts";

export interface BootOptions {
  /** RAM in bytes (default: the board's 128 MiB). */
  ramSize?: number;
  /** Host files to add to the boot filesystem. */
  add?: BootfsFile[];
  seed?: number;
  /** Receives everything the UART sends. */
  output?: (bytes: Uint8Array) => void;
  /** Tracepoint names to subscribe to ("*" for all), and where their events go, with their virtual time. */
  trace?: { names: string[]; sink: (name: string, data: Record<string, unknown>, ticks: number) => void };
  /** The kernel command line. */
  bootargs?: string;
  /** Directory of the built user programs (default build/user). */
  userDir?: string;
  /** Default true: the RTC counts virtual time from 2026-01-01; false reads the host's clock. */
  deterministic?: boolean;
  /** A disk in virtio slot 0 (chapter 26b mounts it as SYS:); none by default. */
  disk?: BlockStore;
  /** The virtio devices after the disk (default: createSystem's); --net adds a card (tools/boot/net.ts). */
  virtio?: VirtioBackend[];
}

/** createSystem (chapter 17) with the boot filesystem built from build/user, plus helpers. */
export class BootedMachine {
  readonly system: ViperSystem;
  /** Stops runUntilWaiting early when it returns true (boot's pulled plug). */
  stopWhen: (() => boolean) | null = null;

  constructor(options: BootOptions = {}) {
    const trace = options.trace;
    // `disk` is chapter 24's option; a variable (not a literal) so that earlier states of the
    // book, whose createSystem has no such option, still type-check this file.
    const systemOptions: Parameters<typeof createSystem>[0] & { disk?: BlockStore; virtio?: VirtioBackend[] } = {
      bootfs: standardBootfs(options.add ?? [], options.userDir),
      ramSize: options.ramSize,
      seed: options.seed,
      bootargs: options.bootargs,
      deterministic: options.deterministic,
      trace: trace ? { names: trace.names, listener: trace.sink } : undefined,
    };
    if (options.disk !== undefined) systemOptions.disk = options.disk;
    if (options.virtio !== undefined) systemOptions.virtio = options.virtio;
    this.system = createSystem(systemOptions);
    const output = options.output;
    if (output) {
      // Boot already printed the kernel's log: hand it over first.
      output(latin1(this.system.transcript));
      this.system.uart.onOutput(output);
    }
  }

  get board(): VirtBoard {
    return this.system.board;
  }

  get kernel(): Kernel | null {
    return this.system.kernel;
  }

  /** Everything the UART has sent, decoded as Latin-1 (one char per byte). */
  get transcript(): string {
    return this.system.transcript;
  }

  /** Sends bytes to the UART, as if typed. */
  type(text: string | Uint8Array): void {
    this.system.uart.input(text);
  }

  /**
   * True when the machine can make no progress without input: every byte typed has been read,
   * no task is ready or running, and some task waits for console input (or no task is left).
   */
  waitingForInput(): boolean {
    return this.system.waitingForInput();
  }

  /** Runs until waitingForInput() (or the machine halts, or `maxSeconds` of virtual time pass). */
  runUntilWaiting(maxSeconds = 600): StopReason {
    const stop = this.stopWhen;
    if (stop === null) return this.system.runUntilWaitingForInput(maxSeconds * CNTFRQ_HZ);
    return this.system.runUntil(() => stop() || this.system.waitingForInput(), maxSeconds * CNTFRQ_HZ);
  }

  /** Types `text` and runs until the machine waits for input again; returns the new output. */
  send(text: string, maxSeconds = 600): string {
    const before = this.transcript.length;
    this.type(text);
    this.runUntilWaiting(maxSeconds);
    return this.transcript.slice(before);
  }

  /**
   * Runs until the disk mounted as SYS: has nothing dirty left in the kernel's cache (its
   * writeback daemon runs every second, chapter 26b), at most `maxSeconds` of virtual time;
   * true if the disk caught up. Call it before throwing the machine away.
   */
  settleDisk(maxSeconds = 5): boolean {
    // The disk cache is chapter 26b's part; in an earlier state of the book the kernel has none.
    const k = this.kernel as { diskCache?: { dirtyBlocks(): number[] } | null } | null;
    const clean = (): boolean => (k?.diskCache?.dirtyBlocks().length ?? 0) === 0;
    if (!clean()) this.system.runUntil(clean, maxSeconds * CNTFRQ_HZ);
    return clean();
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
