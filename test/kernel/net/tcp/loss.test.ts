// chapter: 33-tcp
// Loss, segment by segment: the retransmission timeout doubling (RFC 6298), Karn's rule, giving
// up, and three duplicate ACKs starting a fast retransmit and NewReno recovery (RFC 5681, 6582).
import { describe, expect, it } from "vitest";
import { script } from "./script.ts";
import { ESTABLISHED_ACTIVE, ESTABLISHED_PASSIVE, segmentsOut, slowStartTwoRounds } from "./states.ts";

describe("the retransmission timer", () => {
  it("sends a lost segment again after 1 s, then 2 s, then 4 s, and halves the window to one segment", () => {
    const t = script(`${ESTABLISHED_PASSIVE}
      write 1000
      > . 1:1001(1000) ack 1 win 65535
      +1000 > . 1:1001(1000) ack 1 win 65535
      +2000 > . 1:1001(1000) ack 1 win 65535
      +4000 > . 1:1001(1000) ack 1 win 65535
      +10 < . 1:1(0) ack 1001 win 8192`);
    expect([t.conn.cwnd >= 1000, t.conn.ssthresh, t.conn.retransmitAt]).toEqual([true, 2000, -1]);
  });

  it("does not time a retransmitted segment (Karn), and times the next one", () => {
    const t = script(`${ESTABLISHED_PASSIVE}
      write 1000
      > . 1:1001(1000) ack 1 win 65535
      +1000 > . 1:1001(1000) ack 1 win 65535
      +1500 < . 1:1(0) ack 1001 win 8192
      write 1000
      > . 1001:2001(1000) ack 1 win 65535`);
    // The 1.5 s ACK might answer either copy: no sample, RTO stays backed off at 2 s.
    expect(t.conn.rto.rto).toBe(2000);
    t.run(`
      +40 < . 1:1(0) ack 2001 win 8192`);
    expect([t.conn.rto.srtt, t.conn.rto.rto]).toEqual([0 * 0.875 + 40 * 0.125, 1000]);
  });

  it("sends the whole flight again from SND.UNA after a timeout (go-back-N), one segment per window", () => {
    script(`${ESTABLISHED_ACTIVE}
      write 3000
      > . 1:1001(1000) ack 1 win 65535
      > . 1001:2001(1000) ack 1 win 65535
      > . 2001:3001(1000) ack 1 win 65535
      +1000 > . 1:1001(1000) ack 1 win 65535
      +10 < . 1:1(0) ack 1001 win 8192
      > . 1001:2001(1000) ack 1 win 65535
      > . 2001:3001(1000) ack 1 win 65535`);
  });

  it("gives up after 8 retransmissions of the same data", () => {
    const seg = "> . 1:2(1) ack 1 win 65535";
    script(`${ESTABLISHED_PASSIVE}
      write 1
      ${seg}
      +1000 ${seg}
      +2000 ${seg}
      +4000 ${seg}
      +8000 ${seg}
      +16000 ${seg}
      +32000 ${seg}
      +60000 ${seg}
      +60000 ${seg}
      +60000 state CLOSED
      error timed out`);
  });
});

describe("duplicate ACKs", () => {
  it("retransmit after the third, inflate the window with each further one, and end recovery on a full ACK", () => {
    const t = script(`${ESTABLISHED_ACTIVE}
      < . 1:1(0) ack 1 win 20000
      ${slowStartTwoRounds(8000)}
      +10 < . 1:1(0) ack 1001 win 20000
      < . 1:1(0) ack 1001 win 20000
      < . 1:1(0) ack 1001 win 20000
      > . 1001:2001(1000) ack 1 win 65535
      state ESTABLISHED`);
    expect([t.conn.inRecovery, t.conn.ssthresh, t.conn.cwnd]).toEqual([true, 2500, 5500]);
    t.run(`
      < . 1:1(0) ack 1001 win 20000
      > . 6001:7001(1000) ack 1 win 65535
      +10 < . 1:1(0) ack 6001 win 20000
      > . 7001:8001(1000) ack 1 win 65535`);
    expect([t.conn.inRecovery, t.conn.cwnd]).toEqual([false, 2000]);
  });

  it("retransmit the next hole at once on a partial ACK (NewReno)", () => {
    const t = script(`${ESTABLISHED_ACTIVE}
      < . 1:1(0) ack 1 win 20000
      write 4000
      ${segmentsOut(1, 4)}
      +10 < . 1:1(0) ack 1 win 20000
      < . 1:1(0) ack 1 win 20000
      < . 1:1(0) ack 1 win 20000
      > . 1:1001(1000) ack 1 win 65535
      +10 < . 1:1(0) ack 2001 win 20000
      > . 2001:3001(1000) ack 1 win 65535
      +10 < . 1:1(0) ack 4001 win 20000`);
    expect(t.conn.inRecovery).toBe(false);
  });
});
