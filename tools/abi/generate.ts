// The ABI generator: text made from src/machine/abi.ts (chapter 2) for the regions of the
// chapters marked
//   {/* abi:begin KIND ARGS */}
//   …generated text…
//   {/* abi:end */}
// KIND is one of the RENDERERS below: a syscall's reference box, a chunk of the C header
// <viperos/syscalls.h>, or a table of codes, kinds, rights or fault kinds. Everything here is a
// pure function of the chapter text and the ABI, so tests can run it on an ABI they changed.
import type * as AbiModule from "../../src/machine/abi.ts";
import type { SyscallSpec } from "../../src/machine/abi.ts";

/** What the generator reads from the ABI module (a test may pass a changed copy). */
export type Abi = Pick<
  typeof AbiModule,
  | "SYSCALLS"
  | "SYSCALL_BLOCKS"
  | "Status"
  | "STATUS_MEANING"
  | "Kind"
  | "Rights"
  | "RIGHT_DOCS"
  | "RIGHTS_IN_BIT_ORDER"
  | "RIGHT_LETTERS"
  | "FaultKind"
  | "FAULT_DOCS"
>;

/** One marked region of a chapter. Lines are 0-based indices into the chapter's lines. */
export interface Region {
  kind: string;
  args: string[];
  /** The `abi:begin` line and the `abi:end` line. */
  begin: number;
  end: number;
}

const BEGIN = /^\{\/\* abi:begin ([a-z0-9-]+)((?: [A-Za-z0-9_]+)*) \*\/\}$/;
const END = /^\{\/\* abi:end \*\/\}$/;
const FENCE = /^\s*(```|~~~)/;

/** The regions of a chapter, and what is malformed about its markers ("line N: …", 1-based). */
export function abiFindRegions(text: string): { regions: Region[]; problems: string[] } {
  const lines = text.split("\n");
  const regions: Region[] = [];
  const problems: string[] = [];
  let open: Region | null = null;
  let inFence = false;
  lines.forEach((line, i) => {
    if (FENCE.test(line)) inFence = !inFence;
    if (inFence) return;
    const b = BEGIN.exec(line);
    if (b !== null) {
      if (open !== null) problems.push(`line ${i + 1}: abi:begin inside the region opened on line ${open.begin + 1}`);
      const args = b[2].trim() === "" ? [] : b[2].trim().split(" ");
      open = { kind: b[1], args, begin: i, end: -1 };
    } else if (END.test(line)) {
      if (open === null) problems.push(`line ${i + 1}: abi:end without abi:begin`);
      else regions.push({ ...open, end: i });
      open = null;
    } else if (line.includes("abi:begin") && line.startsWith("{/*")) {
      problems.push(`line ${i + 1}: malformed marker (expected {/* abi:begin KIND ARGS */})`);
    }
  });
  const unclosed = open as Region | null;
  if (unclosed !== null) problems.push(`line ${unclosed.begin + 1}: abi:begin ${unclosed.kind} has no abi:end`);
  return { regions, problems };
}

/** A region's name as messages print it: "box cap_query", "c-status". */
export function regionLabel(r: Pick<Region, "kind" | "args">): string {
  return [r.kind, ...r.args].join(" ");
}

/** 0x0A, 0xF3: the way the chapters write call numbers. */
export function hex2(n: number): string {
  return `0x${n.toString(16).toUpperCase().padStart(2, "0")}`;
}

function callByName(abi: Abi, name: string): SyscallSpec {
  const call = abi.SYSCALLS.find((c) => c.name === name);
  if (call === undefined) throw new Error(`no system call named ${name} in the ABI`);
  return call;
}

/** A call's reference box (STYLE: NAME / SYNOPSIS / RIGHTS / RETURNS / ERRORS), as MDX lines. */
export function renderBox(call: SyscallSpec): string[] {
  const results = call.results.map((r, i) => `x${i + 1} = ${r}`).join(", ");
  const synopsis = `\`${call.name}(${call.args.join(", ")})${results === "" ? "" : ` → ${results}`}\``;
  const number = call.newInBook === true ? `(${hex2(call.nr)}, new in this book)` : `(${hex2(call.nr)})`;
  const errors = Object.entries(call.errors).map(([status, when]) => `> - \`${status}\` — ${when}`);
  return [
    `> **${call.name}** — ${call.summary}`,
    ">",
    `> **SYNOPSIS** ${synopsis} ${number}`,
    ">",
    `> **RIGHTS** ${call.rights}`,
    ">",
    `> **RETURNS** ${call.returns}`,
    ">",
    "> **ERRORS**",
    ">",
    ...(errors.length === 0 ? ["> - none."] : errors),
  ];
}

function boxes(abi: Abi, names: readonly string[]): string[] {
  if (names.length === 0) throw new Error("a box region names no system call");
  return names.flatMap((name, i) => [...(i > 0 ? [""] : []), ...renderBox(callByName(abi, name))]);
}

/** `#define NAME VALUE /* comment *\/` lines with the names padded to one column. */
function defines(rows: readonly (readonly [name: string, value: string, comment?: string])[], nameWidth = 0): string[] {
  const width = Math.max(nameWidth, ...rows.map(([name]) => name.length));
  const valueWidth = Math.max(...rows.filter((r) => r[2] !== undefined).map(([, value]) => value.length));
  return rows.map(([name, value, comment]) =>
    comment === undefined
      ? `#define ${name.padEnd(width)} ${value}`
      : `#define ${name.padEnd(width)} ${value.padEnd(valueWidth)} /* ${comment} */`,
  );
}

function cChunk(chunk: string, body: string[]): string[] {
  return [`\`\`\`c chunk="${chunk}"`, ...body, "```"];
}

/** The longest fragment of the numbers list, so that no chunk of the book runs past 40 lines. */
const NUMBERS_FRAGMENT_MAX = 38;

/**
 * The call numbers, block by block, each with its C-style synopsis. Blocks are gathered into
 * fragments of at most NUMBERS_FRAGMENT_MAX lines; each fragment after the first appends to the
 * chunk and is introduced by a sentence naming the blocks it holds.
 */
export function renderCSyscallNumbers(abi: Abi): string[] {
  const width = Math.max(...abi.SYSCALLS.map((c) => c.name.length)) + "SYS_".length;
  const fragments: { titles: string[]; lines: string[] }[] = [];
  abi.SYSCALL_BLOCKS.forEach(([first, title], i) => {
    const next = abi.SYSCALL_BLOCKS[i + 1]?.[0] ?? 0x100;
    const calls = abi.SYSCALLS.filter((c) => c.nr >= first && c.nr < next);
    const range = `${hex2(first)}-${hex2(first + 15)}`;
    const reserved = calls.every((c) => c.planned === true) ? ": reserved, answered VERR_NOT_SUPPORTED for now" : "";
    const block = [`/* ${title} (${range})${reserved}. */`, ...defines(calls.map((c) => [`SYS_${c.name.toUpperCase()}`, hex2(c.nr), cSynopsis(c)]), width)];
    const last = fragments[fragments.length - 1];
    if (last !== undefined && last.lines.length + 1 + block.length <= NUMBERS_FRAGMENT_MAX) {
      last.lines.push("", ...block);
      last.titles.push(title);
    } else fragments.push({ titles: [title], lines: block });
  });
  return fragments.flatMap((f, i) =>
    i === 0
      ? cChunk("user abi: system-call numbers", f.lines)
      : ["", `The numbers go on: ${f.titles.map((t) => t.charAt(0).toLowerCase() + t.slice(1)).join("; ")}.`, "", '```c chunk="user abi: system-call numbers" append', ...f.lines, "```"],
  );
}

function cSynopsis(c: SyscallSpec): string {
  const args = c.args.map((a) => a.split(":")[0].trim()).join(", ");
  const results = c.results.length === 0 ? "" : ` -> ${c.results.join(", ")}`;
  return `${c.name}(${args})${results}${c.newInBook === true ? " (new)" : ""}`;
}

/** VOK and the VERR_ codes, each with its meaning. */
export function renderCStatus(abi: Abi): string[] {
  const rows = (Object.keys(abi.Status) as (keyof typeof abi.Status)[]).map((name) => {
    const code = abi.Status[name];
    return [name === "OK" ? "VOK" : `VERR_${name}`, code < 0 ? `(${code})` : `${code}`, abi.STATUS_MEANING[name]] as const;
  });
  return cChunk("user abi: status codes", defines(rows));
}

function rightValue(value: number): string {
  return value > 0xfff ? `0x${value.toString(16).toUpperCase()}u` : `0x${value.toString(16).padStart(3, "0")}u`;
}

/** CAP_KIND_, CAP_RIGHT_ and the rights' letters. */
export function renderCKindsRights(abi: Abi): string[] {
  const kinds = Object.entries(abi.Kind).map(([name, value]) => [`CAP_KIND_${name.toUpperCase()}`, `${value}`] as const);
  const rights = Object.entries(abi.Rights).map(([name, value]) => {
    const doc = abi.RIGHT_DOCS[name as keyof typeof abi.RIGHT_DOCS];
    return [`CAP_RIGHT_${name}`, rightValue(value), doc === undefined ? undefined : `${doc.letter}: ${doc.allows}`] as const;
  });
  const legend = abi.RIGHTS_IN_BIT_ORDER.map((r) => `${abi.RIGHT_DOCS[r].letter} ${r.toLowerCase()}`).join(", ");
  return cChunk("user abi: kinds and rights", [
    "/* Object kinds (CapInfo.kind). */",
    ...defines(kinds),
    "",
    "/* Rights (CapInfo.rights), one bit each, and the usual combinations. */",
    ...defines(rights),
    "",
    "/* A rights mask printed as the kernel's traces print it: bit i as CAP_RIGHT_LETTERS[i], or '-'. */",
    `#define CAP_RIGHT_COUNT ${abi.RIGHT_LETTERS.length}`,
    `#define CAP_RIGHT_LETTERS "${abi.RIGHT_LETTERS}"`,
    `#define CAP_RIGHT_LEGEND "${legend}"`,
  ]);
}

/** FAULT_ kinds with their causes. */
export function renderCFaults(abi: Abi): string[] {
  const rows = Object.entries(abi.FaultKind).map(([name, value]) => {
    const doc = abi.FAULT_DOCS[name as keyof typeof abi.FAULT_DOCS];
    return [`FAULT_${name}`, `${value}`, `${doc.name}: ${doc.cause}`] as const;
  });
  return cChunk("user abi: fault kinds", ["/* Why the kernel killed a process (ExitInfo.kind, x3 of wait). */", ...defines(rows)]);
}

/** A Markdown table with its columns padded. */
export function mdTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, c) => Math.max(h.length, 3, ...rows.map((r) => r[c].length)));
  const line = (cells: readonly string[]): string => `| ${cells.map((x, c) => x.padEnd(widths[c])).join(" | ")} |`;
  return [line(header), `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`, ...rows.map(line)];
}

const minus = (n: number): string => (n < 0 ? `−${-n}` : `${n}`);

export function renderStatusTable(abi: Abi): string[] {
  const names = Object.keys(abi.Status) as (keyof typeof abi.Status)[];
  return mdTable(
    ["code", "name", "meaning"],
    names.map((n) => [minus(abi.Status[n]), `\`${n}\``, abi.STATUS_MEANING[n]]),
  );
}

export function renderKindsTable(abi: Abi): string[] {
  return mdTable(
    ["kind", "value", "C name"],
    Object.entries(abi.Kind).map(([name, value]) => [`\`${name}\``, `${value}`, `\`CAP_KIND_${name.toUpperCase()}\``]),
  );
}

export function renderRightsTable(abi: Abi): string[] {
  return mdTable(
    ["right", "bit", "letter", "allows"],
    abi.RIGHTS_IN_BIT_ORDER.map((r) => [`\`${r}\``, `\`${rightValue(abi.Rights[r]).slice(0, -1)}\``, `\`${abi.RIGHT_DOCS[r].letter}\``, abi.RIGHT_DOCS[r].allows]),
  );
}

export function renderFaultTable(abi: Abi): string[] {
  return mdTable(
    ["kind", "name", "C name", "printed as", "cause"],
    Object.entries(abi.FaultKind).map(([name, value]) => {
      const doc = abi.FAULT_DOCS[name as keyof typeof abi.FAULT_DOCS];
      return [`${value}`, `\`${name}\``, `\`FAULT_${name}\``, doc.name, doc.cause];
    }),
  );
}

/** Region kind → its text (without the blank lines around it). */
export const RENDERERS: Readonly<Record<string, (abi: Abi, args: readonly string[]) => string[]>> = {
  box: boxes,
  "c-syscall-numbers": renderCSyscallNumbers,
  "c-status": renderCStatus,
  "c-kinds-rights": renderCKindsRights,
  "c-faults": renderCFaults,
  "status-table": renderStatusTable,
  "kinds-table": renderKindsTable,
  "rights-table": renderRightsTable,
  "fault-table": renderFaultTable,
};

/** A chapter with every region regenerated, the regions whose text changed, and problems. */
export function abiRegenerate(
  text: string,
  abi: Abi,
): { text: string; regions: Region[]; changed: Region[]; problems: string[] } {
  const { regions, problems } = abiFindRegions(text);
  const lines = text.split("\n");
  const changed: Region[] = [];
  // From the last region to the first, so that earlier line indices stay valid.
  for (const r of [...regions].reverse()) {
    const render = RENDERERS[r.kind];
    if (render === undefined) {
      problems.push(`line ${r.begin + 1}: unknown region kind ${r.kind} (known: ${Object.keys(RENDERERS).join(", ")})`);
      continue;
    }
    let body: string[];
    try {
      body = ["", ...render(abi, r.args), ""];
    } catch (e) {
      problems.push(`line ${r.begin + 1}: ${regionLabel(r)}: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    const old = lines.slice(r.begin + 1, r.end);
    if (old.join("\n") !== body.join("\n")) {
      changed.unshift(r);
      lines.splice(r.begin + 1, r.end - r.begin - 1, ...body);
    }
  }
  return { text: lines.join("\n"), regions, changed, problems };
}

/**
 * Problems of the book as a whole: every call the kernel implements has exactly one box, and no
 * box documents a planned call. `boxes` maps each boxed call name to where its boxes are.
 */
export function abiCoverage(abi: Abi, boxesAt: ReadonlyMap<string, readonly string[]>): string[] {
  const problems: string[] = [];
  for (const call of abi.SYSCALLS) {
    const at = boxesAt.get(call.name) ?? [];
    if (call.planned === true && at.length > 0) problems.push(`${at.join(", ")}: box ${call.name} documents a planned call`);
    if (call.planned !== true && at.length === 0) problems.push(`no chapter has a box for ${call.name} (add {/* abi:begin box ${call.name} */} … {/* abi:end */} where it is implemented)`);
    if (at.length > 1) problems.push(`${at.join(", ")}: box ${call.name} appears ${at.length} times`);
  }
  return problems;
}
