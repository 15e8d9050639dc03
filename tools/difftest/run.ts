// Running one static AArch64 Linux ELF under the reference (qemu-aarch64) and
// under our emulator's Linux-ABI runner, capturing stdout and the exit status.
import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LinuxRunner } from "../emu/linux.ts";
import { REPO_ROOT } from "./programs.ts";

export type RunResult = { stdout: Buffer; stderr: Buffer; status: number };

const SIGNALS: Record<string, number> = { SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGBUS: 7, SIGKILL: 9, SIGSEGV: 11 };

function runProcess(cmd: string, args: string[], timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      // A process killed by a signal reports 128 + signo, as a shell would.
      const status = code ?? 128 + (SIGNALS[signal ?? ""] ?? 64);
      resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err), status });
    });
  });
}

/** The reference: Debian's qemu-aarch64 (QEMU 7.2 TCG, user mode). */
export function runQemu(elf: string, args: string[] = [], timeoutMs = 120_000, qemuArgs: string[] = []): Promise<RunResult> {
  return runProcess(process.env.QEMU_AARCH64 ?? "qemu-aarch64", [...qemuArgs, elf, ...args], timeoutMs);
}

/**
 * Which tier our emulator runs: DIFF_NO_TRANSLATE=1 (set by the suites' --no-translate) turns the
 * translating tier off, in this process and in the emu CLI the suites spawn.
 */
export function translating(): boolean {
  return process.env.DIFF_NO_TRANSLATE !== "1";
}

/**
 * Which blocks become WebAssembly: DIFF_WASM (set by the suites' --wasm), by default "all", so that
 * every WebAssembly template meets the reference; "off" checks the JavaScript templates alone.
 */
export function wasmUse(): "loops" | "all" | "off" {
  const v = process.env.DIFF_WASM ?? "all";
  if (v !== "loops" && v !== "all" && v !== "off") throw new Error(`DIFF_WASM=${v}: loops, all or off`);
  return v;
}

/** Our emulator, through the Linux-ABI runner's command line (tools/emu/cli.ts). */
export function runOurs(elf: string, args: string[] = [], timeoutMs = 600_000): Promise<RunResult> {
  // DIFF_OURS=qemu-aarch64 checks the harness itself against the reference.
  if (process.env.DIFF_OURS) return runProcess(process.env.DIFF_OURS, [elf, ...args], timeoutMs);
  const tier = translating() ? ["--translate-after", "1", "--wasm", wasmUse()] : ["--no-translate"];
  return runProcess(process.execPath, [join(REPO_ROOT, "tools", "emu", "cli.ts"), ...tier, elf, ...args], timeoutMs);
}

/**
 * Our emulator in this process (LinuxRunner from tools/emu/linux.ts, the library behind the
 * CLI): no process start-up, so the short suite stays fast. stdout is collected; stderr is
 * collected too, plus the runner's signal report when the program dies of one.
 */
export function runOursInProcess(
  elf: Uint8Array,
  argv: string[] = ["prog"],
  maxInstructions = 2e9,
  Runner: typeof LinuxRunner | undefined = LinuxRunner,
): RunResult {
  const R = Runner ?? LinuxRunner;
  const out: Uint8Array[] = [];
  const err: Uint8Array[] = [];
  const io = {
    write(fd: number, data: Uint8Array): number {
      if (fd !== 1 && fd !== 2) return -9; // EBADF
      (fd === 1 ? out : err).push(data.slice()); // data may be a view of guest RAM
      return data.length;
    },
    read(): number {
      return 0;
    },
  };
  let status: number;
  try {
    const runner = new R(elf, argv, io, { ramSize: 64 << 20, translate: translating(), translateAfter: 1, translateWasm: wasmUse() });
    // runner.run() with a budget, so a CPU bug that loops cannot hang a test.
    const cpu = runner.cpu;
    while (!cpu.halted && cpu.instret < maxInstructions && !cpu.idle) cpu.run(1_000_000);
    status = cpu.halted ? runner.status : 128 + 9;
    if (!cpu.halted) err.push(new TextEncoder().encode(`difftest: stopped after ${cpu.instret} instructions`));
    if (runner.signalReport) err.push(new TextEncoder().encode(runner.signalReport));
  } catch (e) {
    // A host exception is a CPU bug too (the CPU chapter's invariant); report it as a crash.
    status = 134;
    err.push(new TextEncoder().encode(`difftest: host exception: ${(e as Error).stack ?? e}`));
  }
  return { stdout: Buffer.concat(out), stderr: Buffer.concat(err), status };
}

/** A scratch directory for generated ELFs, removed by the returned function. */
export function scratchDir(): { dir: string; write: (name: string, elf: Uint8Array) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "difftest-"));
  return {
    dir,
    write: (name, elf) => {
      const path = join(dir, name);
      writeFileSync(path, elf);
      chmodSync(path, 0o755); // qemu-aarch64 refuses files without the execute bit
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
