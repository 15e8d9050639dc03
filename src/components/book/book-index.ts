// The book's chunk index, built from the tangle graph (tools/tangle) and shared by the site's
// Markdown plugins: which chapter defines each chunk, where it is used, which file it ends up in,
// and the anchor id of every fence. Rebuilt only when a chapter changes (dev server) — once per build.
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Fence } from "../../../tools/tangle/parse.ts";
import { findChapters, tangleSources } from "../../../tools/tangle/tangle.ts";

export interface FenceRef {
  chapter: string; // chapter slug, e.g. "03-machine"
  anchor: string; // id of the fence's figure on that chapter's page
}

export interface FenceInfo extends FenceRef {
  kind: "root" | "chunk";
  name: string; // chunk name, or the file path for a root
  index: number; // 0 for the first definition, 1… for appends (always 0 for roots)
  definitions: FenceRef[]; // every fence of this chunk, in order
  usedIn: (FenceRef & { name: string; kind: "root" | "chunk" })[]; // the fences that use this chunk
  files: string[]; // the files this chunk's text ends up in
}

export interface BookIndex {
  /** `${chapterSlug}\u0000${name}\u0000${k}`: the k-th fence naming `name` in that chapter. */
  fences: Map<string, FenceInfo>;
  /** Chunk name → its first definition. */
  chunks: Map<string, FenceRef>;
  titles: Map<string, string>; // chapter slug → title
}

export function slugify(text: string): string {
  return (
    text
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "x"
  );
}

/** The chapter slug for a path like "chapters/03-machine.mdx" (what the content loader uses as id). */
export function chapterSlug(chapterPath: string): string {
  return chapterPath
    .replace(/\\/g, "/")
    .replace(/^.*?chapters\//, "")
    .replace(/\.mdx$/, "")
    .toLowerCase();
}

export function chunkAnchor(name: string, index = 0): string {
  return index === 0 ? `chunk-${slugify(name)}` : `chunk-${slugify(name)}-${index + 1}`;
}

export function fileAnchor(path: string): string {
  return `file-${slugify(path)}`;
}

export function fenceKey(chapter: string, name: string, k: number): string {
  return `${chapter}\u0000${name}\u0000${k}`;
}

/** The page URL of a chapter, relative to the site root. */
export function chapterHref(slug: string): string {
  return `/${slug}/`;
}

export function buildIndex(sources: { chapter: string; text: string }[]): BookIndex {
  const { graph } = tangleSources(sources);
  const titles = new Map<string, string>();
  for (const { chapter, text } of sources) {
    const m = /^---\s*\n[\s\S]*?^title:\s*(?:"([^"]*)"|'([^']*)'|(.+))\s*$/m.exec(text);
    titles.set(chapterSlug(chapter), (m?.[1] ?? m?.[2] ?? m?.[3] ?? chapterSlug(chapter)).trim());
  }
  const byFence = new Map<Fence, FenceInfo>();
  const fences = new Map<string, FenceInfo>();
  const chunks = new Map<string, FenceRef>();
  const counts = new Map<string, number>();
  const add = (fence: Fence, info: FenceInfo): void => {
    const base = fenceKey(info.chapter, info.name, 0).slice(0, -1);
    const k = counts.get(base) ?? 0;
    counts.set(base, k + 1);
    fences.set(base + String(k), info);
    byFence.set(fence, info);
  };
  // Assign keys in chapter order so that "the k-th fence naming X in chapter C" is stable.
  const all: { fence: Fence; make: () => FenceInfo }[] = [];
  for (const root of graph.roots.values()) {
    const chapter = chapterSlug(root.fence.chapter);
    const ref = { chapter, anchor: fileAnchor(root.path) };
    all.push({
      fence: root.fence,
      make: () => ({ ...ref, kind: "root", name: root.path, index: 0, definitions: [ref], usedIn: [], files: [root.path] }),
    });
  }
  for (const chunk of graph.chunks.values()) {
    if (chunk.definitions.length === 0) continue;
    const definitions = chunk.definitions.map((d) => ({ chapter: chapterSlug(d.fence.chapter), anchor: chunkAnchor(chunk.name, d.index) }));
    chunks.set(chunk.name, definitions[0]);
    chunk.definitions.forEach((d, i) => {
      all.push({
        fence: d.fence,
        make: () => ({ ...definitions[i], kind: "chunk", name: chunk.name, index: d.index, definitions, usedIn: [], files: [...chunk.files].sort() }),
      });
    });
  }
  all.sort((a, b) => (a.fence.chapter < b.fence.chapter ? -1 : a.fence.chapter > b.fence.chapter ? 1 : a.fence.line - b.fence.line));
  for (const { fence, make } of all) add(fence, make());
  // Uses: every fence that uses a chunk, attached to each of the chunk's fences.
  for (const chunk of graph.chunks.values()) {
    const users: FenceInfo["usedIn"] = [];
    const seen = new Set<FenceInfo>();
    for (const use of chunk.uses) {
      const user = byFence.get(use.fence);
      if (!user || seen.has(user)) continue;
      seen.add(user);
      users.push({ chapter: user.chapter, anchor: user.anchor, name: user.name, kind: user.kind });
    }
    for (const d of chunk.definitions) {
      const info = byFence.get(d.fence);
      if (info) info.usedIn = users;
    }
  }
  return { fences, chunks, titles };
}

let cached: { key: string; index: BookIndex } | null = null;

/** The index for the chapters under `root`, rebuilt when any chapter file changes. */
export function bookIndex(root: string): BookIndex {
  const chapters = findChapters(root);
  const key = chapters
    .map((c) => {
      const s = statSync(join(root, c));
      return `${c}:${s.mtimeMs}:${s.size}`;
    })
    .join("|");
  if (cached && cached.key === key) return cached.index;
  const sources = chapters.map((chapter) => ({ chapter, text: readFileSync(join(root, chapter), "utf8") }));
  let index: BookIndex;
  try {
    index = buildIndex(sources);
  } catch (e) {
    // The site must render even if the tangle tool trips over a chapter: chunks then show
    // without cross-references.
    console.warn(`[book-index] tangle failed, rendering chunks without cross-references: ${(e as Error).message}`);
    index = { fences: new Map(), chunks: new Map(), titles: new Map() };
  }
  cached = { key, index };
  return index;
}
