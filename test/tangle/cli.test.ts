// chapter: 00-how-to-read
// The tangle command on a throw-away copy of a repository: what it writes, what it refuses to
// write, --check and --partial.
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { chapter } from "./helpers.ts";

const repo = join(import.meta.dirname, "..", "..");
const cli = join(repo, "tools", "tangle", "cli.ts");
let dir = "";

function write(path: string, text: string): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}
function read(path: string): string | null {
  return existsSync(join(dir, path)) ? readFileSync(join(dir, path), "utf8") : null;
}
function tangle(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const good = chapter(
  "# A",
  "",
  '~~~ts file="src/kernel/x.ts"',
  "export function x(): number {",
  "  // <<x: value>>",
  "}",
  "~~~",
  "",
  '~~~ts chunk="x: value"',
  "return 1;",
  "~~~",
);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "tangle-cli-"));
  copyFileSync(join(repo, "biome.json"), join(dir, "biome.json"));
  writeFileSync(join(dir, "package.json"), '{ "name": "t", "private": true, "type": "module" }\n');
  symlinkSync(join(repo, "node_modules"), join(dir, "node_modules"), "dir");
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("npm run tangle", () => {
  it("writes nothing when any chapter has a problem, and reports them all as file:line:col", () => {
    write("chapters/a.mdx", good);
    write(
      "chapters/b.mdx",
      chapter("Text.", "", '~~~ts file="src/kernel/y.ts"', "// <<nope>>", "~~~", "", "~~~ts", "~~~"),
    );
    write("src/kernel/old.ts", "// hand-made, must survive\n");
    const r = tangle();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('chapters/b.mdx:4:1: undefined chunk "nope"');
    expect(r.stderr).toContain('chapters/b.mdx:7:1: a ts fence needs file="…", chunk="…" or ignore');
    expect(r.stderr).toContain("tangle: 2 problem(s); nothing written");
    expect(read("src/kernel/x.ts")).toBeNull(); // a.mdx is fine, but nothing is written
    expect(read("src/kernel/y.ts")).toBeNull();
    expect(read("src/kernel/old.ts")).toBe("// hand-made, must survive\n");
  });

  it("writes formatted files with maps, and a re-run is byte-identical and writes nothing", () => {
    write("chapters/a.mdx", good);
    const first = tangle();
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/tangle: 1 files from 1 chunks, 2 written/);
    const ts = read("src/kernel/x.ts");
    const map = read("src/kernel/x.ts.map");
    expect(ts).toContain("  // <<x: value>> (chapters/a.mdx)\n  return 1;\n");
    expect(JSON.parse(map ?? "{}").sources).toEqual(["chapters/a.mdx"]);
    const again = tangle();
    expect(again.stdout).toMatch(/, 0 written/);
    expect(read("src/kernel/x.ts")).toBe(ts);
    expect(read("src/kernel/x.ts.map")).toBe(map);
  });

  it("--check passes when src/ is up to date and lists stale files otherwise, writing nothing", () => {
    write("chapters/a.mdx", good);
    expect(tangle().status).toBe(0);
    const ok = tangle("--check");
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/tangle --check: 1 files up to date/);

    write("chapters/a.mdx", good.replace("return 1;", "const two = 2;\nreturn two;"));
    const before = read("src/kernel/x.ts");
    const stale = tangle("--check");
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain("stale: src/kernel/x.ts\n");
    expect(stale.stderr).toContain("stale: src/kernel/x.ts.map\n");
    expect(stale.stderr).toMatch(/2 generated file\(s\) differ from the chapters; run npm run tangle/);
    expect(read("src/kernel/x.ts")).toBe(before);

    write("src/kernel/x.ts", `${before}// an edit by hand\n`);
    write("chapters/a.mdx", good);
    const edited = tangle("--check");
    expect(edited.status).toBe(1);
    expect(edited.stderr).toContain("stale: src/kernel/x.ts\n");
    expect(edited.stderr).not.toContain("x.ts.map");
  });

  it("--check fails on a problem in a chapter, too", () => {
    write("chapters/a.mdx", chapter('~~~ts chunk="lonely"', "x();", "~~~"));
    const r = tangle("--check");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('chapters/a.mdx:1:1: chunk "lonely" is never used');
  });

  it("deletes generated files no chapter produces any more, and --check names them", () => {
    write("chapters/a.mdx", good);
    write("chapters/b.mdx", chapter('~~~ts file="src/kernel/gone.ts"', "export {};", "~~~"));
    expect(tangle().status).toBe(0);
    expect(read("src/kernel/gone.ts")).not.toBeNull();
    write("src/kernel/tsconfig.json", "{}\n"); // not generated: never touched
    rmSync(join(dir, "chapters/b.mdx"));
    const check = tangle("--check");
    expect(check.status).toBe(1);
    expect(check.stderr).toContain("stale: src/kernel/gone.ts (no chapter produces it)");
    expect(check.stderr).toContain("stale: src/kernel/gone.ts.map (no chapter produces it)");
    expect(tangle().status).toBe(0);
    expect(read("src/kernel/gone.ts")).toBeNull();
    expect(read("src/kernel/gone.ts.map")).toBeNull();
    expect(read("src/kernel/tsconfig.json")).toBe("{}\n");
    expect(tangle("--check").status).toBe(0);
  });

  it("--partial writes the files of clean chapters only, and still fails", () => {
    write("chapters/a.mdx", good);
    write("chapters/b.mdx", chapter('~~~ts file="src/kernel/y.ts"', "// <<nope>>", "~~~"));
    const r = tangle("--partial");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('chapters/b.mdx:2:1: undefined chunk "nope"');
    expect(r.stderr).toMatch(/tangle --partial: 1 problem\(s\); wrote 2 file\(s\)/);
    expect(read("src/kernel/x.ts")).not.toBeNull();
    expect(read("src/kernel/y.ts")).toBeNull();
  });

  it("refuses unknown options", () => {
    write("chapters/a.mdx", good);
    const r = tangle("--chek");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown option --chek");
    expect(read("src/kernel/x.ts")).toBeNull();
  });
});
