// Messages between the page (live/ui.ts) and the machine's Web Worker (live/machine.worker.ts).
// Everything crosses postMessage, so only structured-cloneable data: no functions, no classes.
import type { CapturedFrame } from "./net-capture.ts";

export type { CapturedFrame };

/** What a page asks the machine to do; declared in the chapter's MDX. */
export interface Scenario {
  /** A name for tests and the status line ("boot", "scheduler", …). */
  name: string;
  /** Lines typed at the shell, one after each prompt, once the machine reaches `SYS:> `. */
  type: string[];
  /** RAM in MiB (the machine's default when absent). */
  ramMiB?: number;
  /** Give the machine the page's disk (`<LiveMachine disk>`): ViperFS in the worker's memory, kept across Reset. */
  disk?: boolean;
  /** Put the page's machines on a network (`<LiveMachine net={n}>`): n ViperOS machines and the lab host on one switch. */
  net?: number;
}

export type StepUnit = "instruction" | "entry";

export type ToWorker =
  | { type: "boot"; scenario: Scenario }
  | { type: "run" }
  | { type: "pause" }
  | { type: "step"; unit: StepUnit }
  | { type: "reset" }
  /** Reboot with another build of the system (a module exporting createSystem, e.g. the page editor's blob URL), or with the book's own (null). */
  | { type: "kernel"; url: string | null }
  | { type: "speed"; factor: number }
  | { type: "visible"; visible: boolean }
  /** The reader opened (or closed) the ramfb screen: frames are sent only while it is open. */
  | { type: "screen"; open: boolean }
  /** Typed at a machine's console: the page network's `machine`-th machine (the first when absent). */
  | { type: "input"; data: string; machine?: number }
  /** A key went down or up on the screen, by Linux key code: for the virtio keyboard (chapter 24). */
  | { type: "key"; code: number; down: boolean }
  | { type: "watch"; probes: string[] }
  /** The page's disk: send its bytes ("download"), make it fresh and reboot ("reset"), cut its power and reboot ("pull-plug", chapter 27), or start reporting its requests ("watch"). */
  | { type: "disk"; action: "download" | "reset" | "pull-plug" | "watch" }
  | { type: "query"; id: number; probe: string; args: Record<string, unknown> }
  /** The page's network: send the capture ("pcap"), or start reporting frames and ARP caches ("watch"). */
  | { type: "net"; action: "pcap" | "watch" }
  /** The loss rate of the wire between the first machine and the switch (the TCP panel's slider). */
  | { type: "net"; action: "loss"; loss: number };

export interface TraceEvent {
  /** Virtual time of the event, in nanoseconds since reset. */
  t: number;
  name: string;
  data: Record<string, unknown>;
}

export interface MachineStatus {
  state: "booting" | "running" | "paused" | "idle" | "halted";
  /** Virtual time since reset, ns. */
  vtimeNs: number;
  instructions: number;
  /** Million instructions per host second over the last interval. */
  mips: number;
  task: string;
  /** Whether the shell prompt has been seen. */
  prompt: boolean;
  /** Host milliseconds spent running the machine so far (since boot), and since boot in total. */
  hostRunMs: number;
  hostSinceBootMs: number;
  /** What the worker runs: "viperos" (the real system) or "stub". */
  system: string;
}

export type FromWorker =
  /** Console output, of the page network's `machine`-th machine when given. */
  | { type: "uart"; data: string; machine?: number }
  | { type: "status"; status: MachineStatus }
  | { type: "trace"; events: TraceEvent[] }
  | { type: "snapshot"; probe: string; data: unknown }
  | { type: "reply"; id: number; data: unknown; error?: string }
  | { type: "frame"; width: number; height: number; pixels: Uint8ClampedArray }
  | { type: "error"; message: string }
  /** The page's disk as it is now (a copy), for Download image. */
  | { type: "disk-image"; bytes: Uint8Array }
  | { type: "disk-activity"; activity: DiskActivity }
  /** What the page's network did since the last report, while the packet panel listens. */
  | { type: "net-activity"; activity: NetActivity }
  /** The page network's capture, for Download pcap. */
  | { type: "pcap"; bytes: Uint8Array }
  /** A point on the worker's timeline (ms since the epoch: the page and worker clocks differ), for bench:site. */
  | { type: "mark"; name: string; epochMs: number; detail?: Record<string, number> };

/** What the page's disk did since the last report, while the block map is open. */
export interface DiskActivity {
  /** The disk's size in bytes. */
  size: number;
  /** Block 0 (the superblock), when it is new to the page: after watch, Reset disk, or a write to it. */
  superblock?: Uint8Array;
  /** Requests as triples: op (0 read, 1 write), first block, last block. */
  requests: number[];
  /** Since the map was first opened: requests served, and bytes moved. */
  counts: DiskCounts;
  /** The kernel's block cache (chapter 25) since boot, once the disk is mounted as SYS: (chapter 26b). */
  cache?: { hits: number; misses: number; evictions: number };
}

export interface DiskCounts {
  reads: number;
  writes: number;
  flushes: number;
  bytesRead: number;
  bytesWritten: number;
}

/** The page's network since the last report (`<LiveMachine net>`, the packet panel). */
export interface NetActivity {
  /** Frames sent onto the switch since the last report (the newest few hundred). */
  frames: CapturedFrame[];
  /** Frames sent since the machines started, and how many of them the pcap holds. */
  seen: number;
  recorded: number;
  /** Each machine's ARP cache (chapter 29): address, MAC, seconds it is still believed. */
  arp: { machine: string; entries: { ip: string; mac: string; seconds: number }[] }[];
  /** The first machine's wire: its loss rate, and frames carried and lost since the machines started. */
  wire?: { loss: number; sent: number; lost: number };
}
