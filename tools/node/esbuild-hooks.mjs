// node --import ./tools/node/esbuild-hooks.mjs ENTRY.ts — loads the repository's TypeScript through
// esbuild instead of Node's built-in type stripper, for the scripts that run the machine for long
// (emu, boot, the CPU and boot benchmarks).
//
// Why: Node strips types with a WebAssembly module. When that module grows its memory, V8 detaches
// the old ArrayBuffer, and the first detach anywhere in a process switches off V8's "no ArrayBuffer
// was ever detached" assumption for good. From then on every typed-array access in optimized code
// also checks whether its buffer was detached, and the CPU's run loop is mostly typed-array
// accesses (chapters/04c-cpu-system.mdx, "How fast", has the figures). esbuild is a native
// program, so loading through it detaches nothing. It also reads each generated file's source map,
// so stack traces still point into the chapters under --enable-source-maps.
//
// Each translation is cached under node_modules/.cache/esbuild-hooks, keyed by the file's path,
// size and modification time and those of its source map, so a warm start costs one stat per file.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { registerHooks } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";

const CACHE = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "node_modules", ".cache", "esbuild-hooks");

function stamp(path) {
  try {
    const s = statSync(path);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return "-";
  }
}

function translate(path) {
  const key = createHash("sha1").update(`${path}\0${stamp(path)}\0${stamp(`${path}.map`)}`).digest("hex");
  const cached = join(CACHE, `${key}.js`);
  try {
    return readFileSync(cached, "utf8");
  } catch {
    // not cached yet
  }
  const result = buildSync({
    entryPoints: [path],
    bundle: false,
    write: false,
    format: "esm",
    platform: "node",
    target: "node22",
    sourcemap: "inline",
    outdir: dirname(path),
    logLevel: "silent",
  });
  const text = result.outputFiles[0].text;
  try {
    mkdirSync(CACHE, { recursive: true });
    // Through a temporary file and a rename: tools start side by side (the CLI tests start dozens),
    // and a reader must never see half a module.
    const temporary = `${cached}.${process.pid}.tmp`;
    writeFileSync(temporary, text);
    renameSync(temporary, cached);
  } catch {
    // a read-only checkout still runs, just without the cache
  }
  return text;
}

registerHooks({
  load(url, context, nextLoad) {
    if (!url.startsWith("file:") || !url.endsWith(".ts")) return nextLoad(url, context);
    return { format: "module", source: translate(fileURLToPath(url)), shortCircuit: true };
  },
});
