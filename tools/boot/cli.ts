// npm run boot: ViperOS in the terminal.
//
// On a terminal: the serial console on stdin/stdout in raw mode, paced to the wall clock;
// Ctrl-A X quits, Ctrl-A C prints machine statistics, Ctrl-A P pulls the plug (with --disk),
// Ctrl-A Ctrl-A sends a Ctrl-A.
// From a pipe or file: the input is typed into the UART a line at a time, each line when the
// machine is waiting for input, and the command exits 0 once the input is used up and every
// task waits for input again:
//
//   printf 'Help\nVersion\n/hello\n' | npm run --silent boot
import { existsSync } from "node:fs";
import { CNTFRQ_HZ } from "../../src/machine/irq.ts";
import { RAM_MAX_SIZE } from "../../src/machine/memory-map.ts";
import { type Parsed, runTool, UsageError } from "../lib/args.ts";
import { parseAdd } from "../mkbootfs.ts";
import type { BootOptions } from "./machine.ts";
import { VolatileBlockStore } from "../../src/emulator/devices/virtio/volatile-store.ts";
import { type PlugPoint, PowerPlug, plugLine, plugPoint } from "./plug.ts";
import { selectTracepoints, tracepointHelp } from "./tracepoints.ts";

const SPEC = {
  name: "boot",
  usage: "npm run boot -- [options]",
  summary: "Boots ViperOS on the emulated AArch64 virt machine with its serial console on this terminal.",
  options: {
    ram: { type: "size", help: "RAM size, from 2M to 8G (whole pages)", default: 128 * 1024 * 1024, min: 2 * 1024 * 1024, max: RAM_MAX_SIZE },
    add: { type: "string", value: "HOSTFILE:/NAME", help: "add a host file to the boot filesystem and to a new disk", multiple: true },
    seed: { type: "int", help: "seed for everything random on the board", default: 1 },
    trace: {
      type: "string",
      value: "LIST",
      help: "print these kernel tracepoints to stderr, each stamped with its virtual time: names, groups (sched = every sched.… tracepoint) or *, comma-separated; --trace help lists them",
    },
    bootargs: { type: "string", value: "TEXT", help: "the kernel command line" },
    disk: {
      type: "string",
      value: "FILE",
      help: "boot with this ViperFS image as SYS:, read and written in place (made from the standard disk if FILE does not exist); default: a fresh in-memory copy of the standard disk",
    },
    "no-disk": { type: "flag", help: "boot without a disk: the boot archive is SYS: (read-only)" },
    "write-through": {
      type: "flag",
      help: "with --disk: the disk has no volatile write cache, so every write is in FILE when it completes (default: writes reach FILE only at a FLUSH, as on a disk with its cache on)",
    },
    "pull-plug": {
      type: "string",
      value: "AT",
      help: "with --disk: cut the power at AT — an instruction count (250M), random (a seeded point) or end (when the input is used up); what was in the disk's cache is lost or written in part",
    },
    "disk-trace": { type: "flag", help: "print every disk write and FLUSH, with the instruction count, to stderr" },
    net: { type: "string", value: "SPEC", help: "connect a network card (chapter 32): dgram:LOCALPORT:HOST:PORT, stream:HOST:PORT, stream:PATH or stream-server:PORT" },
    pcap: { type: "string", value: "FILE", help: "with --net: write every frame of the card to FILE (pcap)" },
    clock: {
      type: "enum",
      values: ["host", "virtual"],
      help: "the RTC's time: the host's clock (default on a terminal) or virtual time from 2026-01-01 (default from a pipe: the same run every time)",
    },
  },
  notes: `keys (on a terminal): Ctrl-A X quits, Ctrl-A C shows statistics, Ctrl-A P pulls the plug (with --disk), Ctrl-A Ctrl-A sends Ctrl-A.
From a pipe, the input is typed line by line and boot exits when it is used up:
  printf 'Version\\n/hello\\n' | npm run --silent boot

${tracepointHelp()}`,
} as const;

interface CliOptions {
  boot: BootOptions;
  /** The power plug in front of a --disk FILE with its write cache (chapter 27), or null. */
  plug: PowerPlugOption | null;
  /** With --net: the card's devices, its clock and what to do at the end (tools/boot/net.ts). */
  net?: Awaited<ReturnType<typeof netOptions>>;
}

interface PowerPlugOption {
  point: PlugPoint | null;
  make: (instructions: () => number) => PowerPlug;
}

async function netOptions(spec: string, seed: number, pcap: string | undefined) {
  const { netDevices } = await import("./net.ts");
  return netDevices(spec, seed, pcap);
}

async function bootOptions({ options: o }: Parsed<typeof SPEC>): Promise<CliOptions> {
  const boot: BootOptions = { add: o.add.map(parseAdd), ramSize: o.ram, seed: o.seed, bootargs: o.bootargs };
  if (o.disk !== undefined && o["no-disk"]) throw new UsageError("--disk and --no-disk contradict each other");
  if (!o["no-disk"]) {
    // Disks come with chapter 26b; a state of the book before it boots from the boot archive alone.
    const disks = existsSync(new URL("../../src/system/disk-image.ts", import.meta.url)) ? await import("./disk.ts") : null;
    if (disks === null && o.disk !== undefined) throw new UsageError("--disk: this state of the book has no disks yet (chapter 26b)");
    if (disks !== null) boot.disk = o.disk !== undefined ? disks.fileDisk(o.disk, boot.add) : disks.standardDisk(boot.add);
  }
  if ((o["pull-plug"] !== undefined || o["write-through"]) && o.disk === undefined) {
    throw new UsageError(`--${o["pull-plug"] !== undefined ? "pull-plug" : "write-through"} needs --disk FILE`);
  }
  if (o["pull-plug"] !== undefined && o["write-through"]) throw new UsageError("--pull-plug needs the disk's write cache: drop --write-through");
  let plug: PowerPlugOption | null = null;
  if (o.disk !== undefined && boot.disk !== undefined && !o["write-through"]) {
    // Chapter 7's disk that can lose writes: the image holds only what reached the medium.
    const disk = new VolatileBlockStore(boot.disk);
    const point = o["pull-plug"] !== undefined ? plugPoint(o["pull-plug"], o.seed) : null;
    const trace = o["disk-trace"] ? (line: string) => process.stderr.write(`${line}\n`) : null;
    plug = { point, make: (instructions) => new PowerPlug(disk, point ?? "end", o.seed, instructions, trace) };
  }
  if (o.clock !== undefined) boot.deterministic = o.clock === "virtual";
  if (o.pcap !== undefined && o.net === undefined) throw new UsageError("--pcap needs --net");
  const net = o.net === undefined ? undefined : await netOptions(o.net, o.seed, o.pcap);
  if (net !== undefined) boot.virtio = net.virtio;
  if (o.trace !== undefined) {
    boot.trace = {
      names: selectTracepoints(o.trace),
      sink: (name, data, ticks) => process.stderr.write(`${stamp(ticks)} ${name} ${JSON.stringify(data, bigintJson)}\n`),
    };
  }
  return { boot, plug, net };
}

/** Virtual time in seconds, as a kernel log shows it but unpadded, so a line splits on spaces: "[0.001234]". */
function stamp(ticks: number): string {
  return `[${(ticks / CNTFRQ_HZ).toFixed(6)}]`;
}

function bigintJson(_key: string, v: unknown): unknown {
  return typeof v === "bigint" ? `0x${v.toString(16)}` : v;
}

/**
 * Lets the disk's writeback finish before the machine is dropped: 0, or 3 if it could not. Then
 * the disk's own cache is flushed, as QEMU flushes its disks when it quits: a quit is not a power
 * cut. With the plug pulled, nothing is settled and nothing more reaches the disk.
 */
function settled(m: { settleDisk(): boolean }, plug: PowerPlug | null): number {
  if (plug?.pulled) return 0;
  const ok = m.settleDisk();
  plug?.disk.flush();
  if (ok) return 0;
  process.stderr.write("\nboot: the disk still had unwritten blocks after 5 virtual seconds\n");
  return 3;
}

/** The machine with the plug (if any) between its disk and the image, and a way to see it pulled. */
async function machineFor(options: CliOptions, output: Partial<BootOptions>) {
  const { BootedMachine } = await import("./machine.ts");
  let cpu: { instret: number } | null = null;
  const plug = options.plug?.make(() => cpu?.instret ?? 0) ?? null;
  const m = new BootedMachine({ ...options.boot, ...output, ...(plug ? { disk: plug } : {}) });
  cpu = m.board.cpu;
  if (plug !== null) m.stopWhen = () => (plug.due() ? plug.pull() : plug.report) !== null;
  return { m, plug };
}

/** Pulls the plug (if not already) and says what it did. */
function pulled(plug: PowerPlug): number {
  process.stderr.write(`\n${plugLine(plug.pull())}`);
  return 0;
}

/** Pipe mode: type the input a line at a time whenever the machine waits for input. */
async function runPiped(options: CliOptions): Promise<number> {
  const { m, plug } = await machineFor(options, { output: (b) => process.stdout.write(b) });
  const atEnd = (): number => (plug !== null && options.plug?.point !== null ? pulled(plug) : settled(m, plug));
  if (options.net !== undefined) {
    options.net.clockFrom(m);
    const { runPipedPaced } = await import("./net.ts");
    const code = await runPipedPaced(m);
    options.net.close();
    return code === 0 ? atEnd() : code;
  }
  let buffered = "";
  let ended = false;
  let wake: (() => void) | null = null;
  process.stdin.setEncoding("latin1");
  process.stdin.on("data", (d: string) => {
    buffered += d;
    wake?.();
  });
  process.stdin.on("end", () => {
    ended = true;
    wake?.();
  });
  for (;;) {
    const reason = m.runUntilWaiting();
    if (plug?.pulled) return pulled(plug);
    if (reason === "halted") {
      process.stderr.write("\nboot: the machine halted\n");
      return 1;
    }
    if (!m.waitingForInput()) {
      process.stderr.write("\nboot: gave up: the machine did not wait for input within 600 virtual seconds\n");
      return 2;
    }
    if (m.finished) return atEnd();
    // The next whole line (or, at the end of the input, what is left).
    while (!buffered.includes("\n") && !ended) {
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      wake = null;
    }
    if (buffered === "") return atEnd();
    const nl = buffered.indexOf("\n");
    const end = nl < 0 ? buffered.length : nl + 1;
    m.type(buffered.slice(0, end));
    buffered = buffered.slice(end);
  }
}

/** Terminal mode: raw stdin, paced to the wall clock. */
async function runInteractive(options: CliOptions): Promise<number> {
  const { WallClockPacer } = await import("../../src/emulator/board/pacer.ts");
  const { m, plug } = await machineFor({ ...options, boot: { deterministic: false, ...options.boot } }, { output: (b) => process.stdout.write(b) });
  const pacer = new WallClockPacer(m.board);
  options.net?.clockFrom(m);
  const stdin = process.stdin;
  stdin.setRawMode(true);
  stdin.resume();
  let ctrlA = false;
  return new Promise((resolve) => {
    let timer: NodeJS.Timeout | null = null;
    const quit = (code: number): void => {
      if (timer) clearInterval(timer);
      stdin.setRawMode(false);
      stdin.pause();
      options.net?.close();
      const disk = plug?.pulled ? pulled(plug) : settled(m, plug);
      resolve(code === 0 ? disk : code);
    };
    stdin.on("data", (chunk: Buffer) => {
      const pass: number[] = [];
      for (const b of chunk) {
        if (ctrlA) {
          ctrlA = false;
          if (b === 0x78 || b === 0x58) {
            process.stdout.write("\r\n[boot: Ctrl-A X: quitting]\r\n");
            quit(0);
            return;
          }
          if ((b === 0x70 || b === 0x50) && plug !== null) {
            process.stdout.write("\r\n[boot: Ctrl-A P: the plug is pulled]\r\n");
            plug.pull();
            quit(0);
            return;
          }
          if (b === 0x63 || b === 0x43) {
            const s = m.board.now() / CNTFRQ_HZ;
            process.stdout.write(`\r\n[boot: ${s.toFixed(3)} s of virtual time]\r\n`);
            continue;
          }
          if (b === 0x01) pass.push(0x01);
          continue;
        }
        if (b === 0x01) ctrlA = true;
        else pass.push(b);
      }
      if (pass.length) m.type(Uint8Array.from(pass));
    });
    timer = setInterval(() => {
      pacer.step(performance.now());
      if (plug !== null && (plug.due() || plug.pulled)) {
        process.stdout.write("\r\n[boot: the plug is pulled]\r\n");
        quit(0);
        return;
      }
      if (m.finished) {
        process.stdout.write("\r\n[boot: no task left; quitting]\r\n");
        quit(0);
      }
    }, 5);
  });
}

runTool(SPEC, async (args) => {
  if (args.options.trace === "help") {
    process.stdout.write(tracepointHelp());
    return 0;
  }
  const options = await bootOptions(args);
  const code = process.stdin.isTTY ? await runInteractive(options) : await runPiped(options);
  process.stdin.destroy();
  // Let stdout drain before Node exits.
  await new Promise<void>((resolve) => process.stdout.write("", () => resolve()));
  process.exit(code);
});
