// chapter: 23-consoles
// Every command-line tool, run as its npm script runs it: --help prints the usage and exits 0;
// an unknown option, a malformed value, a missing file or a file of the wrong kind gives one line
// on stderr naming the tool, a non-zero status, and never a stack trace. The tools stop at their
// arguments, so a run costs a Node start-up and the tool's imports; all of them load through
// esbuild (tools/node/esbuild-hooks.mjs, cached), which is the same code at half the start-up
// cost of Node's type stripping, and they start two at a time, all at once when the file loads.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

const HOOKS = ["--import", "./tools/node/esbuild-hooks.mjs"];

/** The tool each package.json script runs with node: script → its file. */
function toolScripts(): Map<string, string[]> {
  const scripts = JSON.parse(readFileSync("package.json", "utf8")).scripts as Record<string, string>;
  const tools = new Map<string, string[]>();
  for (const [name, command] of Object.entries(scripts)) {
    const words = command.split(" ");
    const file = words[words.length - 1];
    if (words[0] === "node" && !command.includes("&&") && file.startsWith("tools/")) tools.set(name, [file]);
  }
  return tools;
}

const TOOLS = toolScripts();
/** The tools with a command line but no npm script. */
const DIRECT: Record<string, string[]> = {
  "gen.ts": ["tools/difftest/gen.ts"],
  "minimise.ts": ["tools/difftest/minimise.ts"],
  "mutants.ts": ["tools/difftest/mutants.ts"],
};

/** At most two tools start at a time: the machine is shared. */
let running = 0;
const waiting: (() => void)[] = [];
async function run(args: string[]): Promise<Run> {
  if (running >= 2) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await new Promise<Run>((resolve) => {
      const child = spawn(process.execPath, [...HOOKS, ...args], { stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      child.on("close", (status) => resolve({ status, stdout, stderr }));
    });
  } finally {
    running--;
    waiting.shift()?.();
  }
}

const runs = new Map<string, Promise<Run>>();
/** Runs a tool once per argument list; the first call starts it. */
function tool(name: string, ...args: string[]): Promise<Run> {
  const key = JSON.stringify([name, ...args]);
  let r = runs.get(key);
  if (r === undefined) {
    const command = TOOLS.get(name) ?? DIRECT[name];
    if (command === undefined) throw new Error(`no tool ${name}`);
    r = run([...command, ...args]);
    runs.set(key, r);
  }
  return r;
}

/** A refusal: exit status `status`, exactly one line on stderr, starting with the tool's name. */
function expectRefusal(r: Run, status: number, line: string | RegExp): void {
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr.split("\n").filter(Boolean)).toHaveLength(1);
  if (typeof line === "string") expect(r.stderr.trim()).toBe(line);
  else expect(r.stderr.trim()).toMatch(line);
  expect(r.status).toBe(status);
}

const ALL_TOOLS = [...TOOLS.keys(), ...Object.keys(DIRECT)];
const MALFORMED: [string, string[], string | RegExp][] = [
  ["fuzz:syscalls", ["--count", "abc"], 'fuzz:syscalls: --count: expected a whole number of at least 1, got "abc"'],
  ["boot", ["--ram", "lots"], 'boot: --ram: expected a size such as 64M or 1G, got "lots"'],
  ["boot", ["--clock", "wall"], 'boot: --clock: expected host or virtual, got "wall"'],
  ["boot", ["--add", "no-such-file:/x"], "boot: --add no-such-file:/x: no such host file: no-such-file"],
  ["emu", ["--mem", "1", "x.elf"], 'emu: --mem: expected a whole number from 16 to 2048, got "1"'],
  ["dtb", [], "dtb: missing FILE (--help shows the usage)"],
  ["tangle", ["--check=yes"], "tangle: --check takes no value"],
  ["bench:cpu", ["--runs", "0"], 'bench:cpu: --runs: expected a whole number of at least 1, got "0"'],
  ["bench:cpu", ["nosuch"], "bench:cpu: no benchmark nosuch (there are: int, mem, branch, boot)"],
  ["test:diff:long", ["--jobs", "many"], 'test:diff:long: --jobs: expected a whole number of at least 1, got "many"'],
  ["mkbootfs", ["--add", "package.json"], /^mkbootfs: --add package.json: expected HOSTFILE:\/NAME/],
];
for (const name of ALL_TOOLS) {
  tool(name, "--help");
  tool(name, "--bogus");
}
for (const [name, args] of MALFORMED) tool(name, ...args);

describe("every tool", () => {
  it("has its npm scripts found by this test", () => {
    for (const name of ["boot", "emu", "dtb", "mkbootfs", "tangle", "build:user", "fuzz:syscalls", "bench:cpu", "bench:site"]) {
      expect(TOOLS.has(name), name).toBe(true);
    }
  });

  for (const name of ALL_TOOLS) {
    it(`${name}: --help prints the usage and exits 0; an unknown option is one line and exit 2`, async () => {
      const [help, bogus] = await Promise.all([tool(name, "--help"), tool(name, "--bogus")]);
      expect(help.stdout).toMatch(/^usage: /);
      expect(help.stdout).toContain("-h, --help");
      expect(help.status).toBe(0);
      expect(bogus.stderr).toMatch(/^[\w:.-]+: unknown option --bogus \(--help lists the options\)\n$/);
      expect(bogus.status).toBe(2);
    });
  }
});

describe("malformed values", () => {
  for (const [name, args, message] of MALFORMED) {
    it(`${name} ${args.join(" ")}`, async () => {
      expectRefusal(await tool(name, ...args), 2, message);
    });
  }
});

describe("files that are missing or of the wrong kind", () => {
  it("emu names a missing file, a directory and a file that is not an ELF", async () => {
    const [missing, dir, text, linux] = await Promise.all([
      tool("emu", "no-such.elf"),
      tool("emu", "build"),
      tool("emu", "README.md"),
      tool("emu", "/proc/self/exe"),
    ]);
    expectRefusal(missing, 1, "emu: no-such.elf: no such file or directory");
    expectRefusal(dir, 1, "emu: build: is a directory");
    expectRefusal(text, 1, "emu: README.md: not an ELF file");
    expect(linux.stderr).toMatch(/^emu: \/proc\/self\/exe: not (an AArch64 program|a static executable)/);
  });

  it("emu says what a ViperOS program is and how to run it", async () => {
    const r = await tool("emu", "build/user/tests/exit3");
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stderr).toContain("emu: build/user/tests/exit3 is a ViperOS program, not a Linux one");
    expect(r.stderr).toContain("/tests/exit3");
    expect(r.stderr).toContain("npm run --silent boot");
    expect(r.status).toBe(1);
  });

  it("dtb names a missing initrd, and mkbootfs a bad name", async () => {
    const [initrd, name] = await Promise.all([
      tool("dtb", "--initrd", "no-such.img", "/tmp/viperos-test.dtb"),
      tool("mkbootfs", "--add", "package.json:/a/../b"),
    ]);
    expectRefusal(initrd, 1, "dtb: no-such.img: no such file or directory");
    expectRefusal(name, 2, "mkbootfs: --add package.json:/a/../b: /a/../b is not a path a file can have");
  });
});
