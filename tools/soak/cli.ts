// npm run soak -- --seed S --minutes M: the hostile set of chapters/17-system.mdx ("Under abuse:
// the soak") and random console bursts run under the shell for M minutes of virtual time; then
// every page, handle, channel, timer and task slot must be back where it was after boot, the host
// heap back within a bound, and the shell answering. The same seed replays the same soak.
import { CNTFRQ_HZ } from "../../src/machine/irq.ts";
import { type Census, censusLeaks, systemCensus } from "../../src/system/census.ts";
import { BootedMachine } from "../boot/machine.ts";
import { readCommand } from "../lib/args.ts";

const SPEC = {
  name: "soak",
  usage: "npm run soak -- [--seed S] [--minutes M] [--verbose]",
  summary: `Runs random hostile programs and console bursts under vinit's shell for M minutes of virtual time,
then checks that the kernel's books (pages, handles, channels, timers, task slots) are back where
they stood after boot, that the host heap is back within 64 MiB, and that the shell answers.
Exits 0 when nothing leaked, 1 otherwise.`,
  options: {
    seed: { type: "int", min: 0, default: 1, help: "seed for the choice of steps; the same seed replays the same soak" },
    minutes: { type: "string", value: "M", default: "1", help: "virtual minutes to run (fractions allowed, at most 1440)" },
    verbose: { type: "flag", help: "print each step as it runs" },
  },
} as const;

/** The hostile set: programs in /tests that the shell runs with Run. */
export const SOAK_PROGRAMS = [
  "kt_orphans",
  "kt_memhog",
  "kt_cpuhog",
  "kt_handlehog",
  "kt_chancycle",
  "kt_timerpark",
  "nullwrite",
  "overrun",
  "doublefree",
  "kt_stack",
  "kt_badptr",
  "kt_hostile",
] as const;

/** Host heap growth (after a full GC) above which the soak reports a leak. */
const HOST_HEAP_BOUND = 64 * 2 ** 20;
/** Virtual seconds a step may take before the shell counts as stuck. */
const STEP_LIMIT_S = 120;
/** The longest pause between steps, in virtual milliseconds (the mean is half). */
const PAUSE_MAX_MS = 2000;
/** Virtual milliseconds given to stragglers (orphans napping) before the last census. */
const SETTLE_MS = 5000;

interface SoakOptions {
  seed: number;
  minutes: number;
  verbose: boolean;
}

export interface SoakResult {
  programs: number;
  bursts: number;
  burstBytes: number;
  leaks: string[];
  shellOk: boolean;
  lines: string[];
}

/** A small seeded generator (mulberry32): the soak's only source of choice. */
function generator(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) % n) as number;
  };
}

/** Random lines for the shell: Echo with printable text, some far longer than a line may be. */
function burst(pick: (n: number) => number): string {
  let out = "";
  const lines = 1 + pick(12);
  for (let l = 0; l < lines; l++) {
    const length = pick(4) === 0 ? 256 + pick(3000) : pick(80);
    let text = "";
    for (let i = 0; i < length; i++) text += String.fromCharCode(0x20 + pick(95));
    out += `Echo ${text}\n`;
  }
  return out;
}

function hostHeap(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

/** Runs one soak; `log` receives every line of the report. */
export function soak(options: SoakOptions, log: (line: string) => void): SoakResult {
  const lines: string[] = [];
  const say = (line: string): void => {
    lines.push(line);
    log(line);
  };
  const pick = generator(options.seed);
  const m = new BootedMachine({ seed: options.seed });
  const settle = (what: string): boolean => {
    m.runUntilWaiting(STEP_LIMIT_S);
    const k = m.kernel;
    if (k?.panicMessage) say(`soak: kernel panic after ${what}: ${k.panicMessage}`);
    else if (!m.waitingForInput()) say(`soak: the shell did not wait for input within ${STEP_LIMIT_S} virtual seconds after ${what}`);
    else return true;
    return false;
  };
  const kernel = () => {
    const k = m.kernel;
    if (k === null) throw new Error("soak: the kernel did not boot");
    return k;
  };
  // Warm-up: each kind of step once, so the shell's own stack and heap reach their working size.
  if (!settle("boot")) return { programs: 0, bursts: 0, burstBytes: 0, leaks: ["boot"], shellOk: false, lines };
  for (const warm of ["/hello\n", `Echo ${"w".repeat(300)}\n`, "Version\n"]) {
    m.type(warm);
    settle("the warm-up");
  }
  const before: Census = systemCensus(kernel());
  const heapBefore = hostHeap();
  const start = m.board.now();
  const end = start + options.minutes * 60 * CNTFRQ_HZ;
  const runs = new Map<string, number>();
  let programs = 0;
  let bursts = 0;
  let burstBytes = 0;
  let stuck = false;
  while (m.board.now() < end && !stuck) {
    const choice = pick(SOAK_PROGRAMS.length + 2);
    let typed: string;
    let what: string;
    if (choice < SOAK_PROGRAMS.length) {
      what = SOAK_PROGRAMS[choice];
      typed = `/tests/${what}\n`;
      // Now and then the console bursts while the program runs.
      if (pick(4) === 0) typed += burst(pick);
      programs++;
      runs.set(what, (runs.get(what) ?? 0) + 1);
    } else {
      what = "a console burst";
      typed = burst(pick);
      bursts++;
    }
    if (typed.includes("Echo ")) burstBytes += typed.length;
    if (options.verbose) log(`soak: ${((m.board.now() - start) / CNTFRQ_HZ).toFixed(1)} s: ${what}`);
    m.type(typed);
    stuck = !settle(what);
    // A pause, as a user takes between commands: idle virtual time costs the host almost nothing.
    if (!stuck) m.system.runFor(pick(PAUSE_MAX_MS));
  }
  // Stragglers (orphans napping) end; then the books must balance and the shell answer.
  m.system.runFor(SETTLE_MS);
  if (!stuck) stuck = !settle("the last step");
  const after = systemCensus(kernel());
  const leaks = censusLeaks(before, after);
  const heapAfter = hostHeap();
  const grew = heapAfter - heapBefore;
  const mib = (n: number): string => (n / 2 ** 20).toFixed(1);
  if (grew > HOST_HEAP_BOUND) leaks.push(`host heap: ${mib(heapBefore)} → ${mib(heapAfter)} MiB`);
  const version = stuck ? "" : m.send("Version\n", STEP_LIMIT_S);
  const shellOk = version.includes("ViperOS 0.3.0") && m.waitingForInput();
  const tally = [...runs.entries()].sort().map(([name, n]) => `${name} ${n}`);
  say(`soak: seed ${options.seed}: ${tally.join(", ")}; ${bursts} bursts, ${burstBytes} bytes typed in Echo lines`);
  say(`soak: host heap ${mib(heapBefore)} → ${mib(heapAfter)} MiB (bound +${mib(HOST_HEAP_BOUND)})`);
  for (const leak of leaks) say(`soak: leak: ${leak}`);
  say(`soak: ${programs} programs, ${options.minutes} virtual minutes, ${leaks.length} leaks, ${shellOk ? "shell ok" : "shell stuck"}`);
  return { programs, bursts, burstBytes, leaks, shellOk, lines };
}

function main(argv: string[]): number {
  const { options } = readCommand(SPEC, argv);
  const minutes = Number(options.minutes);
  if (!(minutes > 0 && minutes <= 24 * 60)) {
    process.stderr.write(`soak: --minutes: expected a number of minutes above 0, got "${options.minutes}"\n`);
    return 2;
  }
  const r = soak({ seed: options.seed, minutes, verbose: options.verbose }, (line) => process.stdout.write(`${line}\n`));
  return r.leaks.length === 0 && r.shellOk ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
