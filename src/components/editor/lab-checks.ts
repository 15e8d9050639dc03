// A lab's checks in the page (loaded when the reader presses "Check in the page" in a <Lab> box):
// the machine reboots with the chapter's edits from the page's editor (or with the book's kernel
// when there are none), each check types its lines at the shell, and the answer is GOOD when the
// output holds what the check expects, BAD otherwise — the grader's words, with points and a total.
// These checks need only the machine; the lab's Vitest tests run with `npm run grade`.
import book from "virtual:viperos-book-sources";
import type { FromWorker } from "../live/protocol.ts";
import { machineWorker, rebootWith } from "./machine-handle.ts";
import { chapterPosition, expandBook } from "./sources.ts";
import { chapterEdits } from "./store.ts";

export interface PageCheck {
  name: string;
  points: number;
  /** Lines typed at the shell, each after the prompt. */
  type: string[];
  /** Text the output must contain. */
  expect: string;
}

const PROMPT = /SYS:[^\s>]*> $/;
const BOOT_LIMIT_MS = 60_000;
const LINE_LIMIT_MS = 30_000;
/** How long the console must stay quiet at a prompt before the shell counts as waiting. */
const QUIET_MS = 800;

/** The first machine's console output since the last `clear`, without terminal escapes. */
class Console {
  text = "";
  private last = 0;
  private readonly worker: Worker;
  constructor(worker: Worker) {
    this.worker = worker;
    worker.addEventListener("message", this.listen);
  }
  private readonly listen = (e: MessageEvent<FromWorker>): void => {
    const m = e.data;
    if (m.type !== "uart" || (m.machine ?? 0) !== 0) return;
    this.text += m.data.replace(/\x1b(\[[0-9;?]*[A-Za-z]|c)/g, "").replace(/\r/g, "");
    this.last = performance.now();
  };
  clear(): void {
    this.text = "";
    this.last = performance.now();
  }
  /** Resolves true once the output ends at a prompt and has been quiet a while; false at the limit. */
  async atPrompt(limitMs: number): Promise<boolean> {
    const until = performance.now() + limitMs;
    while (performance.now() < until) {
      if (PROMPT.test(this.text) && performance.now() - this.last >= QUIET_MS) return true;
      await new Promise((ok) => setTimeout(ok, 100));
    }
    return false;
  }
  close(): void {
    this.worker.removeEventListener("message", this.listen);
  }
}

/** Builds the chapter's edits (if any) into a system; its bundle, null for the book's, or the build's problems. */
async function systemFor(chapter: string): Promise<{ code: string | null } | { problems: string }> {
  const edits = chapterEdits(localStorage, chapter);
  if (edits.size === 0) return { code: null };
  const { buildSystem } = await import("./build.ts");
  const files = expandBook(book, edits);
  const result = await buildSystem(files);
  if (result.ok) return { code: result.code };
  const where = (path: string | null, line: number, column: number): string => {
    const file = path === null ? undefined : files.get(path);
    const at = file ? chapterPosition(file, line, column) : null;
    return at ? `${at.chapter}:${at.line}:${at.column + 1}` : (path ?? "the build");
  };
  return { problems: result.problems.map((p) => `${where(p.path, p.line, p.column)}: ${p.message}`).join("\n") };
}

/** Runs the checks on the page's machine, reporting as it goes; returns the points earned. */
export async function runPageChecks(chapter: string, checks: PageCheck[], say: (text: string) => void): Promise<number> {
  const lines: string[] = [];
  const show = (line: string): void => {
    lines.push(line);
    say(lines.join("\n"));
  };
  const edits = chapterEdits(localStorage, chapter).size;
  show(edits > 0 ? `Building the kernel with your ${edits} changed chunk${edits === 1 ? "" : "s"}…` : "No changes in this chapter: checking the book's kernel…");
  const max = checks.reduce((s, c) => s + c.points, 0);
  /** Every check MISSING (it could not run), as the grader says when the chapters do not build. */
  const missing = (why: string): number => {
    show(why);
    for (const c of checks) show(`MISSING 0/${c.points}  ${c.name}`);
    show(`Score: 0/${max}`);
    return 0;
  };
  const system = await systemFor(chapter);
  if ("problems" in system) return missing(`The kernel does not build:\n${system.problems}`);
  const worker = await machineWorker();
  if (!worker) return missing("There is no live machine on this page.");
  const console = new Console(worker);
  let score = 0;
  try {
    console.clear();
    rebootWith(worker, system.code);
    if (!(await console.atPrompt(BOOT_LIMIT_MS)))
      return missing(`The machine did not reach the shell's prompt within ${BOOT_LIMIT_MS / 1000} s:\n${indent(console.text)}`);
    for (const c of checks) {
      console.clear();
      let answered = true;
      for (const line of c.type) {
        worker.postMessage({ type: "input", data: `${line}\r` });
        answered = await console.atPrompt(LINE_LIMIT_MS);
        if (!answered) break;
      }
      const good = answered && console.text.includes(c.expect);
      if (good) score += c.points;
      show(`${good ? "GOOD" : "BAD "}    ${good ? c.points : 0}/${c.points}  ${c.name}`);
      if (!good) show(answered ? `        expected "${c.expect}" in:\n${indent(console.text)}` : `        no prompt again within ${LINE_LIMIT_MS / 1000} s:\n${indent(console.text)}`);
    }
    show(`Score: ${score}/${max}`);
    return score;
  } finally {
    console.close();
  }
}

const indent = (text: string): string =>
  text
    .trimEnd()
    .split("\n")
    .slice(-12)
    .map((l) => `        | ${l}`)
    .join("\n");
