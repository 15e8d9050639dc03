// chapter: 90-teachers-guide
// The labs (tools/lab): how a <Lab> element is read, how a hole is cut, what the grader prints.
// Grading itself — the starting state scores 0, the book full marks, twice the same — is
// `npm run test:labs`, which runs each lab's tests; these tests cover what it builds on.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatGrade, type Grade, gradescope } from "../../tools/lab/grade.ts";
import { findLabs, labsInChapter } from "../../tools/lab/labs.ts";
import { applyHoles } from "../../tools/tangle/hole.ts";
import { tangleRepository } from "../../tools/tangle/tangle.ts";

const root = join(import.meta.dirname, "../..");

const CHAPTER = [
  "# A chapter",
  "",
  "```ts chunk=\"count\"",
  "let n = 0;",
  "for (const x of xs) n += x;",
  "```",
  "",
  "```ts chunk=\"count\" append",
  "n *= 2;",
  "```",
  "",
  "<Lab",
  '  id="count-lab"',
  "  points={3}",
  '  chunks={[{ name: "count", stub: `let n = -1;` }]}',
  '  tests={[{ file: "test/x.test.ts", name: "a > b", points: 2 }, { file: "test/y.test.ts", points: 1 }]}',
  ">",
  "Add them up.",
  "</Lab>",
  "",
].join("\n");

describe("a <Lab> element", () => {
  it("is read with its chunks, stubs, tests, points and hints", () => {
    const [lab] = labsInChapter("chapters/50-x.mdx", CHAPTER);
    expect(lab).toEqual({
      id: "count-lab",
      chapter: "chapters/50-x.mdx",
      line: 12,
      hints: "Add them up.",
      points: 3,
      chunks: [{ name: "count", stub: "let n = -1;" }],
      tests: [
        { file: "test/x.test.ts", name: "a > b", points: 2 },
        { file: "test/y.test.ts", name: null, points: 1 },
      ],
    });
  });

  it("holds only literals, points that add up and known attributes", () => {
    const bad = (from: string, to: string) => () => labsInChapter("chapters/50-x.mdx", CHAPTER.replace(from, to));
    expect(bad("points={3}", "points={three}")).toThrow(/literals, not Identifier/);
    expect(bad("points={3}", "points={4}")).toThrow(/points=\{4\} but the tests add up to 3/);
    expect(bad("`let n = -1;`", `\`$\{x}\``)).toThrow(/no \$\{\}/);
    expect(bad('id="count-lab"', 'id="count-lab" level="2"')).toThrow(/unknown attribute level/);
    expect(bad("test/y.test.ts", "src/y.ts")).toThrow(/not a test file under test\//);
  });
});

describe("a hole", () => {
  it("replaces the chunk's first definition with the stub and empties its appends; other lines stay", () => {
    const [out] = applyHoles([{ chapter: "chapters/50-x.mdx", text: CHAPTER }], [{ chunk: "count", stub: "let n = -1;" }]);
    const lines = out.text.split("\n");
    expect(lines.slice(2, 8)).toEqual(['```ts chunk="count"', "let n = -1;", "```", "", '```ts chunk="count" append', "```"]);
    expect(lines.slice(8)).toEqual(CHAPTER.split("\n").slice(10));
  });

  it("names a chunk the chapters do not define", () => {
    expect(() => applyHoles([{ chapter: "chapters/50-x.mdx", text: CHAPTER }], [{ chunk: "nope", stub: "" }])).toThrow(
      /no chunk "nope"/,
    );
  });
});

describe("the book's labs", () => {
  const labs = findLabs(root);

  it("include one for each kernel chapter, sched-aging among them", () => {
    const chapters = new Set(labs.map((l) => l.chapter.replace(/^chapters\/|\.mdx$/g, "")));
    for (const c of ["10-boot", "11-memory", "12-exceptions-syscalls", "13-scheduler", "14-processes-capabilities", "15-ipc", "16-processes", "21-shell"])
      expect(chapters, c).toContain(c);
    expect(labs.map((l) => l.id)).toContain("sched-aging");
  });

  it("name chunks the book defines, in the lab's chapter or before, and tests in files that exist", () => {
    const { graph } = tangleRepository(root, { format: false });
    for (const lab of labs)
      for (const c of lab.chunks) {
        const chunk = graph.chunks.get(c.name);
        expect(chunk?.definitions.length, `${lab.id}: ${c.name}`).toBeGreaterThan(0);
        expect((chunk?.definitions[0]?.fence.chapter ?? "~") <= lab.chapter, `${lab.id}: ${c.name}`).toBe(true);
      }
  });

  it("are in the teacher's guide's table with their chapter, points and chunks", () => {
    const guide = readFileSync(join(root, "chapters/90-teachers-guide.mdx"), "utf8");
    const rows = guide.split("\n").filter((l) => /^\| \[`[a-z0-9-]+`\]/.test(l));
    const expected = labs.map(
      (l) =>
        `| [\`${l.id}\`](../${l.chapter.replace(/^chapters\/|\.mdx$/g, "")}/#lab-${l.id}) | ${l.points} | ${l.chunks.map((c) => `⟨${c.name}⟩`).join(", ")} | \`${l.state}\` |`,
    );
    expect(rows).toEqual(expected);
  });

  // The guide's grading transcripts name a chunk by its first line of code, the line after its
  // fence (`chapters/13-scheduler.mdx:459 ⟨sched: age the waiting tasks⟩`). An edit above that chunk
  // moves it, and only test:labs's replay of the guide would notice: check the line here.
  it("name each chunk in the guide's transcripts at the line where its code begins", () => {
    const guide = readFileSync(join(root, "chapters/90-teachers-guide.mdx"), "utf8");
    const refs = [...guide.matchAll(/(chapters\/[\w-]+\.mdx):(\d+) ⟨([^⟩]+)⟩/g)];
    expect(refs.length).toBeGreaterThan(0);
    for (const [, file, line, name] of refs) {
      const fence = readFileSync(join(root, file), "utf8").split("\n")[Number(line) - 2] ?? "";
      expect(fence, `${file}:${line} ⟨${name}⟩`).toContain(`chunk="${name}"`);
    }
  });
});

describe("the grader's report", () => {
  const g: Grade = {
    lab: "count-lab",
    score: 2,
    max_score: 3,
    tests: [
      { name: "test/x.test.ts > a > b", status: "GOOD", score: 2, max_score: 2, output: "" },
      { name: "test/y.test.ts", status: "BAD", score: 0, max_score: 1, output: "Error: no\n    at f (./chapters/50-x.mdx:4:1)" },
    ],
  };
  const [lab] = labsInChapter("chapters/50-x.mdx", CHAPTER);

  it("prints a line per test with its points, failures below, and the total", () => {
    expect(formatGrade(g, { ...lab, state: "50-x" }, "labs/count-lab")).toBe(
      [
        "grade count-lab (chapters/50-x.mdx, tested in the state of 50-x): labs/count-lab",
        "GOOD    2/2  test/x.test.ts > a > b",
        "BAD     0/1  test/y.test.ts",
        "          Error: no",
        "              at f (./chapters/50-x.mdx:4:1)",
        "score: 2/3",
        "",
      ].join("\n"),
    );
  });

  it("writes Gradescope's results.json", () => {
    const json = JSON.parse(gradescope(g));
    expect(Object.keys(json)).toEqual(["score", "max_score", "tests"]);
    expect(json.tests[1]).toEqual({ name: "test/y.test.ts", score: 0, max_score: 1, output: g.tests[1].output });
  });
});
