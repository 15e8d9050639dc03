// npm run --silent dtb -- FILE [--ram MiB] [--bootargs "…"] [--initrd FILE] [--seed N]
// Writes the device tree the virt board puts in RAM. Compare with QEMU's:
//   qemu-system-aarch64 -M virt,gic-version=2,dumpdtb=virt.dtb -cpu cortex-a72 -m 128M
//   dtc -I dtb -O dts FILE
import { writeFileSync } from "node:fs";
import { layoutVirtRam } from "../src/emulator/board/virt.ts";
import { readInput, runTool } from "./lib/args.ts";

const SPEC = {
  name: "dtb",
  usage: "npm run --silent dtb -- FILE [options]",
  summary: "Writes the device tree blob the virt board puts in RAM for the kernel.",
  options: {
    ram: { type: "int", value: "MiB", help: "RAM size in MiB", default: 128, min: 1, max: 2048 },
    bootargs: { type: "string", value: "TEXT", help: "the kernel command line (/chosen/bootargs)" },
    initrd: { type: "string", value: "FILE", help: "an initrd, for /chosen's linux,initrd-start and -end" },
    seed: { type: "int", help: "seed of /chosen/rng-seed", default: 1 },
  },
  positionals: [{ name: "FILE", help: "where to write the blob" }],
} as const;

runTool(SPEC, ({ options: o, positionals: [file] }) => {
  const initrd = o.initrd === undefined ? undefined : new Uint8Array(readInput(o.initrd));
  const { fdt } = layoutVirtRam({ ramSize: o.ram * 1024 * 1024, bootargs: o.bootargs, initrd, seed: o.seed });
  writeFileSync(file, fdt);
  return 0;
});
