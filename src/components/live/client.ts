// Loaded by every page that has a <LiveMachine>: starts the page's machine (one per page) when it
// scrolls into view or when the reader presses Run, loading xterm.js and the worker only then.
let started: Promise<unknown> | null = null;

function start(root: HTMLElement): void {
  if (started) return;
  started = import("./ui.ts").then((m) => {
    const handle = m.startMachine(root);
    (window as unknown as { __liveMachine?: unknown }).__liveMachine = handle;
    return handle;
  });
}

function init(): void {
  const root = document.querySelector<HTMLElement>("[data-live-machine]");
  if (!root) return;
  root.querySelector<HTMLButtonElement>('[data-action="run"]')?.addEventListener("click", () => start(root), { once: true });
  const run = root.querySelector<HTMLButtonElement>('[data-action="run"]');
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
