// chapter: 07-devices
// Needs Debian's tshark (installed by .ci/run): a capture written by our pcap tap must open in
// Wireshark's dissector with every frame and field intact.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { PcapWriter, tap } from "../../src/emulator/net/pcap.ts";
import type { NetClock } from "../../src/emulator/net/port.ts";
import { VirtualSwitch } from "../../src/emulator/net/switch.ts";
import { plug } from "../../src/emulator/net/switch.ts";

function arpRequest(senderMac: number[], senderIp: number[], targetIp: number[]): Uint8Array {
  const f = new Uint8Array(60);
  f.set([0xff, 0xff, 0xff, 0xff, 0xff, 0xff], 0);
  f.set(senderMac, 6);
  f.set([0x08, 0x06], 12); // ARP
  f.set([0x00, 0x01, 0x08, 0x00, 6, 4, 0x00, 0x01], 14); // Ethernet/IPv4, request
  f.set(senderMac, 22);
  f.set(senderIp, 28);
  f.set(targetIp, 38);
  return f;
}

it("tshark reads our pcap capture: frames, times and ARP fields", () => {
  let now = 0;
  const clock: NetClock = { nowMicros: () => now, after: () => {} };
  const pcap = new PcapWriter();
  const t = tap(clock, pcap);
  plug(t.outer, new VirtualSwitch().port());
  t.inner.send(arpRequest([2, 0, 0, 0, 0, 1], [10, 0, 2, 15], [10, 0, 2, 2]));
  now = 2_250_000;
  t.inner.send(arpRequest([2, 0, 0, 0, 0, 1], [10, 0, 2, 15], [10, 0, 2, 3]));
  const file = join(mkdtempSync(join(tmpdir(), "pcap-")), "capture.pcap");
  writeFileSync(file, pcap.bytes());
  const out = execFileSync("tshark", ["-r", file, "-T", "fields", "-e", "frame.time_relative", "-e", "eth.src", "-e", "arp.dst.proto_ipv4"], {
    encoding: "utf8",
  });
  const rows = out.trim().split("\n").map((l) => l.split("\t"));
  expect(rows.length).toBe(2);
  expect(rows[0][1]).toBe("02:00:00:00:00:01");
  expect(rows[0][2]).toBe("10.0.2.2");
  expect(Number(rows[1][0])).toBeCloseTo(2.25, 6);
  expect(rows[1][2]).toBe("10.0.2.3");
});
