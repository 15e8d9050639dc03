// chapter: 10-boot
// Chapter 10's rule, enforced: kernel and machine state lives in objects, never in module
// globals, because several machines share one process (the tests boot four; a page of the book
// runs two, and its Reset boots a new one in the same worker). This reads every file under
// src/kernel, src/emulator and src/machine and rejects, at the top level of a module:
//   - `let` and `var` (a module variable outlives every machine), and
//   - a mutable collection (`new Map/Set/WeakMap/WeakSet/Array`, or an array literal) unless its
//     declared type is read-only (`ReadonlyMap`, `readonly T[]`, …): a lookup table is fine,
//     a registry is not.
// The CPU's scratch values are the one exception (named below): each is written and read within
// one call of the run loop or an ALU helper, never holds a machine's state across calls, and is
// a module variable only because V8 keeps it in a register that way (chapter 04, *How fast*).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, tsFiles } from "./source-files.ts";


/** The documented scratch values: file → names. */
const SCRATCH: Record<string, readonly string[]> = {
  "src/emulator/cpu/alu.ts": ["tHi", "tC", "tV"],
  "src/emulator/cpu/cpu.ts": ["exc", "att", "mHi"],
};

const MUTABLE_COLLECTION = /^(Map|Set|WeakMap|WeakSet|Array)$/;
const READONLY_TYPE = /^(readonly\s|Readonly|ReadonlyMap|ReadonlySet|ReadonlyArray)/;

/** Module-level mutable state in one source text, as "file:line name: why". */
function moduleStateProblems(file: string, text: string, scratch: readonly string[] = []): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const problems: string[] = [];
  for (const stmt of sf.statements) {
    if (!ts.isVariableStatement(stmt)) continue;
    const isConst = (stmt.declarationList.flags & ts.NodeFlags.Const) !== 0;
    for (const d of stmt.declarationList.declarations) {
      const name = d.name.getText(sf);
      const line = sf.getLineAndCharacterOfPosition(d.getStart(sf)).line + 1;
      const at = `${file}:${line} ${name}`;
      if (!isConst) {
        if (!scratch.includes(name)) problems.push(`${at}: module-level 'let'/'var'`);
        continue;
      }
      const init = d.initializer;
      const typeText = d.type?.getText(sf) ?? "";
      if (init === undefined || READONLY_TYPE.test(typeText)) continue;
      const isNew = ts.isNewExpression(init) && MUTABLE_COLLECTION.test(init.expression.getText(sf));
      const isArray = ts.isArrayLiteralExpression(init);
      if (isNew || isArray) problems.push(`${at}: module-level mutable collection (give it a read-only type)`);
    }
  }
  return problems;
}

describe("no module-level mutable state in the machine or the kernel", () => {
  it("src/kernel, src/emulator and src/machine keep their state in objects", () => {
    const problems: string[] = [];
    for (const dir of ["src/kernel", "src/emulator", "src/machine"]) {
      for (const file of tsFiles(dir)) {
        problems.push(...moduleStateProblems(file, readFileSync(join(REPO_ROOT, file), "utf8"), SCRATCH[file]));
      }
    }
    expect(problems).toEqual([]);
  });

  it("catches a registry, a counter and a mutable table, and passes read-only tables", () => {
    const text = [
      "const live = new Set<number>();",
      "let next = 1;",
      "export const rows = [1, 2];",
      "const names: ReadonlyMap<number, string> = new Map([[1, 'a']]);",
      "const order: readonly number[] = [3, 4];",
      "const LIMIT = 4;",
      "function f() { let local = 0; return local; }",
    ].join("\n");
    expect(moduleStateProblems("x.ts", text)).toEqual([
      "x.ts:1 live: module-level mutable collection (give it a read-only type)",
      "x.ts:2 next: module-level 'let'/'var'",
      "x.ts:3 rows: module-level mutable collection (give it a read-only type)",
    ]);
  });
});
