// chapter: 33-tcp
// The TCP segment fuzzer (tools/fuzz/tcp.ts, `npm run fuzz:tcp`) on two seeds: hostile segments at
// a listening port and at an established connection (SACK blocks among them) cause no kernel fault, TCP's holdings stay
// within their bounds, and a fresh connection still carries data both ways.
import { describe, expect, it } from "vitest";
import { fuzzTcp } from "../../../../tools/fuzz/tcp.ts";

describe("fuzz:tcp", () => {
  for (const seed of [1, 2]) {
    it(`seed ${seed}: 0 kernel faults, holdings bounded, still carrying data`, () => {
      const r = fuzzTcp({ seed, count: 2000 });
      expect(r.kernelFaults).toBe(0);
      expect(r.growth).toEqual([]);
      expect(r.alive).toBe(true);
      // The segments reached the connection: it was reset and made again, and each refusal was counted.
      expect(r.reconnects).toBeGreaterThan(0);
      // The peer offered SACK and the fuzz sent blocks: some reached the machine's scoreboard.
      expect(r.sackRanges).toBeGreaterThan(0);
      for (const c of ["tcp: bad checksum", "tcp: bad data offset", "tcp: truncated", "tcp: resets sent"]) {
        expect(r.counters.get(c) ?? 0, c).toBeGreaterThan(0);
      }
    });
  }
});
