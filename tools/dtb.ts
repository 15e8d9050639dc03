// npm run --silent dtb -- FILE [--ram MiB] [--bootargs "…"] [--initrd FILE] [--seed N]
// Writes the device tree the virt board puts in RAM. Compare with QEMU's:
//   qemu-system-aarch64 -M virt,gic-version=2,dumpdtb=virt.dtb -cpu cortex-a72 -m 128M
//   dtc -I dtb -O dts FILE
import { readFileSync, writeFileSync } from "node:fs";
import { layoutVirtRam } from "../src/emulator/board/virt.ts";

const args = process.argv.slice(2);
let file: string | undefined;
const options: { ramSize?: number; bootargs?: string; initrd?: Uint8Array; seed?: number } = {};
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  const value = () => {
    const v = args[++i];
    if (v === undefined) throw new Error(`dtb: ${a} needs a value`);
    return v;
  };
  if (a === "--ram") options.ramSize = Number(value()) * 1024 * 1024;
  else if (a === "--bootargs") options.bootargs = value();
  else if (a === "--initrd") options.initrd = new Uint8Array(readFileSync(value()));
  else if (a === "--seed") options.seed = Number(value());
  else if (file === undefined) file = a;
  else throw new Error(`dtb: unexpected argument ${a}`);
}
if (file === undefined) {
  console.error("usage: npm run --silent dtb -- FILE [--ram MiB] [--bootargs STRING] [--initrd FILE] [--seed N]");
  process.exit(2);
}
const { fdt } = layoutVirtRam(options);
writeFileSync(file, fdt);
