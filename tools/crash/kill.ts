// npm run test:kill (chapter 27): kill -9 while ViperOS writes to a disk image. Boots
// `npm run boot -- --disk FILE` on one image again and again, types a stream of file operations
// into its shell, and sends SIGKILL at a seeded moment; after each kill `fsck.viperfs -n` must find
// the image clean (as the journal's replay will leave it), and the next boot must mount it —
// replaying the journal — and run a program from it.
//
// What the file holds when the process dies: boot's disk keeps a volatile write cache (chapter 7's
// VolatileBlockStore) in the Node process, and writes a block into the file only when a FLUSH
// (or a full cache) moves it there. A SIGKILL loses the cache, as a power cut loses a disk's:
// the file holds every block written before the last FLUSH, and some of the cache's oldest
// writes, in order. The host's own page cache keeps the file's writes across the process's death
// (not across the host's), so nothing the file got is lost.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Xoshiro128 } from "../../src/emulator/devices/virtio/rng.ts";
import { runTool } from "../lib/args.ts";

const SPEC = {
  name: "test:kill",
  usage: "npm run test:kill -- [options]",
  summary: "Kills npm run boot -- --disk FILE with SIGKILL while it writes, and checks the image after each kill.",
  options: {
    kills: { type: "int", help: "how many times to kill the machine", default: 6, min: 1, max: 100 },
    seed: { type: "int", help: "seed for the moments of the kills and the operations typed", default: 1 },
  },
  notes: "The last line: `kill: N kills, N clean, N mounted, F failures`; exit status 1 if any check failed.",
} as const;

/** After the first prompt, the kill comes this long later (ms): from well into boot's writes to several commits later. */
const MIN_DELAY_MS = 300;
const MAX_DELAY_MS = 4000;
const NODE_ARGS = ["--enable-source-maps", "--import", "./tools/node/esbuild-hooks.mjs"];

/** A stream of shell lines that write: copies, renames, deletes, directories, and naps so the daemon commits. */
function operations(rng: Xoshiro128, round: number): string {
  const lines = [`MakeDir T:r${round}`];
  for (let i = 0; i < 60; i++) {
    const d = `T:r${round}`;
    const pick = rng.next() % 6;
    if (pick === 0) lines.push(`Copy C:fsbench ${d}/f${i}`, `Delete ${d}/f${i}`);
    else if (pick === 1) lines.push(`Copy C:hello ${d}/h${i}`, `Rename ${d}/h${i} ${d}/g${i}`);
    else if (pick === 2) lines.push(`MakeDir ${d}/d${i}`, `Copy C:capshow ${d}/d${i}/c`);
    else if (pick === 3) lines.push("/tests/kt_nap");
    else lines.push(`Copy C:malloctest ${d}/m${i % 4}`);
  }
  return `${lines.join("\n")}\n`;
}

/** Boots on `img`, types `input`, and kills the process `delay` ms after its first prompt; resolves with its output. */
function bootAndKill(img: string, input: string, delay: number): Promise<string> {
  return new Promise((resolve) => {
    const child: ChildProcess = spawn(process.execPath, [...NODE_ARGS, "tools/boot/cli.ts", "--disk", img], { stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    let armed = false;
    child.stdout?.setEncoding("latin1");
    child.stdout?.on("data", (d: string) => {
      out += d;
      if (!armed && out.includes("SYS:> ")) {
        armed = true;
        setTimeout(() => child.kill("SIGKILL"), delay);
      }
    });
    child.stderr?.on("data", (d: Buffer) => (out += d.toString("latin1")));
    // The input stays open: boot waits for more rather than finishing and settling the disk.
    child.stdin?.write(input);
    child.on("exit", () => resolve(out));
  });
}

/** fsck.viperfs -n: the image as the journal's replay will leave it, and what the journal holds. */
function fsck(img: string): { clean: boolean; text: string } {
  const r = spawnSync(process.execPath, [...NODE_ARGS, "tools/viperfs/fsck.ts", "-n", img], { encoding: "utf8" });
  return { clean: r.status === 0 && /clean/.test(r.stdout), text: (r.stdout + r.stderr).trim() };
}

runTool(SPEC, async ({ options: o }) => {
  const dir = mkdtempSync(join(tmpdir(), "viperos-kill-"));
  const img = join(dir, "disk.img");
  const rng = new Xoshiro128(o.seed);
  let clean = 0;
  let mounted = 0;
  let failures = 0;
  try {
    for (let round = 1; round <= o.kills + 1; round++) {
      const last = round > o.kills;
      const delay = MIN_DELAY_MS + (rng.next() % (MAX_DELAY_MS - MIN_DELAY_MS));
      // The last boot only reads: it must mount what the last kill left and run a program from it.
      const out = last
        ? spawnSync(process.execPath, [...NODE_ARGS, "tools/boot/cli.ts", "--disk", img], { input: "C:hello\nInfo\n", encoding: "latin1" }).stdout
        : await bootAndKill(img, operations(rng, round), delay);
      if (round > 1) {
        const ok = /fs: vda mounted as SYS:/.test(out) && !/not mounted/.test(out);
        const replay = /journal: replayed (\d+) transactions/.exec(out)?.[1] ?? "0";
        if (ok) mounted++;
        else failures++;
        console.log(`kill: boot ${round}: ${ok ? `mounted (journal: replayed ${replay} transactions)` : "FAILED to mount"}`);
      }
      if (last) {
        if (!out.includes("Hello from user space!")) {
          failures++;
          console.log("kill: the last boot could not run C:hello from the disk");
        }
        break;
      }
      const check = fsck(img);
      if (check.clean) clean++;
      else failures++;
      const pending = /(\d+) committed transactions \((\d+) blocks\) wait/.exec(check.text);
      const state = pending ? `${pending[1]} transactions (${pending[2]} blocks) wait in the journal` : "nothing waits in the journal";
      console.log(`kill: kill ${round}, ${delay} ms after the prompt: fsck -n ${check.clean ? "clean" : `FOUND PROBLEMS:\n${check.text}`}; ${state}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`kill: ${o.kills} kills, ${clean} clean, ${mounted} mounted, ${failures} failures`);
  return failures === 0 ? 0 : 1;
});
