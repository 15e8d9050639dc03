// The book as it stands at the end of one chapter, as a tree of its own (`npm run tangle --
// --until <chapter> [--out DIR]`): the code the chapters up to it produce, the chapters
// themselves (so source maps resolve), and the hand-written rest a reader needs to build and test
// it — tools, configuration, the committed user binaries, and the tests that belong to those
// chapters. A test file says which chapter it belongs to in a line `// chapter: <stem>` near its
// top; a test belongs to a state when its chapter is that state's or an earlier one.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative } from "node:path";
import { chapterStem, chaptersUntil, findChapters, type TangleResult, writeResult } from "./tangle.ts";

/** The `// chapter: <stem>` tag of a test file, or null. */
export function testChapter(text: string): string | null {
  const m = /^\/\/ chapter: (\S+)\s*$/m.exec(text.split("\n").slice(0, 12).join("\n"));
  return m ? m[1] : null;
}

/** Every file under `dir` (repo-relative), sorted. */
export function filesUnder(root: string, dir: string): string[] {
  const out: string[] = [];
  if (!existsSync(join(root, dir))) return out;
  for (const name of readdirSync(join(root, dir)).sort()) {
    const rel = `${dir}/${name}`;
    if (statSync(join(root, rel)).isDirectory()) out.push(...filesUnder(root, rel));
    else out.push(rel);
  }
  return out;
}

/** The test files (`*.test.ts` under test/) of a state: those whose chapter is `until` or earlier. */
export function testsUntil(root: string, until: string): string[] {
  return filesUnder(root, "test").filter((f) => {
    if (!f.endsWith(".test.ts")) return false;
    const chapter = testChapter(readFileSync(join(root, f), "utf8"));
    return chapter !== null && chapter <= until;
  });
}

const COPIED_FILES = [
  "package.json",
  "tsconfig.base.json",
  "vitest.config.ts",
  "biome.json",
  "README.md",
  "astro.config.mjs",
];
/** Hand-written code the tests and the site use: the tools, CI, the committed binaries, the site. */
const COPIED_DIRS = [
  "tools",
  ".ci",
  "build/user",
  "build/certs",
  "src/components",
  "src/content",
  "src/pages",
  "src/styles",
  "public",
];

/**
 * Writes the state: `result` (tangled with `until`) under `out`, plus what the tests need.
 * Removes an older tree at `out` first. Returns the test files it copied. `chapters` holds the
 * chapters' texts when they are not the files under `root` (a lab's holes, a student's work).
 */
export function writeState(
  root: string,
  until: string,
  out: string,
  result: TangleResult,
  chapters?: Map<string, string>,
): string[] {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeResult(out, result);
  for (const chapter of chaptersUntil(findChapters(root), until)) {
    const text = chapters?.get(chapter);
    if (text === undefined) copy(root, out, chapter);
    else {
      mkdirSync(dirname(join(out, chapter)), { recursive: true });
      writeFileSync(join(out, chapter), text);
    }
  }
  for (const f of COPIED_FILES) copy(root, out, f);
  for (const d of COPIED_DIRS) for (const f of filesUnder(root, d)) copy(root, out, f);
  // Hand-written files inside the generated folders (their tsconfig.json files).
  for (const f of filesUnder(root, "src")) {
    if (/\/tsconfig\.json$/.test(f) && existsSync(join(out, dirname(f)))) copy(root, out, f);
  }
  // Test helpers (every non-test file under test/) and this state's tests.
  const tests = testsUntil(root, until);
  for (const f of filesUnder(root, "test")) if (!f.endsWith(".test.ts") || tests.includes(f)) copy(root, out, f);
  // The type-check of a state covers its tests and what they import, not every tool.
  // The kernel's entry imports every chapter's init calls, and with them every declaration that
  // adds a part to the kernel object (chapter 10): a test that names one part sees them all.
  // The site's ambient declarations (its virtual modules, `?url` imports) are imported by nobody,
  // so they are named here for the tests of the page's code.
  const include = [
    ...tests,
    "src/kernel/main.ts",
    "src/system/**/*.ts",
    "src/emulator/host/**/*.ts",
    "src/components/**/*.d.ts",
  ];
  const tsconfig = {
    extends: "./tsconfig.base.json",
    compilerOptions: { lib: ["ES2023", "DOM", "DOM.Iterable", "WebWorker.ImportScripts"], types: ["node"] },
    include,
  };
  writeFileSync(join(out, "tsconfig.json"), `${JSON.stringify(tsconfig, null, 2)}\n`);
  const modules = join(out, "node_modules");
  if (!existsSync(modules)) symlinkSync(relative(out, join(root, "node_modules")), modules, "dir");
  return tests;
}

function copy(root: string, out: string, rel: string): void {
  const from = join(root, rel);
  if (!existsSync(from)) return;
  mkdirSync(dirname(join(out, rel)), { recursive: true });
  cpSync(from, join(out, rel));
}

export { chapterStem };
