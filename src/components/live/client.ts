// Loaded by every page that has a <LiveMachine>: starts the page's machine (one per page) when it
// scrolls into view or when the reader presses Run. The worker is created at once (it loads the
// emulator and boots while xterm.js loads); the UI attaches when its chunk arrives.
import type { Scenario } from "./protocol.ts";

let started = false;

function start(root: HTMLElement): void {
  if (started) return;
  started = true;
  performance.mark("live:start");
  const scenario = JSON.parse(root.dataset.scenario ?? "{}") as Scenario;
  const worker = new Worker(new URL("./machine.worker.ts", import.meta.url), { type: "module" });
  const early: MessageEvent[] = [];
  worker.onmessage = (e) => early.push(e);
  worker.postMessage({ type: "boot", scenario });
  performance.mark("live:boot-sent");
  void import("./ui.ts").then((m) => {
    performance.mark("live:ui-loaded");
    const handle = m.startMachine(root, worker, early);
    (window as unknown as { __liveMachine?: unknown }).__liveMachine = handle;
  });
}

function init(): void {
  const root = document.querySelector<HTMLElement>("[data-live-machine]");
  if (!root) return;
  const run = root.querySelector<HTMLButtonElement>('[data-action="run"]');
  run?.addEventListener("click", () => start(root), { once: true });
  if (run) run.disabled = false;
  if (root.dataset.autostart === "false") return;
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
