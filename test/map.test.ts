// chapter: 23-consoles
// The map chapter (chapters/01-map.mdx) lists every folder of src/, and for each generated
// folder the chapters that write into it; and it lists every chapter.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseChapter } from "../tools/tangle/parse.ts";
import { findChapters, GENERATED_DIRS } from "../tools/tangle/tangle.ts";

const root = join(import.meta.dirname, "..");
const mapText = readFileSync(join(root, "chapters/01-map.mdx"), "utf8");

/** Table rows whose first cell is a `src/…/` folder: folder → the whole row. */
const rows = new Map<string, string>();
for (const line of mapText.split("\n")) {
  const m = /^\|\s*`(src\/[^`]*?)\/?`\s*\|/.exec(line);
  if (m) rows.set(`${m[1]}/`, line);
}

function folders(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, dir)).sort()) {
    const rel = `${dir}/${name}`;
    if (statSync(join(root, rel)).isDirectory()) out.push(`${rel}/`, ...folders(rel));
  }
  return out;
}

describe("the map", () => {
  it("lists every folder under src/ (for the site's folders, the top level)", () => {
    const generated = GENERATED_DIRS.map((d) => `${d}/`);
    const required = folders("src").filter((f) => generated.some((g) => f.startsWith(g)) || f.split("/").length === 3);
    const missing = required.filter((f) => !rows.has(f));
    expect(missing, `add these folders to chapters/01-map.mdx: ${missing.join(", ")}`).toEqual([]);
  });

  it("names, in each folder's row, every chapter that writes a file into that folder", () => {
    const writers = new Map<string, Set<string>>();
    for (const chapter of findChapters(root)) {
      const { fences } = parseChapter(chapter, readFileSync(join(root, chapter), "utf8"));
      for (const f of fences) {
        if (f.meta.file === undefined || f.meta.ignore) continue;
        const folder = `${dirname(f.meta.file)}/`;
        const set = writers.get(folder) ?? new Set<string>();
        set.add(basename(chapter, ".mdx"));
        writers.set(folder, set);
      }
    }
    const wrong: string[] = [];
    for (const [folder, chapters] of writers) {
      const row = rows.get(folder);
      for (const c of chapters) if (!row?.includes(`\`${c}\``)) wrong.push(`${folder} ← ${c}`);
    }
    expect(wrong, "rows of chapters/01-map.mdx that do not name a chapter writing into them").toEqual([]);
  });

  it("lists every chapter", () => {
    const missing = findChapters(root)
      .map((c) => basename(c, ".mdx"))
      .filter((c) => !new RegExp(`^\\|\\s*\`${c}\``, "m").test(mapText));
    expect(missing, "chapters missing from the chapter table of chapters/01-map.mdx").toEqual([]);
  });
});
