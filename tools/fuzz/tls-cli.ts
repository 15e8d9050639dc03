// npm run fuzz:tls: the command line of the TLS record fuzzer (tools/fuzz/tls.ts). It reads its
// options before it loads the kernel, so --help works in chapter states before chapter 48.
import { type Parsed, runTool } from "../lib/args.ts";

const SPEC = {
  name: "fuzz:tls",
  usage: "npm run fuzz:tls -- [--seed S] [--count N] [--outcomes]",
  summary: `Runs Fetch https:// on a booted machine against a hostile TLS server in this process, which spoils
each answer by one seeded strategy: flipped bytes, records cut short, inserted, duplicated or with lying
lengths, handshake messages of random type and length in clear and sealed, a 16 MiB handshake message,
garbage, alerts. Every fetch must end with a line from Fetch and the prompt; exits 1 on a kernel fault,
a hung fetch, or a machine that can no longer fetch; every run replays from its seed.`,
  options: {
    seed: { type: "int", help: "the seed", default: 1 },
    count: { type: "int", help: "fetches to make", default: 200, min: 1 },
    outcomes: { type: "flag", help: "print what Fetch said, counted by strategy" },
  },
} as const;

async function main({ options }: Parsed<typeof SPEC>): Promise<number> {
  const { fuzzTls } = await import("./tls.ts");
  const started = performance.now();
  const result = fuzzTls({ seed: options.seed, count: options.count });
  if (options.outcomes) for (const [o, n] of [...result.outcomes].sort()) console.log(`fuzz:tls: ${String(n).padStart(5)} ${o}`);
  for (const h of result.hung) console.log(`fuzz:tls: hung: ${h}`);
  if (!result.alive) console.log("fuzz:tls: a clean fetch no longer works");
  console.log(`fuzz:tls: ${result.failures} fetches refused, after ${result.alertsRead} of them the peer read the machine's alert`);
  console.log(`fuzz:tls: seed ${options.seed}, ${result.outcomes.size} distinct outcomes, ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(`fuzz:tls: ${result.fetches} fetches, ${result.kernelFaults} kernel faults, ${result.hung.length} hung`);
  return result.kernelFaults === 0 && result.hung.length === 0 && result.alive ? 0 : 1;
}

runTool(SPEC, main);
