// The live machine's Web Worker: owns one system, runs it in time slices, forwards the UART,
// tracepoints, status and probe snapshots to the page. See protocol.ts for the messages.
import { Trace } from "../../kernel/trace.ts";
import { runProbe } from "./probes.ts";
import type { FromWorker, MachineStatus, Scenario, ToWorker, TraceEvent } from "./protocol.ts";
import { loadSystem } from "./load-system.ts";
import { DiskActivityLog, PageDisk } from "./page-disk.ts";
import type { LiveSystem } from "./system.ts";
import { makePageDisk } from "./viperos-system.ts";

const SLICE_MS = 14;
const STATUS_MS = 120;
const SNAPSHOT_MS = 300;
const FRAME_MS = 400;
const MAX_EVENTS_PER_FLUSH = 4000;

/** Posts to the page. Nothing is ever transferred (see sendFrame). */
const post = (msg: FromWorker): void => (self as unknown as Worker).postMessage(msg);

/** A point on the boot timeline, shown by bench:site next to the page's own marks. */
const mark = (name: string, detail?: Record<string, number>, at = performance.now()): void =>
  post({ type: "mark", name, epochMs: performance.timeOrigin + at, ...(detail ? { detail } : {}) });
mark("worker-created", undefined, 0);
mark("worker-evaluated");

let scenario: Scenario | null = null;
let sys: LiveSystem | null = null;
/** While the system boots (sys is still null): the virtual time of the tracepoint being forwarded. */
let bootEventNs = 0;
let trace = new Trace();
let wantRun = false; // the reader's choice (run/pause)
let visible = true; // paused while off screen
let speed = 1;
let budget = 200_000; // instructions per slice, adapted to SLICE_MS
/** A slice is due (by the message below or a timer): schedule() adds no second one. */
let sliceDue = false;
let uartOut = "";
let tail = "";
let promptSeen = false;
let promptMarked = false;
let typed = 0;
let task = "";
let events: TraceEvent[] = [];
let dropped = 0;
let watched: string[] = [];
let lastStatus = 0;
let lastSnapshot = 0;
let lastFrame = 0;
/** Whether the page shows the ramfb screen: converting and cloning a 3 MiB frame for a closed
 * <details> cost both threads ~50–100 ms on the way to the first prompt. */
let screenOpen = false;
let mipsWindow = { t: 0, n: 0, mips: 0 };
let frameVersion = -1;
let generation = 0;
let hostRunMs = 0;
let bootAt = 0;
/** The page's disk (`<LiveMachine disk>`): made at the first boot, kept across Reset. */
let pageDisk: PageDisk | null = null;
/** Its requests, once the reader opened the block map. */
let diskLog: DiskActivityLog | null = null;
/** The system the machine boots: the book's (null) or the page editor's build (a module URL). */
let systemUrl: string | null = null;
/** The page network's other machines' console output (machine ≥ 1), waiting for the next flush. */
const otherUart = new Map<number, string>();
/** Whether the packet panel listens to the page's network. */
let netWatched = false;

function onUart(text: string): void {
  uartOut += text;
  if (!promptSeen && text.includes("SYS:> ")) flushSoon();
  tail = (tail + text).slice(-256);
  // eslint-disable-next-line no-control-regex
  const plain = tail.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "");
  if (/> $/.test(plain)) {
    if (/SYS:> $/.test(plain)) promptSeen = true;
    if (scenario && typed < scenario.type.length) {
      const line = scenario.type[typed++];
      tail = "";
      queueMicrotask(() => sys?.input(`${line}\r`));
    }
  }
}

function onMachineUart(machine: number, text: string): void {
  otherUart.set(machine, (otherUart.get(machine) ?? "") + text);
}

function sanitize(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== "object") return typeof value === "function" ? undefined : value;
  if (depth > 3) return undefined;
  if (Array.isArray(value)) return value.slice(0, 64).map((v) => sanitize(v, depth + 1));
  if (ArrayBuffer.isView(value)) return Array.from((value as Uint8Array).subarray(0, 64));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = sanitize(v, depth + 1);
  return out;
}

function newTrace(): Trace {
  const t = new Trace();
  t.on("*", (name, data) => {
    if (name === "sched.switch" && typeof data.name === "string") task = data.name;
    if (events.length >= MAX_EVENTS_PER_FLUSH) {
      dropped++;
      return;
    }
    events.push({ t: sys ? sys.virtualTimeNs() : bootEventNs, name, data: sanitize(data) as Record<string, unknown> });
  });
  return t;
}

function status(): MachineStatus {
  const halted = sys?.halted() ?? false;
  let state: MachineStatus["state"] = "booting";
  if (sys) state = halted ? "halted" : wantRun && visible ? "running" : "paused";
  return {
    state,
    vtimeNs: sys?.virtualTimeNs() ?? 0,
    instructions: sys?.instructions() ?? 0,
    mips: mipsWindow.mips,
    task,
    prompt: promptSeen,
    hostRunMs,
    hostSinceBootMs: bootAt ? performance.now() - bootAt : 0,
    system: sys?.kind ?? "",
  };
}

function flush(force = false): void {
  if (uartOut) {
    post({ type: "uart", data: uartOut });
    uartOut = "";
  }
  for (const [machine, data] of otherUart) post({ type: "uart", data, machine });
  otherUart.clear();
  if (events.length) {
    if (dropped) events.push({ t: events[events.length - 1].t, name: "live.dropped", data: { count: dropped } });
    post({ type: "trace", events });
    events = [];
    dropped = 0;
  }
  const now = performance.now();
  if (force || now - lastStatus > STATUS_MS) {
    lastStatus = now;
    post({ type: "status", status: status() });
    const activity = diskLog?.take();
    if (activity) {
      const stats = (sys?.kernel as { diskCache?: { stats: { hits: number; misses: number; evictions: number } } | null } | null)
        ?.diskCache?.stats;
      if (stats) activity.cache = { hits: stats.hits, misses: stats.misses, evictions: stats.evictions };
      post({ type: "disk-activity", activity });
    }
    if (netWatched && sys?.net) post({ type: "net-activity", activity: sys.net() });
    if (screenOpen && now - lastFrame > FRAME_MS) {
      lastFrame = now;
      sendFrame();
    }
  }
  if (sys && watched.length && (force || now - lastSnapshot > SNAPSHOT_MS)) {
    lastSnapshot = now;
    for (const probe of watched) {
      try {
        post({ type: "snapshot", probe, data: runProbe(probe, sys, {}) });
      } catch (e) {
        post({ type: "snapshot", probe, data: { error: String(e) } });
      }
    }
  }
}

function sendFrame(): void {
  const fb = sys?.framebuffer();
  if (!fb || fb.version === frameVersion) return;
  frameVersion = fb.version;
  // Copied by structured clone, not transferred: transferring detaches the buffer, and the first
  // detach in a worker makes V8 check for detachment on every typed-array access from then on —
  // the interpreter's whole run loop (chapters/04c-cpu-system.mdx, "How fast"). A copy per frame is cheap.
  const pixels = new Uint8ClampedArray(fb.pixels);
  post({ type: "frame", width: fb.width, height: fb.height, pixels });
}

/** The prompt's first appearance is reported at once (the bench measures it). */
function flushSoon(): void {
  queueMicrotask(() => {
    if (!promptMarked) mark("worker-prompt");
    promptMarked = true;
    promptSeen = true;
    flush(true);
  });
}

// The next slice at once goes through a message to ourselves, not setTimeout(0): nested timers are
// clamped to 4 ms, and the 20-odd slices of a boot lost ~80 ms to it on the way to the prompt.
const immediate = new MessageChannel();
const due = (): void => {
  sliceDue = false;
  slice();
};
immediate.port1.onmessage = due;

function schedule(delay: number): void {
  if (sliceDue) return;
  sliceDue = true;
  if (delay <= 0) immediate.port2.postMessage(null);
  else setTimeout(due, delay);
}

function slice(): void {
  if (!sys || !wantRun || !visible || sys.halted()) {
    flush(true);
    return;
  }
  const start = performance.now();
  const limit = SLICE_MS * speed;
  let ran = 0;
  let idle = false;
  try {
    while (performance.now() - start < limit) {
      const n = sys.run(Math.max(1000, Math.floor(budget * speed)));
      ran += n;
      if (n === 0 || sys.halted()) {
        idle = true;
        break;
      }
    }
  } catch (e) {
    post({ type: "error", message: `machine: ${(e as Error).stack ?? e}` });
    wantRun = false;
    flush(true);
    return;
  }
  const spent = performance.now() - start;
  hostRunMs += spent;
  if (ran > 0 && spent > 0) {
    // Aim for a few run() calls per slice.
    const perMs = ran / spent;
    budget = Math.max(10_000, Math.min(5_000_000, Math.floor((perMs * SLICE_MS) / 3)));
  }
  const now = performance.now();
  if (mipsWindow.t === 0) mipsWindow = { t: now, n: 0, mips: 0 };
  mipsWindow.n += ran;
  if (now - mipsWindow.t > 500) {
    mipsWindow = { t: now, n: 0, mips: mipsWindow.n / ((now - mipsWindow.t) * 1000) };
  }
  flush();
  schedule(idle ? 8 : speed < 1 ? Math.round(SLICE_MS * (1 / speed - 1)) : 0);
}

async function boot(s: Scenario): Promise<void> {
  const mine = ++generation;
  bootAt = performance.now();
  hostRunMs = 0;
  scenario = s;
  trace = newTrace();
  sys = null;
  bootEventNs = 0;
  promptSeen = false;
  typed = 0;
  task = "";
  tail = "";
  frameVersion = -1;
  otherUart.clear();
  flush(true);
  try {
    if (s.disk && !pageDisk) {
      pageDisk = new PageDisk(makePageDisk);
      mark("worker-disk");
    }
    const created = await loadSystem(
      {
        scenario: s,
        trace,
        onUart,
        onMachineUart,
        mark,
        disk: pageDisk?.store,
        eventTime: (ns) => {
          bootEventNs = ns;
        },
      },
      systemUrl,
    );
    if (mine !== generation) return;
    sys = created;
    if (pageDisk) pageDisk.volatile.clock = () => created.instructions();
    mark("worker-booted");
  } catch (e) {
    post({ type: "error", message: `boot: ${(e as Error).stack ?? e}` });
    return;
  }
  flush(true);
  schedule(0);
}

function step(unit: "instruction" | "entry"): void {
  if (!sys) return;
  wantRun = false;
  try {
    if (unit === "instruction") sys.run(1);
    else if (sys.stepEntry) sys.stepEntry();
    else {
      const before = sys.kernelEntries();
      for (let i = 0; i < 1_000_000 && sys.kernelEntries() === before && !sys.halted(); ) {
        const n = sys.run(1);
        if (n === 0) break;
        i += n;
      }
    }
  } catch (e) {
    post({ type: "error", message: `machine: ${(e as Error).stack ?? e}` });
  }
  flush(true);
}

function disk(action: "download" | "reset" | "pull-plug" | "watch"): void {
  if (!pageDisk) return;
  switch (action) {
    case "download":
      // A copy: the machine keeps writing to its own bytes.
      post({ type: "disk-image", bytes: pageDisk.bytes.slice() });
      break;
    case "reset":
      // A fresh image under a running kernel would be a disk swapped behind its back: reboot too.
      pageDisk.resetDisk();
      diskLog?.replaced();
      if (scenario) {
        post({ type: "uart", data: "\x1bc" });
        wantRun = true;
        void boot(scenario);
      }
      break;
    case "pull-plug": {
      // The power fails: the disk's cache is lost, and the machine reboots onto what reached the
      // medium; the journal panel hears how much was lost (live.plug), then the mount's replay.
      const lost = pageDisk.pullPlug();
      diskLog?.replaced();
      events.push({ t: 0, name: "live.plug", data: { lost } });
      if (scenario) {
        post({ type: "uart", data: `\x1bc[the plug was pulled: ${lost} writes in the disk's cache were lost]\r\n` });
        wantRun = true;
        void boot(scenario);
      }
      break;
    }
    case "watch":
      diskLog ??= new DiskActivityLog(pageDisk);
      flush(true);
      break;
  }
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const msg = event.data;
  switch (msg.type) {
    case "boot":
      wantRun = true;
      void boot(msg.scenario);
      break;
    case "run":
      wantRun = true;
      schedule(0);
      break;
    case "pause":
      wantRun = false;
      flush(true);
      break;
    case "step":
      step(msg.unit);
      break;
    case "reset":
      if (scenario) {
        post({ type: "uart", data: "\x1bc" });
        wantRun = true;
        void boot(scenario);
      }
      break;
    case "kernel":
      systemUrl = msg.url;
      if (scenario) {
        post({ type: "uart", data: "\x1bc" });
        wantRun = true;
        void boot(scenario);
      }
      break;
    case "disk":
      disk(msg.action);
      break;
    case "net":
      if (msg.action === "pcap") post({ type: "pcap", bytes: sys?.pcap?.() ?? new Uint8Array(0) });
      else if (msg.action === "loss") sys?.setLoss?.(msg.loss);
      else {
        netWatched = true;
        flush(true);
      }
      break;
    case "speed":
      speed = Math.max(0.01, Math.min(1, msg.factor));
      break;
    case "screen":
      screenOpen = msg.open;
      if (screenOpen) {
        frameVersion = -1;
        lastFrame = 0;
        flush(true);
      }
      break;
    case "visible":
      visible = msg.visible;
      if (visible) schedule(0);
      else flush(true);
      break;
    case "input":
      sys?.input(msg.data, msg.machine);
      if (sys && wantRun) schedule(0);
      break;
    case "key":
      sys?.key?.(msg.code, msg.down);
      if (sys && wantRun) schedule(0);
      break;
    case "watch":
      watched = [...new Set([...watched, ...msg.probes])];
      lastSnapshot = 0;
      flush(true);
      break;
    case "query":
      try {
        post({ type: "reply", id: msg.id, data: sys ? runProbe(msg.probe, sys, msg.args) : null });
      } catch (e) {
        post({ type: "reply", id: msg.id, data: null, error: String(e) });
      }
      break;
  }
};

// The page names the worker after its scenario (client.ts): boot at once, without waiting for a message.
if (self.name) {
  wantRun = true;
  void boot(JSON.parse(self.name) as Scenario);
}
