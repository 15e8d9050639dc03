// Two machines with disks on one switch for the HTTP tests (chapters 34 and 48): B serves files
// with HttpServe, A fetches them with Fetch, and the test reads what landed on A's disk.
import type { BlockStore } from "../../../../src/emulator/devices/virtio/blk.ts";
import { VirtioNet } from "../../../../src/emulator/devices/virtio/net.ts";
import { VirtioRng } from "../../../../src/emulator/devices/virtio/rng.ts";
import { tap } from "../../../../src/emulator/net/pcap.ts";
import { plug, VirtualSwitch } from "../../../../src/emulator/net/switch.ts";
import { Wire, type WireFaults } from "../../../../src/emulator/net/wire.ts";
import { runNow } from "../../../../src/kernel/fs/fs.ts";
import { CNTFRQ_HZ } from "../../../../src/machine/irq.ts";
import { createSystem } from "../../../../src/system/index.ts";
import { standardDisk } from "../../../../tools/boot/disk.ts";
import { standardBootfs } from "../../../../tools/mkbootfs.ts";
import { walk } from "../../../../tools/viperfs/image.ts";
import { mount } from "../../viperfs/helpers.ts";
import { capture, type NetMachine, runTogether } from "../lab.ts";

/** A machine with a disk and a network card on `sw`, perhaps through a lossy wire; booted to the shell. */
export function diskMachine(sw: VirtualSwitch, index: number, bootargs: string, disk: BlockStore, faults?: WireFaults): NetMachine {
  let micros: () => number = () => 0;
  const clock = { nowMicros: () => micros(), after: () => {} };
  const cable = tap(clock, capture(sw));
  if (faults === undefined) plug(cable.outer, sw.port());
  else {
    const wire = new Wire(clock, faults);
    plug(cable.outer, wire.near);
    plug(wire.far, sw.port());
  }
  const device = new VirtioNet(Uint8Array.of(0x52, 0x54, 0x00, 0x12, 0x34, 0x56 + index), cable.inner);
  const system = createSystem({ bootfs: standardBootfs(), bootargs, disk, virtio: [new VirtioRng(index + 1), device] });
  micros = () => Math.floor((system.board.now() * 1e6) / CNTFRQ_HZ);
  system.runUntilWaitingForInput();
  return { system, k: system.kernel!, device };
}

/** The bytes of `path` on a ViperFS disk, once the machine's cache has written everything back. */
export function fileOnDisk(m: NetMachine, disk: { bytes: Uint8Array }, path: string): Uint8Array {
  const k = m.k as unknown as { diskCache: { dirtyBlocks(): number[] } };
  m.system.runUntil(() => k.diskCache.dirtyBlocks().length === 0, 5 * CNTFRQ_HZ);
  const { fs } = mount(disk.bytes.slice());
  const ino = walk(fs, path);
  if (ino < 0) throw new Error(`${path}: ${ino}`);
  const st = runNow(fs.stat(ino));
  if (typeof st === "number") throw new Error(`${path}: ${st}`);
  const data = runNow(fs.read(ino, 0, st.size));
  if (typeof data === "number") throw new Error(`${path}: ${data}`);
  return data;
}

/** 300 KiB that a misplaced or repeated block would change. */
export function payload(): Uint8Array {
  const data = new Uint8Array(300 * 1024);
  let x = 12345;
  for (let i = 0; i < data.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    data[i] = x >>> 24;
  }
  return data;
}

/**
 * Machine B (10.0.2.16, `serve` typed at its shell) with big.bin and index.html under T:www, and
 * machine A with an empty disk; `run` types a line at A and runs both until A prints `until`.
 */
export function serveAndFetch(faults?: WireFaults, serve = "HttpServe T:www 80 3") {
  const data = payload();
  const sw = new VirtualSwitch();
  const serverDisk = standardDisk([{ name: "/t/www/big.bin", data }, { name: "/t/www/index.html", data: new TextEncoder().encode("<p>hi</p>\n") }]);
  const clientDisk = standardDisk();
  const b = diskMachine(sw, 1, "ip=10.0.2.16/24", serverDisk, faults && { ...faults, seed: faults.seed + 1 });
  const a = diskMachine(sw, 0, "", clientDisk, faults);
  b.system.uart.input(`${serve}\n`);
  const run = (line: string, until: RegExp) => {
    const from = a.system.transcript.length;
    a.system.uart.input(`${line}\n`);
    if (!runTogether([a, b], () => until.test(a.system.transcript.slice(from)), 20000, 10))
      throw new Error(`"${line}" did not print ${until}; A printed:\n${a.system.transcript.slice(from)}`);
    return a.system.transcript.slice(from);
  };
  return { a, b, data, clientDisk, run };
}

