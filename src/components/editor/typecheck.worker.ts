// "Check types": TypeScript in a Web Worker of the page, over the expanded book (sources.ts) with
// the reader's edits, as `npm run typecheck` checks the kernel project (src/kernel/tsconfig.json:
// src/kernel and src/machine, the ES2023 library and no other types). Loaded only when the reader
// asks; the page maps each diagnostic back to its chapter line.
import ts from "typescript";
import { compilerOptions, libs } from "virtual:viperos-ts-libs";
import type { TypeProblem } from "./typecheck.ts";

const CHECKED = ["src/kernel/", "src/machine/"];

function check(sources: Record<string, string>): TypeProblem[] {
  const files = new Map<string, string>();
  for (const [path, text] of Object.entries(sources)) files.set(`/${path}`, text);
  for (const [name, text] of Object.entries(libs)) files.set(`/lib/${name}`, text);
  const dirs = new Set<string>();
  for (const path of files.keys()) for (let i = path.indexOf("/", 1); i > 0; i = path.indexOf("/", i + 1)) dirs.add(path.slice(0, i));
  const { options } = ts.convertCompilerOptionsFromJson(compilerOptions, "/");
  const host: ts.CompilerHost = {
    getSourceFile(name, language) {
      const text = files.get(name);
      return text === undefined ? undefined : ts.createSourceFile(name, text, language);
    },
    getDefaultLibFileName: () => "/lib/lib.d.ts",
    getDefaultLibLocation: () => "/lib",
    writeFile: () => {},
    getCurrentDirectory: () => "/",
    getCanonicalFileName: (f) => f,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => "\n",
    fileExists: (f) => files.has(f),
    readFile: (f) => files.get(f),
    directoryExists: (d) => dirs.has(d.replace(/\/$/, "")) || d === "/",
    getDirectories: () => [],
  };
  const roots = Object.keys(sources)
    .filter((p) => CHECKED.some((d) => p.startsWith(d)))
    .map((p) => `/${p}`);
  const program = ts.createProgram(roots, options, host);
  const diagnostics = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics(), ...program.getSyntacticDiagnostics(), ...program.getSemanticDiagnostics()];
  return diagnostics.map((d) => {
    const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : null;
    return {
      path: d.file ? d.file.fileName.slice(1) : null,
      line: at ? at.line + 1 : 0,
      column: at ? at.character : 0,
      message: `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`,
    };
  });
}

self.onmessage = (e: MessageEvent<{ files: Record<string, string> }>) => {
  try {
    (self as unknown as Worker).postMessage({ problems: check(e.data.files) });
  } catch (err) {
    (self as unknown as Worker).postMessage({ problems: [{ path: null, line: 0, column: 0, message: `the type checker failed: ${err}` }] });
  }
};
