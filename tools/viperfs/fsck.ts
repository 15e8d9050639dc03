// npm run fsck.viperfs -- IMAGE [-n|-y] [-v]
//
// Checks every invariant of a ViperFS image with the kernel's own fsck (chapter 26). Exit status
// as e2fsck's: 0 clean, 1 problems found and all fixed (-y), 4 problems left, 8 the image could
// not be checked (a missing file, one too small), 2 a bad command line.
import { runTool, UsageError } from "../lib/args.ts";

const SPEC = {
  name: "fsck.viperfs",
  usage: "npm run fsck.viperfs -- IMAGE [-n|-y] [-v]",
  summary: "Checks a ViperFS disk image (chapter 26) and, with -y, repairs it.",
  options: {
    no: { type: "flag", short: "n", help: "only check; open the image read-only (the default)" },
    yes: { type: "flag", short: "y", help: "repair every problem that has a safe fix" },
    verbose: { type: "flag", short: "v", help: "also count the problems by kind" },
  },
  positionals: [{ name: "IMAGE", help: "the image file to check" }],
  notes: "Exit status: 0 clean, 1 problems fixed, 4 problems left, 8 could not check.",
} as const;

runTool(SPEC, async ({ options, positionals }) => {
  if (options.no && options.yes) throw new UsageError("-n and -y contradict each other");
  const { fsckMain } = await import("./commands.ts");
  const journal = await import("../../src/kernel/viperfs/journal.ts").catch(() => null); // chapter 27 on
  return fsckMain(positionals[0], options.yes, options.verbose, journal?.journalFsck);
});
