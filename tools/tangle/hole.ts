// Holes: `npm run tangle -- --until <chapter> --hole "<chunk>"` writes the book at a chapter
// with the named chunk's code taken out of its chapter — a lab's starting state (tools/lab).
// The chunk's first definition gets a stub body instead of the book's; its appended definitions
// (`append`) become empty. The stub is the one the lab declaring the chunk gives (`<Lab
// chunks={[{ name, stub }]}>`), or, for a chunk no lab gives one, a single comment line —
// right for a chunk of statements; a chunk that must produce a value (a function's body that
// returns one) needs a stub in its lab. Either way the stub must compile and fail the lab's tests.
import { type Fence, parseChapterMdx, scanFences } from "./parse.ts";

export interface Hole {
  chunk: string;
  stub: string;
}

export interface Source {
  chapter: string;
  text: string;
}

/** The sources with each hole's chunk body replaced; an error when a chunk is not defined in them. */
export function applyHoles(sources: Source[], holes: Hole[]): Source[] {
  const found = new Set<string>();
  const out = sources.map(({ chapter, text }) => {
    const fences: Fence[] = scanFences(chapter, text) ?? parseChapterMdx(chapter, text).fences;
    const lines = text.split("\n");
    // Bottom up, so that earlier fences keep their line numbers while later ones change length.
    const edits = fences
      .map((f) => ({ f, hole: holes.find((h) => h.chunk === f.meta.chunk?.trim()) }))
      .filter((e) => e.hole !== undefined && !e.f.meta.ignore && e.f.meta.file === undefined)
      .reverse();
    if (edits.length === 0) return { chapter, text };
    for (const { f, hole } of edits) {
      const h = hole as Hole;
      found.add(h.chunk);
      const indent = /^\s*/.exec(f.body.find((l) => l.trim() !== "") ?? "")?.[0] ?? "";
      const body = f.meta.append ? [] : h.stub.split("\n").map((l) => (l === "" ? l : indent + l));
      lines.splice(f.bodyLine - 1, f.body.length, ...body);
    }
    return { chapter, text: lines.join("\n") };
  });
  for (const h of holes) if (!found.has(h.chunk)) throw new Error(`--hole: no chunk "${h.chunk}" in these chapters`);
  return out;
}
