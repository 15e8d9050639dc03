// The page side of a live machine: xterm.js for the UART, a canvas for ramfb, the controls and
// status line, the worker, and the host the page's panels subscribe to.
import "@xterm/xterm/css/xterm.css";
import { Terminal } from "@xterm/xterm";
import type { PanelHost } from "../panels/api.ts";
import { panelModules } from "../panels/registry.ts";
import type { DiskActivity, FromWorker, MachineStatus, NetActivity, ToWorker, TraceEvent } from "./protocol.ts";
import { linuxKeyCode } from "./keys.ts";

const HISTORY = 50_000;
/** The terminal's font size, and the smallest it shrinks to so that 80 columns fit the box. */
const FONT_PX = 13;
const MIN_FONT_PX = 11;
const FONT_FAMILY = "ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace";
/** The width of xterm.js's scroll bar (its DEFAULT_SCROLL_BAR_WIDTH). */
const SCROLLBAR_PX = 14;
/** xterm.js's mark for a width it has not measured yet (WidthCacheSettings.FLAT_UNSET). */
const WIDTH_UNSET = -9999;
/** Panels start this long after the first prompt is drawn, or PANELS_LATEST_MS after the machine. */
const AFTER_PROMPT_MS = 200;
const PANELS_LATEST_MS = 5000;

export interface LiveMachineHandle {
  worker: Worker;
  terminal: Terminal;
  /** Every machine's terminal: the first is `terminal`, then the page network's others (`<LiveMachine net>`). */
  terminals: Terminal[];
  host: PanelHost;
}

function matches(names: string[], event: string): boolean {
  return names.some((n) => n === event || n === "*" || (n.endsWith(".") && event.startsWith(n)));
}

/** Attaches the page to a machine worker that is already booting (see client.ts); `early` holds its messages so far. */
export function startMachine(root: HTMLElement, worker: Worker, early: MessageEvent[]): LiveMachineHandle {
  const termBoxes = [...root.querySelectorAll<HTMLElement>(".lm-terminal")];
  const canvas = root.querySelector<HTMLCanvasElement>(".lm-ramfb");
  const statusEl = root.querySelector<HTMLElement>(".lm-status") as HTMLElement;
  for (const box of termBoxes) box.querySelector(".lm-placeholder")?.remove();
  root.dataset.state = "booting";

  const newTerminal = (box: HTMLElement): Terminal => new Terminal({
    cols: 80,
    rows: 24,
    fontSize: fittingFontSize(box),
    lineHeight: 1.15,
    fontFamily: FONT_FAMILY,
    // The screen reader's copy of the rows (xterm.js's AccessibilityManager) lays out every row
    // it writes, one forced layout each: 100–400 ms of the main thread on the way to the prompt.
    // It is switched on once the prompt is on the screen (startPanels).
    screenReaderMode: false,
    cursorBlink: true,
    scrollback: 2000,
    theme: { background: "#0f1720", foreground: "#d7e0ea", cursor: "#7fd4a8" },
  });
  const terminals = termBoxes.map((box) => {
    const t = newTerminal(box);
    t.open(box);
    batchGlyphWidths(t);
    fitTerminal(t, box);
    return t;
  });
  const terminal = terminals[0];
  new ResizeObserver(() => {
    for (const [i, t] of terminals.entries()) fitTerminal(t, termBoxes[i]);
  }).observe(root);

  const send = (msg: ToWorker): void => worker.postMessage(msg);

  // Panel host: trace history + subscribers, probe watchers, queries.
  const history: TraceEvent[] = [];
  const traceSubs = new Set<{ names: string[]; fn: (e: TraceEvent[]) => void }>();
  const watchers = new Map<string, Set<(d: unknown) => void>>();
  const statusSubs = new Set<(s: MachineStatus) => void>();
  const resetSubs = new Set<() => void>();
  const pending = new Map<number, (d: unknown) => void>();
  const diskSubs = new Set<(a: DiskActivity) => void>();
  const netSubs = new Set<(a: NetActivity) => void>();
  /** What a late subscriber to the disk is first told: its size, superblock and counts. */
  let diskSoFar: DiskActivity | null = null;
  let nextQuery = 1;
  let lastStatus: MachineStatus | null = null;
  let sawUart = false;
  let lastPrompt = false;
  const host: PanelHost = {
    onTrace(names, fn) {
      const sub = { names, fn };
      traceSubs.add(sub);
      const past = history.filter((e) => matches(names, e.name));
      if (past.length) fn(past);
      return () => traceSubs.delete(sub);
    },
    watch(probe, fn) {
      let set = watchers.get(probe);
      if (!set) {
        set = new Set();
        watchers.set(probe, set);
        send({ type: "watch", probes: [probe] });
      }
      set.add(fn);
      return () => set.delete(fn);
    },
    query(probe, args = {}) {
      const id = nextQuery++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        send({ type: "query", id, probe, args });
      });
    },
    onStatus(fn) {
      statusSubs.add(fn);
      if (lastStatus) fn(lastStatus);
      return () => statusSubs.delete(fn);
    },
    onReset(fn) {
      resetSubs.add(fn);
      return () => resetSubs.delete(fn);
    },
    onDisk(fn) {
      if (diskSubs.size === 0 && !diskSoFar) send({ type: "disk", action: "watch" });
      diskSubs.add(fn);
      if (diskSoFar) fn({ ...diskSoFar, requests: [] });
      return () => diskSubs.delete(fn);
    },
    onNet(fn) {
      if (netSubs.size === 0) send({ type: "net", action: "watch" });
      netSubs.add(fn);
      return () => netSubs.delete(fn);
    },
    downloadPcap() {
      send({ type: "net", action: "pcap" });
    },
    setLoss(loss) {
      send({ type: "net", action: "loss", loss });
    },
  };

  const showStatus = (s: MachineStatus): void => {
    root.dataset.state = s.state;
    if (s.prompt) root.dataset.prompt = "yes";
    const ms = s.vtimeNs / 1e6;
    statusEl.textContent = `${s.state} · ${ms.toFixed(ms < 10 ? 3 : 1)} ms virtual · ${s.mips.toFixed(1)} MIPS · ${(s.instructions / 1e6).toFixed(2)} M instr · task ${s.task || "—"}${s.system && s.system !== "viperos" ? ` · ${s.system}` : ""}`;
    const run = root.querySelector<HTMLButtonElement>('[data-action="run"]');
    if (run) run.textContent = s.state === "running" ? "Pause" : "Run";
  };

  // Panels are fed in batches when the page is idle, not per message: the terminal is what the
  // reader watches, and the boot's thousands of tracepoints handled message by message kept
  // xterm.js from drawing the prompt for 100–300 ms. Events reach `history` only when delivered, so
  // a panel that subscribes in between gets them once.
  let pendingTrace: TraceEvent[] = [];
  let statusDue = false;
  let panelsQueued = false;
  // Panels wait for the first prompt to be drawn (or PANELS_LATEST_MS): until then the main thread
  // belongs to the terminal, and the boot's panel work (the log, the timeline) cost 100–150 ms.
  let panelsLive = false;
  const feedPanels = (): void => {
    panelsQueued = false;
    const events = pendingTrace;
    pendingTrace = [];
    if (events.length) {
      for (const e of events) history.push(e);
      if (history.length > HISTORY) history.splice(0, history.length - HISTORY);
      for (const sub of traceSubs) {
        const mine = events.filter((e) => matches(sub.names, e.name));
        if (mine.length) sub.fn(mine);
      }
    }
    if (statusDue && lastStatus) {
      statusDue = false;
      for (const fn of statusSubs) fn(lastStatus);
    }
  };
  const panelsSoon = (): void => {
    if (panelsQueued || !panelsLive) return;
    panelsQueued = true;
    if (typeof requestIdleCallback === "function") requestIdleCallback(feedPanels, { timeout: 200 });
    else setTimeout(feedPanels, 50);
  };

  const receive = (event: MessageEvent<FromWorker>): void => {
    const msg = event.data;
    switch (msg.type) {
      case "uart":
        if (!sawUart) {
          sawUart = true;
          performance.mark("live:first-uart");
        }
        (terminals[msg.machine ?? 0] ?? terminal).write(msg.data);
        break;
      case "status":
        lastStatus = msg.status;
        if (msg.status.prompt && !lastPrompt) {
          lastPrompt = true;
          // Once the prompt has been parsed, drawn (xterm.js draws in the frame its parsing
          // asked for, before ours) and painted, and a few frames later: the panels and the
          // screen reader's rows, whose first layout takes the main thread for 100–300 ms.
          terminal.write("", () => requestAnimationFrame(() => setTimeout(startPanels, AFTER_PROMPT_MS)));
          performance.mark("live:prompt", { detail: { hostRunMs: msg.status.hostRunMs, hostSinceBootMs: msg.status.hostSinceBootMs, vtimeNs: msg.status.vtimeNs } });
        }
        showStatus(msg.status);
        statusDue = true;
        panelsSoon();
        break;
      case "trace":
        for (const e of msg.events) pendingTrace.push(e);
        panelsSoon();
        break;
      case "snapshot":
        for (const fn of watchers.get(msg.probe) ?? []) fn(msg.data);
        break;
      case "reply":
        pending.get(msg.id)?.(msg.error ? { error: msg.error } : msg.data);
        pending.delete(msg.id);
        break;
      case "frame":
        if (canvas) {
          if (canvas.width !== msg.width) canvas.width = msg.width;
          if (canvas.height !== msg.height) canvas.height = msg.height;
          canvas.getContext("2d")?.putImageData(new ImageData(msg.pixels as Uint8ClampedArray<ArrayBuffer>, msg.width, msg.height), 0, 0);
        }
        break;
      case "disk-activity": {
        const a = msg.activity;
        diskSoFar = { size: a.size, superblock: a.superblock ?? diskSoFar?.superblock, requests: [], counts: a.counts };
        for (const fn of diskSubs) fn(a);
        break;
      }
      case "disk-image":
        saveImage(msg.bytes, "viperos-disk.img");
        break;
      case "net-activity":
        for (const fn of netSubs) fn(msg.activity);
        break;
      case "pcap":
        saveImage(msg.bytes, "viperos-net.pcap");
        break;
      case "mark":
        performance.mark(`live:${msg.name}`, { startTime: Math.max(0, msg.epochMs - performance.timeOrigin), detail: msg.detail });
        break;
      case "error":
        console.warn(`[live machine] ${msg.message}`);
        terminal.write(`\r\n\x1b[31m${msg.message.split("\n")[0]}\x1b[0m\r\n`);
        break;
    }
  };
  worker.onmessage = receive;
  for (const e of early.splice(0)) receive(e);
  worker.onerror = (e) => {
    console.warn(`[live machine] worker error: ${e.message}`);
    statusEl.textContent = `the machine stopped: ${e.message}`;
  };

  for (const [machine, t] of terminals.entries()) t.onData((data) => send({ type: "input", data, ...(machine > 0 ? { machine } : {}) }));

  // Controls.
  root.querySelectorAll<HTMLButtonElement>("[data-action]").forEach((b) => {
    b.disabled = false;
  });
  root.addEventListener("click", (e) => {
    const button = (e.target as HTMLElement).closest<HTMLButtonElement>("[data-action]");
    if (!button) return;
    switch (button.dataset.action) {
      case "run":
        send({ type: lastStatus?.state === "running" ? "pause" : "run" });
        break;
      case "step-instruction":
        send({ type: "step", unit: "instruction" });
        break;
      case "step-entry":
        send({ type: "step", unit: "entry" });
        break;
      case "reset":
      case "disk-reset":
      case "disk-pull-plug": {
        history.length = 0;
        pendingTrace = [];
        for (const fn of resetSubs) fn();
        for (const t of terminals) t.reset();
        const action = button.dataset.action;
        send(action === "reset" ? { type: "reset" } : { type: "disk", action: action === "disk-reset" ? "reset" : "pull-plug" });
        break;
      }
      case "disk-download":
        send({ type: "disk", action: "download" });
        break;
      case "net-pcap":
        host.downloadPcap();
        break;
    }
  });
  // The disk's block map loads when the reader first opens it.
  const diskMap = root.querySelector<HTMLDetailsElement>("details.lm-diskmap");
  diskMap?.addEventListener("toggle", () => {
    if (!diskMap.open || diskMap.dataset.mounted) return;
    diskMap.dataset.mounted = "yes";
    void panelModules.disk().then(({ default: def }) => {
      const body = diskMap.querySelector<HTMLElement>(".lp-body") as HTMLElement;
      body.replaceChildren();
      def.mount(body, host, {});
    });
  });
  // With the focus on the screen, keys go to the machine's virtio keyboard (chapter 24).
  const keyTo = (down: boolean) => (e: KeyboardEvent): void => {
    const code = linuxKeyCode(e.code);
    if (code === undefined || e.metaKey) return;
    e.preventDefault();
    send({ type: "key", code, down });
  };
  canvas?.addEventListener("keydown", keyTo(true));
  canvas?.addEventListener("keyup", keyTo(false));
  const display = root.querySelector<HTMLDetailsElement>("details.lm-display");
  display?.addEventListener("toggle", () => send({ type: "screen", open: display.open }));
  if (display?.open) send({ type: "screen", open: true });
  root.querySelector<HTMLSelectElement>('[data-action-speed]')?.addEventListener("change", (e) => {
    send({ type: "speed", factor: Number((e.target as HTMLSelectElement).value) });
  });

  // Paused while neither the machine nor any of its panels is on screen.
  const onScreen = new Set<Element>();
  let wasVisible = true;
  const io = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (entry.isIntersecting) onScreen.add(entry.target);
      else onScreen.delete(entry.target);
    }
    const visible = onScreen.size > 0;
    if (visible !== wasVisible) send({ type: "visible", visible });
    wasVisible = visible;
  });
  io.observe(root);
  for (const p of document.querySelectorAll("[data-live-panel]")) io.observe(p);

  // The page's panels share this machine; they start once the prompt is up.
  function startPanels(): void {
    if (panelsLive) return;
    panelsLive = true;
    for (const t of terminals) t.options.screenReaderMode = true;
    for (const panelRoot of document.querySelectorAll<HTMLElement>("[data-live-panel]")) {
      const kind = panelRoot.dataset.livePanel ?? "";
      const load = panelModules[kind];
      if (!load) continue;
      void load().then(({ default: def }) => {
        const body = panelRoot.querySelector<HTMLElement>(".lp-body") ?? panelRoot;
        body.replaceChildren();
        panelRoot.dataset.mounted = "yes";
        def.mount(body, host, { ...panelRoot.dataset } as Record<string, string>);
      });
    }
    panelsSoon();
  }
  setTimeout(startPanels, PANELS_LATEST_MS);

  return { worker, terminal, terminals, host };
}

/** Saves bytes the worker sent: the disk as viperos-disk.img (`npm run fsck.viperfs -- viperos-disk.img`), the network's capture as viperos-net.pcap. */
function saveImage(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/octet-stream" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The box's width for the terminal's 80 columns: inside its padding, clear of the scroll bar. */
function innerWidth(box: HTMLElement, style = getComputedStyle(box)): number {
  // xterm.js draws its scroll bar over the right edge of the terminal: keep the text clear of it.
  return box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - SCROLLBAR_PX;
}

/** A quarter-pixel font size in [MIN_FONT_PX, FONT_PX] at which 80 columns of `width` px fit. */
function sizeFor(size: number, width: number, inner: number): number {
  return Math.max(MIN_FONT_PX, Math.min(FONT_PX, Math.floor(((size * inner) / width) * 4) / 4));
}

/**
 * The font size the terminal starts with, chosen before it exists: a font change after open()
 * costs xterm.js a second measurement and redraw (~50–100 ms on the way to the prompt). The cell
 * width comes from the canvas's measureText, as xterm.js measures it, so no layout is needed for it.
 */
function fittingFontSize(box: HTMLElement): number {
  const ctx = document.createElement("canvas").getContext("2d");
  if (!ctx) return FONT_PX;
  ctx.font = `${FONT_PX}px ${FONT_FAMILY}`;
  const cell = ctx.measureText("W").width;
  return cell > 0 ? sizeFor(FONT_PX, 80 * cell, innerWidth(box)) : FONT_PX;
}

/**
 * Fits the terminal to its box: a smaller font (down to MIN_FONT_PX) when 80 columns are wider
 * than the box, so they fit a desktop page; on a box narrower still (a phone) the terminal keeps
 * 80 columns and scrolls sideways inside the box, so no line is wrapped behind the shell's back.
 * Then the box takes the terminal's real height (rows × the row height the font gives), so no
 * row is clipped.
 */
function fitTerminal(terminal: Terminal, box: HTMLElement): void {
  const screen = box.querySelector<HTMLElement>(".xterm-screen");
  if (!screen) return;
  const style = getComputedStyle(box);
  const inner = innerWidth(box, style);
  const size = terminal.options.fontSize ?? FONT_PX;
  const width = screen.getBoundingClientRect().width;
  const wanted = sizeFor(size, width, inner);
  if (Math.abs(wanted - size) >= 0.25 && (width > inner || wanted > size)) terminal.options.fontSize = wanted;
  box.style.height = `${screen.getBoundingClientRect().height}px`;
  // A sideways scroll bar takes height inside the box: give it back.
  const bar = box.offsetHeight - box.clientHeight - parseFloat(style.borderTopWidth) - parseFloat(style.borderBottomWidth);
  if (bar > 0) box.style.height = `${screen.getBoundingClientRect().height + bar}px`;
}

interface WidthCache {
  _flat?: unknown;
  _measureElements?: HTMLElement[];
  _measure?: (c: string, variant: number) => number;
}
interface XtermInternals {
  _core?: { _renderService?: { _renderer?: { value?: { _widthCache?: WidthCache } } } };
}

/**
 * xterm.js's DOM renderer measures each character the first time it draws it, with one forced
 * layout per character (WidthCache._measure): about 60 layouts of a few ms each when the boot log
 * first arrives, on the way to the prompt, and again whenever the font changes. This makes the
 * first miss of a printable ASCII character measure all 95 of them in one layout, with the
 * element xterm.js itself measures with, and fill its cache with the same figures. It reaches
 * into xterm.js 6's internals; when they are not there, it does nothing and xterm measures as
 * before.
 */
function batchGlyphWidths(terminal: Terminal): void {
  const cache = (terminal as unknown as XtermInternals)._core?._renderService?._renderer?.value?._widthCache;
  const flat = cache?._flat;
  const measure = cache?._measure;
  if (!cache || !(flat instanceof Float32Array) || typeof measure !== "function" || !cache._measureElements?.[0]) return;
  const one = measure.bind(cache);
  cache._measure = (c: string, variant: number): number => {
    const cp = c.charCodeAt(0);
    const regular = cache._measureElements?.[0];
    if (variant !== 0 || c.length !== 1 || cp < 0x20 || cp > 0x7e || !regular?.parentElement) return one(c, variant);
    const spans: [number, HTMLElement][] = [];
    for (let k = 0x20; k < 0x7f; k++) {
      if (flat[k] !== WIDTH_UNSET) continue;
      const span = regular.cloneNode() as HTMLElement;
      span.textContent = String.fromCharCode(k).repeat(32);
      regular.parentElement.append(span);
      spans.push([k, span]);
    }
    for (const [k, span] of spans) {
      const width = span.offsetWidth / 32;
      if (width > 0) flat[k] = width;
    }
    for (const [, span] of spans) span.remove();
    return flat[cp] > 0 ? flat[cp] : one(c, variant);
  };
}
