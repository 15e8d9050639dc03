// Loaded by every page that has a <LiveMachine>: starts the page's machine (one per page) when it
// scrolls into view or when the reader presses Run. The worker is created at once (it loads the
// emulator and boots while xterm.js loads); the UI attaches when its chunk arrives, and is handed
// whatever the worker said until then.
import type { Scenario } from "./protocol.ts";

let started = false;

/** A worker the page's inline script (LiveMachine.astro) started while the page was still parsing. */
interface EarlyStart {
  root: HTMLElement;
  worker: Worker;
  early: MessageEvent[];
}

function start(root: HTMLElement): void {
  if (started) return;
  started = true;
  const pre = (window as unknown as { __liveMachineEarly?: EarlyStart }).__liveMachineEarly;
  let worker: Worker;
  let early: MessageEvent[];
  if (pre?.root === root) {
    ({ worker, early } = pre);
  } else {
    performance.mark("live:start");
    const scenario = JSON.parse(root.dataset.scenario ?? "{}") as Scenario;
    // The scenario travels as the worker's name, so the worker boots as soon as its script has run.
    // A "boot" message would wait for the page's main thread to forward it (Chromium queues messages
    // to a worker that is still loading on the page's thread) — and that thread is then busy
    // evaluating xterm.js and opening the terminal, which delayed the boot by 100–250 ms.
    worker = new Worker(new URL("./machine.worker.ts", import.meta.url), { type: "module", name: JSON.stringify(scenario) });
    early = [];
    worker.onmessage = (e) => early.push(e);
    performance.mark("live:worker-requested");
  }
  void import("./ui.ts").then((m) => {
    performance.mark("live:ui-loaded");
    const handle = m.startMachine(root, worker, early);
    (window as unknown as { __liveMachine?: unknown }).__liveMachine = handle;
  });
}

function init(): void {
  const root = document.querySelector<HTMLElement>("[data-live-machine]");
  if (!root) return;
  if ((window as unknown as { __liveMachineEarly?: EarlyStart }).__liveMachineEarly?.root === root) {
    start(root);
    return;
  }
  const run = root.querySelector<HTMLButtonElement>('[data-action="run"]');
  run?.addEventListener("click", () => start(root), { once: true });
  if (run) run.disabled = false;
  if (root.dataset.autostart === "false") return;
  // Already on screen (the playground, a machine near the top of a chapter): start now rather than
  // at the IntersectionObserver's first report, which waits for the page's first frame (~100–250 ms).
  const box = root.getBoundingClientRect();
  if (box.bottom > -200 && box.top < innerHeight + 200) {
    start(root);
    return;
  }
  const io = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        io.disconnect();
        start(root);
      }
    },
    { rootMargin: "200px" },
  );
  io.observe(root);
}

init();
