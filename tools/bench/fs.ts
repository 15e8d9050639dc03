// npm run bench:fs [-- --mib 16 --files 2000]
//
// ViperFS at the file-system level (chapters 25 and 26) over a RAM disk, in host time: sequential
// write and read of a large file, creating and deleting many files in one directory and in a
// tree, and fsck of the result — each with a small, the default and a large block cache. The
// create/delete rows are repeated for a quarter, half and all of --files, and the cost per file
// shows how it grows with the directory's size (a lookup and an insert walk the directory's
// entries, so one directory costs O(n) per file and O(n²) in all; a tree keeps n small).
// Then the same workload inside a booted machine (tools/bench/fs-machine.ts, chapter 26b's
// fsbench): per virtual second through virtio-blk, with the RAM-disk figures above as the ceiling.
import { runTool } from "../lib/args.ts";

const SPEC = {
  name: "bench:fs",
  usage: "npm run bench:fs [-- --mib N] [--files N]",
  summary: "ViperFS over a RAM disk: sequential MB/s, files/s, cache hit rates, fsck time, for three cache sizes.",
  options: {
    mib: { type: "int", default: 16, min: 1, max: 256, help: "size of the sequential file in MiB" },
    files: { type: "int", default: 2000, min: 4, max: 20000, help: "files created and deleted" },
  },
} as const;

runTool(SPEC, async ({ options }) => {
  const host = (await import("./fs-workloads.ts")).benchFs(options);
  const machine = (await import("./fs-machine.ts")).benchFsMachine();
  return host !== 0 ? host : machine;
});
