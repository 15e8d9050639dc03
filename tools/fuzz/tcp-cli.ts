// npm run fuzz:tcp: the command line of the TCP segment fuzzer (tools/fuzz/tcp.ts). It reads its
// options before it loads the network stack, so --help works in chapter states before chapter 33.
import { type Parsed, runTool } from "../lib/args.ts";

const SPEC = {
  name: "fuzz:tcp",
  usage: "npm run fuzz:tcp -- [--seed S] [--count N] [--counters]",
  summary: `Throws seeded hostile TCP segments at a booted machine: SYN floods and stray segments at a listening
port, and segments with nearly right sequence numbers, lying options and flipped bytes at an established
connection a real peer keeps busy. Checks that what TCP holds stays within its bounds and that a fresh
connection still carries data. Exits 1 on a kernel fault, growth, or a dead stack; every run replays
from its seed.`,
  options: {
    seed: { type: "int", help: "the seed", default: 1 },
    count: { type: "int", help: "segments to send", default: 5000, min: 1 },
    counters: { type: "flag", help: "print the stack's counters afterwards" },
  },
} as const;

async function main({ options }: Parsed<typeof SPEC>): Promise<number> {
  const { fuzzTcp } = await import("./tcp.ts");
  const started = performance.now();
  const result = fuzzTcp({ seed: options.seed, count: options.count });
  if (options.counters) for (const [name, n] of [...result.counters].sort()) console.log(`fuzz:tcp: ${name.padEnd(32)} ${n}`);
  for (const g of result.growth) console.log(`fuzz:tcp: ${g}`);
  if (!result.alive) console.log("fuzz:tcp: a fresh connection no longer carries data");
  console.log(`fuzz:tcp: seed ${options.seed}, ${result.reconnects} reconnects, at most ${result.sackRanges} SACKed ranges held, ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const bounded = result.growth.length === 0;
  console.log(`fuzz:tcp: ${result.segments} segments, ${result.kernelFaults} kernel faults, memory ${bounded ? "bounded" : "GREW"}`);
  return result.kernelFaults === 0 && bounded && result.alive ? 0 : 1;
}

runTool(SPEC, main);
