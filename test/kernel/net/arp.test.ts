// chapter: 29-ethernet-arp
// Ethernet and ARP, packet by packet: the views, the cache's limits and timeouts, answering,
// asking, holding packets until the answer, gratuitous ARP, the command line's configuration.
import { afterAll, describe, expect, it } from "vitest";
import {
  ARP_CACHE_SIZE,
  ARP_PENDING_ADDRESSES,
  ARP_PENDING_PACKETS,
  ARP_RETRY_MS,
  ARP_TRIES,
  ArpCache,
} from "../../../src/kernel/net/arp.ts";
import { netConfigFromBootargs } from "../../../src/kernel/net/init.ts";
import { ipParse, ipText, MAC_BROADCAST, MAC_ZERO } from "../../../src/kernel/net/wire/address.ts";
import { ARP_REPLY, ARP_REQUEST, ArpView, arpPacket } from "../../../src/kernel/net/wire/arp.ts";
import { ETHERTYPE_ARP, EthernetView, ethernetFrame } from "../../../src/kernel/net/wire/ethernet.ts";
import { expectCleanCaptures, HOST_MAC, netLab } from "./lab.ts";

const HOST_IP = ipParse("10.0.2.2")!;
const ME = ipParse("10.0.2.15")!;

function arpFrame(op: number, targetMac: Uint8Array, targetIp: number, to: Uint8Array = MAC_BROADCAST, senderIp = HOST_IP) {
  return ethernetFrame(to, HOST_MAC, ETHERTYPE_ARP, arpPacket(op, HOST_MAC, senderIp, targetMac, targetIp));
}

function arpsIn(frames: Uint8Array[]) {
  return frames.map((f) => EthernetView.of(f)!).filter((e) => e.etherType === ETHERTYPE_ARP).map((e) => ArpView.of(e.payload)!);
}

// What ViperOS sent in these tests decodes in tshark: no malformed packet, no bad checksum.
afterAll(() => expectCleanCaptures((problems) => expect(problems).toEqual([])));

describe("wire views", () => {
  it("read back what was built, and refuse bytes too short or of another kind", () => {
    const f = arpFrame(ARP_REQUEST, MAC_ZERO, ME);
    const eth = EthernetView.of(f)!;
    expect(eth.etherType).toBe(ETHERTYPE_ARP);
    expect(Array.from(eth.source)).toEqual(Array.from(HOST_MAC));
    const arp = ArpView.of(eth.payload)!;
    expect([arp.operation, ipText(arp.senderIp), ipText(arp.targetIp)]).toEqual([ARP_REQUEST, "10.0.2.2", "10.0.2.15"]);
    expect(EthernetView.of(f.subarray(0, 13))).toBeNull();
    expect(ArpView.of(eth.payload.subarray(0, 27))).toBeNull();
    const ipv6 = eth.payload.slice();
    ipv6[3] = 0xdd; // protocol type 0x08dd
    expect(ArpView.of(ipv6)).toBeNull();
  });

  it("parse dotted quads strictly", () => {
    expect(ipParse("10.0.2.15")).toBe(0x0a00020f);
    for (const bad of ["10.0.2", "10.0.2.256", "10.0.02.1", "a.b.c.d", "1.2.3.4.5", ""]) expect(ipParse(bad)).toBeNull();
  });
});

describe("the ARP cache", () => {
  it("holds at most its size, forgetting the entry closest to expiring", () => {
    const c = new ArpCache();
    for (let i = 0; i < ARP_CACHE_SIZE + 5; i++) c.learn(i + 1, HOST_MAC, i);
    expect(c.entries.size).toBe(ARP_CACHE_SIZE);
    expect(c.lookup(1, 100)).toBeNull();
    expect(c.lookup(ARP_CACHE_SIZE + 5, 100)).not.toBeNull();
  });

  it("bounds the packets waiting, asks again each second and gives up after its tries", () => {
    const c = new ArpCache();
    const p = { etherType: 0x800, payload: new Uint8Array(20) };
    expect(c.hold(7, p, 0)).toBe("ask");
    for (let i = 1; i < ARP_PENDING_PACKETS; i++) expect(c.hold(7, p, 0)).toBe("held");
    expect(c.hold(7, p, 0)).toBe("dropped");
    for (let a = 1; a < ARP_PENDING_ADDRESSES; a++) expect(c.hold(100 + a, p, 0)).toBe("ask");
    expect(c.hold(999, p, 0)).toBe("dropped");
    let asked = 0;
    let dropped = 0;
    for (let t = 0; t <= ARP_RETRY_MS * (ARP_TRIES + 1); t += 100) {
      const r = c.expire(t);
      asked += r.ask.filter((ip) => ip === 7).length;
      dropped += r.dropped;
    }
    expect(asked).toBe(ARP_TRIES - 1);
    expect(dropped).toBe(ARP_PENDING_PACKETS + ARP_PENDING_ADDRESSES - 1);
    expect(c.pending.size).toBe(0);
  });
});

describe("ARP on a booted machine", () => {
  it("announces itself at boot with a gratuitous ARP, and logs its address", () => {
    const lab = netLab();
    expect(lab.system.transcript).toContain("net: eth0 10.0.2.15/24, gateway 10.0.2.2");
    const [g] = arpsIn(lab.heard);
    expect([g.operation, g.senderIp, g.targetIp]).toEqual([ARP_REQUEST, ME, ME]);
  });

  it("answers a request for its address, to the asker alone, and learns the asker", () => {
    const lab = netLab();
    lab.heard.length = 0;
    lab.inject(arpFrame(ARP_REQUEST, MAC_ZERO, ME));
    const [reply] = arpsIn(lab.heard);
    expect(reply.operation).toBe(ARP_REPLY);
    expect(Array.from(reply.senderMac)).toEqual(Array.from(lab.device.mac));
    expect(Array.from(EthernetView.of(lab.heard[0])!.destination)).toEqual(Array.from(HOST_MAC));
    expect(lab.k.net!.arp.lookup(HOST_IP, lab.k.uptimeMs())).not.toBeNull();
  });

  it("ignores requests for other addresses and does not learn their senders", () => {
    const lab = netLab();
    lab.heard.length = 0;
    lab.inject(arpFrame(ARP_REQUEST, MAC_ZERO, ipParse("10.0.2.99")!));
    expect(lab.heard).toEqual([]);
    expect(lab.k.net!.arp.entries.size).toBe(0);
  });

  it("holds a packet until the neighbour answers, then sends it; asks again and gives up", () => {
    const lab = netLab();
    const net = lab.k.net!;
    lab.heard.length = 0;
    net.sendTo(lab.k, HOST_IP, 0x88b5, Uint8Array.of(1, 2, 3));
    expect(arpsIn(lab.heard).map((a) => a.targetIp)).toEqual([HOST_IP]);
    lab.heard.length = 0;
    lab.inject(arpFrame(ARP_REPLY, lab.device.mac, ME, lab.device.mac));
    const eth = EthernetView.of(lab.heard[0])!;
    expect(eth.etherType).toBe(0x88b5);
    expect(Array.from(eth.payload.subarray(0, 3))).toEqual([1, 2, 3]);
    // Nobody at .77: three requests a second apart, then the packet is given up.
    lab.heard.length = 0;
    net.sendTo(lab.k, ipParse("10.0.2.77")!, 0x88b5, Uint8Array.of(4));
    lab.system.runFor(ARP_RETRY_MS * (ARP_TRIES + 1));
    expect(arpsIn(lab.heard).length).toBe(ARP_TRIES);
    expect(net.counters.get("arp: packets dropped")).toBe(1);
  });

  it("counts a neighbour claiming our address as a conflict", () => {
    const lab = netLab();
    lab.inject(arpFrame(ARP_REQUEST, MAC_ZERO, ME, MAC_BROADCAST, ME));
    expect(lab.k.net!.counters.get("arp: address conflicts")).toBe(1);
    expect(lab.k.net!.arp.entries.size).toBe(0);
  });
});

describe("configuration from the command line", () => {
  it("takes ip=, gw= and dns=, and keeps the default for a malformed value", () => {
    const { config, notes } = netConfigFromBootargs("init=/x ip=192.168.7.9/16 gw=192.168.0.1 dns=bad");
    expect([ipText(config.ip), config.prefix, ipText(config.gateway), ipText(config.dns)]).toEqual([
      "192.168.7.9",
      16,
      "192.168.0.1",
      "10.0.2.3",
    ]);
    expect(notes).toEqual(["bad dns=bad"]);
    expect(netConfigFromBootargs("ip=10.0.2.300").notes).toEqual(["bad ip=10.0.2.300"]);
  });
});
