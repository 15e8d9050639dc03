// npm run mkfs.viperfs -- IMAGE [--from DIR] [--size 8M] [--label L] [--inodes N] [--journal BLOCKS]
//
// Writes an empty ViperFS (chapter 26) of --size into IMAGE with the kernel's own mkfs, then copies
// the host directory --from into it (files, directories and symbolic links, sorted by name).
import { runTool } from "../lib/args.ts";

const SPEC = {
  name: "mkfs.viperfs",
  usage: "npm run mkfs.viperfs -- IMAGE [--from DIR] [--size 8M] [--label L]",
  summary: "Makes a ViperFS disk image (chapter 26) and fills it from a host directory.",
  options: {
    from: { type: "string", value: "DIR", help: "host directory whose contents become the root" },
    size: { type: "size", default: 8 * 2 ** 20, min: 256 * 1024, max: 16 * 2 ** 30, help: "size of the image" },
    label: { type: "string", default: "ViperOS", value: "L", help: "volume label (up to 63 bytes)" },
    inodes: { type: "int", min: 16, help: "inodes to make room for (default: one per 16 KiB)" },
    journal: { type: "int", min: 0, value: "BLOCKS", help: "blocks reserved for the journal (default: 1/64 of the image, 16 to 1024)" },
  },
  positionals: [{ name: "IMAGE", help: "the image file to write (replaced if it exists)" }],
} as const;

runTool(SPEC, async ({ options, positionals }) => {
  const { mkfsMain } = await import("./commands.ts");
  return mkfsMain({ image: positionals[0], ...options });
});
