// Running one static AArch64 Linux ELF under the reference (qemu-aarch64) and
// under our emulator's Linux-ABI runner, capturing stdout and the exit status.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { REPO_ROOT } from "./programs.ts";

export type RunResult = { stdout: Buffer; stderr: Buffer; status: number };

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
      const status = code ?? 128 + (signal === "SIGKILL" ? 9 : signal === "SIGSEGV" ? 11 : 6);
      resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err), status });
    });
  });
}

/** The reference: Debian's qemu-aarch64 (QEMU 7.2 TCG, user mode). */
export function runQemu(elf: string, args: string[] = [], timeoutMs = 120_000): Promise<RunResult> {
  return runProcess(process.env.QEMU_AARCH64 ?? "qemu-aarch64", [elf, ...args], timeoutMs);
}

/** Our emulator, through the Linux-ABI runner's command line (tools/emu/cli.ts). */
export function runOurs(elf: string, args: string[] = [], timeoutMs = 600_000): Promise<RunResult> {
  return runProcess(process.execPath, [join(REPO_ROOT, "tools", "emu", "cli.ts"), elf, ...args], timeoutMs);
}
