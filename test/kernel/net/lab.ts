// Machines on chapter 7's switch, and a port the test holds, for the network tests.
import { VirtioNet } from "../../../src/emulator/devices/virtio/net.ts";
import { VirtioRng } from "../../../src/emulator/devices/virtio/rng.ts";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PcapWriter, tap } from "../../../src/emulator/net/pcap.ts";
import type { EthernetPort } from "../../../src/emulator/net/port.ts";
import { plug, VirtualSwitch } from "../../../src/emulator/net/switch.ts";
import { CNTFRQ_HZ } from "../../../src/machine/irq.ts";
import type { Kernel } from "../../../src/kernel/kernel.ts";
import { createSystem, type ViperSystem } from "../../../src/system/index.ts";
import { standardBootfs } from "../../../tools/mkbootfs.ts";

/** One capture per switch: every machine's frames, both ways, as they cross its cable. */
const captures = new Map<VirtualSwitch, PcapWriter>();
export function capture(sw: VirtualSwitch): PcapWriter {
  const existing = captures.get(sw);
  if (existing !== undefined) return existing;
  const pcap = new PcapWriter();
  captures.set(sw, pcap);
  return pcap;
}

/**
 * The frames ViperOS sent, in every capture made since the last call, that tshark calls malformed
 * or finds an IPv4, ICMP or UDP checksum error in; one line each. The host port's frames are left
 * out (some tests send broken ones on purpose). Null when tshark is not installed.
 */
export function tsharkProblems(): string[] | null {
  const all = [...captures.values()].map((c) => c.bytes());
  captures.clear();
  if (spawnSync("tshark", ["-v"]).error !== undefined) return null;
  const joined = new Uint8Array(all.reduce((n, b) => n + b.length - 24, 24));
  let at = 24;
  for (const b of all) {
    joined.set(b.subarray(0, 24), 0);
    joined.set(b.subarray(24), at);
    at += b.length - 24;
  }
  const dir = mkdtempSync(join(tmpdir(), "net-pcap-"));
  try {
    const file = join(dir, "capture.pcap");
    writeFileSync(file, joined);
    // Each frame is in the capture twice, from the sender's cable and the receiver's; TCP reassembly
    // would take the second copy of a retransmission for new data overlapping old, so it is off.
    const checks = ["ip.check_checksum:TRUE", "udp.check_checksum:TRUE", "tcp.desegment_tcp_streams:FALSE"].flatMap((o) => ["-o", o]);
    const filter = `(_ws.malformed || _ws.expert.severity == error) && eth.src != ${macHex(HOST_MAC)}`;
    const r = spawnSync("tshark", ["-n", "-r", file, ...checks, "-Y", filter], { encoding: "utf8" });
    if (r.status !== 0) return [`tshark failed: ${r.stderr}`];
    return r.stdout.split("\n").filter((l) => l.trim() !== "");
  } finally {
    rmSync(dir, { recursive: true });
  }
}

/** For afterAll: every capture of the file's tests decodes cleanly; says so once when tshark is absent. */
export function expectCleanCaptures(expectEqual: (problems: string[]) => void): void {
  const problems = tsharkProblems();
  if (problems === null) console.warn("net tests: tshark is not installed, so the captures were not decoded (the CI installs it)");
  else expectEqual(problems);
}

function macHex(mac: Uint8Array): string {
  return Array.from(mac, (b) => b.toString(16).padStart(2, "0")).join(":");
}

export const HOST_MAC = Uint8Array.of(0x52, 0x54, 0x00, 0xaa, 0xbb, 0xcc);

/** A booted ViperOS machine with one card on `sw`. */
export interface NetMachine {
  system: ViperSystem;
  k: Kernel;
  device: VirtioNet;
}

/** Boots it until the shell waits for input; with `init=` naming a program, only through boot. */
export function netMachine(sw: VirtualSwitch, index: number, bootargs = "", pcap = capture(sw)): NetMachine {
  const mac = Uint8Array.of(0x52, 0x54, 0x00, 0x12, 0x34, 0x56 + index);
  let clock: () => number = () => 0;
  const wire = tap({ nowMicros: () => clock(), after: () => {} }, pcap);
  plug(wire.outer, sw.port());
  const device = new VirtioNet(mac, wire.inner);
  const system = createSystem({ bootfs: standardBootfs(), bootargs, virtio: [new VirtioRng(index + 1), device] });
  clock = () => Math.floor((system.board.now() * 1e6) / CNTFRQ_HZ);
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
  const pcap = capture(sw);
  /** Sends `frame` from the host and lets the machine run `ms` of virtual time. */
  const inject = (frame: Uint8Array, ms = 2) => {
    host.send(frame);
    m.system.runFor(ms);
  };
  return { sw, ...m, host, heard, inject, pcap };
}

/** Runs machines in turns of `ms` until `done` holds or `turns` run out. */
export function runTogether(machines: NetMachine[], done: () => boolean, turns = 200, ms = 5): boolean {
  for (let i = 0; i < turns && !done(); i++) for (const m of machines) m.system.runFor(ms);
  return done();
}
