// npm run fuzz:net -- [--seed S] [--count N]
//
// Throws seeded malformed, truncated and hostile Ethernet frames at a booted ViperOS machine's
// network card, through chapter 7's switch: random bytes, ARP floods from random addresses,
// IPv4 headers with wrong versions, lengths and checksums, overlapping and never-ending
// fragments, ICMP and UDP with bad lengths, frames for other MACs, DNS answers to the resolver's
// pending lookups with pointer loops, lying counts and random records. Valid packets are mutated and
// their IPv4 checksum is fixed up half the time, so the damage reaches the layers above. After
// every batch the stack's holdings are measured against their limits (ARP cache and queue,
// reassembly, socket queues, physical pages); at the end the machine must still answer a ping.
// The last line is
//   fuzz:net: N frames, K kernel faults, memory bounded|GREW
import { VirtioNet } from "../../src/emulator/devices/virtio/net.ts";
import { VirtioRng } from "../../src/emulator/devices/virtio/rng.ts";
import { VirtualSwitch } from "../../src/emulator/net/switch.ts";
import {
  ARP_CACHE_SIZE,
  ARP_PENDING_ADDRESSES,
  ARP_PENDING_PACKETS,
} from "../../src/kernel/net/arp.ts";
import { REASSEMBLY_DATAGRAMS, REASSEMBLY_PIECES } from "../../src/kernel/net/reassembly.ts";
import type { NetStack } from "../../src/kernel/net/stack.ts";
import { DNS_CACHE_NAMES, DNS_LOOKUPS_MAX, type DnsLookup } from "../../src/kernel/net/dns.ts";
import { UDP_QUEUE_BYTES, UDP_QUEUE_DATAGRAMS, UdpSocket } from "../../src/kernel/net/udp.ts";
import { MAC_BROADCAST } from "../../src/kernel/net/wire/address.ts";
import { ARP_REPLY, ARP_REQUEST, arpPacket } from "../../src/kernel/net/wire/arp.ts";
import { internetChecksum } from "../../src/kernel/net/wire/checksum.ts";
import { ETHERTYPE_ARP, ETHERTYPE_IPV4, EthernetView, ethernetFrame } from "../../src/kernel/net/wire/ethernet.ts";
import { ICMP_ECHO_REPLY, ICMP_ECHO_REQUEST, IcmpView, icmpMessage } from "../../src/kernel/net/wire/icmp.ts";
import { IP_PROTO_ICMP, IP_PROTO_UDP, Ipv4View, ipv4Packet } from "../../src/kernel/net/wire/ipv4.ts";
import { dnsEncodeName } from "../../src/kernel/net/wire/dns.ts";
import { udpDatagram } from "../../src/kernel/net/wire/udp.ts";
import { createSystem } from "../../src/system/index.ts";
import { standardBootfs } from "../mkbootfs.ts";

export interface NetFuzzOptions {
  seed: number;
  count: number;
}

export interface NetFuzzResult {
  frames: number;
  kernelFaults: number;
  /** Holdings found above their limits, and the machine's pages that did not come back. */
  growth: string[];
  /** Whether the machine answered a ping after the storm. */
  alive: boolean;
  counters: Map<string, number>;
}

export const ME = 0x0a00020f;
export const HOST = 0x0a000202;
export const HOST_MAC = Uint8Array.of(0x52, 0x54, 0x00, 0xaa, 0xbb, 0xcc);
export const MY_MAC = Uint8Array.of(0x52, 0x54, 0x00, 0x12, 0x34, 0x56);
/** UDP ports with a socket on the fuzzed machine. */
const OPEN_PORTS = [7, 53, 68];

/** xorshift32: every run replays from its seed. */
export function rng(seed: number): (n: number) => number {
  let s = seed >>> 0 || 0x9e3779b9;
  return (n) => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s % n;
  };
}

/** A DNS response to lookup `l` (the right id half the time) whose answers are hostile. */
function hostileAnswer(r: (n: number) => number, l: DnsLookup): Uint8Array {
  const question = [...(dnsEncodeName(l.name) ?? [0]), 0, 1, 0, 1];
  const m = [l.id >> 8, l.id & 255, 0x81, 0x80 | r(2) * r(16), 0, 1, 0, r(40), 0, 0, 0, 0, ...question];
  if (r(2)) [m[0], m[1]] = [r(256), r(256)];
  for (let records = r(6); records > 0; records--) {
    const here = m.length;
    const owner = [[0xc0, 12], [0xc0 | (here >> 8), here & 255], [0xc0, r(256)], [0xc0 | r(64), r(256)], [r(70)]][r(5)];
    const type = [0, 1, 0, 5, r(2) * 0x100 + r(256)][r(5)].toString(16).padStart(4, "0");
    const data = r(2) ? [r(256), r(256), r(256), r(256)] : [1, 97, 0xc0, [12, here, here + 2, r(256)][r(4)]];
    const length = r(4) === 0 ? r(256) : data.length;
    m.push(...owner, Number.parseInt(type.slice(0, 2), 16), Number.parseInt(type.slice(2), 16), 0, 1, r(256), r(256), r(256), r(256), 0, length, ...data);
  }
  return Uint8Array.from(m);
}

/** One hostile frame; `lookups` are the resolver's, to aim DNS answers at. */
function hostileFrame(r: (n: number) => number, lookups: readonly DnsLookup[]): Uint8Array {
  const bytes = (n: number) => Uint8Array.from({ length: n }, () => r(256));
  const to = [MY_MAC, MY_MAC, MY_MAC, MAC_BROADCAST, bytes(6)][r(5)];
  const src = r(4) === 0 ? HOST + 1 + r(200) : r(8) === 0 ? ME : HOST;
  const dst = [ME, ME, ME, 0xffff_ffff, 0x0a0002ff, r(2 ** 32)][r(6)];
  const ip = (protocol: number, payload: Uint8Array, more = false, offset = 0, id = r(4)) =>
    ipv4Packet({ source: src, destination: dst, protocol, id, ttl: r(256), moreFragments: more, fragmentOffset: offset }, payload);
  let type = ETHERTYPE_IPV4;
  let payload: Uint8Array;
  const lookup = lookups[r(Math.max(1, lookups.length))];
  switch (r(lookup === undefined ? 8 : 9)) {
    case 0:
      return bytes(r(1600));
    case 1: // an ARP flood from random addresses, some for us
      type = ETHERTYPE_ARP;
      payload = arpPacket([ARP_REQUEST, ARP_REPLY, r(65536)][r(3)], bytes(6), src, bytes(6), r(2) ? ME : r(2 ** 32));
      break;
    case 2:
      payload = ip(IP_PROTO_ICMP, icmpMessage(r(20), r(20), r(2 ** 32), bytes(r(1500))));
      break;
    case 3: // fragments: overlapping, endless, past the end
      payload = ip([IP_PROTO_ICMP, IP_PROTO_UDP, r(256)][r(3)], bytes(8 * r(r(2) ? 8 : 185)), r(4) !== 0, 8 * r(r(2) ? 64 : 8192), r(6));
      break;
    case 4:
      payload = ip(IP_PROTO_UDP, udpDatagram(src, dst, r(65536), OPEN_PORTS[r(3)] ?? r(65536), bytes(r(1400))));
      break;
    case 5: // a UDP length that lies
      payload = ip(IP_PROTO_UDP, udpDatagram(src, dst, r(65536), OPEN_PORTS[r(3)], bytes(r(64))));
      payload[24] = r(256);
      payload[25] = r(256);
      break;
    case 6: // an IPv4 header with random version, IHL and total length, checksum fixed up
      payload = ip(r(256), bytes(r(200)));
      payload[0] = r(256);
      payload[2] = r(256);
      payload[3] = r(256);
      break;
    case 8: // an answer to a pending lookup, from the DNS server's port 53, with hostile records
      payload = ipv4Packet({ source: HOST, destination: ME, protocol: IP_PROTO_UDP, id: r(65536), ttl: 64 }, udpDatagram(HOST, ME, 53, lookup?.socket?.port ?? 53, hostileAnswer(r, lookup as DnsLookup)));
      break;
    default:
      payload = ip(IP_PROTO_ICMP, icmpMessage(ICMP_ECHO_REQUEST, 0, r(2 ** 32), bytes(r(64))));
  }
  for (let flips = r(3) === 0 ? 1 + r(4) : 0; flips > 0; flips--) payload[r(payload.length)] = r(256);
  if (type === ETHERTYPE_IPV4 && payload.length >= 20 && r(2) === 0) {
    const header = Math.min(payload.length, (payload[0] & 0xf) * 4);
    payload[10] = payload[11] = 0;
    const sum = internetChecksum(payload.subarray(0, header));
    payload[10] = sum >> 8;
    payload[11] = sum & 0xff;
  }
  const frame = ethernetFrame(to, HOST_MAC, type, payload);
  return r(10) === 0 ? frame.subarray(0, r(frame.length + 1)) : frame;
}

/** What the stack holds above its limits (empty when every holding is within bounds). */
function overLimits(net: NetStack, sockets: UdpSocket[]): string[] {
  const out: string[] = [];
  if (net.arp.entries.size > ARP_CACHE_SIZE) out.push(`arp cache: ${net.arp.entries.size} entries`);
  if (net.arp.pending.size > ARP_PENDING_ADDRESSES) out.push(`arp: ${net.arp.pending.size} addresses pending`);
  for (const p of net.arp.pending.values()) if (p.packets.length > ARP_PENDING_PACKETS) out.push(`arp: ${p.packets.length} packets held`);
  if (net.reassembly.partial.size > REASSEMBLY_DATAGRAMS) out.push(`reassembly: ${net.reassembly.partial.size} datagrams`);
  for (const d of net.reassembly.partial.values()) if (d.pieces.length > REASSEMBLY_PIECES) out.push(`reassembly: ${d.pieces.length} pieces`);
  for (const s of sockets) {
    if (s.queue.length > UDP_QUEUE_DATAGRAMS || s.queuedBytes > UDP_QUEUE_BYTES) out.push(`udp ${s.port}: ${s.queue.length} queued`);
  }
  if (net.dns.cache.names.size > DNS_CACHE_NAMES) out.push(`dns cache: ${net.dns.cache.names.size} names`);
  if (net.dns.lookups.length > DNS_LOOKUPS_MAX) out.push(`dns: ${net.dns.lookups.length} lookups`);
  return out;
}

export function fuzzNet(options: NetFuzzOptions): NetFuzzResult {
  const r = rng(options.seed);
  const sw = new VirtualSwitch();
  const host = sw.port();
  const heard: Uint8Array[] = [];
  host.onReceive = (f) => {
    if (heard.length < 64) heard.push(f);
  };
  const virtio = [new VirtioRng(options.seed), new VirtioNet(MY_MAC, sw.port())];
  const system = createSystem({ bootfs: standardBootfs(), bootargs: "dns=10.0.2.2", virtio });
  system.runUntilWaitingForInput();
  const k = system.kernel!;
  const net = k.net!;
  const sockets = OPEN_PORTS.map((port) => {
    const s = new UdpSocket(net);
    net.udpSockets++;
    net.udpBind(s, port);
    return s;
  });
  const usedPages = () => k.pmm.totalPages - k.pmm.freePages;
  const pagesBefore = usedPages();
  let kernelFaults = 0;
  const growth = new Set<string>();
  let frames = 0;
  const step = (ms: number) => {
    try {
      system.runFor(ms);
    } catch {
      kernelFaults++;
    }
  };
  while (frames < options.count) {
    const batch = Math.min(1 + r(24), options.count - frames);
    if (net.dns.lookups.length < 2) net.dns.start(k, `n${r(1000)}.fuzz`); // answers to aim at
    for (let i = 0; i < batch; i++) {
      try {
        host.send(hostileFrame(r, net.dns.lookups));
      } catch {
        kernelFaults++;
      }
    }
    frames += batch;
    step(r(50) === 0 ? 5000 : 2);
    for (const s of sockets) s.queue.splice(0, r(2) * s.queue.length); // a reader, now and then
    for (const g of overLimits(net, sockets)) growth.add(g);
    if (k.panicMessage !== null || net.card.broken !== null) break;
  }
  if (k.panicMessage !== null) kernelFaults++;
  if (net.card.broken !== null) growth.add(`card: ${net.card.broken}`);
  step(60_000); // every timeout passes: ARP questions, reassembly, held packets
  if (usedPages() > pagesBefore) growth.add(`pmm: ${usedPages() - pagesBefore} more pages in use than before`);
  return { frames, kernelFaults, growth: [...growth], alive: answersPing(), counters: net.counters };

  function answersPing(): boolean {
    heard.length = 0;
    host.send(ethernetFrame(MY_MAC, HOST_MAC, ETHERTYPE_ARP, arpPacket(ARP_REQUEST, HOST_MAC, HOST, new Uint8Array(6), ME)));
    const echo = icmpMessage(ICMP_ECHO_REQUEST, 0, 0x4242_0001, Uint8Array.of(1, 2, 3));
    host.send(ethernetFrame(MY_MAC, HOST_MAC, ETHERTYPE_IPV4, ipv4Packet({ source: HOST, destination: ME, protocol: IP_PROTO_ICMP, id: 9, ttl: 64 }, echo)));
    step(20);
    return heard.some((f) => {
      const e = EthernetView.of(f);
      const p = e?.etherType === ETHERTYPE_IPV4 ? Ipv4View.parse(e.payload) : null;
      const m = p instanceof Ipv4View ? IcmpView.of(p.payload) : null;
      return m !== null && m.type === ICMP_ECHO_REPLY && m.id === 0x4242;
    });
  }
}
