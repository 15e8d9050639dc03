// Formatting of generated TypeScript with Biome (the same formatter and settings as
// `npm run format`), and the line alignment that carries source-map origins across it.
//
// Biome runs once per tangle, as one process over a temporary folder holding every file that
// is not already in the cache (node_modules/.cache/tangle/format/<sha256>.ts, keyed by the
// Biome version, the formatter settings and the unformatted text). A file Biome cannot parse is
// a syntax error in a chapter: it is returned as a problem at the chapter line it came from.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export interface FormatRequest {
  /** The generated file's path (only its extension matters to the formatter). */
  path: string;
  text: string;
}

export interface FormatOutcome {
  /** Formatted text, or the input unchanged if it could not be formatted. */
  text: string;
  /** Biome's parse errors: 1-based line and column in the unformatted text. */
  errors: { line: number; column: number; message: string }[];
}

/** The files tangle formats. */
export function isFormattable(path: string): boolean {
  return /\.(ts|tsx|js|mjs)$/.test(path);
}

interface Biome {
  binary: string;
  version: string;
  config: string; // biome.json for the temporary folder: formatter settings only
}

let biomeCache: Biome | null | undefined;

/** Finds Biome's platform binary and the repository's formatter settings. */
function findBiome(root: string): Biome | null {
  if (biomeCache !== undefined) return biomeCache;
  biomeCache = null;
  try {
    const require = createRequire(join(root, "package.json"));
    const pkgPath = require.resolve("@biomejs/biome/package.json");
    const version = (JSON.parse(readFileSync(pkgPath, "utf8")) as { version: string }).version;
    const platform = `@biomejs/cli-${process.platform}-${process.arch}`;
    let binary: string;
    try {
      binary = join(
        dirname(require.resolve(`${platform}/package.json`)),
        process.platform === "win32" ? "biome.exe" : "biome",
      );
    } catch {
      binary = join(dirname(pkgPath), "bin", "biome");
    }
    if (!existsSync(binary)) return null;
    const repoConfig = JSON.parse(readFileSync(join(root, "biome.json"), "utf8")) as Record<string, unknown>;
    // The formatter settings only: `includes` names repository paths, not the temporary files.
    const { includes: _includes, ...formatter } = (repoConfig.formatter ?? {}) as Record<string, unknown>;
    const config = JSON.stringify({
      formatter,
      javascript: repoConfig.javascript ?? {},
      linter: { enabled: false },
      assist: { enabled: false },
    });
    biomeCache = { binary, version, config };
  } catch {
    biomeCache = null;
  }
  return biomeCache;
}

/**
 * Formats every request. Returns the outcomes in request order; if Biome is not installed the
 * texts come back unchanged (and `available` is false, so the caller can say so).
 */
export function formatFiles(
  root: string,
  requests: FormatRequest[],
): { outcomes: FormatOutcome[]; available: boolean } {
  const biome = findBiome(root);
  if (!biome) return { outcomes: requests.map((r) => ({ text: r.text, errors: [] })), available: false };
  const cacheDir = join(root, "node_modules", ".cache", "tangle", "format");
  const keyOf = (r: FormatRequest): string =>
    createHash("sha256")
      .update(`${biome.version}\0${biome.config}\0${r.path.replace(/^.*\./, "")}\0${r.text}`)
      .digest("hex");
  const outcomes: (FormatOutcome | null)[] = requests.map(() => null);
  for (const r of requests) usedKeys.add(keyOf(r));
  const todo: { index: number; key: string; name: string }[] = [];
  requests.forEach((r, index) => {
    const key = keyOf(r);
    try {
      outcomes[index] = { text: readFileSync(join(cacheDir, `${key}.out`), "utf8"), errors: [] };
    } catch {
      todo.push({ index, key, name: `f${index}.${r.path.replace(/^.*\./, "")}` });
    }
  });
  if (todo.length === 0) return { outcomes: outcomes as FormatOutcome[], available: true };

  const work = mkdtempSync(join(tmpdir(), "tangle-format-"));
  try {
    writeFileSync(join(work, "biome.json"), biome.config);
    for (const t of todo) writeFileSync(join(work, t.name), requests[t.index].text);
    let report = "";
    try {
      execFileSync(biome.binary, ["format", "--write", "--colors=off", "--max-diagnostics=none", "."], {
        cwd: work,
        stdio: ["ignore", "pipe", "pipe"],
        encoding: "utf8",
      });
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string };
      report = `${e.stdout ?? ""}\n${e.stderr ?? ""}`;
    }
    const errors = parseDiagnostics(report);
    mkdirSync(cacheDir, { recursive: true });
    for (const t of todo) {
      const fileErrors = errors.get(t.name) ?? [];
      if (fileErrors.length > 0) {
        outcomes[t.index] = { text: requests[t.index].text, errors: fileErrors };
        continue;
      }
      const text = readFileSync(join(work, t.name), "utf8");
      outcomes[t.index] = { text, errors: [] };
      // Through a rename: another tangle running at the same time must never read half a file.
      const temporary = join(cacheDir, `${t.key}.${process.pid}.tmp`);
      writeFileSync(temporary, text);
      renameSync(temporary, join(cacheDir, `${t.key}.out`));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return { outcomes: outcomes as FormatOutcome[], available: true };
}

const usedKeys = new Set<string>();

/**
 * Deletes cached formatter outputs this process did not use. Called by the CLI after a full,
 * clean run over the whole book, when every entry still needed has just been used.
 */
export function pruneFormatCache(root: string): number {
  const cacheDir = join(root, "node_modules", ".cache", "tangle", "format");
  let removed = 0;
  let names: string[] = [];
  try {
    names = readdirSync(cacheDir);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (name.endsWith(".out") && !usedKeys.has(name.slice(0, -4))) {
      rmSync(join(cacheDir, name), { force: true });
      removed++;
    }
  }
  return removed;
}

/** Biome's text diagnostics: `f3.ts:12:5 parse ━━━` followed by `× message`. */
function parseDiagnostics(report: string): Map<string, { line: number; column: number; message: string }[]> {
  const out = new Map<string, { line: number; column: number; message: string }[]>();
  const lines = report.split("\n");
  lines.forEach((l, i) => {
    const m = /^(f\d+\.\w+):(\d+):(\d+) (parse|format)/.exec(l);
    if (m?.[4] !== "parse") return;
    let message = "syntax error";
    for (let j = i + 1; j < Math.min(lines.length, i + 6); j++) {
      const x = /^\s*[×✖!]\s*(.+)$/.exec(lines[j]);
      if (x) {
        message = x[1].trim();
        break;
      }
    }
    const list = out.get(m[1]) ?? [];
    list.push({ line: Number(m[2]), column: Number(m[3]), message: `syntax error: ${message}` });
    out.set(m[1], list);
  });
  return out;
}

/** The text a formatter cannot change: no whitespace, one quote style, no trailing `,`/`;`. */
function normalise(line: string): string {
  return line
    .replace(/\s+/g, "")
    .replace(/'/g, '"')
    .replace(/[,;]+$/, "");
}

/**
 * For each line of `after` (formatted), the index of the line of `before` it came from, or -1
 * for a blank line. Lines equal after normalisation are matched by a longest-common-subsequence
 * diff; between two matched lines, the unmatched formatted lines (a call split over several
 * lines, or several joined into one) are placed by how far into the unmatched run their first
 * character is, counting non-whitespace characters on both sides.
 */
export function alignLines(before: string[], after: string[]): number[] {
  const a = before.map(normalise);
  const b = after.map(normalise);
  const pairs = lcsPairs(a, b);
  const result = new Array<number>(after.length).fill(-1);
  let pi = 0; // next pair
  let prevA = -1;
  let prevB = -1;
  const fillGap = (a0: number, a1: number, b0: number, b1: number): void => {
    // before[a0, a1) and after[b0, b1) are unmatched runs between two matches.
    const starts: number[] = [];
    let total = 0;
    for (let i = a0; i < a1; i++) {
      starts.push(total);
      total += a[i].length;
    }
    let seen = 0;
    for (let j = b0; j < b1; j++) {
      if (b[j] === "") continue;
      if (a1 === a0) {
        result[j] = Math.max(a0 - 1, 0);
      } else {
        let k = a1 - a0 - 1;
        while (k > 0 && starts[k] > seen) k--;
        result[j] = a0 + k;
      }
      seen += b[j].length;
    }
  };
  while (pi <= pairs.length) {
    const [na, nb] = pi < pairs.length ? pairs[pi] : [a.length, b.length];
    fillGap(prevA + 1, na, prevB + 1, nb);
    if (pi < pairs.length && b[nb] !== "") result[nb] = na;
    prevA = na;
    prevB = nb;
    pi++;
  }
  return result;
}

/** Matched index pairs of a longest common subsequence (Myers' O((N+M)D) greedy algorithm). */
function lcsPairs(a: string[], b: string[]): [number, number][] {
  // Trim the common prefix and suffix first: formatting usually changes few lines.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const pairs: [number, number][] = [];
  for (let i = 0; i < start; i++) pairs.push([i, i]);
  pairs.push(...myers(a, b, start, endA, start, endB));
  for (let i = 0; i < a.length - endA; i++) pairs.push([endA + i, endB + i]);
  return pairs;
}

function myers(a: string[], b: string[], a0: number, a1: number, b0: number, b1: number): [number, number][] {
  const n = a1 - a0;
  const m = b1 - b0;
  if (n === 0 || m === 0) return [];
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[a0 + x] === b[b0 + y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk the trace back to recover the matched diagonals.
  const pairs: [number, number][] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[offset + k - 1] < vd[offset + k + 1]) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : vd[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      pairs.push([a0 + x, b0 + y]);
    }
    if (d > 0) {
      x = prevX;
      y = prevY;
    }
  }
  return pairs.reverse();
}
