// Bundles the live machine's system (src/system/index.ts and everything it imports) from the
// expanded book in memory, with esbuild's WebAssembly build: the editor's "Run edited kernel".
// esbuild strips the types and checks the syntax; it does not type-check.
import * as esbuild from "esbuild-wasm/esm/browser.js";
import wasmURL from "esbuild-wasm/esbuild.wasm?url";
import { type ExpandedFile, SYSTEM_ENTRY } from "./sources.ts";

export interface BuildProblem {
  /** The generated file and its line (1-based) and column (0-based), when esbuild knows them. */
  path: string | null;
  line: number;
  column: number;
  message: string;
}

export type BuildResult = { ok: true; code: string; ms: number } | { ok: false; problems: BuildProblem[]; ms: number };

let started: Promise<void> | null = null;

/** Resolves `spec` (a relative import) against the folder of `from`: "src/kernel/a.ts", "../machine/b.ts" → "src/machine/b.ts". */
export function resolveImport(from: string, spec: string): string {
  const parts = from.split("/").slice(0, -1);
  for (const p of spec.split("/")) {
    if (p === "..") parts.pop();
    else if (p !== ".") parts.push(p);
  }
  return parts.join("/");
}

export async function buildSystem(files: ReadonlyMap<string, ExpandedFile>): Promise<BuildResult> {
  started ??= esbuild.initialize({ wasmURL, worker: true });
  await started;
  const t0 = performance.now();
  const plugin: esbuild.Plugin = {
    name: "book",
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        const path = args.kind === "entry-point" ? args.path : resolveImport(args.importer, args.path);
        if (!files.has(path)) return { errors: [{ text: `cannot find "${args.path}" among the book's files` }] };
        return { path, namespace: "book" };
      });
      b.onLoad({ filter: /.*/, namespace: "book" }, (args) => ({ contents: files.get(args.path)?.text ?? "", loader: "ts" }));
    },
  };
  try {
    const result = await esbuild.build({
      entryPoints: [SYSTEM_ENTRY],
      bundle: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      write: false,
      logLevel: "silent",
      plugins: [plugin],
    });
    return { ok: true, code: result.outputFiles[0].text, ms: performance.now() - t0 };
  } catch (e) {
    const failure = e as esbuild.BuildFailure;
    const problems = (failure.errors ?? [{ text: String(e), location: null }]).map((m) => ({
      path: m.location?.file.replace(/^book:/, "") ?? null,
      line: m.location?.line ?? 0,
      column: m.location?.column ?? 0,
      message: m.text,
    }));
    return { ok: false, problems, ms: performance.now() - t0 };
  }
}
