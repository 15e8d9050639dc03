// npm run fuzz:tcp -- [--seed S] [--count N]
//
// Throws seeded hostile TCP segments at a booted ViperOS machine (chapter 33's TCP in its network
// stack, through chapter 7's switch): at a listening port — SYN floods from random ports, stray
// ACKs, RSTs and random flags — and at an established connection, with sequence and acknowledgment
// numbers near the real ones so that they reach every step of RFC 9293 §3.10.7: in-window and
// out-of-window data, RSTs and SYNs, ACKs for data never sent, zero and huge windows, options with
// lying lengths and absurd values (window scale 255, timestamps from the future), SACK-permitted on
// SYNs and SACK blocks (RFC 2018) near, inverted, or far from the data the machine sent, and SACK
// options whose lengths lie. The peer offers SACK too, so the blocks reach a scoreboard. Valid segments are
// mutated byte by byte with the checksum fixed up half the time. A real peer (a TcpHost in this
// process) keeps the connection busy, and makes a new one when the fuzz kills it. After every batch
// the connections' holdings are checked against their bounds; at the end the machine must still
// accept a connection and carry data over it. The last line is
//   fuzz:tcp: N segments, K kernel faults, memory bounded|GREW
import { VirtioNet } from "../../src/emulator/devices/virtio/net.ts";
import { VirtioRng } from "../../src/emulator/devices/virtio/rng.ts";
import { VirtualSwitch } from "../../src/emulator/net/switch.ts";
import { TCP_OUT_OF_ORDER_PIECES } from "../../src/kernel/net/tcp/buffers.ts";
import type { TcpConnection } from "../../src/kernel/net/tcp/connection.ts";
import { TcpHost } from "../../src/kernel/net/tcp/host.ts";
import { type SackBlock, TCP_ACK, TCP_RST, TCP_SYN, tcpSegment } from "../../src/kernel/net/tcp/segment.ts";
import { seqAdd, seqOf } from "../../src/kernel/net/tcp/seq.ts";
import { ARP_REPLY, ARP_REQUEST, arpPacket } from "../../src/kernel/net/wire/arp.ts";
import { internetChecksum, onesSum } from "../../src/kernel/net/wire/checksum.ts";
import { ETHERTYPE_ARP, ETHERTYPE_IPV4, EthernetView, ethernetFrame } from "../../src/kernel/net/wire/ethernet.ts";
import { IP_PROTO_TCP, Ipv4View, ipv4Packet } from "../../src/kernel/net/wire/ipv4.ts";
import { createSystem } from "../../src/system/index.ts";
import { standardBootfs } from "../mkbootfs.ts";
import { HOST, HOST_MAC, ME, MY_MAC, rng } from "./net.ts";

export interface TcpFuzzOptions {
  seed: number;
  count: number;
}

export interface TcpFuzzResult {
  segments: number;
  kernelFaults: number;
  /** Holdings found above their bounds. */
  growth: string[];
  /** Whether the machine accepted a fresh connection and carried data over it at the end. */
  alive: boolean;
  /** How many times the fuzz ended the established connection (and the peer made a new one). */
  reconnects: number;
  /** The most SACKed ranges the machine's end of the connection held at once (the blocks reached it). */
  sackRanges: number;
  counters: Map<string, number>;
}

const PORT = 80;
const BACKLOG = 8;

/** The sum of TCP's pseudo-header from the fuzzer's address to the machine's (RFC 9293 §3.1). */
function pseudoSum(length: number): number {
  const p = Uint8Array.of(HOST >>> 24, (HOST >> 16) & 255, (HOST >> 8) & 255, HOST & 255, ME >>> 24, (ME >> 16) & 255, (ME >> 8) & 255, ME & 255, 0, IP_PROTO_TCP, length >> 8, length & 255);
  return onesSum(p);
}

function fixChecksum(b: Uint8Array): void {
  if (b.length < 18) return;
  b[16] = b[17] = 0;
  const sum = internetChecksum(b, pseudoSum(b.length));
  [b[16], b[17]] = [sum >> 8, sum & 255];
}

/** Option bytes a peer should never send: lying lengths, absurd values, stray ENDs, garbage. */
function hostileOptions(r: (n: number) => number): number[] {
  const out: number[] = [];
  for (let n = 1 + r(5); n > 0; n--) {
    const kind = r(9);
    if (kind === 7) out.push(5, [2, 10, 18, 11, 34, 255][r(6)], ...Array.from({ length: 8 }, () => r(256))); // SACK, lying
    else if (kind === 8) out.push(4, [2, 3, 0][r(3)]); // SACK-permitted, perhaps with a wrong length
    else if (kind === 0) out.push(2, [4, 4, 2, 3, 255][r(5)], r(256), r(256)); // MSS, perhaps 0
    else if (kind === 1) out.push(3, 3, r(2) ? 255 : r(16)); // window scale
    else if (kind === 2) out.push(8, [10, 10, 9, 11][r(4)], ...Array.from({ length: 8 }, () => r(256))); // timestamps
    else if (kind === 3) out.push(r(256), r(256)); // an unknown kind, any length
    else out.push([0, 1, 1, 1][r(4)]); // END and NOPs
  }
  while (out.length % 4 !== 0) out.push(1);
  return out.slice(0, 40);
}

/** `segment` with its options replaced by `options` (checksum fixed). */
function withOptions(segment: Uint8Array, options: number[]): Uint8Array {
  const header = (segment[12] >> 4) * 4;
  const b = new Uint8Array(20 + options.length + segment.length - header);
  b.set(segment.subarray(0, 20));
  b.set(options, 20);
  b.set(segment.subarray(header), 20 + options.length);
  b[12] = ((20 + options.length) / 4) << 4;
  fixChecksum(b);
  return b;
}

/** The real connection the fuzz aims at: the peer's end, which knows the sequence numbers in use. */
interface Target {
  peer: TcpConnection;
  port: number;
}

/** SACK blocks about the machine's data (its numbers, as the peer knows them): near, far, inverted, empty. */
function hostileSack(r: (n: number) => number, target: Target | null, max: number): SackBlock[] | undefined {
  if (r(3) !== 0) return undefined;
  const base = target?.peer.rcvNxt ?? seqOf(r(2 ** 32));
  return Array.from({ length: 1 + r(max) }, () => {
    // Mostly just above what the peer has received: data the machine is sending as the fuzz runs.
    const start = seqAdd(base, [r(3000), r(3000), -1 - r(4000), 0, r(70_000), r(2 ** 32)][r(6)]);
    return { start, end: seqAdd(start, [1 + r(3000), 1 + r(3000), 0, -r(2000)][r(4)]) };
  });
}

/** One hostile TCP segment (the IPv4 payload), aimed at the listener, the target, or a closed port. */
function hostileSegment(r: (n: number) => number, target: Target | null): Uint8Array {
  const bytes = (n: number) => Uint8Array.from({ length: n }, () => r(256));
  const near = (n: number) => [0, 0, 1, -1, r(3000) - 1000, r(200_000) - 100_000, r(2 ** 32)][r(7)] + n;
  const flags = [TCP_SYN, TCP_ACK, TCP_ACK, TCP_ACK | 0x08, TCP_RST, TCP_RST | TCP_ACK, TCP_SYN | TCP_ACK, 0x11, 0x01, r(64)][r(10)];
  const window = [0, 1, 65535, r(65536)][r(4)];
  const data = bytes(r(3) === 0 ? 0 : r(1460));
  let from = 1024 + r(60000);
  let to = r(8) === 0 ? r(65536) : PORT;
  let [seq, ack] = [seqOf(r(2 ** 32)), seqOf(r(2 ** 32))];
  if (target !== null && r(3) !== 0) {
    [from, to] = [target.port, PORT];
    const base = r(2) === 0 ? target.peer.sndUna : target.peer.sndNxt;
    [seq, ack] = [seqAdd(base, near(0)), seqAdd(target.peer.rcvNxt, near(0))];
  }
  const ts = r(2) ? { val: r(2 ** 32), ecr: r(2 ** 32) } : undefined;
  const mss = r(4) === 0 ? r(65536) : 0;
  const wscale = flags & TCP_SYN && r(2) ? r(256) : undefined;
  const sackOk = (flags & TCP_SYN) !== 0 && r(4) !== 0; // mostly, as the peer offers it
  const sack = hostileSack(r, target, ts ? 3 : 4);
  let b = tcpSegment(HOST, ME, from, to, { seq, ack, flags, window, mss, wscale, ts, sackOk, sack, data });
  if (r(4) === 0) b = withOptions(b, hostileOptions(r));
  const flips = r(4) === 0 ? 1 + r(6) : 0;
  for (let i = 0; i < flips; i++) b[r(b.length)] = r(256);
  if (flips > 0 && r(2) === 0) fixChecksum(b);
  return r(12) === 0 ? b.subarray(0, r(b.length + 1)) : b;
}

/** What the machine's TCP holds beyond its bounds (empty when all is within them). */
function overBounds(tcp: TcpHost): string[] {
  const out: string[] = [];
  if (tcp.connections.size > 2 * BACKLOG) out.push(`tcp: ${tcp.connections.size} connections`);
  for (const l of tcp.listeners.values()) if (l.queue.length > l.backlog) out.push(`tcp: ${l.queue.length} queued on ${l.port}`);
  for (const c of tcp.connections.values()) {
    const held = c.outOfOrder.bytes;
    if (c.outOfOrder.pieces.length > TCP_OUT_OF_ORDER_PIECES) out.push(`tcp: ${c.outOfOrder.pieces.length} pieces held`);
    if (held + c.receiveBuffer.length > c.receiveBuffer.capacity) out.push(`tcp: ${held} bytes held beyond the buffer`);
  }
  return out;
}

export function fuzzTcp(options: TcpFuzzOptions): TcpFuzzResult {
  const r = rng(options.seed);
  const sw = new VirtualSwitch();
  const host = sw.port();
  const peer = new TcpHost(options.seed);
  host.onReceive = (f) => {
    const e = EthernetView.of(f);
    // The machine only ever asks for the peer's address (its ARP entry expires in the long waits).
    if (e?.etherType === ETHERTYPE_ARP) host.send(ethernetFrame(MY_MAC, HOST_MAC, ETHERTYPE_ARP, arpPacket(ARP_REPLY, HOST_MAC, HOST, MY_MAC, ME)));
    const p = e?.etherType === ETHERTYPE_IPV4 ? Ipv4View.parse(e.payload) : null;
    if (p instanceof Ipv4View && p.protocol === IP_PROTO_TCP && p.destination === HOST) peer.receive(p.source, HOST, p.payload);
  };
  const virtio = [new VirtioRng(options.seed), new VirtioNet(MY_MAC, sw.port())];
  const system = createSystem({ bootfs: standardBootfs(), virtio });
  system.runUntilWaitingForInput();
  const k = system.kernel!;
  const net = k.net!;
  peer.clock = () => k.uptimeMs();
  const listener = net.tcp.listen(PORT, BACKLOG)!;
  const faultsBefore = k.stats.kernelFaults;
  let [kernelFaults, segments, reconnects, id, sackRanges] = [0, 0, 0, 0, 0];
  const growth = new Set<string>();
  const guard = (fn: () => void) => {
    try {
      fn();
    } catch {
      kernelFaults++;
    }
  };
  const send = (tcp: Uint8Array) => {
    const packet = ipv4Packet({ source: HOST, destination: ME, protocol: IP_PROTO_TCP, id: id++ & 0xffff, ttl: 64 }, tcp);
    guard(() => host.send(ethernetFrame(MY_MAC, HOST_MAC, ETHERTYPE_IPV4, packet)));
  };
  const step = (ms: number) => {
    guard(() => system.runFor(ms));
    peer.tick();
    for (const o of peer.drain()) send(o.bytes);
  };
  host.send(ethernetFrame(MY_MAC, HOST_MAC, ETHERTYPE_ARP, arpPacket(ARP_REQUEST, HOST_MAC, HOST, new Uint8Array(6), ME)));
  step(5);
  let target: Target | null = null;
  let server = null as TcpConnection | null; // set by accept(), which TypeScript does not follow
  let waited = 0;
  /** A fresh connection from the peer to the machine's listener. */
  const connect = (): Target => {
    target?.peer.abort();
    if (server !== null && server.state !== "CLOSED") guard(() => server?.abort());
    server = null;
    const c = peer.connect(HOST, ME, PORT)!;
    const key = [...peer.connections].find(([, v]) => v === c)![0];
    waited = 0;
    return { peer: c, port: Number(key.split("/")[0]) };
  };
  /** The machine takes its connections off the listener: ours is kept, the fuzz's are reset. */
  const accept = () => {
    for (let c = listener.accept(); c !== null; c = listener.accept()) {
      if (target !== null && c.irs === target.peer.iss) server = c;
      else c.abort();
    }
  };
  /** Both ends write, read, and now and then drain what they hold. */
  const traffic = () => {
    if (target === null || server === null) return;
    if (target.peer.state === "ESTABLISHED") target.peer.write(Uint8Array.from({ length: r(3000) }, () => r(256)));
    target.peer.read(1 << 20);
    if ((server.state === "ESTABLISHED" || server.state === "CLOSE_WAIT") && r(2) === 0) server.write(Uint8Array.from({ length: r(2000) }, () => r(256)));
    server.read(r(4) === 0 ? 100 : 1 << 20);
  };
  while (segments < options.count) {
    accept();
    const dead = target === null || target.peer.state === "CLOSED" || server?.state === "CLOSED";
    if (dead || (server === null && ++waited > 50)) {
      if (target !== null) reconnects++;
      target = connect();
    }
    guard(traffic);
    net.tcpFlush(k);
    const batch = Math.min(1 + r(16), options.count - segments);
    for (let i = 0; i < batch; i++) send(hostileSegment(r, target));
    segments += batch;
    step(r(40) === 0 ? 3000 : 2);
    sackRanges = Math.max(sackRanges, server?.scoreboard.ranges.length ?? 0);
    for (const g of overBounds(net.tcp)) growth.add(g);
    if (k.panicMessage !== null) break;
  }
  if (k.panicMessage !== null) kernelFaults++;
  step(130_000); // every timer runs out: retransmissions give up, TIME_WAIT ends
  for (const g of overBounds(net.tcp)) growth.add(g);
  kernelFaults += k.stats.kernelFaults - faultsBefore;
  return { segments, kernelFaults, growth: [...growth], alive: carries(), reconnects, sackRanges, counters: net.counters };

  /** A fresh connection carries 20 000 bytes each way, intact. */
  function carries(): boolean {
    target = connect();
    const [up, down] = [Uint8Array.from({ length: 20_000 }, (_, i) => i * 7), Uint8Array.from({ length: 20_000 }, (_, i) => i * 3)];
    const [gotUp, gotDown]: number[][] = [[], []];
    let [sentUp, sentDown] = [0, 0];
    for (let turn = 0; turn < 400 && (gotUp.length < up.length || gotDown.length < down.length); turn++) {
      accept();
      if (target.peer.state === "ESTABLISHED") sentUp += Math.max(0, target.peer.write(up.subarray(sentUp)));
      gotDown.push(...target.peer.read(1 << 20));
      if (server !== null) {
        if (server.state === "ESTABLISHED") sentDown += Math.max(0, server.write(down.subarray(sentDown)));
        gotUp.push(...server.read(1 << 20));
        net.tcpFlush(k);
      }
      step(5);
    }
    return Buffer.compare(Uint8Array.from(gotUp), up) === 0 && Buffer.compare(Uint8Array.from(gotDown), down) === 0;
  }
}
