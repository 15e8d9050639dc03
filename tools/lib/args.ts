// The command line of every tool (boot, emu, dtb, mkbootfs, tangle, the fuzzers, benchmarks and
// difftest tools): one description per tool gives its --help text, its typed options and its
// errors. Node's util.parseArgs splits the words; this module checks them against the
// description, so every tool answers bad input the same way — one line naming the tool, the
// option and the value, and exit status 2:
//
//   fuzz:syscalls: --count: expected a whole number, got "abc"
//
// and runTool turns the errors a user can cause (a missing file, a file of the wrong kind) into
// one line and status 1 instead of a stack trace.
import { readFileSync, writeSync } from "node:fs";
import { parseArgs } from "node:util";

interface OptionCommon {
  /** One line for --help. */
  help: string;
  /** The value's name in --help ("N", "SIZE", "FILE"); defaults by type. */
  value?: string;
  /** A one-letter alias ("h" for -h). */
  short?: string;
}
export interface FlagOption extends OptionCommon {
  type: "flag";
}
export interface StringOption extends OptionCommon {
  type: "string";
  default?: string;
  /** May be given more than once; the value is then a list. */
  multiple?: boolean;
}
export interface IntOption extends OptionCommon {
  type: "int";
  default?: number;
  min?: number;
  max?: number;
}
/** A byte count: 65536, 64K, 128M, 1G. */
export interface SizeOption extends OptionCommon {
  type: "size";
  default?: number;
  min?: number;
  max?: number;
}
export interface EnumOption<V extends string = string> extends OptionCommon {
  type: "enum";
  values: readonly V[];
  default?: V;
}
export type OptionSpec = FlagOption | StringOption | IntOption | SizeOption | EnumOption;

export interface PositionalSpec {
  /** Its name in the usage line and in "missing FILE". */
  name: string;
  help?: string;
  optional?: boolean;
  /** Takes every remaining word (last positional only). */
  rest?: boolean;
}

export interface ToolSpec {
  /** The tool's name as the user typed it ("boot", "fuzz:syscalls"); starts every message. */
  name: string;
  /** The usage line after "usage: ". */
  usage: string;
  /** What the tool does: a paragraph for --help. */
  summary: string;
  options: Record<string, OptionSpec>;
  positionals?: readonly PositionalSpec[];
  /** Options end at the first positional word; the words after it are passed on (emu's program arguments). */
  stopAtPositional?: boolean;
  /** Text after the options in --help (keys, examples). */
  notes?: string;
}

type ValueOf<O> = O extends FlagOption
  ? boolean
  : O extends EnumOption<infer V>
    ? V
    : O extends IntOption | SizeOption
      ? number
      : string;
type OptionValue<O> = O extends FlagOption
  ? boolean
  : O extends { multiple: true }
    ? ValueOf<O>[]
    : O extends { default: unknown }
      ? ValueOf<O>
      : ValueOf<O> | undefined;

/** What a command line says: each option's value (typed by its spec) and the positional words. */
export interface Parsed<S extends ToolSpec> {
  options: { -readonly [K in keyof S["options"]]: OptionValue<S["options"][K]> };
  positionals: string[];
}

/** Bad input on the command line: the message goes to stderr after "<tool>: ", the exit status is 2. */
export class UsageError extends Error {}

/** A failure the user can fix (a missing file, a file of the wrong kind): one line, exit status `status`. */
export class ToolError extends Error {
  readonly status: number;
  constructor(message: string, status = 1) {
    super(message);
    this.status = status;
  }
}

const DEFAULT_VALUE_NAME: Record<OptionSpec["type"], string> = {
  flag: "",
  string: "TEXT",
  int: "N",
  size: "SIZE",
  enum: "",
};

function valueName(o: OptionSpec): string {
  if (o.type === "flag") return "";
  if (o.value) return o.value;
  return o.type === "enum" ? o.values.join("|") : DEFAULT_VALUE_NAME[o.type];
}

/** 65536 → "64K", 134217728 → "128M". */
export function formatSize(bytes: number): string {
  for (const [unit, scale] of [
    ["G", 1024 ** 3],
    ["M", 1024 ** 2],
    ["K", 1024],
  ] as const) {
    if (bytes >= scale && bytes % scale === 0) return `${bytes / scale}${unit}`;
  }
  return String(bytes);
}

/** "128M", "1G", "64KiB", or a plain byte count; null if it is none of these. */
export function parseSize(text: string): number | null {
  const m = /^(\d+)([KMG](?:i?B)?)?$/i.exec(text);
  if (!m) return null;
  const unit = (m[2] ?? "").charAt(0).toUpperCase();
  const scale = unit === "K" ? 1024 : unit === "M" ? 1024 ** 2 : unit === "G" ? 1024 ** 3 : 1;
  return Number(m[1]) * scale;
}

/** "12", "-3", "0x1f", "10_000" as a safe integer; null otherwise. */
export function parseWholeNumber(text: string): number | null {
  const t = text.replace(/_/g, "");
  if (!/^[+-]?(\d+|0x[0-9a-f]+)$/i.test(t)) return null;
  const negative = t.startsWith("-");
  const n = Number(t.replace(/^[+-]/, ""));
  if (!Number.isSafeInteger(n)) return null;
  return negative ? -n : n;
}

function oneOf(values: readonly string[]): string {
  if (values.length === 1) return values[0];
  if (values.length === 2) return `${values[0]} or ${values[1]}`;
  return `one of ${values.join(", ")}`;
}

/** " from 1 to 9", " of at least 1", " of at most 9" or "". */
function range(o: { min?: number; max?: number }, show: (n: number) => string): string {
  if (o.min !== undefined && o.max !== undefined) return ` from ${show(o.min)} to ${show(o.max)}`;
  if (o.min !== undefined) return ` of at least ${show(o.min)}`;
  if (o.max !== undefined) return ` of at most ${show(o.max)}`;
  return "";
}

/** Checks and converts one option's text. */
function convert(name: string, o: OptionSpec, text: string): string | number {
  const got = `got "${text}"`;
  switch (o.type) {
    case "int": {
      const n = parseWholeNumber(text);
      if (n === null || (o.min !== undefined && n < o.min) || (o.max !== undefined && n > o.max)) {
        throw new UsageError(`--${name}: expected a whole number${range(o, String)}, ${got}`);
      }
      return n;
    }
    case "size": {
      const n = parseSize(text);
      if (n === null) throw new UsageError(`--${name}: expected a size such as 64M or 1G, ${got}`);
      if ((o.min !== undefined && n < o.min) || (o.max !== undefined && n > o.max)) {
        throw new UsageError(`--${name}: expected a size${range(o, formatSize)}, ${got}`);
      }
      return n;
    }
    case "enum":
      if (!o.values.includes(text)) throw new UsageError(`--${name}: expected ${oneOf(o.values)}, ${got}`);
      return text;
    default:
      return text;
  }
}

/**
 * Reads `argv` against `spec`: the options (defaults filled in) and the positional words, or
 * "help" when --help or -h was given. Throws UsageError on anything the spec does not allow.
 */
export function parseCommand<const S extends ToolSpec>(spec: S, argv: readonly string[]): Parsed<S> | "help" {
  const nodeOptions: Record<string, { type: "string" | "boolean"; short?: string }> = {
    help: { type: "boolean", short: "h" },
  };
  for (const [name, o] of Object.entries(spec.options)) {
    nodeOptions[name] = { type: o.type === "flag" ? "boolean" : "string", ...(o.short ? { short: o.short } : {}) };
  }
  const { tokens } = parseArgs({
    args: [...argv],
    options: nodeOptions,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values: Record<string, unknown> = {};
  const positionals: string[] = [];
  let help = false;
  for (const t of tokens) {
    if (t.kind === "option-terminator") continue;
    if (t.kind === "positional") {
      if (spec.stopAtPositional) {
        positionals.push(...argv.slice(t.index));
        break;
      }
      positionals.push(t.value);
      continue;
    }
    if (t.name === "help") {
      help = true;
      continue;
    }
    const o = spec.options[t.name];
    if (o === undefined) throw new UsageError(`unknown option ${t.rawName} (--help lists the options)`);
    if (o.type === "flag") {
      if (t.inlineValue) throw new UsageError(`--${t.name} takes no value`);
      values[t.name] = true;
      continue;
    }
    if (t.value === undefined) throw new UsageError(`--${t.name} needs a value (${valueName(o)})`);
    const v = convert(t.name, o, t.value);
    if (o.type === "string" && o.multiple) values[t.name] = [...((values[t.name] as string[]) ?? []), v];
    else values[t.name] = v;
  }
  if (help) return "help";
  for (const [name, o] of Object.entries(spec.options)) {
    if (name in values) continue;
    if (o.type === "flag") values[name] = false;
    else if (o.type === "string" && o.multiple) values[name] = [];
    else if (o.default !== undefined) values[name] = o.default;
  }
  checkPositionals(spec.positionals ?? [], positionals);
  return { options: values, positionals } as Parsed<S>;
}

function checkPositionals(specs: readonly PositionalSpec[], words: string[]): void {
  const required = specs.filter((p) => !p.optional && !p.rest).length;
  if (words.length < required) throw new UsageError(`missing ${specs[words.length].name} (--help shows the usage)`);
  const rest = specs.length > 0 && specs[specs.length - 1].rest;
  if (!rest && words.length > specs.length) throw new UsageError(`unexpected argument "${words[specs.length]}"`);
}

/** Word-wraps `text` to `width` columns, continuation lines indented by `indent`. */
function wrap(text: string, width: number, indent: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width - indent) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.join(`\n${" ".repeat(indent)}`);
}

/** The column where option help starts at the latest. */
const HELP_COLUMN_MAX = 30;

/** The --help text: usage, summary, options (with defaults), arguments, notes. */
export function helpText(spec: ToolSpec): string {
  const rows: [string, string][] = [];
  for (const [name, o] of Object.entries(spec.options)) {
    const left = `${o.short ? `-${o.short}, ` : ""}--${name}${o.type === "flag" ? "" : ` ${valueName(o)}`}`;
    let help = o.help;
    if (o.type !== "flag" && o.default !== undefined) {
      help += ` (default ${o.type === "size" ? formatSize(o.default) : o.default})`;
    }
    if (o.type === "string" && o.multiple) help += " (repeatable)";
    rows.push([left, help]);
  }
  rows.push(["-h, --help", "this text"]);
  const args = (spec.positionals ?? []).filter((p) => p.help).map((p): [string, string] => [p.name, p.help ?? ""]);
  // The help column starts after the longest label, up to a limit; a label longer than that
  // (an option with a long list of values) gets its help on the next line, in the column.
  const width = Math.min(Math.max(...[...rows, ...args].map(([l]) => l.length)) + 4, HELP_COLUMN_MAX);
  const row = ([l, h]: [string, string]): string =>
    l.length + 4 > width
      ? `  ${l}\n${" ".repeat(width)}${wrap(h, 100, width)}`
      : `  ${l.padEnd(width - 2)}${wrap(h, 100, width)}`;
  const table = (r: [string, string][]) => r.map(row).join("\n");
  let out = `usage: ${spec.usage}\n\n${spec.summary.trim()}\n`;
  if (args.length > 0) out += `\narguments:\n${table(args)}\n`;
  out += `\noptions:\n${table(rows)}\n`;
  if (spec.notes) out += `\n${spec.notes.trim()}\n`;
  return out;
}

function fail(spec: ToolSpec, message: string, status: number): never {
  writeSync(2, message.split("\n").map((line) => `${spec.name}: ${line}\n`).join(""));
  process.exit(status);
}

/** Reads the process's command line against `spec`; prints --help and exits 0, or prints the error and exits 2. */
export function readCommand<const S extends ToolSpec>(spec: S, argv = process.argv.slice(2)): Parsed<S> {
  try {
    const r = parseCommand(spec, argv);
    if (r === "help") {
      writeSync(1, helpText(spec));
      process.exit(0);
    }
    return r;
  } catch (e) {
    if (e instanceof UsageError) fail(spec, e.message, 2);
    throw e;
  }
}

const FS_ERRORS: Record<string, string> = {
  ENOENT: "no such file or directory",
  EISDIR: "is a directory",
  ENOTDIR: "not a directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EEXIST: "already exists",
  ENOSPC: "no space left on the device",
};

/** Reads a file the user named; a missing file, a directory or an unreadable one is a ToolError naming it. */
export function readInput(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "";
    if (FS_ERRORS[code]) throw new ToolError(`${path}: ${FS_ERRORS[code]}`);
    throw e;
  }
}

/** The one line for an error a user can cause, or null for a bug (which keeps its stack trace). */
export function userErrorMessage(e: unknown): string | null {
  if (e instanceof UsageError || e instanceof ToolError) return e.message;
  const fsError = e as NodeJS.ErrnoException;
  if (fsError?.code && fsError.path && FS_ERRORS[fsError.code]) return `${fsError.path}: ${FS_ERRORS[fsError.code]}`;
  return null;
}

/**
 * Runs a tool: reads the command line (see readCommand), then `main`; its return value is the
 * exit status. A ToolError or a file-system error becomes one line and status 1 (or the
 * ToolError's); a UsageError thrown by `main` (a value only it can check), status 2.
 */
export async function runTool<const S extends ToolSpec>(
  spec: S,
  main: (args: Parsed<S>) => number | undefined | Promise<number | undefined>,
  argv = process.argv.slice(2),
): Promise<void> {
  const args = readCommand(spec, argv);
  try {
    const status = (await main(args)) ?? 0;
    process.exitCode = status;
  } catch (e) {
    const message = userErrorMessage(e);
    if (message === null) throw e;
    fail(spec, message, e instanceof UsageError ? 2 : e instanceof ToolError ? e.status : 1);
  }
}
