// chapter: 32-dns-dhcp
// DNS and DHCP packet by packet (names, compression pointers and their limits, DHCP options),
// the resolver against a port the test holds (random ids and ports, answers it must not believe,
// the cache), and whole machines against the lab host: DHCP with renewal, Resolve, ping by name;
// UDP sockets in poll sets.
import { afterAll, describe, expect, it } from "vitest";
import { LabHost, type LabMachine, labNetwork } from "../../../src/emulator/net/lab-host.ts";
import { VirtualSwitch } from "../../../src/emulator/net/switch.ts";
import { CapSpace, HandleTable } from "../../../src/kernel/cap/table.ts";
import { Kind, Rights } from "../../../src/kernel/cap/rights.ts";
import { POLL_NETWORK_RX, type PollSet, pollAdd, pollCreate, pollScan } from "../../../src/kernel/ipc/poll.ts";
import { Status } from "../../../src/kernel/lib/status.ts";
import type { DnsLookup } from "../../../src/kernel/net/dns.ts";
import { UdpSocket } from "../../../src/kernel/net/udp.ts";
import { ipParse } from "../../../src/kernel/net/wire/address.ts";
import { ARP_REPLY, arpPacket } from "../../../src/kernel/net/wire/arp.ts";
import { DHCP_COOKIE, DHCP_DISCOVER, DhcpView, dhcpMessage } from "../../../src/kernel/net/wire/dhcp.ts";
import { DnsMessage, dnsEncodeName, dnsQuery, dnsReadName } from "../../../src/kernel/net/wire/dns.ts";
import { ETHERTYPE_ARP, ETHERTYPE_IPV4, EthernetView, ethernetFrame } from "../../../src/kernel/net/wire/ethernet.ts";
import { IP_PROTO_UDP, Ipv4View, ipv4Packet } from "../../../src/kernel/net/wire/ipv4.ts";
import { UdpView, udpDatagram } from "../../../src/kernel/net/wire/udp.ts";
import { capture, expectCleanCaptures, HOST_MAC, type NetMachine, netLab, netMachine, runTogether } from "./lab.ts";

const SERVER = ipParse("10.0.2.2")!;
const ME = ipParse("10.0.2.15")!;

afterAll(() => expectCleanCaptures((problems) => expect(problems).toEqual([])));

const bytes = (...parts: (number | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "number" ? [p] : Array.from(p, (c) => c.charCodeAt(0)))));

/** A response to `query` with `answers` (raw record bytes) and the flags given. */
function response(query: Uint8Array, answers: Uint8Array[], flags = 0x8180, count = answers.length): Uint8Array {
  const r = new Uint8Array(query.length + answers.reduce((n, a) => n + a.length, 0));
  r.set(query);
  r[2] = flags >> 8;
  r[3] = flags & 0xff;
  r[7] = count;
  let at = query.length;
  for (const a of answers) {
    r.set(a, at);
    at += a.length;
  }
  return r;
}
const A = (owner: number[], ip: number[], ttl = 60) => Uint8Array.of(...owner, 0, 1, 0, 1, 0, 0, ttl >> 8, ttl & 255, 0, 4, ...ip);

describe("DNS names and messages", () => {
  it("encodes host names as labels and refuses what is not one", () => {
    expect(Array.from(dnsEncodeName("lab.viper")!)).toEqual(Array.from(bytes(3, "lab", 5, "viper", 0)));
    expect(dnsEncodeName("lab.viper.")).toEqual(dnsEncodeName("lab.viper"));
    for (const bad of ["", "a..b", "x".repeat(64), `${"abcdefg.".repeat(32)}x`, "sp ace", "a/b"]) {
      expect(dnsEncodeName(bad)).toBeNull();
    }
    const q = dnsQuery(0x1234, dnsEncodeName("a.b")!);
    expect(Array.from(q.subarray(0, 6))).toEqual([0x12, 0x34, 0x01, 0x00, 0, 1]);
  });

  it("follows compression pointers backwards, and refuses loops, forward jumps and overlong names", () => {
    const msg = bytes(3, "LAB", 5, "viper", 0, 3, "www", 0xc0, 0);
    expect(dnsReadName(msg, 11)).toEqual({ name: "www.lab.viper", next: 17 });
    expect(dnsReadName(bytes(0xc0, 0), 0)).toBe("pointer loop"); // points at itself
    expect(dnsReadName(bytes(0xc0, 2, 0), 0)).toBe("pointer loop"); // forwards
    // Two pointers that point at each other's labels: each goes backwards, the second not far enough.
    expect(dnsReadName(bytes(1, "a", 0xc0, 0, 1, "b", 0xc0, 2), 4)).toBe("pointer loop");
    expect(dnsReadName(bytes(3, "ab"), 0)).toBe("name too long");
    expect(dnsReadName(bytes(0xc0), 0)).toBe("pointer runs off the end");
    expect(dnsReadName(bytes(64), 0)).toBe("bad label");
    // 255 bytes at most, however the pointers assemble them.
    // Four names of 63-byte labels, each a label and a pointer to the one before: the fourth is 257.
    const label = (c: number) => [63, ...new Array(63).fill(c)];
    const chain = [...label(0x61), 0, ...label(0x62), 0xc0, 0, ...label(0x63), 0xc0, 65, ...label(0x64), 0xc0, 131];
    expect((dnsReadName(Uint8Array.from(chain), 131) as { name: string }).name.length).toBe(191);
    expect(dnsReadName(Uint8Array.from(chain), 197)).toBe("name too long");
  });

  it("reads answers: addresses, aliases through pointers, TTLs with the top bit set as 0", () => {
    const q = dnsQuery(7, dnsEncodeName("www.viper")!);
    const cname = Uint8Array.of(0xc0, 12, 0, 5, 0, 1, 0, 0, 0, 60, 0, 6, 3, ...bytes("lab"), 0xc0, 16);
    const m = DnsMessage.parse(response(q, [cname, A([0xc0, q.length + 12], [10, 0, 2, 2], 0)], 0x8180)) as DnsMessage;
    expect(m.question).toBe("www.viper");
    expect(m.answers).toEqual([
      { name: "www.viper", ttl: 60, address: null, target: "lab.viper" },
      { name: "lab.viper", ttl: 0, address: SERVER, target: null },
    ]);
    const top = A([0xc0, 12], [1, 2, 3, 4]);
    top[6] = 0x80;
    expect((DnsMessage.parse(response(q, [top])) as DnsMessage).answers[0].ttl).toBe(0);
    expect(DnsMessage.parse(response(q, [A([0xc0, 12], [1, 2, 3, 4])], 0x8180, 2))).toBe("name runs off the end");
    expect(DnsMessage.parse(q.subarray(0, 11))).toBe("truncated");
  });
});

describe("DHCP messages", () => {
  it("sends the fixed part, the cookie and the options, padded to 300 bytes", () => {
    const mac = Uint8Array.of(2, 0, 0, 0, 0, 1);
    const m = dhcpMessage({ type: DHCP_DISCOVER, xid: 0xdeadbeef, mac, clientIp: 0, requested: ME, server: SERVER, broadcast: true });
    expect(m.length).toBe(300);
    expect(Array.from(m.subarray(0, 12))).toEqual([1, 1, 6, 0, 0xde, 0xad, 0xbe, 0xef, 0, 0, 0x80, 0]);
    expect(Array.from(m.subarray(28, 34))).toEqual(Array.from(mac));
    expect(Array.from(m.subarray(240, 243))).toEqual([53, 1, 1]);
    expect(Array.from(m.subarray(251, 263))).toEqual([50, 4, 10, 0, 2, 15, 54, 4, 10, 0, 2, 2]);
  });

  it("reads a reply's options once and refuses one that runs off the end", () => {
    const reply = dhcpMessage({ type: 2, xid: 1, mac: new Uint8Array(6), clientIp: 0, requested: 0, server: SERVER, broadcast: false });
    reply[0] = 2;
    const v = DhcpView.parse(reply) as DhcpView;
    expect([v.type, v.word(54, 0), v.word(51, 99)]).toEqual([2, SERVER, 99]);
    const bad = reply.slice(0, 244);
    bad.set([53, 9], 240);
    expect(DhcpView.parse(bad)).toBe("option runs off the end");
    const cookie = reply.slice();
    cookie[239] ^= 1;
    expect(DhcpView.parse(cookie)).toBe("not a DHCP reply");
    expect(DHCP_COOKIE).toBe(0x63825363);
  });
});

/** A machine with its DNS server at the port the test holds, which answers ARP for it. */
function resolverLab() {
  const l = netLab("dns=10.0.2.2");
  l.inject(ethernetFrame(l.device.mac, HOST_MAC, ETHERTYPE_ARP, arpPacket(ARP_REPLY, HOST_MAC, SERVER, l.device.mac, ME)));
  l.heard.length = 0;
  /** The DNS queries the machine sent since the last call: their source port and message. */
  const queries = () => {
    const out = l.heard
      .map((f) => EthernetView.of(f)!)
      .filter((e) => e.etherType === ETHERTYPE_IPV4)
      .map((e) => Ipv4View.parse(e.payload) as Ipv4View)
      .map((p) => UdpView.parse(p.payload, p.source, p.destination) as UdpView)
      .filter((u) => u.destinationPort === 53)
      .map((u) => ({ port: u.sourcePort, query: u.data.slice() }));
    l.heard.length = 0;
    return out;
  };
  const answer = (port: number, data: Uint8Array, from = SERVER, sourcePort = 53) =>
    l.inject(
      ethernetFrame(l.device.mac, HOST_MAC, ETHERTYPE_IPV4, ipv4Packet({ source: from, destination: ME, protocol: IP_PROTO_UDP, id: 9, ttl: 64 }, udpDatagram(from, ME, sourcePort, port, data))),
    );
  const start = (name: string) => l.k.net!.dns.start(l.k, name) as DnsLookup;
  return { ...l, queries, answer, start };
}

describe("the resolver", () => {
  it("asks from a random port with a random id, and believes only the server's answer to its question", () => {
    const l = resolverLab();
    const first = l.start("lab.viper");
    const second = l.start("other.viper");
    l.system.runFor(2);
    const [a, b] = l.queries();
    expect(a.port).toBeGreaterThanOrEqual(49152);
    expect(a.port).not.toBe(b.port);
    expect(first.id).not.toBe(second.id);
    expect(Array.from(a.query.subarray(0, 2))).toEqual([first.id >> 8, first.id & 255]);
    const good = response(a.query, [A([0xc0, 12], [10, 0, 2, 2])]);
    const wrongId = good.slice();
    wrongId[1] ^= 1;
    l.answer(a.port, wrongId);
    l.answer(a.port, good, SERVER, 5353); // from another port of the server
    l.answer(a.port, good, ipParse("10.0.2.3")!); // from another host
    l.answer(a.port, response(a.query, [Uint8Array.of(0xc0, a.query.length)])); // an owner that points at itself
    expect(first.result).toBeNull();
    const c = l.k.net!.counters;
    expect([c.get("dns: answers to other questions"), c.get("dns: answers from strangers"), c.get("dns: pointer loop")]).toEqual([1, 2, 1]);
    l.answer(a.port, good);
    expect(first.result).toEqual({ address: SERVER });
    expect(l.k.net!.udpPorts.has(a.port)).toBe(false); // the lookup's port is free again
  });

  it("follows a CNAME to a second query when the server stops at the alias, and caches both", () => {
    const l = resolverLab();
    const lookup = l.start("www.viper");
    l.system.runFor(2);
    const [q1] = l.queries();
    l.answer(q1.port, response(q1.query, [Uint8Array.of(0xc0, 12, 0, 5, 0, 1, 0, 0, 0, 60, 0, 6, 3, ...bytes("lab"), 0xc0, 16)]));
    l.system.runFor(2);
    const [q2] = l.queries();
    expect((DnsMessage.parse(response(q2.query, [])) as DnsMessage).question).toBe("lab.viper");
    l.answer(q2.port, response(q2.query, [A([0xc0, 12], [10, 0, 2, 2])]));
    expect(lookup.result).toEqual({ address: SERVER });
    expect(l.start("WWW.viper").result).toEqual({ address: SERVER }); // from the cache: no query
    l.system.runFor(61_000);
    expect(l.queries()).toEqual([]);
    expect(l.start("www.viper").result).toBeNull(); // the TTL ran out: asked again
  });

  it("says NOT_FOUND for NXDOMAIN, TIMEOUT after three unanswered tries, and reads dotted quads itself", () => {
    const l = resolverLab();
    const missing = l.start("nope.viper");
    l.system.runFor(2);
    const [q] = l.queries();
    l.answer(q.port, response(q.query, [], 0x8183));
    expect(missing.result).toEqual({ error: Status.NOT_FOUND });
    const silent = l.start("quiet.viper");
    l.system.runFor(8000);
    expect(l.queries().length).toBe(3);
    expect(silent.result).toEqual({ error: Status.TIMEOUT });
    expect(l.start("10.1.2.3").result).toEqual({ address: ipParse("10.1.2.3") });
    expect(l.k.net!.dns.start(l.k, "bad..name")).toBe(Status.INVALID_ARG);
  });
});

const ALPHA: LabMachine = { name: "alpha.viper", mac: Uint8Array.of(0x52, 0x54, 0x00, 0x12, 0x34, 0x56), ip: ipParse("10.0.2.15")! };
const BETA: LabMachine = { name: "beta.viper", mac: Uint8Array.of(0x52, 0x54, 0x00, 0x12, 0x34, 0x57), ip: ipParse("10.0.2.16")! };

/** Types `line` into `m`'s shell and runs everything until `until` appears; the lines it printed. */
function shell(machines: NetMachine[], m: NetMachine, line: string, until: RegExp): string[] {
  const from = m.system.transcript.length;
  m.system.uart.input(`${line}\n`);
  expect(runTogether(machines, () => until.test(m.system.transcript.slice(from)), 3000, 10)).toBe(true);
  return m.system.transcript.slice(from).split(/\r?\n/).slice(1, -1);
}

describe("machines on the lab network", () => {
  it("configure themselves by DHCP and renew the lease at T1", () => {
    const sw = new VirtualSwitch();
    const host = new LabHost(sw.port(), labNetwork([ALPHA], 20));
    const a = netMachine(sw, 0, "ip=dhcp", capture(sw));
    expect(runTogether([a], () => a.k.net!.dhcp!.state === "BOUND", 200, 10)).toBe(true);
    expect(a.k.net!.config).toEqual({ ip: ALPHA.ip, prefix: 24, gateway: SERVER, dns: SERVER });
    expect(a.system.transcript).toContain("dhcp: 10.0.2.15/24, gateway 10.0.2.2, dns 10.0.2.2, lease 20 s");
    expect(host.events).toEqual(["DISCOVER → OFFER", "REQUEST → ACK"]);
    a.system.runFor(11_000); // past T1 = 10 s
    expect(host.events).toEqual(["DISCOVER → OFFER", "REQUEST → ACK", "REQUEST renewing → ACK"]);
    expect(a.k.net!.dhcp!.state).toBe("BOUND");
    expect(a.k.net!.dhcp!.lease!.end).toBeGreaterThan(a.k.uptimeMs() + 15_000);
  });

  it("resolve names through the lab host, and two machines ping each other by name", () => {
    const sw = new VirtualSwitch();
    const host = new LabHost(sw.port(), labNetwork([ALPHA, BETA]));
    const a = netMachine(sw, 0, "ip=dhcp", capture(sw));
    const b = netMachine(sw, 1, "ip=dhcp", capture(sw));
    expect(runTogether([a, b], () => a.k.net!.dhcp!.state === "BOUND" && b.k.net!.dhcp!.state === "BOUND", 300, 10)).toBe(true);
    expect(shell([a, b], a, "Resolve www.viper", /SYS:> $/)).toEqual(["www.viper is 10.0.2.2"]);
    expect(shell([a, b], a, "Resolve nope.viper", /SYS:> $/)[0]).toMatch(/^Resolve: cannot resolve nope\.viper: /);
    const asked = host.counts.dns;
    expect(shell([a, b], a, "Resolve www.viper", /SYS:> $/)).toEqual(["www.viper is 10.0.2.2"]);
    expect(host.counts.dns).toBe(asked); // cached
    const ping = shell([a, b], a, "Ping beta.viper 2", /--- beta\.viper/).filter((x) => /^(64 bytes|---)/.test(x));
    expect(ping.map((x) => x.replace(/time=\d+/, "time=T"))).toEqual([
      "64 bytes from beta.viper: seq=1 time=T ms",
      "64 bytes from beta.viper: seq=2 time=T ms",
      "--- beta.viper: 2 sent, 2 received, 0% lost",
    ]);
    const back = shell([a, b], b, "Ping alpha.viper 1", /--- alpha\.viper/).filter((x) => /^---/.test(x));
    expect(back).toEqual(["--- alpha.viper: 1 sent, 1 received, 0% lost"]);
    // Twice: the second run's replies carry the same identifier and sequence as the first's.
    for (let i = 0; i < 2; i++) {
      const lab = shell([a, b], b, "Ping lab.viper 1", /--- lab\.viper/).filter((x) => /^---/.test(x));
      expect(lab).toEqual(["--- lab.viper: 1 sent, 1 received, 0% lost"]);
    }
    expect(host.counts.pings).toBe(2);
  });
});

describe("UDP sockets in poll sets", () => {
  it("are ready with NETWORK_RX when a datagram is queued, with READ only", () => {
    const l = resolverLab();
    const net = l.k.net!;
    const s = new UdpSocket(net);
    net.udpSockets++;
    net.udpBind(s, 7000);
    const table = new HandleTable(new CapSpace());
    const set = pollCreate(table);
    const h = table.insert(s, Rights.READ);
    const sendOnly = table.insert(s, Rights.WRITE);
    const none = () => null;
    expect(pollAdd(table, set, sendOnly, POLL_NETWORK_RX, none)).toBe(Status.PERMISSION);
    expect(pollAdd(table, set, h, 1, none)).toBe(Status.INVALID_ARG);
    expect(pollAdd(table, set, h, POLL_NETWORK_RX, none)).toBe(Status.OK);
    const poll = table.lookup(set, Kind.Poll, 0);
    const ps = (typeof poll === "number" ? null : poll.object) as PollSet;
    expect(pollScan(ps, 16, none)).toEqual({ events: [], queues: [s.waiters] });
    l.answer(7000, Uint8Array.of(1, 2, 3));
    expect(pollScan(ps, 16, none).events).toEqual([{ handle: h, requested: POLL_NETWORK_RX, triggered: POLL_NETWORK_RX }]);
  });
});
