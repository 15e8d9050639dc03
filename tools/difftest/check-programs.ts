// npm run test:diff:programs — for every committed program, our runner must
// print exactly what qemu-aarch64 prints and exit with the same status. The
// reference is run live when qemu-aarch64 is installed (and must still agree
// with the committed golden output); otherwise the golden output stands in.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { elfPath, PROGRAMS, statusPath, stdoutPath } from "./programs.ts";
import { readCommand } from "../lib/args.ts";
import { runOurs, runQemu } from "./run.ts";

const { options } = readCommand({
  name: "test:diff:programs",
  usage: "npm run test:diff:programs -- [--no-translate]",
  summary: `Runs every committed differential test program on our emulator and compares its stdout and exit
status with qemu-aarch64's: live when qemu-aarch64 is installed (which must also agree with the
committed golden output), else the golden output.`,
  options: {
    "no-translate": { type: "flag", help: "run our emulator with the translating tier off (sets DIFF_NO_TRANSLATE=1)" },
    wasm: { type: "enum", values: ["all", "loops", "off"], help: "which blocks the translator makes WebAssembly (sets DIFF_WASM; default all)" },
  },
});
if (options["no-translate"]) process.env.DIFF_NO_TRANSLATE = "1";
if (options.wasm !== undefined) process.env.DIFF_WASM = options.wasm;

function haveQemu(): boolean {
  try {
    execFileSync(process.env.QEMU_AARCH64 ?? "qemu-aarch64", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** The first differing line, for the failure message. */
function firstDifference(a: Buffer, b: Buffer): string {
  const la = a.toString("latin1").split("\n");
  const lb = b.toString("latin1").split("\n");
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) return `line ${i + 1}: qemu ${JSON.stringify(la[i] ?? "<end>")} ours ${JSON.stringify(lb[i] ?? "<end>")}`;
  }
  return "identical";
}

const live = haveQemu();
let failed = 0;
for (const p of PROGRAMS) {
  const elf = elfPath(p.name);
  const golden = { stdout: readFileSync(stdoutPath(p.name)), status: Number(readFileSync(statusPath(p.name), "utf8")) };
  const problems: string[] = [];
  let ref: { stdout: Buffer; status: number } = golden;
  if (live) {
    const q = await runQemu(elf, [], 120_000, p.qemuArgs);
    if (!q.stdout.equals(golden.stdout) || q.status !== golden.status) {
      problems.push("qemu-aarch64 disagrees with the committed golden output (run npm run difftest:build)");
    }
    ref = { stdout: q.stdout, status: q.status };
  }
  const o = await runOurs(elf);
  if (!o.stdout.equals(ref.stdout)) problems.push(`stdout differs at ${firstDifference(ref.stdout, o.stdout)}`);
  if (o.status !== ref.status) problems.push(`exit status: qemu ${ref.status} ours ${o.status}`);
  if (problems.length && o.stderr.length) problems.push(`our stderr: ${o.stderr.toString().trim().slice(0, 400)}`);
  console.log(`${problems.length ? "FAIL" : "ok  "} ${p.name}${problems.map((x) => `\n     ${x}`).join("")}`);
  if (problems.length) failed++;
}
console.log(`programs: ${PROGRAMS.length} checked against ${live ? "qemu-aarch64 (live)" : "golden outputs"}, ${failed} differ`);
process.exitCode = failed ? 1 : 0;
