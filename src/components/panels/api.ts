// The panel API. A panel is a piece of the page, placed in the prose with <Panel kind="…" />,
// that shows one subsystem of the page's live machine. It is fed by the kernel's tracepoints
// (forwarded from the worker in batches, with virtual timestamps) and by probes (read-only views
// of kernel state computed in the worker: snapshots while running, or one-off queries).
// New panels (storage, TCP, TLS…) add a module here and a line in registry.ts; new data comes from
// new tracepoints or a new probe in live/probes.ts.
import type { DiskActivity, MachineStatus, NetActivity, TraceEvent } from "../live/protocol.ts";

export type { DiskActivity, MachineStatus, NetActivity, TraceEvent };

export interface PanelHost {
  /**
   * Tracepoints whose name equals one of `names` or starts with a name ending in "." ("sched.").
   * `fn` first receives every matching event seen since boot, then each new batch.
   */
  onTrace(names: string[], fn: (events: TraceEvent[]) => void): () => void;
  /** Snapshots of a probe ("processes", "channels", "tasks", "fdt", "klog", "stats"), while the machine runs. */
  watch(probe: string, fn: (data: unknown) => void): () => void;
  /** One answer from a probe, e.g. query("walk", { pid: 1, va: 0x80000000 }). */
  query(probe: string, args?: Record<string, unknown>): Promise<unknown>;
  onStatus(fn: (status: MachineStatus) => void): () => void;
  /** Called when the machine is reset: clear what was shown. */
  onReset(fn: () => void): () => void;
  /**
   * The page disk's requests (`<LiveMachine disk>`), batched; the first call starts the worker
   * reporting them, and `fn` first gets the disk's size, superblock and counts so far.
   */
  onDisk(fn: (activity: DiskActivity) => void): () => void;
  /**
   * The page network's frames and ARP caches (`<LiveMachine net>`), batched; the first call
   * starts the worker reporting them (frames from then on, and the newest few hundred before).
   */
  onNet(fn: (activity: NetActivity) => void): () => void;
  /** Asks the worker for the network's capture and saves it as viperos-net.pcap. */
  downloadPcap(): void;
  /** Sets the loss rate (0 to 1) of the wire between the page network's first machine and its switch. */
  setLoss(loss: number): void;
}

export interface PanelDefinition {
  kind: string;
  title: string;
  /** Builds the panel inside `root` (its server-rendered fallback is replaced). */
  mount(root: HTMLElement, host: PanelHost, options: Record<string, string>): void;
}

/** A small DOM helper for panels. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) if (v !== undefined) node.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

/** Virtual nanoseconds as "[   0.001234]", like a kernel log. */
export function stamp(ns: number): string {
  return `[${(ns / 1e9).toFixed(6).padStart(11, " ")}]`;
}
