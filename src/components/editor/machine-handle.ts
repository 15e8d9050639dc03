// The page's live machine, as the editor and the lab checks reach it: its worker, started on
// demand (the page's Run button), and the blob URL of the edited system it runs now, if any.

interface LiveHandle {
  worker: Worker;
}

/** The blob URL of the edited system the machine runs now (null: the book's). One per page. */
const current: { url: string | null } = { url: null };

/** The page's machine worker, starting the machine if it has not started yet. */
export async function machineWorker(): Promise<Worker | null> {
  const w = window as unknown as { __liveMachine?: LiveHandle };
  const root = document.querySelector<HTMLElement>("[data-live-machine]");
  if (!root) return null;
  root.scrollIntoView({ block: "nearest" });
  if (!w.__liveMachine) root.querySelector<HTMLButtonElement>('[data-action="run"]')?.click();
  for (let i = 0; i < 300 && !w.__liveMachine; i++) await new Promise((ok) => setTimeout(ok, 100));
  return w.__liveMachine?.worker ?? null;
}

/** Reboots the machine with `code` (an edited system's bundle), or with the book's system (null). */
export function rebootWith(worker: Worker, code: string | null): void {
  if (current.url) URL.revokeObjectURL(current.url);
  current.url = code === null ? null : URL.createObjectURL(new Blob([code], { type: "text/javascript" }));
  worker.postMessage({ type: "kernel", url: current.url });
}

/** Whether the machine runs an edited system now. */
export const runsEdited = (): boolean => current.url !== null;
