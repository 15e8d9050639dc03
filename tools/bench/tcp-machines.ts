// bench:tcp's first figure (tools/bench/tcp.ts): two ViperOS machines on chapter 7's switch,
// HttpServe on one and `Fetch URL TO file` on the other, timed in host and in virtual time.
import { VirtioNet } from "../../src/emulator/devices/virtio/net.ts";
import { VirtioRng } from "../../src/emulator/devices/virtio/rng.ts";
import { VirtualSwitch } from "../../src/emulator/net/switch.ts";
import { CNTFRQ_HZ } from "../../src/machine/irq.ts";
import type { ViperSystem } from "../../src/system/index.ts";
import { createSystem } from "../../src/system/index.ts";
import { standardDisk } from "../boot/disk.ts";
import { standardBootfs } from "../mkbootfs.ts";

/** A booted machine with a disk and a card on `sw`. */
function machine(sw: VirtualSwitch, index: number, bootargs: string, files: { name: string; data: Uint8Array }[]): ViperSystem {
  const device = new VirtioNet(Uint8Array.of(0x52, 0x54, 0x00, 0x12, 0x34, 0x56 + index), sw.port());
  const system = createSystem({ bootfs: standardBootfs(), bootargs, disk: standardDisk(files), virtio: [new VirtioRng(index + 1), device] });
  system.runUntilWaitingForInput();
  return system;
}

/** HttpServe on one machine, Fetch to a file on the other: seconds of host and of virtual time. */
export function machines(bytes: number): { host: number; virtual: number } | string {
  const data = Uint8Array.from({ length: bytes }, (_, i) => (i * 2654435761) >>> 24);
  const sw = new VirtualSwitch();
  const server = machine(sw, 1, "ip=10.0.2.16/24", [{ name: "/t/www/big.bin", data }]);
  const client = machine(sw, 0, "", []);
  server.uart.input("HttpServe T:www 80 1\n");
  for (let i = 0; i < 10; i++) for (const m of [server, client]) m.runFor(5);
  const from = client.transcript.length;
  const [t0, v0] = [performance.now(), client.board.now()];
  client.uart.input("Fetch http://10.0.2.16/big.bin TO T:big.bin\n");
  const done = () => /Fetch: \d+ bytes to|Fetch: [a-z]/.test(client.transcript.slice(from));
  for (let turn = 0; turn < 200_000 && !done(); turn++) for (const m of [client, server]) m.runFor(10);
  const out = client.transcript.slice(from);
  if (!out.includes(`Fetch: ${bytes} bytes to`)) return `Fetch did not finish: ${JSON.stringify(out.slice(-200))}`;
  return { host: (performance.now() - t0) / 1000, virtual: (client.board.now() - v0) / CNTFRQ_HZ };
}
