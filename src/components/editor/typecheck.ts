// The page's side of "Check types": hands the expanded book to TypeScript in its own worker
// (typecheck.worker.ts, created at the first check) and returns what it found.
import type { ExpandedFile } from "./sources.ts";

export interface TypeProblem {
  path: string | null;
  line: number; // 1-based
  column: number; // 0-based
  message: string;
}

let worker: Worker | null = null;

export function checkTypes(files: ReadonlyMap<string, ExpandedFile>): Promise<TypeProblem[]> {
  worker ??= new Worker(new URL("./typecheck.worker.ts", import.meta.url), { type: "module", name: "typecheck" });
  const w = worker;
  return new Promise((resolve) => {
    w.onmessage = (e: MessageEvent<{ problems: TypeProblem[] }>) => resolve(e.data.problems);
    w.postMessage({ files: Object.fromEntries([...files].map(([path, f]) => [path, f.text])) });
  });
}
