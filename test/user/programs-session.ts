// chapter: 21t-programs
// Chapter 21t's test machine: ViperOS booted with the files the chapter's transcripts read, and
// the replay of a transcript (its commands, or the keys given in a `{/* typed: "…" */}` comment
// before it) on a fresh machine.
import { ShellSession } from "./session.ts";

const enc = new TextEncoder();

export const POEM = `'Twas brillig, and the slithy toves
Did gyre and gimble in the wabe:
All mimsy were the borogoves,
And the mome raths outgrabe.

"Beware the Jabberwock, my son!
The jaws that bite, the claws that catch!
Beware the Jubjub bird, and shun
The frumious Bandersnatch!"
`;

export const SIZES = "12 banana\n3 apple\n100 cherry\n7 date\n25 elderberry\n";

/** The files chapter 21t's transcripts and tests read, by their names in the boot archive. */
export const DATA: Record<string, string> = {
  "/data/poem": POEM,
  "/data/sizes": SIZES,
  "/data/empty": "",
  "/data/abc": "abc",
  "/data/two-blocks": "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
  // A script (chapter 21s) that acts on search's return code.
  "/data/find": ".key WORD/A\nsearch -i <WORD> /data/poem\nIf WARN\n  Echo No <WORD> in the poem.\nElse\n  Echo Found <WORD>.\nEndIf\n",
};

export function programsSession(): ShellSession {
  return new ShellSession({ add: Object.entries(DATA).map(([name, text]) => ({ name, data: enc.encode(text) })) });
}

/** A transcript in the chapter: where its lines are, and what was typed to make it. */
export interface Transcript {
  start: number; // index of the first line inside the fence
  lines: string[];
  keys: string[]; // each ends with Enter, or is a control key
}

const PROMPT = /^SYS:> (.*)$/;
const TYPED = /^\{\/\* typed: ("(?:[^"\\]|\\.)*") \*\/\}$/;

export function transcripts(text: string): Transcript[] {
  const lines = text.split("\n");
  const out: Transcript[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() !== "```console") continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end].trim() !== "```") end++;
    const body = lines.slice(start, end);
    const typed = i > 0 ? TYPED.exec(lines[i - 1]) : null;
    const keys = typed
      ? (JSON.parse(typed[1]) as string).split(/(?<=\n|\u0004|\u0003)/)
      : body.flatMap((l) => {
          const m = PROMPT.exec(l);
          return m ? [`${m[1]}\n`] : [];
        });
    if (keys.length > 0 && PROMPT.test(body[0] ?? "")) out.push({ start, lines: body, keys });
    i = end;
  }
  return out;
}

/** Types the transcript's keys on a fresh machine; the screen from the first command on. */
export function replay(t: Transcript): string[] {
  const s = programsSession();
  const from = s.screen().length - 1;
  for (const k of t.keys) s.keys(k);
  const screen = s.screen().slice(from);
  while (screen.length > 0 && /^(SYS:> ?)?$/.test(screen[screen.length - 1])) screen.pop();
  return screen.map((l) => l.replace(/\s+$/, ""));
}
