// What the worker needs from a machine, whatever builds it: run a slice, feed the UART, read the
// clocks, and let probes see the kernel. `loadSystem` picks the real ViperOS system (src/system)
// and falls back to the stub only if that cannot be loaded.
import type { BlockStore } from "../../emulator/devices/virtio/blk.ts";
import type { Trace } from "../../kernel/trace.ts";
import { CNTFRQ_HZ } from "../../machine/irq.ts";
import type { NetActivity, Scenario } from "./protocol.ts";

export interface Framebuffer {
  width: number;
  height: number;
  /** RGBA, width*height*4 bytes. */
  pixels: Uint8ClampedArray;
  /** Changes whenever the pixels do. */
  version: number;
}

export interface LiveSystem {
  readonly kind: string;
  /** Runs up to `n` instructions; returns how many ran (0 while the machine waits for an event). */
  run(n: number): number;
  /** Bytes typed at the serial console (of the page network's `machine`-th machine; the first by default). */
  input(data: string, machine?: number): void;
  /** A key pressed or released on the virtio keyboard, by Linux key code (absent: no keyboard). */
  key?(code: number, down: boolean): void;
  instructions(): number;
  virtualTimeNs(): number;
  halted(): boolean;
  /** Runs until the next kernel entry (exception, IRQ or system call) has been handled. */
  stepEntry?(): void;
  /** Kernel entries so far (exceptions taken to EL1), for "step one kernel entry". */
  kernelEntries(): number;
  /** The kernel object, for probes (null in the stub). */
  readonly kernel: unknown;
  /** The CPU (src/emulator/cpu/cpu.ts), for the registers probe (null in the stub). */
  readonly cpu: unknown;
  /** Physical memory, for the page-table walk (null when unavailable). */
  readPhys(pa: number, length: number): Uint8Array | null;
  framebuffer(): Framebuffer | null;
  /** Machine counters for panels (e.g. tlbWalks: page-table walks = TLB misses). */
  counters(): Record<string, number>;
  /** The device tree blob the board handed the kernel (null in the stub). */
  fdtBlob(): Uint8Array | null;
  /** The page's network (`<LiveMachine net>`): its frames since the last call and the machines' ARP caches. */
  net?(): NetActivity;
  /** Everything the page's machines said on the wire, as a .pcap file. */
  pcap?(): Uint8Array;
  /** Sets the loss rate of the wire between the page network's first machine and its switch. */
  setLoss?(loss: number): void;
}

export interface SystemOptions {
  scenario: Scenario;
  trace: Trace;
  onUart: (text: string) => void;
  /** A point on the boot timeline (shown by bench:site), with figures. */
  mark?: (name: string, detail?: Record<string, number>) => void;
  /** The page's disk (virtio-blk, slot 0), kept by the worker across boots; none when absent. */
  disk?: BlockStore;
  /** The UART of the page network's second and later machines (machine ≥ 1). */
  onMachineUart?: (machine: number, text: string) => void;
  /**
   * The virtual time (ns) of each tracepoint forwarded into `trace`, told just before it: during
   * boot the system does not exist yet, so the worker cannot ask it for the time.
   */
  eventTime?: (ns: number) => void;
}

/**
 * createSystem's tracepoint listener for a live system: each event into `trace`, boot's included,
 * its virtual time to `eventTime` first. The system gives the time in counter ticks; a system
 * built from an edited book that predates the ticks gives none, and `eventTime` is not called.
 */
export function forwardTracepoints(trace: Trace, eventTime?: (ns: number) => void) {
  return (name: string, data: Record<string, unknown>, ticks?: number): void => {
    if (eventTime !== undefined && ticks !== undefined) eventTime(Math.round((ticks * 1e9) / CNTFRQ_HZ));
    trace.emit(name, data);
  };
}

export type SystemFactory = (options: SystemOptions) => Promise<LiveSystem>;
