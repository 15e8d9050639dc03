// chapter: 32-dns-dhcp
// The packet fuzzer (tools/fuzz/net.ts) on two seeds: hostile frames at every layer cause no
// kernel fault, nothing the stack holds outgrows its limits (DNS answers with pointer loops and
// lying counts included), and the machine still answers.
import { describe, expect, it } from "vitest";
import { fuzzNet } from "../../../tools/fuzz/net.ts";

describe("fuzz:net", () => {
  for (const seed of [1, 2]) {
    it(`seed ${seed}: 0 kernel faults, memory bounded, still answering`, () => {
      const r = fuzzNet({ seed, count: 1500 });
      expect(r.kernelFaults).toBe(0);
      expect(r.growth).toEqual([]);
      expect(r.alive).toBe(true);
      // The frames reached every layer: each kind of refusal was counted.
      const refusals = ["arp: malformed", "ip: bad checksum", "ip: truncated", "icmp: malformed", "udp: bad length"];
      for (const c of [...refusals, "dns: pointer loop", "dns: answers to other questions"]) {
        expect(r.counters.get(c) ?? 0, c).toBeGreaterThan(0);
      }
    });
  }
});
