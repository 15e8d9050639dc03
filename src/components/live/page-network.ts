// The page's network, wired: chapter 7's switch, the lab host (chapter 32) on one port, and for
// each of the page's machines a virtio-net card on another, every port seen by one NetCapture.
// What it returns are the options each machine's createSystem needs; net-system.ts boots them in
// the worker, and test/site/packets-wire.test.ts boots them in Node the same way.
// The first machine's card reaches its switch port through chapter 7's seeded Wire, perfect at
// first: the TCP panel's loss slider (chapter 34) sets its loss rate while the machines run.
import { VirtioInput } from "../../emulator/devices/virtio/input.ts";
import { VirtioNet } from "../../emulator/devices/virtio/net.ts";
import { VirtioRng } from "../../emulator/devices/virtio/rng.ts";
import { LabHost, labNetwork } from "../../emulator/net/lab-host.ts";
import { plug, VirtualSwitch } from "../../emulator/net/switch.ts";
import { Wire } from "../../emulator/net/wire.ts";
import type { VirtioBackend } from "../../emulator/devices/virtio/mmio.ts";
import { NetCapture } from "./net-capture.ts";
import { PAGE_NET_MACHINES, type PageNetMachine } from "./net-machines.ts";

const bytesOf = (text: string): Uint8Array => Uint8Array.from(text.split(/[:.]/), (x) => Number.parseInt(x, text.includes(":") ? 16 : 10));
const numberOf = (ip: string): number => bytesOf(ip).reduce((n, b) => n * 256 + b, 0);

export interface PageNetwork {
  capture: NetCapture;
  lab: LabHost;
  /** Between the first machine and the switch: its loss applies to every frame that machine sends or is sent. */
  wire: Wire;
  /** Per machine: its name and addresses, and what its createSystem is given. */
  machines: { machine: PageNetMachine; bootargs: string; seed: number; virtio: VirtioBackend[] }[];
}

/** `count` machines (1 or 2) and the lab host; `clock` is the capture's, in microseconds. */
export function pageNetwork(count: number, clock: () => number): PageNetwork {
  const chosen = PAGE_NET_MACHINES.slice(0, Math.max(1, Math.min(count, PAGE_NET_MACHINES.length)));
  const capture = new NetCapture(clock);
  const sw = new VirtualSwitch();
  const network = labNetwork(chosen.map((m) => ({ name: `${m.name}.viper`, mac: bytesOf(m.mac), ip: numberOf(m.ip) })));
  const lab = new LabHost(capture.port("lab", sw.port()), network);
  // No delay, so the wire never needs a clock; the seed fixes which frames a given rate drops.
  const wire = new Wire({ nowMicros: clock, after: (_, fn) => fn() }, { delayMicros: 0, jitterMicros: 0, loss: 0, duplicate: 0, seed: 0x7cb });
  plug(wire.far, sw.port());
  const machines = chosen.map((machine, i) => ({
    machine,
    // Each asks the lab host for its address; the seeds make their random choices differ.
    bootargs: "ip=dhcp",
    seed: i + 1,
    virtio: [new VirtioRng(0x5eed + i), new VirtioInput(), new VirtioNet(bytesOf(machine.mac), capture.port(machine.name, i === 0 ? wire.near : sw.port()))],
  }));
  return { capture, lab, wire, machines };
}
