// chapter: 33-tcp
// Every way a connection closes, segment by segment, and TIME_WAIT's 2·MSL.
import { describe, expect, it } from "vitest";
import { script } from "./script.ts";
import { ESTABLISHED_ACTIVE, ESTABLISHED_PASSIVE } from "./states.ts";

/** Our FIN acknowledged, theirs received: TIME_WAIT at time 0. */
const TIME_WAIT = `${ESTABLISHED_ACTIVE}
  close
  > F. 1:1(0) ack 1 win 65535
  < . 1:1(0) ack 2 win 8192
  state FIN_WAIT_2
  < F. 1:1(0) ack 2 win 8192
  > . 2:2(0) ack 2 win 65535
  state TIME_WAIT`;

describe("closing first", () => {
  it("goes FIN_WAIT_1, FIN_WAIT_2, TIME_WAIT, and CLOSED exactly 2·MSL (60 s) later", () => {
    const t = script(`${TIME_WAIT}
      +59999 state TIME_WAIT
      +1 state CLOSED
      error none`);
    expect(t.arrows.slice(2)).toEqual([
      "ESTABLISHED → FIN_WAIT_1",
      "FIN_WAIT_1 → FIN_WAIT_2",
      "FIN_WAIT_2 → TIME_WAIT",
      "TIME_WAIT → CLOSED",
    ]);
  });

  it("answers the peer's FIN again in TIME_WAIT and waits 2·MSL from then", () => {
    script(`${TIME_WAIT}
      +30000 < F. 1:1(0) ack 2 win 8192
      > . 2:2(0) ack 2 win 65535
      +59999 state TIME_WAIT
      +1 state CLOSED`);
  });

  it("ignores a RST in TIME_WAIT, even at RCV.NXT (RFC 1337)", () => {
    script(`${TIME_WAIT}
      < R 2:2(0) win 0
      state TIME_WAIT
      +60000 state CLOSED
      error none`);
  });

  it("sends the FIN after the data still buffered, on the last segment, and sends it again when lost", () => {
    script(`${ESTABLISHED_ACTIVE}
      < . 1:1(0) ack 1 win 0
      write 500
      close
      state FIN_WAIT_1
      < . 1:1(0) ack 1 win 8192
      > F. 1:501(500) ack 1 win 65535
      +1000 > F. 1:501(500) ack 1 win 65535
      < . 1:1(0) ack 502 win 8192
      state FIN_WAIT_2`);
  });

  it("goes FIN_WAIT_1 to TIME_WAIT directly when the peer's FIN acknowledges ours", () => {
    script(`${ESTABLISHED_ACTIVE}
      close
      > F. 1:1(0) ack 1 win 65535
      < F. 1:1(0) ack 2 win 8192
      > . 2:2(0) ack 2 win 65535
      state TIME_WAIT`);
  });

  it("still receives data in FIN_WAIT_2", () => {
    const t = script(`${ESTABLISHED_ACTIVE}
      close
      > F. 1:1(0) ack 1 win 65535
      < . 1:101(100) ack 2 win 8192
      +200 > . 2:2(0) ack 101 win 65435
      state FIN_WAIT_2
      read 100`);
    expect(t.read.length).toBe(100);
  });
});

describe("simultaneous close", () => {
  it("goes FIN_WAIT_1, CLOSING, TIME_WAIT when the FINs cross", () => {
    const t = script(`${ESTABLISHED_ACTIVE}
      close
      > F. 1:1(0) ack 1 win 65535
      < F. 1:1(0) ack 1 win 8192
      > . 2:2(0) ack 2 win 65535
      state CLOSING
      < . 2:2(0) ack 2 win 8192
      state TIME_WAIT`);
    expect(t.arrows.slice(2)).toEqual(["ESTABLISHED → FIN_WAIT_1", "FIN_WAIT_1 → CLOSING", "CLOSING → TIME_WAIT"]);
  });
});

describe("closing second", () => {
  it("goes CLOSE_WAIT on the peer's FIN, LAST_ACK on close, CLOSED on the ACK", () => {
    const t = script(`${ESTABLISHED_PASSIVE}
      < . 1:1001(1000) ack 1 win 8192
      write 300
      > . 1:301(300) ack 1001 win 64535
      < F. 1001:1001(0) ack 301 win 8192
      > . 301:301(0) ack 1002 win 64535
      state CLOSE_WAIT
      read 1000
      close
      > F. 301:301(0) ack 1002 win 65535
      state LAST_ACK
      +1000 > F. 301:301(0) ack 1002 win 65535
      < . 1002:1002(0) ack 302 win 8192
      state CLOSED`);
    expect(t.conn.readable).toBe(true);
    expect(t.arrows.slice(3)).toEqual(["ESTABLISHED → CLOSE_WAIT", "CLOSE_WAIT → LAST_ACK", "LAST_ACK → CLOSED"]);
  });

  it("takes a FIN that arrives before the data it follows only when the data is in", () => {
    script(`${ESTABLISHED_PASSIVE}
      < F. 101:101(0) ack 1 win 8192
      > . 1:1(0) ack 1 win 65535
      state ESTABLISHED
      < . 1:101(100) ack 1 win 8192
      > . 1:1(0) ack 102 win 65435
      state CLOSE_WAIT`);
  });

  it("waits for the handshake before sending a FIN asked for in SYN_RECEIVED", () => {
    script(`
      listen
      < S 0:0(0) win 8192 <mss 1000>
      > S. 0:0(0) ack 1 win 65535 <mss 1460>
      close
      state SYN_RECEIVED
      < . 1:1(0) ack 1 win 8192
      > F. 1:1(0) ack 1 win 65535
      state FIN_WAIT_1`);
  });
});
