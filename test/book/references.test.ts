// chapter: 95-bibliography
// Every claim in the prose that names something in the repository points at something that is
// there: a path in backticks (`src/…`, `test/…`, `tools/…`, `chapters/…`, `build/…` committed
// files, `.ci/…`) exists, and a link to a chapter (`../NN-name/`, with or without `#section`)
// names a chapter that exists and a section heading it has. Placeholders (`<lab>`, `*`, `…`) are
// patterns, not claims, and are skipped. It belongs to the last chapter because earlier chapters
// may name what later ones create (the bibliography, chapter 95, is the last).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
const chapters = readdirSync(join(root, "chapters"))
  .filter((f) => f.endsWith(".mdx"))
  .sort();

/** The chapter's text outside code fences (prose, tables, JSX). */
function prose(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let fenced = false;
  text.split("\n").forEach((l, i) => {
    if (l.trim().startsWith("```")) fenced = !fenced;
    else if (!fenced) out.push({ line: i + 1, text: l });
  });
  return out;
}

/**
 * The anchors a chapter has: the slugs Starlight gives its headings (GitHub's rules: lower case,
 * no punctuation), the ids of its labs (`<Lab id="x">` is `#lab-x`) and explicit anchors
 * (`<span id="x">`, as the bibliography's entries have).
 */
function headingSlugs(text: string): Set<string> {
  const slugs = new Set<string>();
  for (const m of text.matchAll(/<Lab\s+id="([^"]+)"/g)) slugs.add(`lab-${m[1]}`);
  for (const m of text.matchAll(/<span id="([^"]+)"/g)) slugs.add(m[1]);
  for (const { text: l } of prose(text)) {
    const m = /^#{2,6}\s+(.*)$/.exec(l);
    if (m === null) continue;
    const slug = m[1]
      .trim()
      .toLowerCase()
      .replace(/<[^>]+>/g, "")
      .replace(/[`*]/g, "")
      .replace(/(^|\s)_+|_+(\s|$)/g, "$1$2") // emphasis marks; an underscore inside a word stays (github-slugger)
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/\s/g, "-");
    slugs.add(slug);
  }
  return slugs;
}

const PATH = /`((?:src|test|tools|chapters|build|\.ci|public)\/[^`\s]*)`/g;
const LINK = /\]\(\.\.\/([0-9][0-9a-z-]*)\/(?:#([^)]+))?\)/g;

describe("the prose names only what exists", () => {
  it("every path in backticks exists in the repository", () => {
    const missing: string[] = [];
    for (const c of chapters) {
      for (const { line, text } of prose(readFileSync(join(root, "chapters", c), "utf8"))) {
        for (const m of text.matchAll(PATH)) {
          const path = m[1].replace(/[.,:;)]+$/, "").replace(/#.*$/, "");
          // Patterns, not claims: placeholders in angle brackets or capitals (`build/user/NAME`),
          // globs, ellipses, and the grading tree's folders that exist only while grading.
          if (/[<>*{}…]|\.\.\.|\/[A-Z]+(\.|\/|$)/.test(path) || path.startsWith("test/extra/")) continue;
          if (!existsSync(join(root, path))) missing.push(`chapters/${c}:${line}: ${path}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("every link to a chapter names one that exists, and a section it has", () => {
    const stems = new Map(chapters.map((c) => [basename(c, ".mdx").toLowerCase(), c]));
    const broken: string[] = [];
    for (const c of chapters) {
      for (const { line, text } of prose(readFileSync(join(root, "chapters", c), "utf8"))) {
        for (const m of text.matchAll(LINK)) {
          const target = stems.get(m[1]);
          if (target === undefined) {
            broken.push(`chapters/${c}:${line}: no chapter ${m[1]}`);
            continue;
          }
          if (m[2] !== undefined && !headingSlugs(readFileSync(join(root, "chapters", target), "utf8")).has(m[2]))
            broken.push(`chapters/${c}:${line}: ${m[1]} has no section #${m[2]}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
