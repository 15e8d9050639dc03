// The committed differential-test programs: sources in test/programs/diff/src,
// built ELFs in test/programs/diff/bin, qemu-aarch64's stdout and exit status in
// test/programs/diff/golden. `npm run difftest:build` rebuilds all three (needs
// clang, lld and qemu-aarch64); the tests only read them.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const PROGRAMS_DIR = join(REPO_ROOT, "test", "programs", "diff");
export const SRC_DIR = join(PROGRAMS_DIR, "src");
export const BIN_DIR = join(PROGRAMS_DIR, "bin");
export const GOLDEN_DIR = join(PROGRAMS_DIR, "golden");
export const RANDOM_DIR = join(PROGRAMS_DIR, "random");

/** qemuArgs: extra qemu-aarch64 options for the reference run (for example the CPU model). */
/** fp: built with floating point (without -mgeneral-regs-only) but without vectorisation. */
/** vector: built with floating point and clang's loop and SLP vectorisers on (chapter 4e). */
/** defines: -D options (segv.c builds one program per way of breaking memory protection). */
/**
 * csmith: a program csmith 2.3 generated with --float --no-argc (the seed is in its name and its
 * header), built with floating point and vectorisation on, against csmith's runtime headers
 * (/usr/include/csmith, from Debian's libcsmith-dev) and the shims in src/csmith that give them
 * printf, strcmp, fabs and assert on rt.h (so npm run difftest:build needs libcsmith-dev). Chosen
 * from the first 60 seeds: of those that end within 5 s under qemu-aarch64, the ones whose -O2
 * code keeps the most FP instructions.
 */
export type Program = {
  name: string;
  source: string;
  opt: "-O0" | "-O2" | "-O3";
  qemuArgs?: string[];
  fp?: boolean;
  vector?: boolean;
  defines?: string[];
  csmith?: boolean;
};

/** Every program, and the optimisation levels it is built at. */
export const PROGRAMS: readonly Program[] = [
  { name: "arith", source: "arith.c", opt: "-O2" },
  { name: "bits", source: "bits.c", opt: "-O2" },
  { name: "cond", source: "cond.c", opt: "-O2" },
  { name: "cond-O0", source: "cond.c", opt: "-O0" },
  { name: "muldiv", source: "muldiv.c", opt: "-O2" },
  { name: "muldiv-O0", source: "muldiv.c", opt: "-O0" },
  { name: "ldst", source: "ldst.c", opt: "-O2" },
  { name: "ldst-O0", source: "ldst.c", opt: "-O0" },
  { name: "excl", source: "excl.c", opt: "-O2" },
  { name: "excl-O0", source: "excl.c", opt: "-O0" },
  { name: "branch", source: "branch.c", opt: "-O2" },
  { name: "branch-O0", source: "branch.c", opt: "-O0" },
  { name: "algo", source: "algo.c", opt: "-O2" },
  { name: "algo-O0", source: "algo.c", opt: "-O0" },
  { name: "misc", source: "misc.S", opt: "-O2" },
  // The runner's CPU has the identity of qemu-aarch64's default CPU ("Two identities" in the CPU chapter).
  { name: "sysregs", source: "sysregs.S", opt: "-O2" },
  { name: "idregs", source: "idregs.c", opt: "-O2" },
  { name: "fp", source: "fp.c", opt: "-O2", fp: true },
  { name: "fp-O0", source: "fp.c", opt: "-O0", fp: true },
  { name: "vec", source: "vec.c", opt: "-O2", vector: true },
  { name: "vec-O3", source: "vec.c", opt: "-O3", vector: true },
  // csmith with floats: random C whose every global, float ones included, ends in one checksum.
  { name: "csmith-3", source: "csmith-3.c", opt: "-O2", vector: true, csmith: true },
  { name: "csmith-3-O0", source: "csmith-3.c", opt: "-O0", vector: true, csmith: true },
  { name: "csmith-16", source: "csmith-16.c", opt: "-O2", vector: true, csmith: true },
  { name: "csmith-59", source: "csmith-59.c", opt: "-O3", vector: true, csmith: true },
  // The runner's memory behaves like Linux's: mmap hints and MAP_FIXED, mprotect, munmap, brk; and
  // each way of breaking the protection ends the program with SIGSEGV, status 139, as there.
  { name: "mem", source: "mem.c", opt: "-O2" },
  ...[1, 2, 3, 4, 5, 6, 7].map((n): Program => ({ name: `segv-${n}`, source: "segv.c", opt: "-O2", defines: [`BREAK=${n}`] })),
];

/** The exact compiler command line of item 8 of the machine issue. */
export function clangArgs(p: Program, out: string): string[] {
  return [
    "--target=aarch64-linux-gnu",
    "-static",
    "-nostdlib",
    "-ffreestanding",
    ...(p.vector ? ["-fno-math-errno"] : p.fp ? ["-fno-vectorize", "-fno-slp-vectorize", "-mllvm", "-vectorize-loops=false"] : ["-mgeneral-regs-only"]),
    "-fuse-ld=lld",
    "-fno-builtin",
    ...(p.defines ?? []).map((d) => `-D${d}`),
    ...(p.csmith ? ["-w", `-I${join(SRC_DIR, "csmith")}`, "-I/usr/include/csmith"] : []),
    p.opt,
    "-o",
    out,
    join(SRC_DIR, p.source),
  ];
}

export const elfPath = (name: string): string => join(BIN_DIR, `${name}.elf`);
export const stdoutPath = (name: string): string => join(GOLDEN_DIR, `${name}.stdout`);
export const statusPath = (name: string): string => join(GOLDEN_DIR, `${name}.status`);
