// npm run typecheck: tsc over the three projects (tools and tests, the kernel, the emulator),
// with every diagnostic in a generated file followed by the chapter line it came from, so an
// author can go straight to the paragraph to edit.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { readCommand } from "../lib/args.ts";
import { decodeLines } from "./sourcemap.ts";

export const PROJECTS = ["tsconfig.json", "src/kernel/tsconfig.json", "src/emulator/tsconfig.json"];

const DIAGNOSTIC = /^(src\/[^(]+\.ts)\((\d+),(\d+)\): /;

/** Adds `  ↳ chapters/….mdx:<line>` under each diagnostic that points into a tangled file. */
export function mapDiagnostics(output: string, root: string): string {
  const maps = new Map<string, ReturnType<typeof decodeLines> | null>();
  const lookup = (file: string) => {
    if (!maps.has(file)) {
      try {
        maps.set(file, decodeLines(readFileSync(join(root, `${file}.map`), "utf8")));
      } catch {
        maps.set(file, null);
      }
    }
    return maps.get(file);
  };
  return output
    .split("\n")
    .map((line) => {
      const m = DIAGNOSTIC.exec(line);
      const origin = m ? lookup(m[1])?.[Number(m[2]) - 1] : null;
      return origin ? `${line}\n  ↳ ${origin.source}:${origin.line}` : line;
    })
    .join("\n");
}

/** Runs the three projects at once (tsc is single-threaded) and prints their results in order. */
async function main(): Promise<void> {
  const root = process.cwd();
  const tsc = createRequire(join(root, "package.json")).resolve("typescript/bin/tsc");
  const runs = PROJECTS.map(
    (project) =>
      new Promise<{ project: string; status: number | null; output: string }>((resolve) => {
        const child = spawn(process.execPath, [tsc, "-p", project, "--noEmit", "--pretty", "false"], { cwd: root });
        let output = "";
        child.stdout.on("data", (d: Buffer) => {
          output += d.toString();
        });
        child.stderr.on("data", (d: Buffer) => {
          output += d.toString();
        });
        child.on("close", (status) => resolve({ project, status, output: output.trimEnd() }));
      }),
  );
  let failed = 0;
  for (const { project, status, output } of await Promise.all(runs)) {
    if (output !== "") console.log(mapDiagnostics(output, root));
    if (status !== 0) {
      failed++;
      console.error(`typecheck: ${project} has errors`);
    }
  }
  if (failed > 0) process.exit(1);
}

if (import.meta.main) {
  readCommand({
    name: "typecheck",
    usage: "npm run typecheck",
    summary: `Runs tsc over the tools and tests, the kernel and the emulator; a diagnostic in a generated file
is followed by the chapter line it came from.`,
    options: {},
  });
  await main();
}
