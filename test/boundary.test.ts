// chapter: 10-boot
// The hardware line, enforced (DESIGN §5, STYLE "Boundaries enforced by configuration"):
//   src/kernel   imports only src/kernel and src/machine — no emulator, no npm, no Node;
//   src/machine  imports only src/machine;
//   src/emulator imports only src/emulator and src/machine, and nothing Node-specific
//                outside src/emulator/host/;
//   kernel subsystems (src/kernel/<folder>/, and each file directly in src/kernel/) do not
//   import each other in a cycle (type-only imports excepted: they vanish at run time).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, normalize } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");

interface Import {
  from: string; // importing file, repo-relative
  specifier: string;
  target: string | null; // repo-relative path for relative specifiers, null for bare ones
  typeOnly: boolean;
  line: number;
}

function tsFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(join(root, dir));
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const name of names.sort()) {
    const rel = `${dir}/${name}`;
    if (statSync(join(root, rel)).isDirectory()) out.push(...tsFiles(rel));
    else if (/\.(ts|tsx|mts)$/.test(name) && !name.endsWith(".d.ts")) out.push(rel);
  }
  return out;
}

/** Every import, export-from, dynamic import() and require() of a file, from its syntax tree. */
function importsOf(file: string, text: string): Import[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const out: Import[] = [];
  const add = (node: ts.Node, spec: ts.Expression | undefined, typeOnly: boolean): void => {
    if (!spec || !ts.isStringLiteralLike(spec)) return;
    const specifier = spec.text;
    const target = specifier.startsWith(".") ? normalize(join(dirname(file), specifier)).replace(/\\/g, "/") : null;
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    out.push({ from: file, specifier, target, typeOnly, line });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      const allTypes =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            named !== undefined &&
            ts.isNamedImports(named) &&
            named.elements.length > 0 &&
            named.elements.every((e) => e.isTypeOnly)));
      add(node, node.moduleSpecifier, allTypes);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      add(node, node.moduleSpecifier, node.isTypeOnly);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node, node.moduleReference.expression, node.isTypeOnly);
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === "require")) {
        add(node, node.arguments[0], false);
      }
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node, node.argument.literal as ts.Expression, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith("node:") || NODE_BUILTINS.has(specifier) || NODE_BUILTINS.has(specifier.split("/")[0]);
}

const where = (i: Import): string => `${i.from}:${i.line} imports "${i.specifier}"`;
const inside = (path: string | null, ...dirs: string[]): boolean =>
  path !== null && dirs.some((d) => path.startsWith(`${d}/`));

function allImports(dir: string): Import[] {
  return tsFiles(dir).flatMap((f) => importsOf(f, readFileSync(join(root, f), "utf8")));
}

/** The kernel subsystem a file belongs to: its folder under src/kernel, or the file itself. */
function subsystemOf(path: string): string {
  const rest = path.slice("src/kernel/".length);
  const slash = rest.indexOf("/");
  return slash < 0 ? path : `src/kernel/${rest.slice(0, slash)}/`;
}

/** The cycles of a directed graph, one per strongly connected component, as a path. */
function findCycles(edges: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let next = 0;
  const strongConnect = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of [...(edges.get(v) ?? [])].sort()) {
      if (!index.has(w)) {
        strongConnect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || edges.get(v)?.has(v)) components.push(component.sort());
    }
  };
  for (const v of [...edges.keys()].sort()) if (!index.has(v)) strongConnect(v);
  // Turn each component into one concrete cycle: a shortest path back to its first member.
  return components.map((members) => {
    const set = new Set(members);
    const start = members[0];
    const previous = new Map<string, string>();
    const queue = [start];
    while (queue.length > 0) {
      const v = queue.shift()!;
      for (const w of [...(edges.get(v) ?? [])].sort()) {
        if (!set.has(w)) continue;
        if (w === start) {
          const path = [v];
          while (path[0] !== start) path.unshift(previous.get(path[0])!);
          return [...path, start];
        }
        if (!previous.has(w)) {
          previous.set(w, v);
          queue.push(w);
        }
      }
    }
    return [...members, start];
  });
}

describe("the hardware line", () => {
  it("src/kernel imports only src/kernel and src/machine", () => {
    const bad = allImports("src/kernel").filter((i) => !inside(i.target, "src/kernel", "src/machine"));
    expect(bad.map(where)).toEqual([]);
  });

  it("src/machine imports only src/machine", () => {
    const bad = allImports("src/machine").filter((i) => !inside(i.target, "src/machine"));
    expect(bad.map(where)).toEqual([]);
  });

  it("src/emulator does not import src/kernel (or anything outside src/emulator and src/machine)", () => {
    const bad = allImports("src/emulator").filter(
      (i) => i.target !== null && !inside(i.target, "src/emulator", "src/machine"),
    );
    expect(bad.map(where)).toEqual([]);
  });

  it("src/emulator outside host/ imports nothing Node-specific", () => {
    const bad = allImports("src/emulator").filter(
      (i) => !i.from.startsWith("src/emulator/host/") && isNodeBuiltin(i.specifier),
    );
    expect(bad.map(where)).toEqual([]);
  });
});

describe("kernel subsystems", () => {
  it("do not import each other in a cycle", () => {
    const edges = new Map<string, Set<string>>();
    const via = new Map<string, Import>(); // "a → b" → one import that makes the edge
    for (const i of allImports("src/kernel")) {
      if (i.typeOnly || !inside(i.target, "src/kernel")) continue;
      const a = subsystemOf(i.from);
      const b = subsystemOf(i.target!);
      if (a === b) continue;
      if (!edges.has(a)) edges.set(a, new Set());
      edges.get(a)!.add(b);
      if (!via.has(`${a} → ${b}`)) via.set(`${a} → ${b}`, i);
    }
    const cycles = findCycles(edges).map((cycle) =>
      cycle
        .slice(0, -1)
        .map((a, k) => {
          const i = via.get(`${a} → ${cycle[k + 1]}`)!;
          return `${a} → ${cycle[k + 1]} (${i.from}:${i.line})`;
        })
        .join(", "),
    );
    expect(cycles, "import cycles between kernel subsystems").toEqual([]);
  });
});

describe("the checks themselves", () => {
  it("see every kind of import, and tell type-only ones", () => {
    const found = importsOf(
      "src/kernel/a/x.ts",
      [
        'import { a } from "../b/y.ts";',
        'import type { T } from "../c/z.ts";',
        'import { type U } from "../d/w.ts";',
        'export { e } from "./e.ts";',
        'const m = await import("node:fs");',
        'type V = import("../../emulator/cpu/cpu.ts").Cpu;',
      ].join("\n"),
    );
    expect(found.map((i) => [i.specifier, i.target, i.typeOnly, i.line])).toEqual([
      ["../b/y.ts", "src/kernel/b/y.ts", false, 1],
      ["../c/z.ts", "src/kernel/c/z.ts", true, 2],
      ["../d/w.ts", "src/kernel/d/w.ts", true, 3],
      ["./e.ts", "src/kernel/a/e.ts", false, 4],
      ["node:fs", null, false, 5],
      ["../../emulator/cpu/cpu.ts", "src/emulator/cpu/cpu.ts", true, 6],
    ]);
  });

  it("know Node's builtins with and without the node: prefix", () => {
    expect(isNodeBuiltin("node:fs")).toBe(true);
    expect(isNodeBuiltin("fs/promises")).toBe(true);
    expect(isNodeBuiltin("worker_threads")).toBe(true);
    expect(isNodeBuiltin("@xterm/xterm")).toBe(false);
  });

  it("find cycles and report them as a path", () => {
    const edges = new Map([
      ["mm", new Set(["sched"])],
      ["sched", new Set(["ipc"])],
      ["ipc", new Set(["mm", "lib"])],
      ["lib", new Set<string>()],
    ]);
    expect(findCycles(edges)).toEqual([["ipc", "mm", "sched", "ipc"]]);
    expect(findCycles(new Map([["a", new Set(["b"])]]))).toEqual([]);
    expect(subsystemOf("src/kernel/mm/pmm.ts")).toBe("src/kernel/mm/");
    expect(subsystemOf("src/kernel/main.ts")).toBe("src/kernel/main.ts");
  });
});
