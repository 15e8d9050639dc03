// npm run difftest:build — compile every program in programs.ts with clang/lld
// and record qemu-aarch64's stdout and exit status as the golden outputs.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { BIN_DIR, clangArgs, elfPath, GOLDEN_DIR, PROGRAMS, statusPath, stdoutPath } from "./programs.ts";
import { readCommand } from "../lib/args.ts";
import { runQemu } from "./run.ts";

readCommand({
  name: "difftest:build",
  usage: "npm run difftest:build",
  summary: `Compiles every differential test program (test/programs/diff/src) with clang and ld.lld and records
qemu-aarch64's stdout and exit status as the golden outputs. Needs clang, lld and qemu-aarch64.`,
  options: {},
});

mkdirSync(BIN_DIR, { recursive: true });
mkdirSync(GOLDEN_DIR, { recursive: true });
for (const p of PROGRAMS) {
  const elf = elfPath(p.name);
  execFileSync("clang", clangArgs(p, elf), { stdio: "inherit" });
  const r = await runQemu(elf, [], 120_000, p.qemuArgs);
  writeFileSync(stdoutPath(p.name), r.stdout);
  writeFileSync(statusPath(p.name), `${r.status}\n`);
  console.log(`${p.name}: ${r.stdout.length} bytes, status ${r.status}`);
}
