// chapter: 46-x509
// x509-limbo (test/vectors/x509-limbo/) through the book's path validation: no case that must fail
// is accepted, every case answered against expectation is a known one (known-mismatches.json,
// with its reason), and the pass rate on the cases the book supports stays at its measured floor.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { X509Error } from "../../../src/kernel/x509/errors.ts";
import { trustStore, x509Validate } from "../../../src/kernel/x509/path.ts";
import { KNOWN_FILE, limboCases, limboOnlineCases, limboRun, pemToDer } from "../../../tools/x509/limbo-run.ts";

// Measured 2026-12 on limbo-2023-12-02.json and online-2026-03/: 138 of 140 run cases as expected
// (9 skipped).
const PASS_RATE_FLOOR = 138 / 140;
// A fixed clock for cases without a validation_time: their certificates run from 1970 to 2969.
const NOW = Date.UTC(2026, 11, 1);

const online = limboOnlineCases();
const outcomes = [...limboCases(), ...online].map((tc) => limboRun(tc, NOW));
const run = outcomes.filter((o) => o.got !== "skipped");
const wrong = run.filter((o) => o.got !== o.expected);

describe("x509-limbo", () => {
  it("runs the server cases the book supports and skips the rest with a reason", () => {
    expect(outcomes).toHaveLength(135 + 14);
    expect(run.length).toBeGreaterThanOrEqual(140);
    for (const o of outcomes.filter((x) => x.got === "skipped")) expect(o.reason).toMatch(/^feature /);
  });

  it("accepts no chain that must be refused", () => {
    const unsafe = wrong.filter((o) => o.got === "SUCCESS").map((o) => o.id);
    expect(unsafe).toEqual([]);
  });

  it("answers against expectation only in the known cases", () => {
    const known = JSON.parse(readFileSync(KNOWN_FILE, "utf8")) as Record<string, string>;
    const fresh = wrong.filter((o) => !(o.id in known)).map((o) => `${o.id}: ${o.reason}`);
    expect(fresh).toEqual([]);
  });

  it(`passes at least ${(100 * PASS_RATE_FLOOR).toFixed(1)} % of the cases it runs`, () => {
    const pass = run.length - wrong.length;
    expect(pass / run.length).toBeGreaterThanOrEqual(PASS_RATE_FLOOR);
  });

  it("refuses each failing case with a reason and an alert", () => {
    for (const o of run.filter((x) => x.got === "FAILURE")) {
      expect(o.reason).toMatch(/^(bad_certificate|unsupported_certificate|certificate_expired|unknown_ca): \S/);
    }
  });
});

describe("real chains of 2026-03", () => {
  const validate = (tc: (typeof online)[number], time: number, host: string) => {
    try {
      x509Validate(pemToDer(tc.peer_certificate), tc.untrusted_intermediates.map(pemToDer), trustStore(tc.trusted_certs.map(pemToDer)), { time, host });
      return "accepted";
    } catch (e) {
      if (e instanceof X509Error) return e.code;
      throw e;
    }
  };

  it("are accepted at their time and for their host, and refused a year later or for another host", () => {
    for (const tc of online) {
      const time = Date.parse(tc.validation_time ?? "");
      const host = tc.expected_peer_name?.value ?? "";
      expect(validate(tc, time, host), tc.id).toBe("accepted");
      expect(validate(tc, time + 400 * 86_400_000, host), tc.id).toBe("expired");
      expect(validate(tc, time, `${host}.invalid`), tc.id).toBe("wrong-name");
    }
  });
});
