// chapter: 33-tcp
// Data and acknowledgments segment by segment: the window is the free receive space, segments
// held out of order are delivered in order when the hole fills, the congestion window limits a
// burst, and a zero window is probed.
import { describe, expect, it } from "vitest";
import { script } from "./script.ts";
import { ESTABLISHED_ACTIVE, ESTABLISHED_PASSIVE } from "./states.ts";

/** Stream byte k, as script.ts's segments carry it (relative sequence number k + 1). */
const streamBytes = (n: number) => Array.from({ length: n }, (_, k) => (k + 1) & 0xff);

describe("ESTABLISHED: receiving", () => {
  it("acknowledges every second segment at once and a lone one after 200 ms, offering the free space, and updates the window when read", () => {
    const t = script(`${ESTABLISHED_PASSIVE}
      < . 1:1001(1000) ack 1 win 8192
      < . 1001:2001(1000) ack 1 win 8192
      > . 1:1(0) ack 2001 win 63535
      < . 2001:3001(1000) ack 1 win 8192
      +199 read 0
      +1 > . 1:1(0) ack 3001 win 62535
      read 1000
      read 2000
      > . 1:1(0) ack 3001 win 65535`);
    expect(t.read).toEqual(streamBytes(3000));
  });

  it("holds segments past a hole, acknowledges the hole at once, and delivers all in order when it fills", () => {
    const t = script(`${ESTABLISHED_PASSIVE}
      < . 2001:3001(1000) ack 1 win 8192
      > . 1:1(0) ack 1 win 65535
      < . 1001:2001(1000) ack 1 win 8192
      > . 1:1(0) ack 1 win 65535
      < . 1501:2501(1000) ack 1 win 8192
      > . 1:1(0) ack 1 win 65535
      < . 1:1001(1000) ack 1 win 8192
      > . 1:1(0) ack 3001 win 62535
      read 3000
      > . 1:1(0) ack 3001 win 65535`);
    expect(t.read).toEqual(streamBytes(3000));
    expect(t.conn.outOfOrder.pieces).toEqual([]);
  });

  it("never holds more out of order than the window, however the pieces overlap", () => {
    const t = script(`${ESTABLISHED_PASSIVE}
      < . 60001:70001(10000) ack 1 win 8192
      > . 1:1(0) ack 1 win 65535
      < . 501:1001(500) ack 1 win 8192
      > . 1:1(0) ack 1 win 65535
      < . 401:1101(700) ack 1 win 8192
      > . 1:1(0) ack 1 win 65535`);
    // The first piece is cut at the window's right edge (65535 bytes after RCV.NXT).
    expect(t.conn.outOfOrder.bytes).toBe(65536 - 60001 + 500 + 200);
  });

  it("answers a segment wholly before RCV.NXT with an ACK and takes nothing from it", () => {
    const t = script(`${ESTABLISHED_PASSIVE}
      < . 1:1001(1000) ack 1 win 8192
      +200 > . 1:1(0) ack 1001 win 64535
      < . 1:1001(1000) ack 1 win 8192
      > . 1:1(0) ack 1001 win 64535`);
    expect(t.conn.receiveBuffer.length).toBe(1000);
  });
});

describe("ESTABLISHED: sending", () => {
  it("sends no more than the congestion window (4 segments at first) and grows it with each ACK", () => {
    script(`${ESTABLISHED_ACTIVE}
      write 6000
      > . 1:1001(1000) ack 1 win 65535
      > . 1001:2001(1000) ack 1 win 65535
      > . 2001:3001(1000) ack 1 win 65535
      > . 3001:4001(1000) ack 1 win 65535
      +10 < . 1:1(0) ack 2001 win 8192
      > . 4001:5001(1000) ack 1 win 65535
      > . 5001:6001(1000) ack 1 win 65535`);
  });

  it("sends no more than the peer's window, and no segment cut short to fit its last bytes", () => {
    script(`${ESTABLISHED_ACTIVE}
      < . 1:1(0) ack 1 win 1500
      write 4000
      > . 1:1001(1000) ack 1 win 65535
      +10 < . 1:1(0) ack 1001 win 2500
      > . 1001:2001(1000) ack 1 win 65535
      > . 2001:3001(1000) ack 1 win 65535
      +10 < . 1:1(0) ack 3001 win 2500
      > . 3001:4001(1000) ack 1 win 65535`);
  });

  it("probes a zero window with one byte, backing off, and sends everything once it opens", () => {
    script(`${ESTABLISHED_ACTIVE}
      < . 1:1(0) ack 1 win 0
      write 100
      +1000 > . 1:2(1) ack 1 win 65535
      < . 1:1(0) ack 1 win 0
      +2000 > . 1:2(1) ack 1 win 65535
      < . 1:1(0) ack 1 win 8192
      > . 1:101(100) ack 1 win 65535
      < . 1:1(0) ack 101 win 8192
      state ESTABLISHED`);
  });
});
