// chapter: 31-udp-sockets
// UDP packet by packet (the view, the pseudo-header checksum, port unreachable, bounded queues),
// the socket system calls through two C programs on two machines, and the shell's Ping.
import { afterAll, describe, expect, it } from "vitest";
import { VirtualSwitch } from "../../../src/emulator/net/switch.ts";
import { UDP_QUEUE_DATAGRAMS, UdpSocket } from "../../../src/kernel/net/udp.ts";
import { ipParse } from "../../../src/kernel/net/wire/address.ts";
import { ARP_REPLY, arpPacket } from "../../../src/kernel/net/wire/arp.ts";
import { ETHERTYPE_ARP, ETHERTYPE_IPV4, EthernetView, ethernetFrame } from "../../../src/kernel/net/wire/ethernet.ts";
import { ICMP_UNREACHABLE, ICMP_UNREACHABLE_PORT, IcmpView } from "../../../src/kernel/net/wire/icmp.ts";
import { IP_PROTO_UDP, Ipv4View, ipv4Packet } from "../../../src/kernel/net/wire/ipv4.ts";
import { UdpView, udpDatagram } from "../../../src/kernel/net/wire/udp.ts";
import { expectCleanCaptures, HOST_MAC, netLab, netMachine, runTogether } from "./lab.ts";

const HOST = ipParse("10.0.2.2")!;
const ME = ipParse("10.0.2.15")!;

function lab() {
  const l = netLab();
  l.inject(ethernetFrame(l.device.mac, HOST_MAC, ETHERTYPE_ARP, arpPacket(ARP_REPLY, HOST_MAC, HOST, l.device.mac, ME)));
  l.heard.length = 0;
  const sendUdp = (port: number, data: Uint8Array, datagram = udpDatagram(HOST, ME, 5353, port, data)) =>
    l.inject(ethernetFrame(l.device.mac, HOST_MAC, ETHERTYPE_IPV4, ipv4Packet({ source: HOST, destination: ME, protocol: IP_PROTO_UDP, id: 1, ttl: 64 }, datagram)));
  const ipHeard = () =>
    l.heard.map((f) => EthernetView.of(f)!).filter((e) => e.etherType === ETHERTYPE_IPV4).map((e) => Ipv4View.parse(e.payload) as Ipv4View);
  /** A socket made as socket_udp makes one, bound to `port`. */
  const socket = (port: number) => {
    const net = l.k.net!;
    const s = new UdpSocket(net);
    net.udpSockets++;
    net.udpBind(s, port);
    return s;
  };
  return { ...l, sendUdp, ipHeard, socket };
}

// What ViperOS sent in these tests decodes in tshark: no malformed packet, no bad checksum.
afterAll(() => expectCleanCaptures((problems) => expect(problems).toEqual([])));

describe("the UDP view", () => {
  it("checks the length and the pseudo-header checksum, and sends 0xffff for a zero sum", () => {
    const d = udpDatagram(HOST, ME, 1000, 7, Uint8Array.of(1, 2, 3));
    const u = UdpView.parse(d, HOST, ME) as UdpView;
    expect([u.sourcePort, u.destinationPort, Array.from(u.data)]).toEqual([1000, 7, [1, 2, 3]]);
    expect(UdpView.parse(d, HOST, ME + 1)).toBe("bad checksum"); // delivered to the wrong host
    expect(UdpView.parse(d.subarray(0, 7), HOST, ME)).toBe("truncated");
    const long = d.slice();
    long[5] = 200;
    expect(UdpView.parse(long, HOST, ME)).toBe("bad length");
    const none = d.slice();
    none[6] = none[7] = 0; // no checksum computed by the sender: accepted
    expect(UdpView.parse(none, HOST, ME)).toBeInstanceOf(UdpView);
    // Search for data whose checksum computes to 0: it must go out as 0xffff and still check.
    for (let x = 0; x < 65536; x++) {
      const c = udpDatagram(HOST, ME, 1, 2, Uint8Array.of(x >> 8, x & 0xff));
      if (c[6] === 0xff && c[7] === 0xff) {
        expect(UdpView.parse(c, HOST, ME)).toBeInstanceOf(UdpView);
        return;
      }
    }
    throw new Error("no datagram with a zero checksum found");
  });
});

describe("UDP on a booted machine", () => {
  it("queues a datagram for a bound port, and answers port unreachable for a closed one", () => {
    const l = lab();
    const s = l.socket(5000);
    l.sendUdp(5000, Uint8Array.of(9, 8, 7));
    expect(s.queue.map((d) => [d.from, d.port, Array.from(d.data)])).toEqual([[HOST, 5353, [9, 8, 7]]]);
    l.sendUdp(5001, Uint8Array.of(1));
    const [err] = l.ipHeard().map((p) => IcmpView.of(p.payload)!);
    expect([err.type, err.code]).toEqual([ICMP_UNREACHABLE, ICMP_UNREACHABLE_PORT]);
  });

  it("drops, and counts, datagrams beyond a socket's queue", () => {
    const l = lab();
    const s = l.socket(5000);
    for (let i = 0; i < UDP_QUEUE_DATAGRAMS + 5; i++) l.sendUdp(5000, Uint8Array.of(i));
    expect(s.queue.length).toBe(UDP_QUEUE_DATAGRAMS);
    expect(l.k.net!.counters.get("udp: queue full")).toBe(5);
  });

  it("sends from an ephemeral port with a checksum the receiver accepts", () => {
    const l = lab();
    const net = l.k.net!;
    const s = new UdpSocket(net);
    net.udpSockets++;
    net.udpSend(l.k, s, HOST, 9, Uint8Array.of(4, 5));
    const [p] = l.ipHeard();
    const u = UdpView.parse(p.payload, p.source, p.destination) as UdpView;
    expect(u.sourcePort).toBeGreaterThanOrEqual(49152);
    expect([u.destinationPort, Array.from(u.data)]).toEqual([9, [4, 5]]);
    expect(net.udpPorts.get(u.sourcePort)).toBe(s);
  });
});

describe("two machines exchange UDP through the system calls", () => {
  it("an echo server and its client, in C", () => {
    const sw = new VirtualSwitch();
    const server = netMachine(sw, 1, "ip=10.0.2.16/24 init=/tests/kt_udpecho");
    const client = netMachine(sw, 0, "init=/tests/kt_udpsend");
    const done = () => server.system.transcript.includes("a short wait") && client.system.transcript.includes("datagram 3");
    expect(runTogether([server, client], done, 400, 10)).toBe(true);
    const lines = (t: string, prefix: string) => t.split(/\r?\n/).filter((l) => l.startsWith(prefix));
    expect(lines(server.system.transcript, "udpecho:")).toEqual([
      "udpecho: socket made, bind 7",
      "udpecho: port 7 again: -5; rebind: -2",
      "udpecho: nothing queued, no wait: -300",
      "udpecho: 10 bytes from 10.0.2.15:ephemeral",
      "udpecho: 10 bytes from 10.0.2.15:ephemeral",
      "udpecho: 10 bytes from 10.0.2.15:ephemeral",
      "udpecho: a short wait: -9",
    ]);
    expect(lines(client.system.transcript, "udpsend:")).toEqual([
      "udpsend: ping answered",
      "udpsend: echo from port 7: datagram 1",
      "udpsend: echo from port 7: datagram 2",
      "udpsend: echo from port 7: datagram 3",
    ]);
    // Both programs closed their sockets: every port is free again.
    expect(server.k.net!.udpPorts.size + client.k.net!.udpPorts.size).toBe(0);
    expect(server.k.net!.udpSockets + client.k.net!.udpSockets).toBe(0);
  });

  it("the shell's Ping reaches the other machine, and reports a machine that is not there", () => {
    const sw = new VirtualSwitch();
    const a = netMachine(sw, 0);
    const b = netMachine(sw, 1, "ip=10.0.2.16/24");
    const type = (line: string, until: string) => {
      const from = a.system.transcript.length;
      a.system.uart.input(`${line}\n`);
      expect(runTogether([a, b], () => a.system.transcript.slice(from).includes(until), 2000, 10)).toBe(true);
      return a.system.transcript.slice(from).split(/\r?\n/).filter((l) => /^(PING|64 bytes|no reply|---)/.test(l));
    };
    const ok = type("Ping 10.0.2.16 2", "--- 10.0.2.16");
    expect(ok[0]).toBe("PING 10.0.2.16: 56 data bytes");
    expect(ok[1]).toMatch(/^64 bytes from 10\.0\.2\.16: seq=1 time=\d+ ms$/);
    expect(ok[3]).toBe("--- 10.0.2.16: 2 sent, 2 received, 0% lost");
    const lost = type("Ping 10.0.2.99 1", "--- 10.0.2.99");
    expect(lost.at(-1)).toBe("--- 10.0.2.99: 1 sent, 0 received, 100% lost");
  });

  it("IfConfig shows the interface, NetStat the neighbour ping found", () => {
    const sw = new VirtualSwitch();
    const a = netMachine(sw, 0, "ip=10.0.2.15/24 gw=10.0.2.1");
    const b = netMachine(sw, 1, "ip=10.0.2.16/24");
    const run = (line: string, until: RegExp) => {
      const from = a.system.transcript.length;
      a.system.uart.input(`${line}\n`);
      expect(runTogether([a, b], () => until.test(a.system.transcript.slice(from)), 2000, 10)).toBe(true);
      return a.system.transcript.slice(from).split(/\r?\n/).slice(1, -1);
    };
    run("Ping 10.0.2.16 1", /--- 10\.0\.2\.16/);
    const ifconfig = run("IfConfig", /tx \d+ frames[\s\S]*> $/);
    expect(ifconfig.slice(0, 2)).toEqual(["eth0  52:54:00:12:34:56  link up", "      inet 10.0.2.15/24  gateway 10.0.2.1  dns 10.0.2.3"]);
    expect(ifconfig[2]).toMatch(/^ {6}rx [1-9]\d* frames \d+ bytes 0 dropped$/);
    const netstat = run("NetStat", /eth0: rx[\s\S]*> $/);
    expect(netstat[0]).toBe("ARP cache: 1 entry");
    expect(netstat[1]).toMatch(/^ {2}10\.0\.2\.16 {2}52:54:00:12:34:57 {2}(29\d|300) s$/);
    expect(netstat[2]).toBe("UDP sockets: 0");
  });
});
