// npm run boot -- --net SPEC (chapter 32): the machine's network card on one of chapter 7's
// QEMU-compatible backends, so that ViperOS talks to the host — a TAP device in a network
// namespace through socat, passt, or another QEMU. With --pcap FILE, every frame the card sends
// or receives is written to FILE. From a pipe, the machine is paced to the wall clock (the peers
// are real) and the input is typed once the interface has an address.
import { writeFileSync } from "node:fs";
import { VirtioInput } from "../../src/emulator/devices/virtio/input.ts";
import type { VirtioBackend } from "../../src/emulator/devices/virtio/mmio.ts";
import { VirtioNet } from "../../src/emulator/devices/virtio/net.ts";
import { VirtioRng } from "../../src/emulator/devices/virtio/rng.ts";
import { dgramBackend, streamClient, streamServer } from "../../src/emulator/host/net-sockets.ts";
import { PcapWriter, tap } from "../../src/emulator/net/pcap.ts";
import type { EthernetPort } from "../../src/emulator/net/port.ts";
import { plug } from "../../src/emulator/net/switch.ts";
import { CNTFRQ_HZ } from "../../src/machine/irq.ts";
import { UsageError } from "../lib/args.ts";
import type { BootedMachine } from "./machine.ts";

export const NET_HELP =
  "connect a network card: dgram:LOCALPORT:HOST:PORT (QEMU's -netdev dgram: a frame per UDP datagram), stream:HOST:PORT or stream:PATH (connect, as to passt's socket), stream-server:PORT (listen, as QEMU's server=on)";

/** The card's MAC: QEMU's default, 52:54:00:12:34:56. */
export const NET_MAC = Uint8Array.of(0x52, 0x54, 0x00, 0x12, 0x34, 0x56);

/** The backend a --net SPEC names. */
export function netBackend(spec: string): EthernetPort & { close(): void } {
  const [kind, ...rest] = spec.split(":");
  const port = (s: string | undefined) => {
    const n = Number(s);
    if (!Number.isInteger(n) || n < 1 || n > 65535) throw new UsageError(`--net ${spec}: ${s} is not a port`);
    return n;
  };
  if (kind === "dgram" && rest.length === 3) return dgramBackend(port(rest[0]), rest[1], port(rest[2]));
  if (kind === "stream" && rest.length === 2) return streamClient({ host: rest[0], port: port(rest[1]) });
  if (kind === "stream" && rest.length === 1) return streamClient({ path: rest[0] });
  if (kind === "stream-server" && rest.length === 1) return streamServer(port(rest[0]));
  throw new UsageError(`--net ${spec}: expected ${NET_HELP.replace(/^connect a network card: /, "")}`);
}

/** The virtio devices of a machine with a card on `spec`, and what to do when it stops. */
export function netDevices(spec: string, seed: number, pcapFile: string | undefined) {
  const backend = netBackend(spec);
  // The backends' sockets report a peer that is not there as an 'error' event nobody handles.
  process.once("uncaughtException", (e: NodeJS.ErrnoException) => {
    const gone = e.code === "ECONNREFUSED" || e.code === "ENOENT" || e.code === "EADDRINUSE";
    process.stderr.write(`\nboot: --net ${spec}: ${gone ? `${e.code}: ${e.message}` : e.stack}\n`);
    process.exit(2);
  });
  const pcap = new PcapWriter();
  let nowMicros = () => 0;
  const wire = tap({ nowMicros: () => nowMicros(), after: () => {} }, pcap);
  plug(wire.outer, backend);
  const virtio: VirtioBackend[] = [new VirtioRng((seed ^ 0x5eed_0b0e) >>> 0), new VirtioInput(), new VirtioNet(NET_MAC, wire.inner)];
  return {
    virtio,
    /** Reads the machine's clock for the capture's timestamps. */
    clockFrom(m: BootedMachine): void {
      nowMicros = () => Math.floor((m.board.now() * 1e6) / CNTFRQ_HZ);
    },
    close(): void {
      backend.close();
      if (pcapFile !== undefined) writeFileSync(pcapFile, pcap.bytes());
    },
  };
}

/** Whether the machine's interface has an address (DHCP may take a moment). */
function configured(m: BootedMachine): boolean {
  const k = m.kernel as { net?: { config: { ip: number } } | null } | null;
  return (k?.net?.config.ip ?? 0) !== 0;
}

/** Pipe mode on a network: paced to the wall clock; lines typed once configured, when waited for. */
export async function runPipedPaced(m: BootedMachine): Promise<number> {
  const { WallClockPacer } = await import("../../src/emulator/board/pacer.ts");
  const pacer = new WallClockPacer(m.board);
  let buffered = "";
  let ended = false;
  process.stdin.setEncoding("latin1");
  process.stdin.on("data", (d: string) => {
    buffered += d;
  });
  process.stdin.on("end", () => {
    ended = true;
  });
  const started = performance.now();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    pacer.step(performance.now());
    if (m.finished) return 0;
    if (!m.waitingForInput()) continue;
    if (!configured(m) && performance.now() - started < 30_000) continue;
    const nl = buffered.indexOf("\n");
    if (nl < 0 && !ended) continue;
    if (buffered === "") return 0;
    const end = nl < 0 ? buffered.length : nl + 1;
    m.type(buffered.slice(0, end));
    buffered = buffered.slice(end);
  }
}
