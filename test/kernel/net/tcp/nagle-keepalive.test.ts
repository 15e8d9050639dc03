// chapter: 33-tcp
// Nagle's algorithm (RFC 9293 §3.7.4) and keep-alive (RFC 9293 §3.8.4, RFC 1122 §4.2.3.6),
// segment by segment. (Delayed ACKs are in data.test.ts and close.test.ts.)
import { describe, it } from "vitest";
import { script } from "./script.ts";
import { ESTABLISHED_ACTIVE } from "./states.ts";

describe("Nagle's algorithm", () => {
  it("holds small writes while data is in flight and sends them as one segment on the ACK", () => {
    script(`${ESTABLISHED_ACTIVE}
      write 100
      > . 1:101(100) ack 1 win 65535
      write 100
      write 100
      +50 < . 1:1(0) ack 101 win 8192
      > . 101:301(200) ack 1 win 65535`);
  });

  it("sends each small write at once with noDelay", () => {
    script(`${ESTABLISHED_ACTIVE}
      nodelay
      write 100
      > . 1:101(100) ack 1 win 65535
      write 100
      > . 101:201(100) ack 1 win 65535`);
  });

  it("does not hold the last bytes when the FIN follows them", () => {
    script(`${ESTABLISHED_ACTIVE}
      write 100
      > . 1:101(100) ack 1 win 65535
      write 100
      close
      > F. 101:201(100) ack 1 win 65535`);
  });
});

describe("keep-alive", () => {
  it("is off unless asked for", () => {
    script(`${ESTABLISHED_ACTIVE}
      +7200000 state ESTABLISHED`);
  });

  it("probes one number below SND.UNA after the idle time, and an answer starts the wait again", () => {
    script(`${ESTABLISHED_ACTIVE}
      keepalive 10000
      +9999 state ESTABLISHED
      +1 > . 0:0(0) ack 1 win 65535
      +20 < . 1:1(0) ack 1 win 8192
      +9999 state ESTABLISHED
      +1 > . 0:0(0) ack 1 win 65535`);
  });

  it("counts the idle time from the last segment heard, and gives up after nine unanswered probes, 75 s apart", () => {
    const probes = Array.from({ length: 8 }, () => "+75000 > . 0:0(0) ack 1 win 65535").join("\n");
    script(`${ESTABLISHED_ACTIVE}
      keepalive 10000
      write 10
      > . 1:11(10) ack 1 win 65535
      +500 < . 1:1(0) ack 11 win 8192
      +10000 > . 10:10(0) ack 1 win 65535
      ${probes.replaceAll("0:0(0)", "10:10(0)")}
      +74999 state ESTABLISHED
      +1 state CLOSED
      error timed out`);
  });
});
