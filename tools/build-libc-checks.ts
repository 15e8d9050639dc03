// Builds the C library's checks as Linux programs: libc (src/user/lib) linked with a Linux
// system-call shim (test/user/c/linux-shim.c) in place of sys.c, at 0x400000 where Linux
// programs live instead of ViperOS's 0x80000000. The results are committed under
// test/programs/libc/, so `npm test` runs them on the book's own Linux runner (tools/emu) with
// nothing but Node; `npm run test:host-tools` rebuilds them, requires the same bytes, and runs
// them under qemu-aarch64 too.
//
//   npm run build:libc-checks             rebuild test/programs/libc/
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { CFLAGS, targets, tool } from "./build-user.ts";
import { runTool, ToolError } from "./lib/args.ts";

const run = promisify(execFile);

/** The committed programs: name → the sources linked with libc. */
export const LIBC_CHECKS: Readonly<Record<string, readonly string[]>> = {
  check: ["test/user/c/libc-check.c"],
  doublefree: ["src/user/tests/doublefree.c"],
  fp: ["src/user/tests/kt_fp.c"],
  overrun: ["src/user/tests/overrun.c"],
  vec: ["src/user/tests/kt_vec.c"],
};
export const LIBC_CHECK_DIR = "test/programs/libc";

/** Builds every check into `outDir` (reproducibly: the same sources give the same bytes). */
export async function buildLibcChecks(outDir: string): Promise<string[]> {
  const clang = tool("clang");
  const lld = tool("ld.lld");
  const { lib } = targets();
  const libc = lib.filter((s) => !s.endsWith("/sys.c"));
  // crt0 first, then the shim in place of sys.c, then the rest of libc
  const first = [...libc.filter((s) => s.endsWith("/crt0.S")), "test/user/c/linux-shim.c"];
  const rest = libc.filter((s) => !s.endsWith("/crt0.S"));
  const objDir = mkdtempSync(join(tmpdir(), "viperos-libc-"));
  const objOf = (src: string): string => join(objDir, `${src.replace(/[/.]/g, "_")}.o`);
  const sources = [...new Set([...first, ...rest, ...Object.values(LIBC_CHECKS).flat()])];
  try {
    await Promise.all(
      sources.map((src) =>
        run(clang, [...CFLAGS, "-Wno-format", "-c", src, "-o", objOf(src)]).catch((e: { stderr?: string }) => {
          throw new ToolError(`clang failed on ${src}\n${e.stderr ?? String(e)}`);
        }),
      ),
    );
    mkdirSync(outDir, { recursive: true });
    for (const [name, own] of Object.entries(LIBC_CHECKS)) {
      const objs = [...first, ...own, ...rest].map(objOf);
      const linkArgs = ["-T", "src/user/lib/user.ld", "-Ttext=0x400000", "--gc-sections", "--build-id=none"];
      await run(lld, [...linkArgs, "-static", "-z", "max-page-size=4096", "-o", join(outDir, name), ...objs]);
    }
    return Object.keys(LIBC_CHECKS);
  } finally {
    rmSync(objDir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  runTool(
    {
      name: "build:libc-checks",
      usage: "npm run build:libc-checks",
      summary: `Rebuilds the C library's checks (${LIBC_CHECK_DIR}/): libc linked with a Linux system-call shim, as
static Linux programs at 0x400000. Needs clang and ld.lld.`,
      options: {},
    },
    async () => {
      const stage = mkdtempSync(join(tmpdir(), "viperos-libc-out-"));
      try {
        const names = await buildLibcChecks(stage);
        mkdirSync(LIBC_CHECK_DIR, { recursive: true });
        for (const n of names) copyFileSync(join(stage, n), join(LIBC_CHECK_DIR, n));
        console.log(`build:libc-checks: ${names.join(", ")} in ${LIBC_CHECK_DIR}/`);
      } finally {
        rmSync(stage, { recursive: true, force: true });
      }
      return 0;
    },
  );
}
