// npm run fuzz:net: the command line of the packet fuzzer (tools/fuzz/net.ts). It reads its
// options before it loads the network stack, so --help works in chapter states before chapter 28.
import { type Parsed, runTool } from "../lib/args.ts";

const SPEC = {
  name: "fuzz:net",
  usage: "npm run fuzz:net -- [--seed S] [--count N] [--counters]",
  summary: `Throws seeded malformed, truncated and hostile frames at a booted machine's network stack; checks
that nothing it holds outgrows its limits and that it still answers a ping. Exits 1 on a kernel fault,
growth, or silence; every run replays from its seed.`,
  options: {
    seed: { type: "int", help: "the seed", default: 1 },
    count: { type: "int", help: "frames to send", default: 5000, min: 1 },
    counters: { type: "flag", help: "print the stack's counters afterwards" },
  },
} as const;

async function main({ options }: Parsed<typeof SPEC>): Promise<number> {
  const { fuzzNet } = await import("./net.ts");
  const started = performance.now();
  const result = fuzzNet({ seed: options.seed, count: options.count });
  if (options.counters) for (const [name, n] of [...result.counters].sort()) console.log(`fuzz:net: ${name.padEnd(32)} ${n}`);
  for (const g of result.growth) console.log(`fuzz:net: ${g}`);
  if (!result.alive) console.log("fuzz:net: the machine no longer answers a ping");
  console.log(`fuzz:net: seed ${options.seed}, ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const bounded = result.growth.length === 0;
  console.log(`fuzz:net: ${result.frames} frames, ${result.kernelFaults} kernel faults, memory ${bounded ? "bounded" : "GREW"}`);
  return result.kernelFaults === 0 && bounded && result.alive ? 0 : 1;
}

runTool(SPEC, main);
