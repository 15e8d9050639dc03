// npm run --silent emu -- [--stats] [--mem MiB] [--lockstep] FILE.elf [args…]
// Runs a static AArch64 Linux ELF on the emulated CPU at EL0 with a small syscall shim,
// passing stdout/stderr through and exiting with the program's status (128 + signal when it
// dies of one, as a shell reports qemu-aarch64's). --lockstep runs a second, interpreting CPU
// beside the translating one and compares them after every block (chapter 4t).
import { readSync, writeSync } from "node:fs";
import { relative, resolve } from "node:path";
import { readInput, runTool, ToolError } from "../lib/args.ts";
import { classifyElf } from "./classify.ts";
import { describe, lockstep } from "../../src/emulator/cpu/translate/lockstep.ts";
import { type HostIo, LinuxRunner } from "./linux.ts";

const SPEC = {
  name: "emu",
  usage: "npm run --silent emu -- [options] FILE.elf [args...]",
  summary: `Runs a static AArch64 Linux program on the book's emulated CPU at EL0, with a small system-call
shim: its stdout and stderr pass through, and the exit status is the program's (128 + signal when it
dies of one). For ViperOS programs (build/user/*), boot ViperOS instead: npm run boot.`,
  options: {
    stats: { type: "flag", help: "print instructions executed and MIPS (and where a fault happened) to stderr at the end" },
    "no-translate": { type: "flag", help: "interpret every instruction (turn off the translating tier of chapter 4t)" },
    wasm: { type: "enum", values: ["loops", "all", "off"], default: "loops", help: "which register-only blocks become WebAssembly (chapter 4t)" },
    "translate-after": { type: "int", value: "N", help: "visits of an instruction before a block is translated from it", default: 16, min: 1 },
    lockstep: {
      type: "flag",
      help: "run an interpreting CPU beside the translating one, compare them after every block, and report the first difference (exit status 3)",
    },
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

/** What stdin gave the translating CPU, in order: the interpreting one is given the same. */
const reads: Uint8Array[] = [];
const recordingIo: HostIo = {
  write: (fd, data) => io.write(fd, data),
  read(fd, into) {
    const n = io.read(fd, into);
    if (fd === 0 && n >= 0) reads.push(into.slice(0, n));
    return n;
  },
};
/** The interpreting twin's I/O: its output is dropped, its reads get what the other's got. */
function replayReads(): HostIo {
  let next = 0;
  return {
    write: (fd, data) => (fd === 1 || fd === 2 ? data.length : -9),
    read(fd, into) {
      if (fd !== 0) return -9;
      const chunk = reads[next++] ?? new Uint8Array(0);
      into.set(chunk.subarray(0, into.length));
      return Math.min(chunk.length, into.length);
    },
  };
}

runTool(SPEC, ({ options, positionals }) => {
  const [file] = positionals;
  const bytes = readInput(file);
  const elf = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ramSize = options.mem * 1024 * 1024;
  const kind = classifyElf(elf, ramSize);
  if (kind === "viperos") throw new ToolError(viperosAdvice(file));
  if (kind !== "linux") throw new ToolError(`${file}: ${kind.problem}`);
  const env = Object.entries(process.env).map(([k, v]) => `${k}=${v}`);
  const runner = new LinuxRunner(elf, positionals, options.lockstep ? recordingIo : io, { ramSize, env, translate: !options["no-translate"],
    translateAfter: options["translate-after"],
    translateWasm: options.wasm,
  });
  const started = performance.now();
  if (options.lockstep) {
    if (options["no-translate"]) throw new ToolError("--lockstep compares the translating tier with the interpreter: drop --no-translate");
    const twin = new LinuxRunner(elf, positionals, replayReads(), { ramSize, env, translate: false });
    const d = lockstep(runner.cpu, twin.cpu, Number.POSITIVE_INFINITY);
    flush();
    if (d !== null) {
      console.error(`emu: lockstep: ${describe(d)}`);
      return 3;
    }
    console.error(`emu: lockstep: both tiers agree for all ${runner.cpu.instret} instructions`);
  }
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
