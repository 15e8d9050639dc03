// The page side of a live machine: xterm.js for the UART, a canvas for ramfb, the controls and
// status line, the worker, and the host the page's panels subscribe to.
import "@xterm/xterm/css/xterm.css";
import { Terminal } from "@xterm/xterm";
import type { PanelHost } from "../panels/api.ts";
import { panelModules } from "../panels/registry.ts";
import type { FromWorker, MachineStatus, ToWorker, TraceEvent } from "./protocol.ts";

const HISTORY = 50_000;

export interface LiveMachineHandle {
  worker: Worker;
  terminal: Terminal;
  host: PanelHost;
}

function matches(names: string[], event: string): boolean {
  return names.some((n) => n === event || n === "*" || (n.endsWith(".") && event.startsWith(n)));
}

/** Attaches the page to a machine worker that is already booting (see client.ts); `early` holds its messages so far. */
export function startMachine(root: HTMLElement, worker: Worker, early: MessageEvent[]): LiveMachineHandle {
  const termBox = root.querySelector<HTMLElement>(".lm-terminal") as HTMLElement;
  const canvas = root.querySelector<HTMLCanvasElement>(".lm-ramfb");
  const statusEl = root.querySelector<HTMLElement>(".lm-status") as HTMLElement;
  termBox.querySelector(".lm-placeholder")?.remove();
  root.dataset.state = "booting";

  const terminal = new Terminal({
    cols: 80,
    rows: 24,
    fontSize: 13,
    lineHeight: 1.15,
    fontFamily: "ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace",
    screenReaderMode: true,
    cursorBlink: true,
    scrollback: 2000,
    theme: { background: "#0f1720", foreground: "#d7e0ea", cursor: "#7fd4a8" },
  });
  terminal.open(termBox);

  const send = (msg: ToWorker): void => worker.postMessage(msg);

  // Panel host: trace history + subscribers, probe watchers, queries.
  const history: TraceEvent[] = [];
  const traceSubs = new Set<{ names: string[]; fn: (e: TraceEvent[]) => void }>();
  const watchers = new Map<string, Set<(d: unknown) => void>>();
  const statusSubs = new Set<(s: MachineStatus) => void>();
  const resetSubs = new Set<() => void>();
  const pending = new Map<number, (d: unknown) => void>();
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
    if (panelsQueued) return;
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
        terminal.write(msg.data);
        break;
      case "status":
        lastStatus = msg.status;
        if (msg.status.prompt && !lastPrompt) {
          lastPrompt = true;
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

  terminal.onData((data) => send({ type: "input", data }));

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
        history.length = 0;
        pendingTrace = [];
        for (const fn of resetSubs) fn();
        terminal.reset();
        send({ type: "reset" });
        break;
    }
  });
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

  // The page's panels share this machine.
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

  return { worker, terminal, host };
}
