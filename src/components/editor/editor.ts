// The page's chunk editor (loaded when the reader presses a chunk's Edit button, controls.ts):
// CodeMirror in place of the chunk, and three actions. "Run edited kernel" expands the book with
// the page's edits (sources.ts), bundles the system with esbuild in the page (build.ts, loaded at
// the first run) and reboots the live machine's worker with it; errors are shown with chapter
// lines. "Check types" runs TypeScript over the kernel in a worker (typecheck.ts, loaded then).
// "Reset to the book" forgets the edit; "Download my changes" saves the chapter's edits
// as a patch (patch.ts). Edits are kept in local storage as they are typed (store.ts).
import { javascript } from "@codemirror/lang-javascript";
import { basicSetup, EditorView } from "codemirror";
import book from "virtual:viperos-book-sources";
import "./editor.css";
import type { BuildProblem } from "./build.ts";
import { machineWorker, rebootWith, runsEdited } from "./machine-handle.ts";
import { chapterPatch } from "./patch.ts";
import { chapterPosition, type ExpandedFile, expandBook, type SourceFence } from "./sources.ts";
import { chapterEdits, loadEdit, saveEdit } from "./store.ts";

const fences = new Map<string, SourceFence>();
for (const r of book.roots) fences.set(r.fence.id, r.fence);
for (const c of book.chunks) for (const d of c.definitions) fences.set(d.id, d);

function button(label: string, action: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = label;
  b.dataset.editorAction = action;
  b.addEventListener("click", onClick);
  return b;
}

/** A build problem as the reader can find it: the chapter's line, and the line within this chunk. */
export function describeProblem(p: BuildProblem, files: ReadonlyMap<string, ExpandedFile>, fence: SourceFence): string {
  const file = p.path === null ? undefined : files.get(p.path);
  const at = file ? chapterPosition(file, p.line, p.column) : null;
  if (!at) return p.path ? `${p.path}:${p.line}:${p.column + 1}: ${p.message}` : p.message;
  const here = at.chapter === fence.chapter && at.line >= fence.bodyLine ? ` (line ${at.line - fence.bodyLine + 1} of this chunk)` : "";
  return `${at.chapter}:${at.line}:${at.column + 1}: ${p.message}${here}`;
}

function download(name: string, text: string): void {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(new Blob([text], { type: "text/x-diff" }));
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

export function openEditor(figure: HTMLElement): void {
  const id = figure.dataset.fenceId as string;
  const fence = fences.get(id);
  const code = figure.querySelector<HTMLElement>(".expressive-code");
  if (!fence || !code) return;
  const chapter = fence.chapter;
  const box = document.createElement("div");
  box.className = "chunk-editor";
  const status = document.createElement("pre");
  status.className = "chunk-editor-status";
  status.setAttribute("role", "status");
  const say = (text: string, kind: "info" | "error" = "info"): void => {
    status.textContent = text;
    status.dataset.kind = kind;
  };
  const where = document.createElement("span");
  where.className = "chunk-editor-where";
  where.textContent = `${chapter}, from line ${fence.bodyLine}`;
  const host = document.createElement("div");
  const view = new EditorView({
    doc: (loadEdit(localStorage, chapter, id) ?? fence.body).join("\n"),
    extensions: [
      basicSetup,
      javascript({ typescript: true }),
      EditorView.updateListener.of((u) => {
        if (u.docChanged) saveEdit(localStorage, chapter, id, u.state.doc.toString().split("\n"), fence.body);
      }),
    ],
    parent: host,
  });

  const run = async (): Promise<void> => {
    say("Building the kernel with your changes…");
    const edits = chapterEdits(localStorage, chapter);
    const files = expandBook(book, edits);
    const { buildSystem } = await import("./build.ts");
    const result = await buildSystem(files);
    if (!result.ok) {
      say(`The kernel does not build:\n${result.problems.map((p) => describeProblem(p, files, fence)).join("\n")}`, "error");
      return;
    }
    const worker = await machineWorker();
    if (!worker) {
      say("There is no live machine on this page to run it on.", "error");
      return;
    }
    rebootWith(worker, result.code);
    say(`Built in ${Math.round(result.ms)} ms with ${edits.size} changed chunk${edits.size === 1 ? "" : "s"} of ${chapter}; the machine reboots with it.`);
  };
  const reset = async (): Promise<void> => {
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: fence.body.join("\n") } });
    saveEdit(localStorage, chapter, id, fence.body, fence.body);
    if (runsEdited() && chapterEdits(localStorage, chapter).size === 0) {
      const worker = await machineWorker();
      if (worker) rebootWith(worker, null);
      say("Back to the book's text; the machine reboots with the book's kernel.");
    } else say("Back to the book's text.");
  };
  const types = async (): Promise<void> => {
    say("Checking types (TypeScript, in a worker of this page)…");
    const files = expandBook(book, chapterEdits(localStorage, chapter));
    const { checkTypes } = await import("./typecheck.ts");
    const problems = await checkTypes(files);
    if (problems.length === 0) say("No type errors in src/kernel and src/machine.");
    else say(`Type errors:\n${problems.map((p) => describeProblem(p, files, fence)).join("\n")}`, "error");
  };
  const save = (): void => {
    const edits = [...chapterEdits(localStorage, chapter)].flatMap(([fid, body]) => {
      const f = fences.get(fid);
      return f ? [{ fence: f, body }] : [];
    });
    const patch = chapterPatch(chapter, edits);
    if (patch === "") {
      say("Nothing to download: this chapter is as the book has it.");
      return;
    }
    download(`${chapter.replace(/^.*\//, "").replace(/\.mdx$/, "")}.patch`, patch);
    say(`Saved your changes to ${chapter} as a patch (apply it with git apply).`);
  };

  const bar = document.createElement("div");
  bar.className = "chunk-editor-bar";
  bar.append(button("Run edited kernel", "run", () => void run()), button("Check types", "types", () => void types()), button("Reset to the book", "reset", () => void reset()), button("Download my changes", "download", save), where);
  box.append(bar, host, status);
  code.style.display = "none";
  code.before(box);
  figure.dataset.editing = "true";
  view.focus();
}
