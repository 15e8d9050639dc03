// Part of npm run bench:boot: wall time from starting `npm run boot` (the node process running
// tools/boot/cli.ts, input from a pipe) to the first `SYS:> ` prompt on its standard output.
// Includes Node's start-up and module loading; prints figures, asserts nothing.
import { spawn } from "node:child_process";

function once(): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ["tools/boot/cli.ts"], { stdio: ["pipe", "pipe", "inherit"] });
    let out = "";
    let seen = false;
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("latin1");
      if (!seen && out.includes("SYS:> ")) {
        seen = true;
        resolve(performance.now() - t0);
        child.stdin.end();
      }
    });
    child.on("exit", () => {
      if (!seen) reject(new Error("boot exited before the first prompt"));
    });
  });
}

export async function benchBootCommand(): Promise<void> {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) runs.push(await once());
  runs.sort((a, b) => a - b);
  console.log(
    `bench:boot: npm run boot to the first SYS:> prompt: ${runs[1].toFixed(0)} ms median of ${runs.length} (min ${runs[0].toFixed(0)} ms, max ${runs[runs.length - 1].toFixed(0)} ms), Node start-up included`,
  );
}
