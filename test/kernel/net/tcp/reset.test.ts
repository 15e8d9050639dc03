// chapter: 33-tcp
// RST and SYN in a synchronized state (RFC 5961): only a RST at exactly RCV.NXT resets; one
// elsewhere in the window draws a challenge ACK; one outside it is ignored; a SYN draws a
// challenge ACK; an ACK for data never sent is answered and ignored.
import { describe, expect, it } from "vitest";
import { script } from "./script.ts";
import { ESTABLISHED_PASSIVE } from "./states.ts";

describe("ESTABLISHED", () => {
  it("closes on a RST at exactly RCV.NXT, with the error 'reset'", () => {
    const t = script(`${ESTABLISHED_PASSIVE}
      < R 1:1(0) win 0
      state CLOSED
      error reset`);
    expect(t.arrows.at(-1)).toBe("ESTABLISHED → CLOSED");
    expect(t.conn.readable).toBe(true);
  });

  it("answers a RST elsewhere in the window with a challenge ACK, and stays", () => {
    script(`${ESTABLISHED_PASSIVE}
      < R 5000:5000(0) win 0
      > . 1:1(0) ack 1 win 65535
      state ESTABLISHED`);
  });

  it("ignores a RST outside the window, sending nothing", () => {
    script(`${ESTABLISHED_PASSIVE}
      < R 70000:70000(0) win 0
      < R. 4294967000:4294967000(0) ack 1 win 0
      state ESTABLISHED`);
  });

  it("answers a SYN, in the window or not, with a challenge ACK", () => {
    script(`${ESTABLISHED_PASSIVE}
      < S 500:500(0) win 8192 <mss 1000>
      > . 1:1(0) ack 1 win 65535
      < S 0:0(0) win 8192 <mss 1000>
      > . 1:1(0) ack 1 win 65535
      state ESTABLISHED`);
  });

  it("answers an ACK of data never sent, or too far behind, and ignores it", () => {
    const t = script(`${ESTABLISHED_PASSIVE}
      < . 1:101(100) ack 50 win 8192
      > . 1:1(0) ack 1 win 65535
      < . 1:101(100) ack 4294950000 win 8192
      > . 1:1(0) ack 1 win 65535
      state ESTABLISHED`);
    expect(t.conn.receiveBuffer.length).toBe(0);
  });

  it("sends a RST and closes when the program aborts", () => {
    script(`${ESTABLISHED_PASSIVE}
      abort
      > R 1:1(0) win 0
      state CLOSED
      error aborted`);
  });
});

describe("SYN_RECEIVED", () => {
  it("is refused by a RST at RCV.NXT", () => {
    script(`
      listen
      < S 0:0(0) win 8192 <mss 1000>
      > S. 0:0(0) ack 1 win 65535 <mss 1460>
      < R 1:1(0) win 0
      state CLOSED
      error refused`);
  });
});
