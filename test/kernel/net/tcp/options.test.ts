// chapter: 33-tcp
// RFC 7323 segment by segment: window scaling and timestamps are used only when both SYNs carry
// them; scaled windows both ways; TS.Recent follows the peer's clock only for segments at or
// before the ACK we last sent; every acknowledgment of new data is a round-trip sample, even of a
// retransmitted segment. And the options survive the trip through bytes.
import { describe, expect, it } from "vitest";
import { type Segment, TcpView, tcpSegment } from "../../../../src/kernel/net/tcp/segment.ts";
import { seqOf } from "../../../../src/kernel/net/tcp/seq.ts";
import { ipParse } from "../../../../src/kernel/net/wire/address.ts";
import { script } from "./script.ts";

/** Passive open at time 0; the peer offers MSS 1000, timestamps and a window scale of 2. */
const SCALED_PASSIVE = `
listen
< S 0:0(0) win 8192 <mss 1000,TS val 100 ecr 0,wscale 2>
> S. 0:0(0) ack 1 win 65535 <mss 1460,TS val 0 ecr 100,wscale 3>
+20 < . 1:1(0) ack 1 win 2000 <TS val 120 ecr 0>
state ESTABLISHED`;

describe("window scaling and timestamps (RFC 7323)", () => {
  it("answers a SYN that offers both with both, and grows the receive buffer to 256 KiB", () => {
    const t = script(SCALED_PASSIVE);
    expect([t.conn.scaling, t.conn.timestamps, t.conn.sndShift, t.conn.rcvShift]).toEqual([true, true, 2, 3]);
    expect([t.conn.receiveBuffer.capacity, t.conn.sndWnd]).toEqual([256 * 1024, 8000]);
    // The peer's MSS counts data after a 20-byte header; timestamps take 12 bytes of it.
    expect(t.conn.sndMss).toBe(988);
    // The handshake's ACK echoes the SYN-ACK's clock: a 20 ms round trip.
    expect(t.conn.rto.srtt).toBe(20);
  });

  it("advertises the free space shifted right by 3, and reads the peer's window shifted left by 2", () => {
    const t = script(`${SCALED_PASSIVE}
      < . 1:1001(1000) ack 1 win 2000 <TS val 130 ecr 0>
      +200 > . 1:1(0) ack 1001 win 32643 <TS val 220 ecr 130>
      < . 1001:1001(0) ack 1 win 300 <TS val 140 ecr 220>
      write 3000
      > . 1:989(988) ack 1001 win 32643 <TS val 220 ecr 140>`);
    // 300 << 2 = 1200 bytes: one full segment — 1000 less 12 bytes of timestamps — and no
    // 212-byte runt while it is in flight.
    expect(t.conn.sndWnd).toBe(1200);
    expect((256 * 1024 - 1000) >> 3).toBe(32643);
  });

  it("samples the round trip from every echo, a retransmission's too (no Karn's rule)", () => {
    const t = script(`${SCALED_PASSIVE}
      write 1976
      > . 1:989(988) ack 1 win 32768 <TS val 20 ecr 120>
      > . 989:1977(988) ack 1 win 32768 <TS val 20 ecr 120>
      +50 < . 1:1(0) ack 989 win 2000 <TS val 170 ecr 20>
      +1000 > . 989:1977(988) ack 1 win 32768 <TS val 1070 ecr 170>
      +30 < . 1:1(0) ack 1977 win 2000 <TS val 1200 ecr 1070>`);
    const srtt = (7 / 8) * ((7 / 8) * 20 + (1 / 8) * 50) + (1 / 8) * 30;
    expect(t.conn.rto.srtt).toBeCloseTo(srtt, 9);
  });

  it("keeps TS.Recent when a segment starts past the ACK it last sent (RFC 7323 §4.3)", () => {
    script(`${SCALED_PASSIVE}
      < . 2001:3001(1000) ack 1 win 2000 <TS val 500 ecr 0>
      > . 1:1(0) ack 1 win 32768 <TS val 20 ecr 120>
      < . 1:2001(2000) ack 1 win 2000 <TS val 400 ecr 0>
      > . 1:1(0) ack 3001 win 32393 <TS val 20 ecr 400>`);
  });

  it("uses neither when the SYN-ACK carries neither, though our SYN offered both", () => {
    const t = script(`
      connect
      > S 0:0(0) win 65535 <mss 1460,sackOK,TS val 0 ecr 0,wscale 3>
      < S. 0:0(0) ack 1 win 65535 <mss 1000>
      > . 1:1(0) ack 1 win 65535
      < . 1:1001(1000) ack 1 win 65535
      +200 > . 1:1(0) ack 1001 win 64535`);
    expect([t.conn.scaling, t.conn.timestamps, t.conn.receiveBuffer.capacity]).toEqual([false, false, 65535]);
  });
});

describe("the options in bytes", () => {
  const [a, b] = [ipParse("10.0.2.15")!, ipParse("10.0.2.16")!];
  const base = { seq: seqOf(7), ack: seqOf(9), flags: 0x12, window: 1000, data: new Uint8Array(3) };

  it("lay out a SYN in 40 bytes of header and a data segment in 32, and parse back", () => {
    const syn: Segment = { ...base, mss: 1460, wscale: 14, ts: { val: 0xfedc_ba98, ecr: 1 } };
    const data: Segment = { ...base, flags: 0x10, mss: 0, ts: { val: 5, ecr: 0xffff_ffff } };
    for (const [s, header] of [
      [syn, 40],
      [data, 32],
    ] as const) {
      const view = TcpView.parse(tcpSegment(a, b, 1, 2, s), a, b);
      if (typeof view === "string") throw new Error(view);
      expect(view.headerLength).toBe(header);
      expect(view.segment()).toEqual(s);
    }
  });
});
