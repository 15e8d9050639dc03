// bench:fs inside the machine (chapter 26b): fsbench run by the shell on a booted ViperOS with a
// 64 MiB standard disk as SYS:, through system calls, the VFS, the block cache and virtio-blk.
// Its phases are timed in virtual milliseconds (the machine's clock: user instructions plus the
// kernel's work as chapter 4c's cost model prices it); the whole run is also timed in host
// milliseconds.
import { MemoryBlockStore } from "../../src/emulator/devices/virtio/blk.ts";
import { buildDiskImage, standardDiskFiles } from "../../src/system/disk-image.ts";
import { BootedMachine } from "../boot/machine.ts";
import { userPrograms } from "../mkbootfs.ts";

export function benchFsMachine(): number {
  const disk = new MemoryBlockStore(buildDiskImage(standardDiskFiles(userPrograms()), 64 * 2 ** 20));
  const m = new BootedMachine({ disk });
  m.runUntilWaiting();
  const t0 = performance.now();
  const out = m.send("C:fsbench\n", 3600);
  const host = performance.now() - t0;
  const lines = out.split(/\r?\n/).filter((l) => l.startsWith("fsbench:"));
  console.log(`\nin the machine: fsbench on a 64 MiB virtio-blk disk as SYS: (virtual ms, the kernel's work included at chapter 4c's cost model)`);
  for (const l of lines) {
    const mib = /(write|read) (\d+) MiB.*: (\d+) ms/.exec(l);
    const files = /(\d+) files in (.+): create (\d+) ms, delete (\d+) ms/.exec(l);
    if (mib) {
      const [, , n, ms] = mib;
      console.log(`  ${l.slice(9).padEnd(44)} ${((Number(n) / Math.max(1, Number(ms))) * 1000).toFixed(0).padStart(7)} MB per virtual s`);
    } else if (files) {
      const [, n, , c, d] = files;
      const rate = (ms: string) => ((Number(n) / Math.max(1, Number(ms))) * 1000).toFixed(0).padStart(7);
      console.log(`  ${l.slice(9).padEnd(44)} ${rate(c)} creates, ${rate(d)} deletes per virtual s`);
    } else console.log(`  ${l.slice(9)}`);
  }
  const stats = m.kernel?.diskCache?.stats;
  if (stats) console.log(`  block cache: ${stats.hits} hits, ${stats.misses} misses, ${stats.evictions} evictions`);
  console.log(`  the whole run: ${(host / 1000).toFixed(1)} host s`);
  return lines.some((l) => l === "fsbench: done") ? 0 : 1;
}
