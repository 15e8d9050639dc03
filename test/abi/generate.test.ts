// chapter: 48-tls-server
// tools/abi: the regions of the chapters are what the ABI of chapter 2 generates. A changed
// definition changes every copy; a copy edited by hand is caught.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import * as abi from "../../src/machine/abi.ts";
import { type Abi, abiCoverage, abiFindRegions, abiRegenerate, regionLabel, renderBox } from "../../tools/abi/generate.ts";
import { findChapters, tangleSources } from "../../tools/tangle/tangle.ts";

const root = join(import.meta.dirname, "..", "..");
const CAPS = "chapters/14-processes-capabilities.mdx";
/** Where the C header's call numbers are: the appendix of chapter 20. */
const USER = "chapters/20r-user-abi-reference.mdx";
const read = (chapter: string): string => readFileSync(join(root, chapter), "utf8");

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "viperos-abi-"));
  temps.push(dir);
  return dir;
}
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

/** The regions of `text` that abiRegenerate finds different, as labels. */
function differing(text: string, a: Abi = abi): string[] {
  return abiRegenerate(text, a).changed.map(regionLabel);
}

describe("the chapters", () => {
  it("hold exactly what the ABI generates, with one box per call the kernel implements", () => {
    const boxesAt = new Map<string, string[]>();
    for (const chapter of findChapters(root)) {
      const out = abiRegenerate(read(chapter), abi);
      expect(out.problems, chapter).toEqual([]);
      expect(out.changed.map(regionLabel), chapter).toEqual([]);
      for (const r of out.regions.filter((x) => x.kind === "box")) {
        for (const name of r.args) boxesAt.set(name, [...(boxesAt.get(name) ?? []), chapter]);
      }
    }
    expect(abiCoverage(abi, boxesAt)).toEqual([]);
  });
});

describe("changing one call's definition in chapter 2", () => {
  // cap_query moves from 0x72 to 0x7A and gets a new summary: the book is tangled in memory, the
  // ABI it produces is loaded from a temporary tree, and the chapters are regenerated from it.
  const chapters = findChapters(root).map((chapter) => ({ chapter, text: read(chapter) }));
  // The numbers and the documentation are chunks of chapter 2's appendix.
  const contract = chapters.find((c) => c.chapter === "chapters/02r-abi-reference.mdx");
  if (contract === undefined) throw new Error("no appendix of chapter 2");
  contract.text = contract.text
    .replace("cap_query: 0x72,", "cap_query: 0x7a,")
    .replace('summary: "describe a handle",', 'summary: "tell what a handle names",');
  const tree = tempDir();
  const writeTree = (files: { path: string; content: string; map: string | null }[]): void => {
    for (const f of files) {
      mkdirSync(dirname(join(tree, f.path)), { recursive: true });
      writeFileSync(join(tree, f.path), f.content);
      // With its map beside it, as tangle writes it: Vite reads the file's sourceMappingURL.
      if (f.map !== null) writeFileSync(join(tree, `${f.path}.map`), f.map);
    }
  };
  const first = tangleSources(chapters, { format: false });
  writeTree(first.files);
  const load = async (path: string): Promise<Record<string, unknown>> => import(pathToFileURL(join(tree, path)).href);

  it("changes the box in the chapter that implements the call", async () => {
    const changed = (await load("src/machine/abi.ts")) as unknown as Abi;
    const caps = chapters.find((c) => c.chapter === CAPS)?.text ?? "";
    const out = abiRegenerate(caps, changed);
    expect(out.changed.map(regionLabel)).toEqual(["box cap_query"]);
    expect(out.text).toContain("> **cap_query** — tell what a handle names");
    expect(out.text).toContain("> **SYNOPSIS** `cap_query(h: u32, info: CapInfo*)` (0x7A)");
  });

  it("changes the C header user programs are built with", async () => {
    const changed = (await load("src/machine/abi.ts")) as unknown as Abi;
    const regenerated = chapters.map((c) => ({ chapter: c.chapter, text: abiRegenerate(c.text, changed).text }));
    const user = regenerated.find((c) => c.chapter === USER)?.text ?? "";
    expect(differing(chapters.find((c) => c.chapter === USER)?.text ?? "", changed)).toEqual(["c-syscall-numbers"]);
    expect(user).toMatch(/^#define SYS_CAP_QUERY +0x7A \/\* cap_query\(h, info\) \*\/$/m);
    const second = tangleSources(regenerated, { format: false });
    expect(second.problems).toEqual([]);
    const h = second.files.find((f) => f.path === "src/user/include/viperos/syscalls.h")?.content ?? "";
    expect(h).toMatch(/^#define SYS_CAP_QUERY +0x7A /m);
    expect(h).not.toMatch(/^#define SYS_CAP_QUERY +0x72 /m);
  });

  it("changes the kernel's table row, which takes its number from the ABI", async () => {
    const rows = await load("src/kernel/cap/syscalls.ts");
    const defs = Object.values(rows).filter(Array.isArray).flat() as { nr: number; name: string }[];
    const row = defs.find((d) => d.name === "cap_query");
    expect(row?.nr).toBe(0x7a);
  });
});

describe("a region edited by hand", () => {
  const caps = read(CAPS);

  it("is named, and regenerating restores it", () => {
    const edited = caps.replace("> - `INVALID_HANDLE` — `h` names no live entry.\n> - `INVALID_ARG` — `info`", "> - `INVALID_HANDLE` — `h` is bad.\n> - `INVALID_ARG` — `info`");
    expect(edited).not.toBe(caps);
    expect(differing(edited)).toEqual(["box cap_query"]);
    expect(abiRegenerate(edited, abi).text).toBe(caps);
  });

  it("fails npm run abi -- --check with the chapter line of the region", () => {
    const copy = tempDir();
    cpSync(join(root, "chapters"), join(copy, "chapters"), { recursive: true });
    cpSync(join(root, "src/machine"), join(copy, "src/machine"), { recursive: true });
    const line = caps.split("\n").indexOf("{/* abi:begin rights-table */}") + 1;
    writeFileSync(join(copy, CAPS), caps.replace("| `TRAVERSE` | `0x200` | `T` ", "| `TRAVERSE` | `0x400` | `T` "));
    const run = spawnSync(process.execPath, [join(root, "tools/abi/cli.ts"), "--check"], { cwd: copy, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${CAPS}:${line}: rights-table differs from the ABI`);
    expect(run.stderr.match(/differs from the ABI/g)?.length).toBe(1);
  });
});

describe("markers", () => {
  it("reports unknown kinds, unknown calls and unclosed regions", () => {
    const text = [
      "{/* abi:begin box no_such_call */}",
      "{/* abi:end */}",
      "{/* abi:begin frobnicate */}",
      "{/* abi:end */}",
      "{/* abi:begin status-table */}",
    ].join("\n");
    expect(abiRegenerate(text, abi).problems).toEqual([
      "line 5: abi:begin status-table has no abi:end",
      "line 3: unknown region kind frobnicate (known: box, c-syscall-numbers, c-status, c-kinds-rights, c-faults, status-table, kinds-table, rights-table, fault-table)",
      "line 1: box no_such_call: no system call named no_such_call in the ABI",
    ]);
  });

  it("are ignored inside a code fence", () => {
    const text = ["```mdx", "{/* abi:begin box getchar */}", "{/* abi:end */}", "```"].join("\n");
    expect(abiFindRegions(text).regions).toEqual([]);
  });

  it("count a call without a box, a box twice, and a box for a planned call", () => {
    // tls_close as it was before chapter 47: planned, so a box for it is a mistake.
    const SYSCALLS = abi.SYSCALLS.map((c) => (c.name === "tls_close" ? { ...c, planned: true as const } : c));
    const boxesAt = new Map<string, string[]>(SYSCALLS.filter((c) => c.planned !== true).map((c) => [c.name, ["x.mdx:1"]]));
    boxesAt.delete("getchar");
    boxesAt.set("putchar", ["a.mdx:1", "b.mdx:2"]);
    boxesAt.set("tls_close", ["c.mdx:3"]);
    expect(abiCoverage({ ...abi, SYSCALLS }, boxesAt)).toEqual([
      "c.mdx:3: box tls_close documents a planned call",
      "no chapter has a box for getchar (add {/* abi:begin box getchar */} … {/* abi:end */} where it is implemented)",
      "a.mdx:1, b.mdx:2: box putchar appears 2 times",
    ]);
  });
});

describe("a reference box", () => {
  it("has NAME, SYNOPSIS, RIGHTS, RETURNS and ERRORS, one line per error", () => {
    const call = abi.SYSCALLS.find((c) => c.name === "timer_cancel");
    if (call === undefined) throw new Error("no timer_cancel");
    expect(renderBox(call)).toEqual([
      "> **timer_cancel** — disarm a timer and close its handle",
      ">",
      "> **SYNOPSIS** `timer_cancel(h: u32)` (0x33)",
      ">",
      "> **RIGHTS** `h` must carry `WRITE`.",
      ">",
      "> **RETURNS** `OK`; tasks polling the timer wake.",
      ">",
      "> **ERRORS**",
      ">",
      "> - `INVALID_HANDLE` — `h` names no live entry.",
      "> - `WRONG_TYPE` — `h` is not a timer.",
      "> - `PERMISSION` — `h` lacks `WRITE`.",
    ]);
  });

  it("says none for a call without errors and marks the calls new in this book", () => {
    const find = (name: string) => abi.SYSCALLS.find((c) => c.name === name) as abi.SyscallSpec;
    expect(renderBox(find("getchar")).at(-1)).toBe("> - none.");
    expect(renderBox(find("getchar"))[2]).toBe("> **SYNOPSIS** `getchar() → x1 = byte` (0xF1)");
    expect(renderBox(find("chdir"))[2]).toBe("> **SYNOPSIS** `chdir(path: const char*)` (0x67, new in this book)");
  });
});
