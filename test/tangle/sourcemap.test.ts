// chapter: 00-how-to-read
// Source maps: every generated line points at the chapter line it came from, through the
// formatter, and Vitest and Node use the maps in stack traces.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { alignLines } from "../../tools/tangle/format.ts";
import { mapDiagnostics, PROJECTS } from "../../tools/tangle/typecheck.ts";
import { bits } from "../../src/machine/bits.ts";
import { chapter, decodeMap, problems, tangle } from "./helpers.ts";

const root = join(import.meta.dirname, "..", "..");

describe("source maps of tangled files", () => {
  const text = chapter(
    "# A", // 1
    "", // 2
    '~~~ts file="src/kernel/sub/x.ts"', // 3
    "export function f(n: number): number {", // 4
    "  // <<x: body>>", // 5
    "}", // 6
    "~~~", // 7
    "", // 8
    '~~~ts chunk="x: body"', // 9
    "if (n < 0) {", // 10
    "  throw new RangeError('negative');", // 11
    "}", // 12
    "return n;", // 13
    "~~~", // 14
  );

  it("maps each line to its chapter line and column; tangle's own lines have no mapping", () => {
    const r = tangle({ "a.mdx": text });
    const f = r.files[0];
    const map = decodeMap(f.map as string);
    expect(map.sourceRoot).toBe("../../../");
    expect(map.sources).toEqual(["chapters/a.mdx"]);
    const out = f.content.split("\n");
    expect(map.lines.slice(0, 2)).toEqual([null, null]); // the header
    expect(map.lines[2]).toEqual(["chapters/a.mdx", 4, 0]);
    expect(out[3]).toBe("  // <<x: body>> (chapters/a.mdx)"); // no line number: the map carries it
    expect(map.lines[3]).toEqual(["chapters/a.mdx", 9, 0]); // the marker points at the definition
    expect(out[5]).toBe("    throw new RangeError('negative');");
    expect(map.lines[5]).toEqual(["chapters/a.mdx", 11, 2]);
    expect(map.lines[8]).toEqual(["chapters/a.mdx", 6, 0]);
    expect(out[9]).toBe("//# sourceMappingURL=x.ts.map");
  });

  it("keeps pointing at the chapter after formatting splits and rewrites lines", () => {
    const long = `  return [${Array.from({ length: 30 }, (_, i) => `'item${i}'`).join(",")}];`;
    const r = tangle(
      {
        "a.mdx": chapter(
          '~~~ts file="src/kernel/x.ts"', // 1
          "export function list(): string[] {", // 2
          long, // 3
          "}", // 4
          "const o = {a:1,b:2}", // 5
          "export const p = o.a", // 6
          "~~~",
        ),
      },
      root,
    );
    expect(problems(r)).toEqual([]);
    const f = r.files[0];
    const out = f.content.split("\n");
    const map = decodeMap(f.map as string);
    // Biome: double quotes, one item per line, spaces in object literals, semicolons.
    expect(out).toContain("const o = { a: 1, b: 2 };");
    expect(out).toContain("export const p = o.a;");
    expect(out).toContain('    "item0",');
    const lineOf = (s: string) => map.lines[out.indexOf(s)]?.[1];
    expect(lineOf("export function list(): string[] {")).toBe(2);
    expect(lineOf("  return [")).toBe(3);
    expect(lineOf('    "item0",')).toBe(3);
    expect(lineOf('    "item29",')).toBe(3);
    expect(lineOf("  ];")).toBe(3);
    expect(lineOf("const o = { a: 1, b: 2 };")).toBe(5);
    expect(lineOf("export const p = o.a;")).toBe(6);
  });

  it("reports a syntax error in a chunk at the chapter line, and writes nothing", () => {
    const r = tangle(
      {
        "a.mdx": chapter(
          '~~~ts file="src/kernel/x.ts"',
          "export function f(): void {",
          "  // <<x: bad>>",
          "}",
          "~~~",
          "",
          '~~~ts chunk="x: bad"',
          "const = 3;",
          "~~~",
        ),
      },
      root,
    );
    expect(problems(r)).toHaveLength(1);
    expect(problems(r)[0]).toMatch(/^chapters\/a\.mdx:8:\d+: syntax error: .* \(in src\/kernel\/x\.ts\)$/);
  });
});

describe("aligning formatted lines with their origins", () => {
  it("matches lines that differ only in whitespace, quotes and trailing punctuation", () => {
    expect(alignLines(["a( 1 )", "b = 'x'", "c"], ["a(1);", 'b = "x";', "c"])).toEqual([0, 1, 2]);
  });

  it("places split lines on the line they came from, and joined lines on their first line", () => {
    expect(alignLines(["x", "f(a, b, c)", "y"], ["x", "f(", "  a,", "  b,", "  c,", ")", "y"])).toEqual([
      0, 1, 1, 1, 1, 1, 2,
    ]);
    expect(alignLines(["x", "f(", "a,", "b", ")", "y"], ["x", "f(a, b);", "y"])).toEqual([0, 1, 5]);
  });

  it("maps blank lines to nothing and inserted lines to the line before", () => {
    expect(alignLines(["a", "b"], ["a", "", "b"])).toEqual([0, -1, 1]);
    expect(alignLines(["a", "b"], ["a", "(", "b"])).toEqual([0, 0, 1]);
  });
});

describe("stack traces name the chapter", () => {
  const chapterText = readFileSync(join(root, "chapters/00-how-to-read.mdx"), "utf8").split("\n");
  const throwLine = chapterText.findIndex((l) => l.includes("throw new RangeError(`bad bit field")) + 1;

  it("under Vitest, an error thrown in tangled code points at the chapter line", () => {
    expect(throwLine).toBeGreaterThan(0);
    let stack = "";
    try {
      bits(0x1234, 40, 0);
    } catch (e) {
      stack = (e as Error).stack ?? "";
    }
    expect(stack).toMatch(/^RangeError: bad bit field \[40:0\]/);
    expect(stack).toContain(`chapters/00-how-to-read.mdx:${throwLine}:`);
    expect(stack).not.toContain("src/machine/bits.ts");
  });

  it("under Node with --enable-source-maps, too", () => {
    const run = spawnSync(
      process.execPath,
      [
        "--enable-source-maps",
        "--input-type=module",
        "-e",
        "import { bits } from './src/machine/bits.ts'; bits(0, 40, 0);",
      ],
      { cwd: root, encoding: "utf8" },
    );
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("RangeError: bad bit field [40:0]");
    expect(run.stderr).toContain(`chapters/00-how-to-read.mdx:${throwLine}:`);
  });
});

describe("npm scripts", () => {
  it("run TypeScript tools under Node with --enable-source-maps", () => {
    const scripts = (
      JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }
    ).scripts;
    const without = Object.entries(scripts)
      .filter(([, command]) => /(^|&&\s*)node\s+(?!--enable-source-maps)[^&]*\.ts\b/.test(command))
      .map(([name, command]) => `${name}: ${command}`);
    expect(without, "add --enable-source-maps so stack traces name chapters").toEqual([]);
  });
});

describe("type errors name the chapter too", () => {
  it("npm run typecheck adds the chapter line under a diagnostic in a generated file", () => {
    const generated = readFileSync(join(root, "src/machine/bits.ts"), "utf8").split("\n");
    const index = generated.findIndex((l) => l.includes("throw new RangeError(`bad bit field"));
    const chapterLines = readFileSync(join(root, "chapters/00-how-to-read.mdx"), "utf8").split("\n");
    const expected = chapterLines.findIndex((l) => l.includes("throw new RangeError(`bad bit field")) + 1;
    const tscOutput = [
      `src/machine/bits.ts(${index + 1},5): error TS2322: Type 'string' is not assignable to type 'number'.`,
      "tools/x.ts(1,1): error TS1000: not generated",
      "Found 2 errors.",
    ].join("\n");
    expect(mapDiagnostics(tscOutput, root).split("\n")).toEqual([
      `src/machine/bits.ts(${index + 1},5): error TS2322: Type 'string' is not assignable to type 'number'.`,
      `  ↳ chapters/00-how-to-read.mdx:${expected}`,
      "tools/x.ts(1,1): error TS1000: not generated",
      "Found 2 errors.",
    ]);
  });

  it("typecheck covers the three projects", () => {
    expect(PROJECTS).toEqual(["tsconfig.json", "src/kernel/tsconfig.json", "src/emulator/tsconfig.json"]);
    const scripts = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).scripts as Record<string, string>;
    expect(scripts.typecheck).toContain("tools/tangle/typecheck.ts");
    expect(scripts.test).toMatch(/tangle -- --check && .*typecheck && .*lint && vitest run/);
  });
});
