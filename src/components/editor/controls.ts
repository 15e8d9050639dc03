// Loaded with the live machine (LiveMachine.astro): on a page that has one, every fence of the
// kernel (figure.chunk[data-fence-id], chunk-plugins.ts) gets an Edit button. Nothing else: the
// editor, the book's sources and the compiler load when the reader presses it (editor.ts).
import "./controls.css";

function edited(fenceId: string): boolean {
  try {
    for (let i = 0; i < localStorage.length; i++) if (localStorage.key(i)?.endsWith(`:${fenceId}`)) return true;
  } catch {
    // Storage refused (a private window's policy): nothing was kept.
  }
  return false;
}

function init(): void {
  if (!document.querySelector("[data-live-machine]")) return;
  for (const figure of document.querySelectorAll<HTMLElement>("figure.chunk[data-fence-id]")) {
    const id = figure.dataset.fenceId as string;
    const bar = document.createElement("div");
    bar.className = "chunk-edit-bar";
    const button = document.createElement("button");
    button.type = "button";
    button.className = "chunk-edit-open";
    button.textContent = edited(id) ? "Edit (changed)" : "Edit";
    button.title = "Edit this chunk and run the kernel with it on the page's machine";
    button.addEventListener("click", () => {
      button.disabled = true;
      button.textContent = "Loading the editor…";
      void import("./editor.ts").then((m) => {
        bar.remove();
        m.openEditor(figure);
      });
    });
    bar.append(button);
    figure.prepend(bar);
  }
}

init();
