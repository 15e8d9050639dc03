// The TypeScript files of a source folder, for the tests that read the kernel's code as text
// (module-state.test.ts, kernel/conventions.test.ts).
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** The repository's root. */
export const REPO_ROOT = join(import.meta.dirname, "..");

/** Every .ts file (not .d.ts) under `dir`, a path relative to the repository, sorted. */
export function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(REPO_ROOT, dir)).sort()) {
    const rel = `${dir}/${name}`;
    if (statSync(join(REPO_ROOT, rel)).isDirectory()) out.push(...tsFiles(rel));
    else if (name.endsWith(".ts") && !name.endsWith(".d.ts")) out.push(rel);
  }
  return out;
}
