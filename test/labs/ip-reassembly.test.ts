// chapter: 30-ipv4-icmp
// Lab ip-reassembly (chapter 30, "Reassembly"): the checks that keep a hostile sender from making
// reassembly hold too much or build a datagram from pieces that do not fit, and its timeouts.
import { describe, expect, it } from "vitest";
import { REASSEMBLY_TIMEOUT_MS, Reassembly } from "../../src/kernel/net/reassembly.ts";
import { IP_PROTO_UDP, IPV4_HEADER, IPV4_MAX_DATAGRAM, Ipv4View, ipv4Packet } from "../../src/kernel/net/wire/ipv4.ts";

const frag = (id: number, offset: number, length: number, more: boolean): Ipv4View =>
  Ipv4View.parse(
    ipv4Packet({ source: 1, destination: 2, protocol: IP_PROTO_UDP, id, ttl: 64, fragmentOffset: offset, moreFragments: more }, new Uint8Array(length)),
  ) as Ipv4View;

describe("reassembly's checks", () => {
  it("refuses a piece past the end, a middle piece not a multiple of 8, and a datagram too long", () => {
    const r = new Reassembly();
    expect(r.add(frag(1, 16, 8, false), 0)).toBeNull(); // the end: 24 bytes in all
    expect(r.add(frag(1, 24, 8, true), 0)).toBe("fragments: piece past the end");
    expect(r.add(frag(2, 0, 12, true), 0)).toBe("fragments: piece not a multiple of 8");
    const last = Math.floor((IPV4_MAX_DATAGRAM - IPV4_HEADER) / 8) * 8;
    expect(r.add(frag(3, last, 16, false), 0)).toBe("fragments: datagram too long");
    expect(r.partial.size).toBe(0);
  });

  it("names the earliest expiry as the next deadline, or -1 when nothing is held", () => {
    const r = new Reassembly();
    expect(r.nextDeadline()).toBe(-1);
    r.add(frag(1, 0, 8, true), 300);
    r.add(frag(2, 0, 8, true), 100);
    expect(r.nextDeadline()).toBe(100 + REASSEMBLY_TIMEOUT_MS);
    expect(r.expire(100 + REASSEMBLY_TIMEOUT_MS)).toBe(1);
    expect(r.nextDeadline()).toBe(300 + REASSEMBLY_TIMEOUT_MS);
  });
});
