// chapter: 30-ipv4-icmp
// IPv4 and ICMP packet by packet: the checksum, the views, echo, errors, reassembly and its limits,
// fragmentation on send; and two ViperOS machines on one switch that ping each other.
import { afterAll, describe, expect, it } from "vitest";
import { VirtualSwitch } from "../../../src/emulator/net/switch.ts";
import {
  REASSEMBLY_DATAGRAMS,
  REASSEMBLY_PIECES,
  REASSEMBLY_TIMEOUT_MS,
  Reassembly,
} from "../../../src/kernel/net/reassembly.ts";
import { ipParse } from "../../../src/kernel/net/wire/address.ts";
import { ARP_REPLY, arpPacket } from "../../../src/kernel/net/wire/arp.ts";
import { internetChecksum } from "../../../src/kernel/net/wire/checksum.ts";
import { ETHERTYPE_ARP, ETHERTYPE_IPV4, EthernetView, ethernetFrame } from "../../../src/kernel/net/wire/ethernet.ts";
import {
  ICMP_ECHO_REPLY,
  ICMP_ECHO_REQUEST,
  ICMP_UNREACHABLE,
  ICMP_UNREACHABLE_PROTOCOL,
  IcmpView,
  icmpMessage,
} from "../../../src/kernel/net/wire/icmp.ts";
import { IP_PROTO_ICMP, type Ipv4Header, Ipv4View, ipv4Packet } from "../../../src/kernel/net/wire/ipv4.ts";
import { expectCleanCaptures, HOST_MAC, netLab, netMachine, runTogether } from "./lab.ts";

const HOST = ipParse("10.0.2.2")!;
const ME = ipParse("10.0.2.15")!;
const header = (h: Partial<Ipv4Header> = {}): Ipv4Header => ({
  source: HOST,
  destination: ME,
  protocol: IP_PROTO_ICMP,
  id: 7,
  ttl: 64,
  ...h,
});

/** A lab whose machine already knows the host's MAC, so its replies go out at once. */
function lab() {
  const l = netLab();
  l.inject(ethernetFrame(l.device.mac, HOST_MAC, ETHERTYPE_ARP, arpPacket(ARP_REPLY, HOST_MAC, HOST, l.device.mac, ME)));
  l.heard.length = 0;
  const sendIp = (h: Partial<Ipv4Header>, payload: Uint8Array) =>
    l.inject(ethernetFrame(l.device.mac, HOST_MAC, ETHERTYPE_IPV4, ipv4Packet(header(h), payload)));
  const icmpHeard = () =>
    l.heard
      .map((f) => EthernetView.of(f)!)
      .filter((e) => e.etherType === ETHERTYPE_IPV4)
      .map((e) => Ipv4View.parse(e.payload) as Ipv4View)
      .map((p) => IcmpView.of(p.payload)!);
  return { ...l, sendIp, icmpHeard };
}

// What ViperOS sent in these tests decodes in tshark: no malformed packet, no bad checksum.
afterAll(() => expectCleanCaptures((problems) => expect(problems).toEqual([])));

describe("the internet checksum", () => {
  it("matches RFC 1071's example and checks to zero over a correct header", () => {
    // RFC 1071 §3: the words 0001 f203 f4f5 f6f7 sum to ddf2 (ones' complement), so the checksum is 220d.
    expect(internetChecksum(Uint8Array.of(0x00, 0x01, 0xf2, 0x03, 0xf4, 0xf5, 0xf6, 0xf7))).toBe(0x220d);
    const p = ipv4Packet(header(), new Uint8Array(3));
    expect(internetChecksum(p.subarray(0, 20))).toBe(0);
  });
});

describe("the IPv4 view", () => {
  it("says what is wrong with a bad header, and trims Ethernet padding", () => {
    const good = ipv4Packet(header(), Uint8Array.of(1, 2, 3, 4));
    const padded = new Uint8Array(46);
    padded.set(good);
    const v = Ipv4View.parse(padded) as Ipv4View;
    expect(v.payload).toEqual(Uint8Array.of(1, 2, 3, 4));
    const broken = (at: number, value: number) => {
      const b = good.slice();
      b[at] = value;
      return Ipv4View.parse(b);
    };
    expect(Ipv4View.parse(good.subarray(0, 19))).toBe("truncated");
    expect(broken(0, 0x65)).toBe("not version 4");
    expect(broken(0, 0x44)).toBe("bad header length");
    expect(broken(3, 200)).toBe("truncated");
    expect(broken(8, 63)).toBe("bad checksum");
  });
});

describe("ICMP on a booted machine", () => {
  it("answers an echo request with the same identifier, sequence and data", () => {
    const l = lab();
    l.sendIp({}, icmpMessage(ICMP_ECHO_REQUEST, 0, (0x1234 << 16) | 9, Uint8Array.of(5, 6, 7)));
    const [reply] = l.icmpHeard();
    expect([reply.type, reply.id, reply.sequence]).toEqual([ICMP_ECHO_REPLY, 0x1234, 9]);
    expect(reply.data).toEqual(Uint8Array.of(5, 6, 7));
  });

  it("does not answer an echo request sent to a broadcast address, nor a corrupt one", () => {
    const l = lab();
    l.sendIp({ destination: 0xffff_ffff }, icmpMessage(ICMP_ECHO_REQUEST, 0, 1, new Uint8Array(0)));
    const corrupt = icmpMessage(ICMP_ECHO_REQUEST, 0, 1, new Uint8Array(4));
    corrupt[9] ^= 1;
    l.sendIp({}, corrupt);
    expect(l.heard).toEqual([]);
    expect(l.k.net!.counters.get("icmp: broadcast echo ignored")).toBe(1);
    expect(l.k.net!.counters.get("icmp: malformed")).toBe(1);
  });

  it("says protocol unreachable for an unknown protocol, quoting the header and 8 bytes", () => {
    const l = lab();
    l.sendIp({ protocol: 99 }, new Uint8Array(12).fill(0xee));
    const [err] = l.icmpHeard();
    expect([err.type, err.code]).toEqual([ICMP_UNREACHABLE, ICMP_UNREACHABLE_PROTOCOL]);
    expect(err.data.length).toBe(28);
    expect(err.data[9]).toBe(99);
  });

  it("reassembles an echo request sent in fragments out of order, and answers it whole", () => {
    const l = lab();
    const data = Uint8Array.from({ length: 3000 }, (_, i) => i & 0xff);
    const msg = icmpMessage(ICMP_ECHO_REQUEST, 0, (1 << 16) | 2, data);
    const cuts = [0, 1480, 2960, msg.length];
    for (const i of [2, 0, 1]) {
      const more = i < 2;
      l.sendIp({ id: 99, fragmentOffset: cuts[i], moreFragments: more }, msg.subarray(cuts[i], cuts[i + 1]));
    }
    const net = l.k.net!;
    expect(net.counters.get("ip: datagrams reassembled")).toBe(1);
    // The reply is too long for one packet: it leaves in three fragments; put them back together.
    const r = new Reassembly();
    let whole: Uint8Array | null | string = null;
    for (const f of l.heard) whole = r.add(Ipv4View.parse(EthernetView.of(f)!.payload) as Ipv4View, 0) ?? whole;
    expect(l.heard.length).toBe(3);
    const reply = IcmpView.of(whole as Uint8Array)!;
    expect(reply.type).toBe(ICMP_ECHO_REPLY);
    expect(reply.data).toEqual(data);
  });
});

describe("reassembly's limits", () => {
  const frag = (id: number, offset: number, length: number, more: boolean) =>
    Ipv4View.parse(ipv4Packet(header({ id, fragmentOffset: offset, moreFragments: more }), new Uint8Array(length))) as Ipv4View;

  it("drops a datagram whose pieces overlap, or that has two ends, or too many pieces", () => {
    const r = new Reassembly();
    expect(r.add(frag(1, 0, 16, true), 0)).toBeNull();
    expect(r.add(frag(1, 8, 16, true), 0)).toBe("fragments: overlap");
    expect(r.partial.size).toBe(0);
    r.add(frag(2, 0, 8, false), 0);
    r.add(frag(3, 64, 8, false), 0);
    expect(r.add(frag(3, 80, 8, false), 0)).toBe("fragments: two ends");
    let last: unknown = null;
    for (let i = 0; i <= REASSEMBLY_PIECES; i++) last = r.add(frag(4, i * 16, 8, true), 0);
    expect(last).toBe("fragments: too many pieces");
  });

  it("holds at most its datagrams, and forgets them when their time is up", () => {
    const r = new Reassembly();
    for (let id = 0; id < REASSEMBLY_DATAGRAMS * 3; id++) r.add(frag(id, 0, 8, true), id);
    expect(r.partial.size).toBe(REASSEMBLY_DATAGRAMS);
    expect(r.expire(REASSEMBLY_TIMEOUT_MS + 100)).toBe(REASSEMBLY_DATAGRAMS);
    expect(r.partial.size).toBe(0);
  });

  it("times out a datagram on an idle machine", () => {
    const l = lab();
    l.sendIp({ id: 5, fragmentOffset: 0, moreFragments: true }, new Uint8Array(16));
    l.system.runFor(REASSEMBLY_TIMEOUT_MS + 1000);
    expect(l.k.net!.counters.get("fragments: timed out")).toBe(1);
    expect(l.k.net!.reassembly.partial.size).toBe(0);
  });
});

describe("identifications", () => {
  it("start where the entropy pool says, drawn with the first packet after it is seeded", () => {
    // Two machines whose entropy devices differ (netMachine seeds each by its index).
    const starts = [0, 1].map((i) => {
      const m = netMachine(new VirtualSwitch(), i, "ip=10.0.2.15/24");
      expect(m.k.net!.nextId).toBe(0); // boot sent no IPv4 packet: nothing drawn yet
      m.k.net!.ping(m.k, HOST, 1, 1, new Uint8Array(8));
      return m.k.net!.nextId;
    });
    expect(starts[0]).not.toBe(starts[1]);
    expect(starts).not.toContain(1); // not counted from 0
  });
});

describe("two machines on one switch", () => {
  it("ping each other", () => {
    const sw = new VirtualSwitch();
    const a = netMachine(sw, 0);
    const b = netMachine(sw, 1, "ip=10.0.2.16/24");
    const toB = a.k.net!.ping(a.k, ipParse("10.0.2.16")!, 0x77, 1, new Uint8Array(56));
    expect(runTogether([a, b], () => toB.replyMs !== null)).toBe(true);
    const toA = b.k.net!.ping(b.k, ME, 0x78, 1, new Uint8Array(56));
    expect(runTogether([a, b], () => toA.replyMs !== null)).toBe(true);
    expect(a.k.net!.counters.get("icmp: echo requests answered")).toBe(1);
    expect(b.k.net!.counters.get("icmp: echo requests answered")).toBe(1);
  });
});
