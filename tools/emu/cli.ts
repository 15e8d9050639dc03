// npm run --silent emu -- [--stats] [--mem MiB] FILE.elf [args…]
// Runs a static AArch64 Linux ELF on the emulated CPU at EL0 with a small syscall shim,
// passing stdout/stderr through and exiting with the program's status (128 + signal when it
// dies of one, as a shell reports qemu-aarch64's).
import { readSync, writeSync } from "node:fs";
import { relative, resolve } from "node:path";
import { readInput, runTool, ToolError } from "../lib/args.ts";
import { classifyElf } from "./classify.ts";
import { LinuxRunner } from "./linux.ts";

const SPEC = {
  name: "emu",
  usage: "npm run --silent emu -- [options] FILE.elf [args...]",
  summary: `Runs a static AArch64 Linux program on the book's emulated CPU at EL0, with a small system-call
shim: its stdout and stderr pass through, and the exit status is the program's (128 + signal when it
dies of one). For ViperOS programs (build/user/*), boot ViperOS instead: npm run boot.`,
  options: {
    stats: { type: "flag", help: "print instructions executed and MIPS (and where a fault happened) to stderr at the end" },
    "no-translate": { type: "flag", help: "interpret every instruction (turn off the translating tier of chapter 4t)" },
    "translate-after": { type: "int", value: "N", help: "visits of an instruction before a block is translated from it", default: 16, min: 1 },
    mem: { type: "int", value: "MiB", help: "RAM size in MiB", default: 512, min: 16, max: 2048 },
  },
  positionals: [
    { name: "FILE.elf", help: "the program" },
    { name: "args", help: "its arguments (argv[1]...)", rest: true },
  ],
  stopAtPositional: true,
} as const;

/** The sentence for a ViperOS program: what it is and how to run it instead. */
function viperosAdvice(file: string): string {
  const inBuild = relative(resolve("build/user"), resolve(file));
  const name = inBuild.startsWith("..") ? null : `/${inBuild}`;
  const how = name
    ? `boot ViperOS and type ${name} at the SYS:> prompt: printf '${name}\\n' | npm run --silent boot (or npm run boot for a terminal)`
    : `add it to ViperOS's boot filesystem and run it there: npm run boot -- --add ${file}:/prog, then type /prog at the SYS:> prompt`;
  return (
    `${file} is a ViperOS program, not a Linux one: it loads at 0x80000000 and makes ViperOS system calls, which only the ViperOS kernel answers.\n` +
    `To run it, ${how}.`
  );
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
  try {
    while (off < b.length) off += writeSync(fd, b, off, b.length - off);
  } catch (e) {
    // The reader went away (`| head`): end quietly, as a program killed by SIGPIPE does.
    if ((e as NodeJS.ErrnoException).code === "EPIPE") process.exit(128 + 13);
    throw e;
  }
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

runTool(SPEC, ({ options, positionals }) => {
  const [file] = positionals;
  const bytes = readInput(file);
  const elf = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ramSize = options.mem * 1024 * 1024;
  const kind = classifyElf(elf, ramSize);
  if (kind === "viperos") throw new ToolError(viperosAdvice(file));
  if (kind !== "linux") throw new ToolError(`${file}: ${kind.problem}`);
  const env = Object.entries(process.env).map(([k, v]) => `${k}=${v}`);
  const runner = new LinuxRunner(elf, positionals, io, { ramSize, env, translate: !options["no-translate"],
    translateAfter: options["translate-after"],
  });
  const started = performance.now();
  const status = runner.run();
  const seconds = (performance.now() - started) / 1000;
  flush();
  if (runner.signalReport) console.error(runner.signalReport);
  if (options.stats) {
    if (runner.faultDetail) console.error(runner.faultDetail);
    const n = runner.cpu.instret;
    console.error(`emu: ${n} instructions in ${seconds.toFixed(3)} s (${(n / seconds / 1e6).toFixed(1)} MIPS)`);
  }
  return status;
});
