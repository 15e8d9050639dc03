// chapter: 33-tcp
// Opening a connection, segment by segment: passive, active, simultaneous, refused, and the SYN
// sent again with the timeout doubling until the connection gives up.
import { describe, expect, it } from "vitest";
import { script } from "./script.ts";
import { ESTABLISHED_ACTIVE, ESTABLISHED_PASSIVE } from "./states.ts";

describe("LISTEN", () => {
  it("answers a SYN with a SYN-ACK carrying our MSS, and is ESTABLISHED on its ACK", () => {
    const t = script(ESTABLISHED_PASSIVE);
    expect(t.arrows).toEqual(["CLOSED → LISTEN", "LISTEN → SYN_RECEIVED", "SYN_RECEIVED → ESTABLISHED"]);
  });

  it("answers an ACK with a RST at the number it acknowledges, and ignores a RST", () => {
    script(`
      listen
      < . 0:0(0) ack 7 win 8192
      > R 7:7(0) win 0
      < R 0:0(0) win 0
      state LISTEN`);
  });
});

describe("SYN_RECEIVED", () => {
  it("sends the SYN-ACK again at once when the SYN comes again", () => {
    script(`
      listen
      < S 0:0(0) win 8192 <mss 1000>
      > S. 0:0(0) ack 1 win 65535 <mss 1460>
      +300 < S 0:0(0) win 8192 <mss 1000>
      > S. 0:0(0) ack 1 win 65535 <mss 1460>
      state SYN_RECEIVED`);
  });

  it("answers an ACK that does not acknowledge our SYN with a RST", () => {
    script(`
      listen
      < S 0:0(0) win 8192 <mss 1000>
      > S. 0:0(0) ack 1 win 65535 <mss 1460>
      < . 1:1(0) ack 5 win 8192
      > R 5:5(0) win 0
      state SYN_RECEIVED`);
  });
});

describe("SYN_SENT", () => {
  it("sends a SYN with our MSS and is ESTABLISHED on the SYN-ACK", () => {
    const t = script(ESTABLISHED_ACTIVE);
    expect(t.arrows).toEqual(["CLOSED → SYN_SENT", "SYN_SENT → ESTABLISHED"]);
    expect(t.conn.sndMss).toBe(1000);
  });

  it("goes through SYN_RECEIVED when the SYNs cross (simultaneous open)", () => {
    const t = script(`
      connect
      > S 0:0(0) win 65535 <mss 1460,sackOK,TS val 0 ecr 0,wscale 3>
      < S 0:0(0) win 8192 <mss 1000>
      > S. 0:0(0) ack 1 win 65535 <mss 1460>
      state SYN_RECEIVED
      < S. 0:0(0) ack 1 win 8192 <mss 1000>
      > . 1:1(0) ack 1 win 65535
      state ESTABLISHED`);
    expect(t.arrows).toEqual(["CLOSED → SYN_SENT", "SYN_SENT → SYN_RECEIVED", "SYN_RECEIVED → ESTABLISHED"]);
  });

  it("is refused by a RST that acknowledges its SYN, and ignores one that does not", () => {
    script(`
      connect
      > S 0:0(0) win 65535 <mss 1460,sackOK,TS val 0 ecr 0,wscale 3>
      < R. 0:0(0) ack 9 win 0
      state SYN_SENT
      < . 0:0(0) ack 9 win 0
      > R 9:9(0) win 0
      < R. 0:0(0) ack 1 win 0
      state CLOSED
      error refused`);
  });

  it("assumes an MSS of 536 when the SYN-ACK has none", () => {
    const t = script(`
      connect
      > S 0:0(0) win 65535 <mss 1460,sackOK,TS val 0 ecr 0,wscale 3>
      < S. 0:0(0) ack 1 win 8192
      > . 1:1(0) ack 1 win 65535
      write 1000
      > . 1:537(536) ack 1 win 65535
      < . 1:1(0) ack 537 win 8192
      > . 537:1001(464) ack 1 win 65535`);
    expect(t.conn.sndMss).toBe(536);
  });

  it("sends the SYN again after 1, 2, 4 … s, at most 60 s apart, and gives up after 8 tries", () => {
    const syn = (at: number) => `> S 0:0(0) win 65535 <mss 1460,sackOK,TS val ${at} ecr 0,wscale 3>`;
    script(`
      connect
      ${syn(0)}
      +1000 ${syn(1000)}
      +2000 ${syn(3000)}
      +4000 ${syn(7000)}
      +8000 ${syn(15000)}
      +16000 ${syn(31000)}
      +32000 ${syn(63000)}
      +60000 ${syn(123000)}
      +60000 ${syn(183000)}
      +59999 state SYN_SENT
      +1 state CLOSED
      error timed out`);
  });
});
