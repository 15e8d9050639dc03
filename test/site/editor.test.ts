// chapter: 10-boot
// The page editor's pure parts (src/components/editor): the book re-expanded with a reader's edit
// puts the edit in the generated file and maps each generated line back to its chapter line;
// imports resolve between the book's files; edits are kept per chapter and fence and forgotten
// when the text is the book's again; "Download my changes" is a patch `git apply` takes.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { resolveImport } from "../../src/components/editor/build.ts";
import { chapterPatch, diffLines } from "../../src/components/editor/patch.ts";
import { chapterPosition, expandBook, fenceAt, rootId, type SourceFence } from "../../src/components/editor/sources.ts";
import { bookSources } from "../../src/components/editor/sources-plugin.ts";
import { chapterEdits, type EditStore, loadEdit, saveEdit } from "../../src/components/editor/store.ts";

const root = join(import.meta.dirname, "../..");
const sources = bookSources(root);
const CHAPTER = "chapters/10-boot.mdx";
const chapterText = readFileSync(join(root, CHAPTER), "utf8");
const version = sources.roots.find((r) => r.path === "src/kernel/version.ts")?.fence as SourceFence;
const main = sources.roots.find((r) => r.path === "src/kernel/main.ts")?.fence as SourceFence;

/** The chapter as it would read with `body` in place of `fence`'s body. */
function withBody(text: string, fence: SourceFence, body: string[]): string {
  const lines = text.split("\n");
  lines.splice(fence.bodyLine - 1, fence.body.length, ...body);
  return lines.join("\n");
}

function memoryStore(): EditStore {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
    get length() {
      return m.size;
    },
    key: (i) => [...m.keys()][i] ?? null,
  };
}

describe("the book's sources for the editor", () => {
  it("hold the kernel's fences with their chapter lines and the lines around them", () => {
    expect(version.chapter).toBe(CHAPTER);
    const lines = chapterText.split("\n");
    expect(version.body).toEqual(lines.slice(version.bodyLine - 1, version.bodyLine - 1 + version.body.length));
    expect(version.before[version.before.length - 1]).toBe('```ts file="src/kernel/version.ts"');
    expect(version.after[0]).toBe("```");
    expect(sources.roots.every((r) => /^src\/(system|kernel|machine|emulator)\/.*\.ts$/.test(r.path))).toBe(true);
  });

  it("expand with an edit in place of the book's fence, each line mapped to its chapter line", () => {
    const edited = ['export const KERNEL_VERSION = "9.9.9";', "", "export const KERNEL_BANNER = `edited`;"];
    const files = expandBook(sources, new Map([[rootId("src/kernel/version.ts"), edited]]));
    const file = files.get("src/kernel/version.ts");
    expect(file?.text).toContain("KERNEL_BANNER = `edited`");
    expect(file?.text).not.toContain("TypeScript kernel at EL1");
    const line = (file?.text.split("\n").findIndex((l) => l.includes("`edited`")) ?? -1) + 1;
    expect(chapterPosition(file as NonNullable<typeof file>, line, 4)).toEqual({ chapter: CHAPTER, line: version.bodyLine + 2, column: 4 });
    expect(chapterPosition(file as NonNullable<typeof file>, 1)).toBeNull(); // the tangler's header
    expect(fenceAt(sources, new Map([[version.id, edited]]), CHAPTER, version.bodyLine + 2)?.id).toBe(version.id);
    // The book's own expansion is untouched by another page's edit.
    expect(expandBook(sources).get("src/kernel/version.ts")?.text).toContain("TypeScript kernel at EL1");
  });

  it("map a line of a chunk expanded inside another file back to the chunk's chapter line, minus the indentation the use added", () => {
    const files = expandBook(sources);
    const mainFile = files.get("src/kernel/main.ts");
    if (!mainFile) throw new Error("no main.ts");
    const at = mainFile.origins.findIndex((o) => (o.indent ?? 0) > 0 && o.chapter !== null && o.text.trim() !== "" && !o.text.includes("<<"));
    const origin = mainFile.origins[at];
    const pos = chapterPosition(mainFile, at + 1, (origin.indent ?? 0) + 2);
    expect(pos?.column).toBe(2);
    expect(chapterText.split("\n")[(pos?.line ?? 0) - 1]).toBe(origin.text.slice(origin.indent ?? 0));
    expect(main.chapter).toBe(CHAPTER);
  });

  it("resolve relative imports between the book's files", () => {
    expect(resolveImport("src/system/index.ts", "../kernel/main.ts")).toBe("src/kernel/main.ts");
    expect(resolveImport("src/kernel/sched/task.ts", "./queue.ts")).toBe("src/kernel/sched/queue.ts");
    expect(resolveImport("src/kernel/a.ts", "../../src/machine/abi.ts")).toBe("src/machine/abi.ts");
  });
});

describe("the reader's edits", () => {
  it("are kept per chapter and fence, and forgotten when the text is the book's again", () => {
    const store = memoryStore();
    saveEdit(store, CHAPTER, version.id, ["changed"], version.body);
    saveEdit(store, "chapters/11-memory.mdx", "chunk:x#0", ["other"], ["book"]);
    expect(loadEdit(store, CHAPTER, version.id)).toEqual(["changed"]);
    expect([...chapterEdits(store, CHAPTER).keys()]).toEqual([version.id]);
    saveEdit(store, CHAPTER, version.id, version.body, version.body);
    expect(loadEdit(store, CHAPTER, version.id)).toBeNull();
    expect(chapterEdits(store, CHAPTER).size).toBe(0);
  });
});

describe("Download my changes", () => {
  it("diffs lines as a shortest edit script, a line's removal before its replacement", () => {
    const ops = diffLines(["a", "b", "c"], ["a", "x", "c", "d"]);
    expect(ops.map((o) => o.kind + o.text)).toEqual([" a", "-b", "+x", " c", "+d"]);
  });

  it("is a patch git apply takes, for edits in two fences that add and remove lines", () => {
    const versionBody = [...version.body.slice(0, 1), "// a reader's note", "// and another", ...version.body.slice(1)];
    const mainBody = main.body.filter((_, i) => i !== 3);
    mainBody[mainBody.length - 1] = `${mainBody[mainBody.length - 1]} // the last line changed`;
    const patch = chapterPatch(CHAPTER, [
      { fence: version, body: versionBody },
      { fence: main, body: mainBody },
    ]);
    expect(patch.startsWith(`--- a/${CHAPTER}\n+++ b/${CHAPTER}\n@@ `)).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), "edit-patch-"));
    try {
      mkdirSync(join(dir, "chapters"));
      writeFileSync(join(dir, CHAPTER), chapterText);
      writeFileSync(join(dir, "mine.patch"), patch);
      execFileSync("git", ["apply", "mine.patch"], { cwd: dir });
      expect(readFileSync(join(dir, CHAPTER), "utf8")).toBe(withBody(withBody(chapterText, version, versionBody), main, mainBody));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(chapterPatch(CHAPTER, [{ fence: version, body: version.body }])).toBe("");
  });
});
