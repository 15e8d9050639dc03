// npm run --silent emu -- [--stats] [--mem MiB] FILE.elf [args…]
// Runs a static AArch64 Linux ELF on the emulated CPU at EL0 with a small syscall shim,
// passing stdout/stderr through and exiting with the program's status (128 + signal when it
// dies of one, as a shell reports qemu-aarch64's).
import { readFileSync, readSync, writeSync } from "node:fs";
import { LinuxRunner } from "./linux.ts";

const args = process.argv.slice(2);
let stats = false;
let ramMiB = 512;
while (args.length > 0 && args[0].startsWith("--")) {
  const opt = args.shift() as string;
  if (opt === "--stats") stats = true;
  else if (opt === "--mem") ramMiB = Number(args.shift());
  else if (opt === "--") break;
  else {
    console.error(`emu: unknown option ${opt}`);
    process.exit(2);
  }
}
if (args.length === 0) {
  console.error("usage: npm run --silent emu -- [--stats] [--mem MiB] FILE.elf [args...]");
  process.exit(2);
}

// stdout is buffered and flushed before any stderr write and at exit, keeping the order.
let pending: Uint8Array[] = [];
let pendingBytes = 0;
function flush(): void {
  for (const b of pending) writeAll(1, b);
  pending = [];
  pendingBytes = 0;
}
function writeAll(fd: number, b: Uint8Array): void {
  let off = 0;
  while (off < b.length) off += writeSync(fd, b, off, b.length - off);
}

const io = {
  write(fd: number, data: Uint8Array): number {
    if (fd === 1) {
      pending.push(data);
      pendingBytes += data.length;
      if (pendingBytes > 1 << 16) flush();
      return data.length;
    }
    if (fd === 2) {
      flush();
      writeAll(2, data);
      return data.length;
    }
    return -9;
  },
  read(fd: number, into: Uint8Array): number {
    if (fd !== 0) return -9;
    flush();
    try {
      return readSync(0, into, 0, into.length, null);
    } catch {
      return 0;
    }
  },
};

const elf = readFileSync(args[0]);
const env = Object.entries(process.env).map(([k, v]) => `${k}=${v}`);
const runner = new LinuxRunner(new Uint8Array(elf.buffer, elf.byteOffset, elf.byteLength), args, io, { ramSize: ramMiB << 20, env });
const started = performance.now();
const status = runner.run();
const seconds = (performance.now() - started) / 1000;
flush();
if (runner.signalReport) console.error(runner.signalReport);
if (stats) {
  const n = runner.cpu.instret;
  console.error(`emu: ${n} instructions in ${seconds.toFixed(3)} s (${(n / seconds / 1e6).toFixed(1)} MIPS)`);
}
process.exitCode = status;
