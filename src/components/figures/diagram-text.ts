// The text form of the book's state machines and sequence diagrams: one arrow a line,
//
//   Ready -> Running : picked
//   A -x B : a message that is lost
//
// (`->` an edge or a message, `-x` a message lost on the way), `#` starts a comment, and a state
// diagram may pin a state to a column and row with `@ NAME COLUMN ROW` where the automatic
// placement draws crossings. Parsing is
// shared by <StateDiagram> and <Sequence>; a line it cannot read fails the build with its number.

export interface Arrow {
  from: string;
  to: string;
  text: string;
  lost: boolean;
}

export function parseArrows(source: string, what: string): Arrow[] {
  const out: Arrow[] = [];
  source.split("\n").forEach((raw, i) => {
    const line = raw.replace(/#.*$/, "").trim();
    if (line === "" || line.startsWith("@")) return;
    const m = /^(.+?)\s+-(>|x)\s+(.+?)(?:\s*:\s*(.*))?$/.exec(line);
    if (m === null) throw new Error(`<${what}>: line ${i + 1} is not "A -> B : text": ${raw.trim()}`);
    out.push({ from: m[1].trim(), to: m[3].trim(), text: (m[4] ?? "").trim(), lost: m[2] === "x" });
  });
  if (out.length === 0) throw new Error(`<${what}>: no arrows`);
  return out;
}

/** Names in order of first appearance. */
export function namesOf(arrows: Arrow[]): string[] {
  const seen: string[] = [];
  for (const a of arrows) for (const n of [a.from, a.to]) if (!seen.includes(n)) seen.push(n);
  return seen;
}

/** The `@ NAME COLUMN ROW` lines: where the author pinned states. */
export function parsePlacements(source: string): Map<string, { col: number; row: number }> {
  const out = new Map<string, { col: number; row: number }>();
  source.split("\n").forEach((raw, i) => {
    const line = raw.replace(/#.*$/, "").trim();
    if (!line.startsWith("@")) return;
    const m = /^@\s+(.+?)\s+(\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)$/.exec(line);
    if (m === null) throw new Error(`<StateDiagram>: line ${i + 1} is not "@ NAME COLUMN ROW": ${raw.trim()}`);
    out.set(m[1], { col: Number(m[2]), row: Number(m[3]) });
  });
  return out;
}
