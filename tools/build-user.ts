// Builds ViperOS user space (src/user, tangled from chapters/20-*.mdx and 21-*.mdx) into static
// AArch64 ELF files under build/user/ with the host's clang and ld.lld.
//
//   npm run build:user                 build into build/user/
//   npm run build:user -- --out DIR    build into DIR
//   npm run build:user -- --check      build into a temporary directory and fail if the result
//                                      differs from build/user/ (npm run test:user:rebuild)
//
// Reproducible: relative paths, no debug info, no build id, .comment discarded by the linker
// script, and a fixed link order, so the same sources give byte-identical files.
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { type Parsed, runTool, ToolError } from "./lib/args.ts";

const run = promisify(execFile);
const root = process.cwd();
const USER = "src/user";

export const CFLAGS = [
  "--target=aarch64-none-elf",
  "-ffreestanding",
  "-nostdlib",
  // Floating point and the auto-vectorisers are on: the kernel switches the FP/SIMD registers
  // lazily (chapter 13f) and the CPU implements what clang's vector code uses (chapter 4e;
  // test/user/encodings.test.ts runs every word of every binary to hold that true).
  "-O2",
  "-std=c11",
  "-Wall",
  "-Wextra",
  "-Wno-unused-parameter",
  "-ffunction-sections",
  "-fdata-sections",
  "-fno-stack-protector",
  "-fno-asynchronous-unwind-tables",
  "-fno-unwind-tables",
  "-fno-ident",
  "-fno-common",
  "-mno-outline-atomics",
  `-I${USER}/include`,
];

/** The host tool `name` (clang, ld.lld), or a versioned one (clang-15) when only that is installed. */
export function tool(name: string): string {
  for (const candidate of [name, `${name}-14`, `${name}-15`, `${name}-16`]) {
    for (const dir of (process.env.PATH ?? "").split(":")) {
      if (dir && existsSync(join(dir, candidate))) return candidate;
    }
  }
  throw new ToolError(`${name} not found on PATH (apt install clang lld)`);
}

function list(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => ext.test(f) && statSync(join(dir, f)).isFile())
    .sort()
    .map((f) => `${dir}/${f}`);
}

interface Target {
  out: string; // path relative to the output directory
  sources: string[];
}

export function targets(): { lib: string[]; programs: Target[] } {
  const lib = list(`${USER}/lib`, /\.(c|S)$/);
  const programs: Target[] = [];
  const vinit = list(`${USER}/vinit`, /\.c$/);
  if (vinit.length) programs.push({ out: "vinit", sources: vinit });
  for (const src of list(`${USER}/programs`, /\.c$/)) {
    programs.push({ out: src.slice(`${USER}/programs/`.length, -2), sources: [src] });
  }
  for (const src of list(`${USER}/tests`, /\.c$/)) {
    programs.push({ out: `tests/${src.slice(`${USER}/tests/`.length, -2)}`, sources: [src] });
  }
  return { lib, programs };
}

async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  });
  await Promise.all(runners);
}

export async function buildUser(outDir: string): Promise<string[]> {
  const clang = tool("clang");
  const lld = tool("ld.lld");
  const { lib, programs } = targets();
  const objDir = mkdtempSync(join(tmpdir(), "viperos-user-"));
  const objOf = (src: string): string => join(objDir, src.replace(/[/.]/g, "_") + ".o");
  const sources = [...new Set([...lib, ...programs.flatMap((p) => p.sources)])];
  try {
    await pool(sources, Math.max(2, cpus().length), async (src) => {
      try {
        await run(clang, [...CFLAGS, "-c", src, "-o", objOf(src)], { cwd: root });
      } catch (e) {
        const err = e as { stderr?: string };
        throw new ToolError(`clang failed on ${src}\n${err.stderr ?? String(e)}`);
      }
    });
    const crt0 = lib.filter((s) => s.endsWith("/crt0.S"));
    const rest = lib.filter((s) => !s.endsWith("/crt0.S"));
    const written: string[] = [];
    await pool(programs, Math.max(2, cpus().length), async (p) => {
      const out = join(outDir, p.out);
      mkdirSync(join(out, ".."), { recursive: true });
      const objs = [...crt0, ...p.sources, ...rest].map(objOf);
      try {
        await run(lld, ["-T", `${USER}/lib/user.ld`, "--gc-sections", "--build-id=none", "-static", "-z", "max-page-size=4096", "-o", out, ...objs], {
          cwd: root,
        });
      } catch (e) {
        const err = e as { stderr?: string };
        throw new ToolError(`ld.lld failed for ${p.out}\n${err.stderr ?? String(e)}`);
      }
      written.push(p.out);
    });
    return written.sort();
  } finally {
    rmSync(objDir, { recursive: true, force: true });
  }
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    if (!existsSync(d)) return;
    for (const f of readdirSync(d).sort()) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out;
}

const SPEC = {
  name: "build:user",
  usage: "npm run build:user [-- --out DIR | --check]",
  summary: `Builds ViperOS user space (src/user) into static AArch64 ELF files under build/user/ with clang and
ld.lld. The build is reproducible: the same sources give byte-identical files.`,
  options: {
    out: { type: "string", value: "DIR", help: "build into DIR instead of build/user/" },
    check: { type: "flag", help: "build aside and fail if the result differs from build/user/ (npm run test:user:rebuild)" },
  },
} as const;

async function main({ options }: Parsed<typeof SPEC>): Promise<number> {
  const committed = join(root, "build/user");
  if (options.check) {
    const tmp = mkdtempSync(join(tmpdir(), "viperos-user-check-"));
    try {
      await buildUser(tmp);
      const a = filesUnder(tmp);
      const b = filesUnder(committed);
      const problems: string[] = [];
      for (const f of a) {
        if (!b.includes(f)) problems.push(`${f}: built but not committed under build/user/`);
        else if (!readFileSync(join(tmp, f)).equals(readFileSync(join(committed, f)))) {
          problems.push(`${f}: differs from the committed build/user/${f}`);
        }
      }
      for (const f of b) if (!a.includes(f)) problems.push(`${f}: committed but no longer built`);
      if (problems.length) {
        console.error(`build-user --check: ${problems.length} problem(s); run npm run build:user and commit build/user/`);
        for (const p of problems) console.error(`  ${p}`);
        return 1;
      }
      console.log(`build-user --check: ${a.length} files identical to build/user/`);
      return 0;
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  const outDir = options.out !== undefined ? join(root, options.out) : committed;
  const t0 = performance.now();
  // Build aside, then move the results in: the checkout is shared, and a half-built or emptied
  // build/user/ must never be what someone else boots, tests or commits.
  const stage = mkdtempSync(join(tmpdir(), "viperos-user-stage-"));
  let written: string[];
  try {
    written = await buildUser(stage);
    for (const f of written) {
      mkdirSync(join(outDir, f, ".."), { recursive: true });
      copyFileSync(join(stage, f), join(outDir, `${f}.new`));
      renameSync(join(outDir, `${f}.new`), join(outDir, f));
    }
    for (const f of filesUnder(outDir)) if (!written.includes(f)) rmSync(join(outDir, f)); // a deleted program
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
  console.log(`build-user: ${written.length} programs in ${relative(root, outDir) || "."} (${Math.round(performance.now() - t0)} ms)`);
  return 0;
}

if (import.meta.main) runTool(SPEC, main);
