// Machines on chapter 7's switch, and a port the test holds, for the network tests.
import { VirtioNet } from "../../../src/emulator/devices/virtio/net.ts";
import { VirtioRng } from "../../../src/emulator/devices/virtio/rng.ts";
import type { EthernetPort } from "../../../src/emulator/net/port.ts";
import { VirtualSwitch } from "../../../src/emulator/net/switch.ts";
import type { Kernel } from "../../../src/kernel/kernel.ts";
import { createSystem, type ViperSystem } from "../../../src/system/index.ts";
import { standardBootfs } from "../../../tools/mkbootfs.ts";

export const HOST_MAC = Uint8Array.of(0x52, 0x54, 0x00, 0xaa, 0xbb, 0xcc);

/** A booted ViperOS machine with one card on `sw`. */
export interface NetMachine {
  system: ViperSystem;
  k: Kernel;
  device: VirtioNet;
}

/** Boots it until the shell waits for input; with `init=` naming a program, only through boot. */
export function netMachine(sw: VirtualSwitch, index: number, bootargs = ""): NetMachine {
  const mac = Uint8Array.of(0x52, 0x54, 0x00, 0x12, 0x34, 0x56 + index);
  const device = new VirtioNet(mac, sw.port());
  const system = createSystem({ bootfs: standardBootfs(), bootargs, virtio: [new VirtioRng(index + 1), device] });
  if (bootargs.includes("init=")) system.runFor(1);
  else system.runUntilWaitingForInput();
  return { system, k: system.kernel!, device };
}

/** A switch, one machine at 10.0.2.15, and a port the test holds; `heard` is what reached it. */
export function netLab(bootargs = "") {
  const sw = new VirtualSwitch();
  const host: EthernetPort = sw.port();
  const heard: Uint8Array[] = [];
  host.onReceive = (f) => heard.push(f);
  const m = netMachine(sw, 0, bootargs);
  /** Sends `frame` from the host and lets the machine run `ms` of virtual time. */
  const inject = (frame: Uint8Array, ms = 2) => {
    host.send(frame);
    m.system.runFor(ms);
  };
  return { sw, ...m, host, heard, inject };
}

/** Runs machines in turns of `ms` until `done` holds or `turns` run out. */
export function runTogether(machines: NetMachine[], done: () => boolean, turns = 200, ms = 5): boolean {
  for (let i = 0; i < turns && !done(); i++) for (const m of machines) m.system.runFor(ms);
  return done();
}
