// chapter: 00-how-to-read
// Every chapter ends the same way, so a reader knows where to look: "What goes wrong" (the
// failures a reader will meet, and what they look like), then "Exercises", then "Further
// reading" as the last section. The front matter (chapters 0 and 1), the teachers' guide, the
// bibliography and the reference appendices are not chapters in this sense. It checks the
// chapters that exist, so it holds in every state of the book.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
const NOT_A_CHAPTER = /^(00-how-to-read|01-map|90-teachers-guide|95-bibliography|\d+[a-z]?r-.*)\.mdx$/;
const ENDING = ["What goes wrong", "Exercises", "Further reading"];
/** "What can go wrong" says the same as "What goes wrong". */
const normal = (heading: string) => (heading === "What can go wrong" ? "What goes wrong" : heading);

/** The chapter's `##` headings outside code fences, in order. */
function headings(text: string): string[] {
  const out: string[] = [];
  let fenced = false;
  for (const line of text.split("\n")) {
    if (line.trim().startsWith("```")) fenced = !fenced;
    else if (!fenced && line.startsWith("## ")) out.push(normal(line.slice(3).trim()));
  }
  return out;
}

/** What is wrong with a chapter's ending, or null. */
function endingProblem(text: string): string | null {
  const h = headings(text);
  const at = ENDING.map((e) => h.indexOf(e));
  const missing = ENDING.filter((_, i) => at[i] < 0);
  if (missing.length > 0) return `no ${missing.map((m) => `"## ${m}"`).join(", ")}`;
  if (!(at[0] < at[1] && at[1] < at[2])) return `its endings are out of order: ${ENDING.map((e, i) => `${e} at section ${at[i] + 1}`).join(", ")}`;
  if (at[2] !== h.length - 1) return `"## Further reading" is not the last section ("## ${h[h.length - 1]}" follows it)`;
  return null;
}

describe("chapter endings", () => {
  it("every chapter ends with What goes wrong, Exercises and Further reading, in that order", () => {
    const problems: string[] = [];
    for (const name of readdirSync(join(root, "chapters")).sort()) {
      if (!name.endsWith(".mdx") || NOT_A_CHAPTER.test(name)) continue;
      const problem = endingProblem(readFileSync(join(root, "chapters", name), "utf8"));
      if (problem !== null) problems.push(`${name}: ${problem}`);
    }
    expect(problems).toEqual([]);
  });

  it("notices a missing section, a wrong order and a section after Further reading", () => {
    const good = "## Intro\n## What goes wrong\n## Exercises\n## Further reading\n";
    expect(endingProblem(good)).toBeNull();
    expect(endingProblem(good.replace("## What goes wrong\n", "## What can go wrong\n"))).toBeNull();
    expect(endingProblem(good.replace("## Exercises\n", ""))).toMatch(/no "## Exercises"/);
    expect(endingProblem("## Exercises\n## What goes wrong\n## Further reading\n")).toMatch(/out of order/);
    expect(endingProblem(`${good}## Appendix\n`)).toMatch(/not the last section/);
    expect(endingProblem("```\n## What goes wrong\n```\n## Exercises\n## Further reading\n")).toMatch(/no "## What goes wrong"/);
  });
});
