// chapter: 33-tcp
// Selective acknowledgments segment by segment: SACK-permitted agreed only when both SYNs carry it
// (RFC 2018 §2); the receiver's blocks from its out-of-order queue, the newest first, merged, at
// most 4 (3 beside timestamps) (§4); the sender's scoreboard, clipped and merged; RFC 6675's
// recovery sending only the holes, the second before the first is acknowledged, and a lost tail
// by the rescue retransmission (rule 4); a timeout's go-back-N skipping what was SACKed; and the
// option surviving the trip through bytes.
import { describe, expect, it } from "vitest";
import { holeAt, lostBelow, Scoreboard, TCP_SACK_RANGES, unsacked } from "../../../../src/kernel/net/tcp/sack.ts";
import { type Segment, TcpView, tcpSegment } from "../../../../src/kernel/net/tcp/segment.ts";
import { seqOf, seqSub } from "../../../../src/kernel/net/tcp/seq.ts";
import { ipParse } from "../../../../src/kernel/net/wire/address.ts";
import { script } from "./script.ts";
import { segmentsOut, slowStartTwoRounds } from "./states.ts";

/** Passive open; the peer offers MSS 1000, SACK, and a window of 20 000. */
const SACK_PASSIVE = `
listen
< S 0:0(0) win 20000 <mss 1000,sackOK>
> S. 0:0(0) ack 1 win 65535 <mss 1460,sackOK>
< . 1:1(0) ack 1 win 20000
state ESTABLISHED`;

describe("agreeing on SACK (RFC 2018 §2)", () => {
  it("answers a SYN that permits SACK with a SYN-ACK that does", () => {
    expect(script(SACK_PASSIVE).conn.sackOk).toBe(true);
  });

  it("uses SACK when the SYN-ACK permits it, and falls back to NewReno when it does not", () => {
    const syn = "> S 0:0(0) win 65535 <mss 1460,sackOK,TS val 0 ecr 0,wscale 3>";
    const yes = script(`connect\n${syn}\n< S. 0:0(0) ack 1 win 8192 <mss 1000,sackOK>\n> . 1:1(0) ack 1 win 65535`);
    const no = script(`connect\n${syn}\n< S. 0:0(0) ack 1 win 8192 <mss 1000>\n> . 1:1(0) ack 1 win 65535`);
    expect([yes.conn.sackOk, no.conn.sackOk]).toEqual([true, false]);
  });

  it("neither offers nor accepts SACK when it is turned off", () => {
    const t = script(`nosack
      listen
      < S 0:0(0) win 8192 <mss 1000,sackOK>
      > S. 0:0(0) ack 1 win 65535 <mss 1460>`);
    expect(t.conn.sackOk).toBe(false);
  });
});

describe("the receiver's SACK blocks (RFC 2018 §4)", () => {
  it("reports held data newest first, merges touching pieces, and stops when the hole fills", () => {
    const t = script(`${SACK_PASSIVE}
      < . 1001:2001(1000) ack 1 win 20000
      > . 1:1(0) ack 1 win 65535 <sack 1001:2001>
      < . 3001:4001(1000) ack 1 win 20000
      > . 1:1(0) ack 1 win 65535 <sack 3001:4001 1001:2001>
      < . 2001:3001(1000) ack 1 win 20000
      > . 1:1(0) ack 1 win 65535 <sack 1001:4001>
      < . 1:1001(1000) ack 1 win 20000
      > . 1:1(0) ack 4001 win 61535`);
    expect(t.conn.outOfOrder.pieces).toEqual([]);
  });

  it("sends at most 4 blocks, the newest first and then the most recently reported", () => {
    script(`${SACK_PASSIVE}
      < . 1001:1101(100) ack 1 win 20000
      > . 1:1(0) ack 1 win 65535 <sack 1001:1101>
      < . 2001:2101(100) ack 1 win 20000
      > . 1:1(0) ack 1 win 65535 <sack 2001:2101 1001:1101>
      < . 3001:3101(100) ack 1 win 20000
      > . 1:1(0) ack 1 win 65535 <sack 3001:3101 2001:2101 1001:1101>
      < . 4001:4101(100) ack 1 win 20000
      > . 1:1(0) ack 1 win 65535 <sack 4001:4101 3001:3101 2001:2101 1001:1101>
      < . 5001:5101(100) ack 1 win 20000
      > . 1:1(0) ack 1 win 65535 <sack 5001:5101 4001:4101 3001:3101 2001:2101>
      < . 1001:1201(200) ack 1 win 20000
      > . 1:1(0) ack 1 win 65535 <sack 1001:1201 5001:5101 4001:4101 3001:3101>`);
  });

  it("sends at most 3 blocks beside timestamps", () => {
    script(`listen
      < S 0:0(0) win 8192 <mss 1000,sackOK,TS val 1 ecr 0>
      > S. 0:0(0) ack 1 win 65535 <mss 1460,sackOK,TS val 0 ecr 1>
      < . 1:1(0) ack 1 win 8192 <TS val 2 ecr 0>
      < . 1001:1101(100) ack 1 win 8192 <TS val 3 ecr 0>
      > . 1:1(0) ack 1 win 65535 <TS val 0 ecr 2,sack 1001:1101>
      < . 2001:2101(100) ack 1 win 8192 <TS val 4 ecr 0>
      > . 1:1(0) ack 1 win 65535 <TS val 0 ecr 2,sack 2001:2101 1001:1101>
      < . 3001:3101(100) ack 1 win 8192 <TS val 5 ecr 0>
      > . 1:1(0) ack 1 win 65535 <TS val 0 ecr 2,sack 3001:3101 2001:2101 1001:1101>
      < . 4001:4101(100) ack 1 win 8192 <TS val 6 ecr 0>
      > . 1:1(0) ack 1 win 65535 <TS val 0 ecr 2,sack 4001:4101 3001:3101 2001:2101>`);
  });
});

const at = (n: number) => seqOf(0xffff_ff00 + n);
const block = (a: number, b: number) => ({ start: at(a), end: at(b) });
const ranges = (board: Scoreboard) => board.ranges.map((k) => [seqSub(k.start, at(0)), seqSub(k.end, at(0))]);

describe("the sender's scoreboard (RFC 6675 §3)", () => {
  it("merges blocks, clips them to what was sent, ignores inverted ones and forgets what the ACK covers", () => {
    const board = new Scoreboard();
    board.update([block(3000, 4000), block(1000, 2000), block(2000, 2500), block(6000, 5000)], at(0), at(5000));
    expect(ranges(board)).toEqual([
      [1000, 2500],
      [3000, 4000],
    ]);
    board.update([block(4000, 9000)], at(1500), at(5000));
    expect(ranges(board)).toEqual([
      [1500, 2500],
      [3000, 5000],
    ]);
  });

  it("keeps at most TCP_SACK_RANGES ranges, however a peer fragments them", () => {
    const board = new Scoreboard();
    for (let i = 0; i < 100; i++) board.update([block(10 * i + 1, 10 * i + 2)], at(0), at(10_000));
    expect(board.ranges.length).toBe(TCP_SACK_RANGES);
  });

  it("judges a hole lost once more than two segments above it are SACKed, and finds holes", () => {
    const board = new Scoreboard();
    board.update([block(1000, 2000), block(3000, 5000)], at(0), at(6000));
    expect(seqSub(lostBelow(board, at(0), 1000), at(0))).toBe(1000); // 3000 bytes above 1000
    expect(seqSub(lostBelow(board, at(0), 1500), at(0))).toBe(0); // 3000 is not more than 2 × 1500
    const hole = holeAt(board, at(0), at(6000));
    expect([hole?.at === at(0), hole?.len]).toEqual([true, 1000]);
    expect(holeAt(board, at(1000), at(6000))?.at).toBe(at(2000));
    expect(holeAt(board, at(3500), at(5000))).toBe(null);
    expect(unsacked(board, at(0), at(6000))).toBe(3000);
  });
});

describe("recovery with SACK (RFC 6675)", () => {
  it("takes SACK blocks into the scoreboard", () => {
    const t = script(`${SACK_PASSIVE}
      write 4000
      ${segmentsOut(1, 4)}
      < . 1:1(0) ack 1 win 20000 <sack 2001:3001>
      < . 1:1(0) ack 1 win 20000 <sack 3001:4001 2001:3001>`);
    expect(t.conn.scoreboard.ranges.map((k) => [seqSub(k.start, t.conn.iss), seqSub(k.end, t.conn.iss)])).toEqual([[2001, 4001]]);
  });

  it("retransmits only the holes of a window with two losses, the second before the first is acknowledged", () => {
    const t = script(`${SACK_PASSIVE}
      ${slowStartTwoRounds(10000)}
      < . 1:1(0) ack 2001 win 20000
      > . 6001:7001(1000) ack 1 win 65535
      > . 7001:8001(1000) ack 1 win 65535
      // 2001:3001 and 4001:5001 are lost.
      +10 < . 1:1(0) ack 2001 win 20000 <sack 3001:4001>
      < . 1:1(0) ack 2001 win 20000 <sack 5001:6001 3001:4001>
      < . 1:1(0) ack 2001 win 20000 <sack 5001:7001 3001:4001>
      > . 2001:3001(1000) ack 1 win 65535
      < . 1:1(0) ack 2001 win 20000 <sack 5001:8001 3001:4001>
      > . 4001:5001(1000) ack 1 win 65535
      > . 8001:9001(1000) ack 1 win 65535
      +10 < . 1:1(0) ack 4001 win 20000 <sack 5001:8001>
      > . 9001:10001(1000) ack 1 win 65535
      < . 1:1(0) ack 9001 win 20000
      < . 1:1(0) ack 10001 win 20000`);
    expect([t.conn.retransmittedBytes, t.conn.inRecovery, t.conn.ssthresh]).toEqual([2000, false, 3000]);
  });

  it("sends a lost tail at once, by the rescue retransmission (rule 4), instead of waiting for the timer", () => {
    const t = script(`${SACK_PASSIVE}
      ${slowStartTwoRounds(6000)}
      // 1001:2001 and the last segment, 5001:6001, are lost.
      +10 < . 1:1(0) ack 1001 win 20000 <sack 2001:3001>
      < . 1:1(0) ack 1001 win 20000 <sack 2001:4001>
      < . 1:1(0) ack 1001 win 20000 <sack 2001:5001>
      > . 1001:2001(1000) ack 1 win 65535
      +10 < . 1:1(0) ack 5001 win 20000
      > . 5001:6001(1000) ack 1 win 65535`);
    expect([t.conn.retransmittedBytes, seqSub(t.conn.scoreboard.rescueRxt ?? t.conn.iss, t.conn.iss)]).toEqual([2000, 6001]);
    // Once per recovery: a second partial ACK gets no second rescue, and the timer is left to act.
    t.run(`
      +10 < . 1:1(0) ack 5001 win 20000
      +990 > . 5001:6001(1000) ack 1 win 65535
      +10 < . 1:1(0) ack 6001 win 20000`);
    expect([t.conn.retransmittedBytes, t.conn.inRecovery]).toEqual([3000, false]);
  });

  it("after a timeout, sends again only what the peer has not SACKed", () => {
    const t = script(`${SACK_PASSIVE}
      write 4000
      ${segmentsOut(1, 4)}
      +10 < . 1:1(0) ack 1 win 20000 <sack 2001:3001>
      +990 > . 1:1001(1000) ack 1 win 65535
      +10 < . 1:1(0) ack 1001 win 20000 <sack 2001:3001>
      > . 1001:2001(1000) ack 1 win 65535
      > . 3001:4001(1000) ack 1 win 65535
      < . 1:1(0) ack 4001 win 20000`);
    expect(t.conn.retransmittedBytes).toBe(3000);
  });
});

describe("the SACK options on the wire", () => {
  it("lay out SACK-permitted on a SYN and three blocks beside timestamps in 60 bytes, and parse back", () => {
    const [a, b] = [ipParse("10.0.2.15")!, ipParse("10.0.2.16")!];
    const syn: Segment = { seq: seqOf(5), ack: seqOf(0), flags: 0x02, window: 100, mss: 1460, sackOk: true, data: new Uint8Array(0) };
    const blocks = [block(10, 20), block(30, 40), block(50, 60)];
    const ack: Segment = { ...syn, flags: 0x10, mss: 0, sackOk: undefined, ts: { val: 1, ecr: 2 }, sack: blocks };
    const bytes = tcpSegment(a, b, 1, 2, ack);
    expect(bytes.length).toBe(60);
    const v = TcpView.parse(bytes, a, b);
    if (typeof v === "string") throw new Error(v);
    expect(v.segment().sack).toEqual(blocks);
    const s = TcpView.parse(tcpSegment(a, b, 1, 2, syn), a, b);
    if (typeof s === "string") throw new Error(s);
    expect(s.segment().sackOk).toBe(true);
  });
});
