// chapter: 28-virtio-net
// The packet panel's parts: the decoder's summary line for each protocol of chapters 29–33 (and
// its refusals: truncated, malformed, looping frames are named, never thrown on), the worker's
// capture (each frame once, in a pcap file a reader can open), and the panel's bounded list.
import { describe, expect, it } from "vitest";
import { VirtualSwitch } from "../../src/emulator/net/switch.ts";
import { MAX_QUEUED, NetCapture } from "../../src/components/live/net-capture.ts";
import { summarize } from "../../src/components/live/packets.ts";
import { KEEP_ROWS, PacketModel } from "../../src/components/panels/packets.ts";

const A = [0x52, 0x54, 0x00, 0x12, 0x34, 0x56];
const B = [0x52, 0x54, 0x00, 0x12, 0x34, 0x57];
const ALL = [255, 255, 255, 255, 255, 255];
const ip = (s: string): number[] => s.split(".").map(Number);
const w16 = (n: number): number[] => [n >> 8, n & 255];
const w32 = (n: number): number[] => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];

function sum(b: number[]): number {
  let s = 0;
  for (let i = 0; i < b.length; i += 2) s += (b[i] << 8) | (b[i + 1] ?? 0);
  while (s > 0xffff) s = (s & 0xffff) + (s >>> 16);
  return ~s & 0xffff;
}

const ether = (dst: number[], src: number[], type: number, payload: number[]): Uint8Array => Uint8Array.from([...dst, ...src, ...w16(type), ...payload]);

function ipv4(src: string, dst: string, protocol: number, payload: number[], opts: { flags?: number; ttl?: number } = {}): number[] {
  const h = [0x45, 0, ...w16(20 + payload.length), 0x12, 0x34, ...w16(opts.flags ?? 0), opts.ttl ?? 64, protocol, 0, 0, ...ip(src), ...ip(dst)];
  const c = sum(h);
  h[10] = c >> 8;
  h[11] = c & 255;
  return [...h, ...payload];
}

const udp = (from: number, to: number, data: number[]): number[] => [...w16(from), ...w16(to), ...w16(8 + data.length), 0, 0, ...data];
const name = (n: string): number[] => [...n.split(".").flatMap((l) => [l.length, ...Array.from(l, (c) => c.charCodeAt(0))]), 0];

describe("the decoder's summary line", () => {
  it("reads ARP questions, answers and announcements", () => {
    const arp = (op: number, sender: string, target: string) => [0, 1, 8, 0, 6, 4, ...w16(op), ...A, ...ip(sender), 0, 0, 0, 0, 0, 0, ...ip(target)];
    expect(summarize(ether(ALL, A, 0x0806, arp(1, "10.0.2.15", "10.0.2.16")))).toEqual({
      source: "52:54:00:12:34:56",
      destination: "broadcast",
      protocol: "ARP",
      info: "Who has 10.0.2.16? Tell 10.0.2.15",
      length: 42,
    });
    expect(summarize(ether(B, A, 0x0806, arp(2, "10.0.2.15", "10.0.2.16"))).info).toBe("10.0.2.15 is at 52:54:00:12:34:56");
    expect(summarize(ether(ALL, A, 0x0806, arp(1, "10.0.2.15", "10.0.2.15"))).info).toBe("Gratuitous ARP for 10.0.2.15");
  });

  it("reads an echo request and reply with their addresses, and flags a bad IPv4 header checksum", () => {
    const echo = (type: number) => {
      const m = [type, 0, 0, 0, ...w16(0x77), ...w16(3), 1, 2, 3, 4];
      const c = sum(m);
      return [type, 0, c >> 8, c & 255, ...m.slice(4)];
    };
    const request = summarize(ether(B, A, 0x0800, ipv4("10.0.2.15", "10.0.2.16", 1, echo(8))));
    expect(request).toMatchObject({ source: "10.0.2.15", destination: "10.0.2.16", protocol: "ICMP" });
    expect(request.info).toBe("Echo (ping) request  id=0x0077, seq=3, ttl=64");
    expect(summarize(ether(A, B, 0x0800, ipv4("10.0.2.16", "10.0.2.15", 1, echo(0), { ttl: 63 }))).info).toBe("Echo (ping) reply    id=0x0077, seq=3, ttl=63");
    const broken = ether(B, A, 0x0800, ipv4("10.0.2.15", "10.0.2.16", 1, echo(8)));
    broken[14 + 10] ^= 1;
    expect(summarize(broken).info).toMatch(/\[bad header checksum\]$/);
    const unreachable = summarize(ether(A, B, 0x0800, ipv4("10.0.2.16", "10.0.2.15", 1, [3, 3, 0, 0, 0, 0, 0, 0])));
    expect(unreachable.info).toBe("Destination unreachable (port unreachable)");
  });

  it("names a fragment instead of decoding its transport header", () => {
    const f = summarize(ether(B, A, 0x0800, ipv4("10.0.2.15", "10.0.2.16", 17, new Array(24).fill(0), { flags: 0x2000 | 185 })));
    expect(f.protocol).toBe("IPv4");
    expect(f.info).toBe("Fragmented IP (UDP, id=0x1234, offset 1480, more, 24 bytes)");
  });

  it("reads UDP ports, DNS questions and answers through compression pointers, and refuses a pointer loop", () => {
    expect(summarize(ether(B, A, 0x0800, ipv4("10.0.2.15", "10.0.2.16", 17, udp(40000, 7, [1, 2, 3])))).info).toBe("40000 → 7 Len=3");
    const question = [...name("www.viper"), 0, 1, 0, 1];
    const query = [...w16(0xbeef), 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, ...question];
    const q = summarize(ether(B, A, 0x0800, ipv4("10.0.2.15", "10.0.2.2", 17, udp(51000, 53, query))));
    expect(q).toMatchObject({ protocol: "DNS", info: "Standard query 0xbeef A www.viper" });
    const target = name("lab.viper");
    const cnameAt = 12 + question.length;
    const answers = [0xc0, 12, 0, 5, 0, 1, 0, 0, 0, 60, ...w16(target.length), ...target, 0xc0, cnameAt + 12, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 10, 0, 2, 2];
    const response = [...w16(0xbeef), 0x85, 0x80, 0, 1, 0, 2, 0, 0, 0, 0, ...question, ...answers];
    const r = summarize(ether(A, B, 0x0800, ipv4("10.0.2.2", "10.0.2.15", 17, udp(53, 51000, response))));
    expect(r.info).toBe("Standard query response 0xbeef A www.viper CNAME lab.viper A 10.0.2.2");
    const nxdomain = [...w16(7), 0x85, 0x83, 0, 1, 0, 0, 0, 0, 0, 0, ...question];
    expect(summarize(ether(A, B, 0x0800, ipv4("10.0.2.2", "10.0.2.15", 17, udp(53, 51000, nxdomain)))).info).toBe("Standard query response 0x0007 No such name A www.viper");
    const loop = [...w16(9), 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0xc0, 12, 0, 1, 0, 1];
    expect(summarize(ether(B, A, 0x0800, ipv4("10.0.2.15", "10.0.2.2", 17, udp(51000, 53, loop)))).info).toBe("Standard query 0x0009 [malformed question]");
  });

  it("reads a DHCP message's type, transaction and offered address", () => {
    const message = (type: number, yours: string) => {
      const m = new Array(240).fill(0);
      m.splice(0, 3, type === 1 ? 1 : 2, 1, 6);
      m.splice(4, 4, ...w32(0xcafe0001));
      m.splice(16, 4, ...ip(yours));
      m.splice(236, 4, ...w32(0x63825363));
      return [...m, 53, 1, type, 0, 255];
    };
    const discover = summarize(ether(ALL, A, 0x0800, ipv4("0.0.0.0", "255.255.255.255", 17, udp(68, 67, message(1, "0.0.0.0")))));
    expect(discover).toMatchObject({ source: "0.0.0.0", destination: "255.255.255.255", protocol: "DHCP", info: "DHCP Discover - Transaction ID 0xcafe0001" });
    const offer = summarize(ether(A, B, 0x0800, ipv4("10.0.2.2", "255.255.255.255", 17, udp(67, 68, message(2, "10.0.2.15")))));
    expect(offer.info).toBe("DHCP Offer - Transaction ID 0xcafe0001, your address 10.0.2.15");
  });

  it("reads TCP ports, flags, sequence numbers and payload length", () => {
    const seg = [...w16(49152), ...w16(80), ...w32(1000), ...w32(0), 0x50, 0x02, ...w16(65535), 0, 0, 0, 0];
    expect(summarize(ether(B, A, 0x0800, ipv4("10.0.2.15", "10.0.2.16", 6, seg))).info).toBe("49152 → 80 [SYN] Seq=1000 Ack=0 Win=65535 Len=0");
    const data = [...w16(80), ...w16(49152), ...w32(5), ...w32(1001), 0x50, 0x18, ...w16(512), 0, 0, 0, 0, 104, 105];
    expect(summarize(ether(A, B, 0x0800, ipv4("10.0.2.16", "10.0.2.15", 6, data))).info).toBe("80 → 49152 [PSH, ACK] Seq=5 Ack=1001 Win=512 Len=2");
  });

  it("never throws: every prefix of every frame, and random bytes, give a line", () => {
    const frames = [
      ether(ALL, A, 0x0806, [0, 1, 8, 0, 6, 4, 0, 1, ...A, ...ip("10.0.2.15"), 0, 0, 0, 0, 0, 0, ...ip("10.0.2.16")]),
      ether(B, A, 0x0800, ipv4("10.0.2.15", "10.0.2.2", 17, udp(51000, 53, [0, 9, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, ...name("a.b"), 0, 1, 0, 1]))),
      ether(B, A, 0x0800, ipv4("10.0.2.15", "10.0.2.16", 6, [...w16(1), ...w16(2), ...w32(3), ...w32(4), 0x50, 0x10, 0, 1, 0, 0, 0, 0])),
    ];
    for (const f of frames) for (let n = 0; n <= f.length; n++) expect(typeof summarize(f.subarray(0, n)).info).toBe("string");
    expect(summarize(new Uint8Array(5)).info).toBe("truncated Ethernet header (5 bytes)");
    let seed = 7;
    for (let i = 0; i < 2000; i++) {
      const f = new Uint8Array(14 + (i % 400));
      for (let j = 0; j < f.length; j++) {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        f[j] = seed >>> 24;
      }
      f[12] = 8;
      f[13] = i % 3 === 0 ? 6 : 0;
      if (i % 2 === 0) f[14] = 0x45;
      expect(summarize(f).length).toBe(f.length);
    }
  });
});

describe("the worker's capture", () => {
  it("records each frame once where it enters the switch, in a pcap with monotonic times", () => {
    let now = 0;
    const capture = new NetCapture(() => now);
    const sw = new VirtualSwitch();
    const alpha = capture.port("alpha", sw.port());
    const beta = capture.port("beta", sw.port());
    const heard: string[] = [];
    alpha.onReceive = (f) => heard.push(`alpha got ${f.length}`);
    beta.onReceive = (f) => heard.push(`beta got ${f.length}`);
    now = 1_500_000;
    alpha.send(ether(B, A, 0x0800, new Array(46).fill(0)));
    now = 1_400_000; // a machine whose clock is a little behind the other's
    beta.send(ether(A, B, 0x0800, new Array(50).fill(0)));
    expect(heard).toEqual(["beta got 60", "alpha got 64"]);
    expect(capture.seen).toBe(2);
    const taken = capture.take();
    expect(taken.map((f) => [f.number, f.station, f.micros, f.bytes.length])).toEqual([
      [1, "alpha", 1_500_000, 60],
      [2, "beta", 1_500_000, 64],
    ]);
    expect(capture.take()).toEqual([]);

    const pcap = capture.bytes();
    const v = new DataView(pcap.buffer, pcap.byteOffset, pcap.byteLength);
    expect(v.getUint32(0, true)).toBe(0xa1b2c3d4);
    expect([v.getUint16(4, true), v.getUint16(6, true), v.getUint32(20, true)]).toEqual([2, 4, 1]); // v2.4, LINKTYPE_ETHERNET
    const records: number[][] = [];
    for (let o = 24; o < pcap.length; ) {
      const [sec, usec, incl, orig] = [0, 4, 8, 12].map((d) => v.getUint32(o + d, true));
      records.push([sec, usec, incl, orig]);
      o += 16 + incl;
      expect(o).toBeLessThanOrEqual(pcap.length);
    }
    expect(records).toEqual([
      [1, 500_000, 60, 60],
      [1, 500_000, 64, 64],
    ]);
  });

  it("keeps only the newest frames for a panel that has not asked", () => {
    const capture = new NetCapture(() => 0);
    const station = capture.port("alpha", new VirtualSwitch().port());
    for (let i = 0; i < MAX_QUEUED + 10; i++) station.send(ether(ALL, A, 0x0800, [i & 255]));
    const taken = capture.take();
    expect(taken.length).toBe(MAX_QUEUED);
    expect(taken[0].number).toBe(11);
    expect(capture.recorded).toBe(MAX_QUEUED + 10);
  });
});

describe("the panel's list", () => {
  it("decodes what it is given, keeps the newest KEEP_ROWS rows, and follows the ARP caches", () => {
    const model = new PacketModel();
    const frame = ether(ALL, A, 0x0806, [0, 1, 8, 0, 6, 4, 0, 1, ...A, ...ip("10.0.2.15"), 0, 0, 0, 0, 0, 0, ...ip("10.0.2.16")]);
    const frames = Array.from({ length: KEEP_ROWS + 5 }, (_, i) => ({ number: i + 1, micros: i * 1000, station: "alpha", bytes: frame }));
    const arp = [{ machine: "alpha", entries: [{ ip: "10.0.2.16", mac: "52:54:00:12:34:57", seconds: 300 }] }];
    model.apply({ frames, seen: frames.length, recorded: frames.length, arp });
    expect(model.rows.length).toBe(KEEP_ROWS);
    expect(model.rows[0].number).toBe(6);
    expect(PacketModel.line(model.rows[0])).toBe("6 0.005000 alpha 52:54:00:12:34:56 → broadcast ARP 42 Who has 10.0.2.16? Tell 10.0.2.15");
    expect(model.arp).toEqual(arp);
    model.reset();
    expect([model.rows.length, model.seen]).toEqual([0, 0]);
  });
});
