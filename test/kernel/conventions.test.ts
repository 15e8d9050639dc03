// chapter: 12-exceptions-syscalls
// Chapter 12's error convention and its rule for user memory, enforced. This reads every file
// under src/kernel and rejects, outside comments:
//   - `return -1` (a failure is a Status; -1 is UNKNOWN, which tells the caller nothing),
//   - `as Status` (a result that shares the number line with Status is tested with `failed`),
//   - a handler passing a raw number to a copy routine (`ctx.copyin/copyout/copyinString`)
//     instead of taking user memory through `ctx.user(i, len)`, and
//   - `uaccessCopy*` called anywhere but in the file that defines UserSlice.
// Every folder is checked, TCP, TLS and X.509 included.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, tsFiles } from "../source-files.ts";

interface Rule {
  readonly name: string;
  readonly pattern: RegExp;
  readonly why: string;
  /** Files where the form is the definition, not a use. */
  readonly home?: string;
}

const RULES: readonly Rule[] = [
  { name: "return -1", pattern: /\breturn\s+-1\s*;/, why: "return a Status (or undefined for a lookup that finds nothing)" },
  { name: "as Status", pattern: /\bas\s+Status\b/, why: "test the result with failed(r), which narrows it" },
  {
    name: "raw user address",
    pattern: /\bctx\.(copyin|copyout|copyinString)\s*\(/,
    why: "take user memory through ctx.user(i, len), a UserSlice",
  },
  {
    name: "copy around UserSlice",
    pattern: /\buaccessCopy(in|out|inString)\s*\(/,
    why: "only UserSlice copies user memory",
    home: "src/kernel/mm/uaccess.ts",
  },
];

/** The line with its comments removed (a `//` tail, a line inside or opening a block comment). */
function code(line: string): string {
  const t = line.trim();
  if (t.startsWith("*") || t.startsWith("/*")) return "";
  const at = line.indexOf("//");
  return at >= 0 ? line.slice(0, at) : line;
}

/** The convention's breaches in one source text, as "file:line rule: why". */
function conventionProblems(file: string, text: string): string[] {
  const problems: string[] = [];
  text.split("\n").forEach((line, i) => {
    const c = code(line);
    for (const rule of RULES) {
      if (rule.home === file || !rule.pattern.test(c)) continue;
      problems.push(`${file}:${i + 1} ${rule.name}: ${rule.why}`);
    }
  });
  return problems;
}

describe("the kernel's error convention", () => {
  it("holds in every file under src/kernel", () => {
    const problems = tsFiles("src/kernel").flatMap((f) => conventionProblems(f, readFileSync(join(REPO_ROOT, f), "utf8")));
    expect(problems).toEqual([]);
  });

  it("rejects each forbidden form when it is planted in a kernel file", () => {
    const planted = [
      "export function slot(h: number): number {\n  return -1;\n}",
      "if (ino < 0) return ino as Status;",
      "const data = ctx.copyin(ctx.num(1), len);",
      "return ctx.copyout(ctx.num(0), out);",
      "const s = ctx.copyinString(ctx.num(0), 256);",
      "const b = uaccessCopyin(k, space, va, 4);",
    ];
    for (const text of planted) expect(conventionProblems("src/kernel/fs/planted.ts", text)).toHaveLength(1);
  });

  it("allows the same words in comments, the definitions in uaccess.ts, and the converted forms", () => {
    const fine = [
      "// never `return -1;` here",
      "/** or `as Status` */",
      " * ctx.copyin(va, len) was the old form",
      "if (failed(ino)) return ino;",
      "const data = ctx.user(1, len).read();",
      "return failed(va) ? va : uaccessCopyin(this.#k, this.#space, va, this.len);",
    ];
    const file = "src/kernel/mm/uaccess.ts";
    for (const text of fine) expect(conventionProblems(file, text)).toEqual([]);
  });

  it("checks every folder, TCP, TLS and X.509 included", () => {
    const text = "ctx.copyin(buf, n);";
    for (const file of ["src/kernel/net/tcp/sockets.ts", "src/kernel/tls/session.ts", "src/kernel/x509/path.ts", "src/kernel/net/udp.ts"])
      expect(conventionProblems(file, text)).toHaveLength(1);
  });
});
