// npm run crash -- [--workload NAME|all] [--seed S] [--states N] [--fault F] [-v]
//
// The crash harness of chapter 27: runs each workload on a recording disk, builds up to N crash
// states of it (every prefix of its writes, then seeded subsets and orders of the writes after the
// last FLUSH), and for each mounts the volume (replaying the journal), runs fsck and checks the
// workload's oracle. The last line is always
//   crash: N states, N recovered, F fsck errors, L lost fsync'ed bytes
// and the exit status is 1 unless every state recovered with no fsck error and no lost byte.
import { runTool, UsageError } from "../lib/args.ts";

const FAULTS = ["none", "off", "no-flush-before-commit", "no-flush-after-commit", "home-before-commit"] as const;

const SPEC = {
  name: "crash",
  usage: "npm run crash -- [--workload NAME|all] [--seed S] [--states N] [--fault F] [-v]",
  summary:
    "Crash-tests ViperFS's journal (chapter 27): every prefix and many subsets of a workload's writes, each mounted, fsck'ed and checked against the workload.",
  options: {
    workload: { type: "string", default: "all", value: "NAME", help: "one workload, or all of them" },
    seed: { type: "int", default: 1, min: 0, help: "the seed of the workloads' data and of the crash states" },
    states: { type: "int", default: 400, min: 1, help: "crash states per workload (at most)" },
    fault: { type: "enum", values: FAULTS, default: "none", help: "break the journal on purpose (it must be caught)" },
    verbose: { type: "flag", short: "v", help: "print every failing state, not just the first few" },
  },
  notes: "Exit status: 0 every state recovered, 1 some did not, 2 a bad command line.",
} as const;

runTool(SPEC, async ({ options }) => {
  const { WORKLOADS } = await import("./workloads.ts");
  const { crashWorkload } = await import("./harness.ts");
  const chosen = options.workload === "all" ? WORKLOADS : WORKLOADS.filter((w) => w.name === options.workload);
  if (chosen.length === 0)
    throw new UsageError(`no workload ${options.workload}: ${WORKLOADS.map((w) => w.name).join(", ")} or all`);
  const sum = { states: 0, recovered: 0, fsckErrors: 0, lostBytes: 0 };
  for (const w of chosen) {
    const t = crashWorkload(w, options.seed, options.states, options.fault);
    console.log(
      `crash: ${w.name}: ${t.states} states, ${t.recovered} recovered, ${t.fsckErrors} fsck errors, ${t.lostBytes} lost bytes`,
    );
    for (const f of t.failures.slice(0, options.verbose ? t.failures.length : 3)) console.log(`  ${f}`);
    sum.states += t.states;
    sum.recovered += t.recovered;
    sum.fsckErrors += t.fsckErrors;
    sum.lostBytes += t.lostBytes;
  }
  console.log(
    `crash: ${sum.states} states, ${sum.recovered} recovered, ${sum.fsckErrors} fsck errors, ${sum.lostBytes} lost fsync'ed bytes`,
  );
  return sum.recovered === sum.states && sum.fsckErrors === 0 && sum.lostBytes === 0 ? 0 : 1;
});
