// npm run x509:limbo [-- --all]
//
// Runs x509-limbo (test/vectors/x509-limbo/limbo-2023-12-02.json) through the book's path
// validation (src/kernel/x509/, chapter 46), with the 14 real chains of online-2026-03/, and prints the pass rate by category, the skipped
// cases by reason, and every case answered against expectation with the validator's reason.
// A case whose validation_time is null is validated at the current time.
import { runTool } from "../lib/args.ts";
// Types only: the runner (chapter 46's code) is loaded after the command line is read, so that
// --help works in the states of the book before chapter 46.
import type { LimboOutcome } from "./limbo-run.ts";

const SPEC = {
  name: "x509:limbo",
  usage: "npm run x509:limbo [-- --all]",
  summary: "x509-limbo's cases through src/kernel/x509: pass rate by category, skips by reason, mismatches with reasons.",
  options: {
    all: { type: "flag", help: "also list every case that matched expectation, with its reason" },
  },
} as const;

function percent(n: number, d: number): string {
  return d === 0 ? "—" : `${((100 * n) / d).toFixed(1)} %`;
}

function table(outcomes: readonly LimboOutcome[]): void {
  const byCategory = new Map<string, LimboOutcome[]>();
  for (const o of outcomes) byCategory.set(o.category, [...(byCategory.get(o.category) ?? []), o]);
  console.log(`${"category".padEnd(22)} ${"cases".padStart(5)} ${"run".padStart(5)} ${"pass".padStart(5)}  rate`);
  const row = (name: string, list: readonly LimboOutcome[]) => {
    const run = list.filter((o) => o.got !== "skipped");
    const pass = run.filter((o) => o.got === o.expected).length;
    console.log(`${name.padEnd(22)} ${String(list.length).padStart(5)} ${String(run.length).padStart(5)} ${String(pass).padStart(5)}  ${percent(pass, run.length)}`);
  };
  for (const [name, list] of [...byCategory].sort(([a], [b]) => a.localeCompare(b))) row(name, list);
  row("all", outcomes);
}

runTool(SPEC, async ({ options }) => {
  const { limboCases, limboOnlineCases, limboRun } = await import("./limbo-run.ts");
  const now = Date.now();
  const outcomes = [...limboCases(), ...limboOnlineCases()].map((tc) => limboRun(tc, now));
  table(outcomes);
  const skips = new Map<string, number>();
  for (const o of outcomes) if (o.got === "skipped") skips.set(o.reason, (skips.get(o.reason) ?? 0) + 1);
  console.log("\nskipped:");
  for (const [reason, n] of skips) console.log(`  ${String(n).padStart(3)}  ${reason}`);
  const wrong = outcomes.filter((o) => o.got !== "skipped" && o.got !== o.expected);
  console.log(`\nagainst expectation (${wrong.length}):`);
  for (const o of wrong) console.log(`  ${o.id}: expected ${o.expected}, got ${o.got} — ${o.reason}`);
  if (options.all) {
    console.log("\nas expected:");
    for (const o of outcomes) if (o.got === o.expected) console.log(`  ${o.id}: ${o.got} — ${o.reason}`);
  }
  const unsafe = wrong.filter((o) => o.got === "SUCCESS");
  if (unsafe.length > 0) console.log(`\nx509:limbo: ${unsafe.length} cases that must fail were accepted`);
  return unsafe.length > 0 ? 1 : 0;
});
