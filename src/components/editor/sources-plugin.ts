// A Vite plugin giving the page's editor the book's kernel as the module
// `virtual:viperos-book-sources` (a BookSources, sources.ts): the tangle graph of the chapters,
// cut to the fences that reach the files the live machine bundles. Only the editor imports it,
// dynamically, so the page downloads it when the reader first opens a chunk.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Fence } from "../../../tools/tangle/parse.ts";
import { findChapters, tangleSources } from "../../../tools/tangle/tangle.ts";
import { BUNDLED_DIRS, type BookSources, chunkId, rootId, type SourceFence } from "./sources.ts";

const ID = "virtual:viperos-book-sources";
const LIBS = "virtual:viperos-ts-libs";
const CONTEXT = 3;

const bundled = (path: string): boolean => path.endsWith(".ts") && BUNDLED_DIRS.some((d) => path.startsWith(d));

/** The book's sources for the editor, read from the chapters under `root`. */
export function bookSources(root: string): BookSources {
  const texts = new Map<string, string[]>();
  const sources = findChapters(root).map((chapter) => {
    const text = readFileSync(join(root, chapter), "utf8");
    texts.set(chapter, text.split("\n"));
    return { chapter, text };
  });
  const { graph } = tangleSources(sources, { format: false, mdx: false });
  const serial = (id: string, f: Fence): SourceFence => {
    const lines = texts.get(f.chapter) ?? [];
    const first = f.bodyLine - 1; // 0-based index of body[0]
    return {
      id,
      chapter: f.chapter,
      line: f.line,
      bodyLine: f.bodyLine,
      body: f.body,
      before: lines.slice(Math.max(0, first - CONTEXT), first),
      after: lines.slice(first + f.body.length, first + f.body.length + CONTEXT),
      ...(f.meta.docOnly ? { docOnly: true } : {}),
    };
  };
  const out: BookSources = { roots: [], chunks: [] };
  for (const r of graph.roots.values()) if (bundled(r.path)) out.roots.push({ path: r.path, fence: serial(rootId(r.path), r.fence) });
  for (const c of graph.chunks.values()) {
    if (c.definitions.length === 0 || ![...c.files].some(bundled)) continue;
    out.chunks.push({ name: c.name, definitions: c.definitions.map((d) => serial(chunkId(c.name, d.index), d.fence)) });
  }
  return out;
}

export function bookSourcesPlugin(root: string) {
  return {
    name: "viperos-book-sources",
    resolveId(id: string) {
      return id === ID || id === LIBS ? `\0${id}` : null;
    },
    load(id: string) {
      if (id === `\0${LIBS}`) return typeCheckModule(root);
      if (id !== `\0${ID}`) return null;
      // JSON.parse of a string literal: faster for the browser than the same object as a literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(bookSources(root)))});`;
    },
  };
}

/** `virtual:viperos-ts-libs`: what the page's type checker (typecheck.worker.ts) needs besides the book. */
function typeCheckModule(root: string): string {
  const dir = join(root, "node_modules/typescript/lib");
  const libs: Record<string, string> = {};
  for (const name of readdirSync(dir)) if (/^lib\.(es|decorators)[\w.]*\.d\.ts$/.test(name)) libs[name] = readFileSync(join(dir, name), "utf8");
  const options = (path: string): Record<string, unknown> => JSON.parse(readFileSync(join(root, path), "utf8")).compilerOptions;
  const compilerOptions = { ...options("tsconfig.base.json"), ...options("src/kernel/tsconfig.json") };
  return `export const libs = JSON.parse(${JSON.stringify(JSON.stringify(libs))});\nexport const compilerOptions = ${JSON.stringify(compilerOptions)};`;
}
