// chapter: 32-dns-dhcp
// The page's network as the worker wires it (page-network.ts), booted in Node: alpha and beta
// configure themselves by DHCP from the lab host, alpha pings beta by name, beta resolves an
// alias. The capture holds each frame once, the decoder's line for each names what tshark names
// (protocol, source, destination), and the pcap decodes in tshark with no malformed packet.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { summarize } from "../../src/components/live/packets.ts";
import { pageNetwork } from "../../src/components/live/page-network.ts";
import { CNTFRQ_HZ } from "../../src/machine/irq.ts";
import { createSystem, type ViperSystem } from "../../src/system/index.ts";
import { standardBootfs } from "../../tools/mkbootfs.ts";

function bootNetwork() {
  const systems: ViperSystem[] = [];
  const net = pageNetwork(2, () => Math.max(0, ...systems.map((s) => (s.board.now() * 1e6) / CNTFRQ_HZ)));
  for (const m of net.machines) systems.push(createSystem({ bootfs: standardBootfs(), bootargs: m.bootargs, seed: m.seed, virtio: m.virtio }));
  const run = (ms: number): void => {
    for (let t = 0; t < ms; t += 10) for (const s of systems) s.runFor(10);
  };
  return { ...net, systems, run };
}

/** tshark's protocol, source and destination columns for each frame; null without tshark. */
function tsharkColumns(pcap: Uint8Array): { lines: string[]; malformed: string } | null {
  if (spawnSync("tshark", ["-v"]).error !== undefined) return null;
  const dir = mkdtempSync(join(tmpdir(), "netpanel-pcap-"));
  try {
    const file = join(dir, "page.pcap");
    writeFileSync(file, pcap);
    const fields = ["_ws.col.Protocol", "_ws.col.Source", "_ws.col.Destination"].flatMap((f) => ["-e", f]);
    const r = spawnSync("tshark", ["-n", "-r", file, "-T", "fields", ...fields], { encoding: "utf8" });
    const bad = spawnSync("tshark", ["-n", "-r", file, "-o", "ip.check_checksum:TRUE", "-o", "udp.check_checksum:TRUE", "-Y", "_ws.malformed || _ws.expert.severity == error"], { encoding: "utf8" });
    return { lines: r.stdout.trim().split("\n"), malformed: bad.stdout.trim() };
  } finally {
    rmSync(dir, { recursive: true });
  }
}

describe("the page's network", () => {
  it("carries DHCP, ARP, DNS and ping between alpha, beta and the lab host, each frame captured once and decoded", () => {
    const net = bootNetwork();
    const [alpha, beta] = net.systems;
    net.run(200);
    expect(alpha.transcript).toContain("dhcp: 10.0.2.15/24, gateway 10.0.2.2, dns 10.0.2.2");
    expect(beta.transcript).toContain("dhcp: 10.0.2.16/24, gateway 10.0.2.2, dns 10.0.2.2");
    alpha.uart.input("Ping beta.viper 2\n");
    net.run(2500);
    beta.uart.input("Resolve www.viper\n");
    net.run(300);
    expect(alpha.transcript).toContain("--- beta.viper: 2 sent, 2 received, 0% lost");
    expect(beta.transcript).toContain("www.viper is 10.0.2.2");

    const frames = net.capture.take();
    const lines = frames.map((f) => ({ station: f.station, micros: f.micros, ...summarize(f.bytes) }));
    const pings = lines.filter((l) => l.protocol === "ICMP").map((l) => `${l.station}: ${l.source} → ${l.destination} ${l.info}`);
    expect(pings).toEqual([
      "alpha: 10.0.2.15 → 10.0.2.16 Echo (ping) request  id=0x0001, seq=1, ttl=64",
      "beta: 10.0.2.16 → 10.0.2.15 Echo (ping) reply    id=0x0001, seq=1, ttl=64",
      "alpha: 10.0.2.15 → 10.0.2.16 Echo (ping) request  id=0x0001, seq=2, ttl=64",
      "beta: 10.0.2.16 → 10.0.2.15 Echo (ping) reply    id=0x0001, seq=2, ttl=64",
    ]);
    expect(lines.filter((l) => l.protocol === "DHCP").map((l) => `${l.station} ${l.info.split(" - ")[0]}`)).toEqual([
      "alpha DHCP Discover",
      "lab DHCP Offer",
      "alpha DHCP Request",
      "lab DHCP ACK",
      "beta DHCP Discover",
      "lab DHCP Offer",
      "beta DHCP Request",
      "lab DHCP ACK",
    ]);
    expect(lines.map((l) => l.info)).toContain("Who has 10.0.2.16? Tell 10.0.2.15");
    expect(lines.map((l) => l.info)).toContain("10.0.2.16 is at 52:54:00:12:34:57");
    expect(lines.filter((l) => l.protocol === "DNS").map((l) => l.info.replace(/0x[0-9a-f]{4}/, "ID"))).toEqual([
      "Standard query ID A beta.viper",
      "Standard query response ID A beta.viper A 10.0.2.16",
      "Standard query ID A www.viper",
      "Standard query response ID A www.viper CNAME lab.viper A 10.0.2.2",
    ]);
    // Each frame once: as many captured as the switch's ports were handed, in time order.
    expect(frames.map((f) => f.number)).toEqual(frames.map((_, i) => i + 1));
    expect(frames.every((f, i) => i === 0 || f.micros >= frames[i - 1].micros)).toBe(true);
    expect(net.lab.counts.dns).toBe(2);

    const seen = tsharkColumns(net.capture.bytes());
    if (seen === null) {
      console.warn("packets-wire: tshark is not installed, so the capture was not compared with it");
      return;
    }
    expect(seen.malformed).toBe("");
    const ours = lines.map((l) => [l.protocol, l.source, l.destination === "broadcast" ? "ff:ff:ff:ff:ff:ff" : l.destination].join("\t"));
    expect(seen.lines).toEqual(ours);
  });
});
