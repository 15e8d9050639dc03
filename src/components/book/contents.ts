// The book's table of contents, read from the chapters themselves: each chapter's title (its
// frontmatter), its one line (the chapter table of chapters/01-map.mdx, which test/map.test.ts
// keeps complete), and its live machine — the scenario and what it types — or the reason it has
// none (<NoLiveMachine because="…" />). The landing page and /chapters/ are built from this, so
// they cannot drift from the chapters.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface ChapterEntry {
  /** "13-scheduler": the file name without .mdx, which is also the page's path. */
  slug: string;
  title: string;
  /** The chapter's line in the map's chapter table. */
  about: string;
  /** The live machine on the page, if there is one. */
  live: { scenario: string; type: string[] } | null;
  /** Why the page has no live machine (null when it has one, or says nothing). */
  noLive: string | null;
}

const LIVE = /<LiveMachine\s+scenario="([^"]+)"(?:[^>]*?\btype=\{\[(.*?)\]\})?[^>]*\/>/s;
const NO_LIVE = /<NoLiveMachine\s+because="([^"]+)"\s*\/>/s;

/** The `title:` of a chapter's frontmatter, without quotes. */
export function frontmatterTitle(text: string): string {
  const fm = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "";
  const line = /^title:\s*(.*)$/m.exec(fm)?.[1]?.trim() ?? "";
  return line.replace(/^"(.*)"$/, "$1").replace(/\\"/g, '"');
}

/** Chapter slug → its line in the map's table of chapters (`| \`13-scheduler\` | tasks … |`). */
export function mapLines(mapText: string): Map<string, string> {
  const out = new Map<string, string>();
  const section = mapText.slice(mapText.indexOf("## The chapters"));
  for (const m of section.matchAll(/^\|\s*`([0-9][^`]*)`\s*\|\s*(.*?)\s*\|\s*$/gm)) out.set(m[1], m[2].replace(/`/g, ""));
  return out;
}

/** One chapter's entry, from its text and the map's lines. */
export function chapterEntry(slug: string, text: string, lines: Map<string, string>): ChapterEntry {
  const live = LIVE.exec(text);
  return {
    slug,
    title: frontmatterTitle(text) || slug,
    about: lines.get(slug) ?? "",
    live: live ? { scenario: live[1], type: [...(live[2] ?? "").matchAll(/"([^"]*)"/g)].map((m) => m[1]) } : null,
    noLive: NO_LIVE.exec(text)?.[1] ?? null,
  };
}

/** Every chapter under `root`/chapters, in reading order (file-name order). */
export function bookContents(root: string): ChapterEntry[] {
  const dir = join(root, "chapters");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".mdx") && !f.startsWith("_"))
    .sort();
  const read = (f: string): string => readFileSync(join(dir, f), "utf8");
  const lines = mapLines(files.includes("01-map.mdx") ? read("01-map.mdx") : "");
  return files.map((f) => chapterEntry(f.replace(/\.mdx$/, "").toLowerCase(), read(f), lines));
}
