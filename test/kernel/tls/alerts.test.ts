// chapter: 45-tls-handshake
// Every failure of the TLS client ends in an alert with its specific name (chapter 45), and a
// fuzzer: random mutations of RFC 8448's server flight never raise a host exception.
import { describe, expect, it } from "vitest";
import { TlsClient } from "../../../src/kernel/tls/connection.ts";
import { encodeRecord } from "../../../src/kernel/tls/record.ts";
import { message, record, rfc8448Config, serverFlight } from "./rfc8448.ts";
import { mutate, rng } from "./xorshift.ts";

function afterFlight(flight: Uint8Array, config = rfc8448Config()): TlsClient {
  const c = new TlsClient(config);
  c.start();
  c.receive(flight);
  return c;
}

const alertOf = (c: TlsClient): string | undefined => (c.end?.by === "us" ? c.end.alert : undefined);
const handshakeRecord = (msg: Uint8Array): Uint8Array => encodeRecord(22, msg);

describe("alerts with specific reasons", () => {
  it("a changed byte in the encrypted flight is bad_record_mac", () => {
    const flight = serverFlight();
    flight[flight.length - 1] ^= 1;
    expect(alertOf(afterFlight(flight))).toBe("bad_record_mac");
  });

  it("a message out of order is unexpected_message", () => {
    expect(alertOf(afterFlight(handshakeRecord(message("encrypted_extensions"))))).toBe("unexpected_message");
  });

  it("application data before the handshake is unexpected_message", () => {
    expect(alertOf(afterFlight(encodeRecord(23, Uint8Array.of(1, 2, 3))))).toBe("unexpected_message");
  });

  it("a suite that was not offered is illegal_parameter", () => {
    const sh = message("server_hello");
    sh[4 + 2 + 32 + 1 + 1] = 0x04; // cipher_suite 0x1301 → 0x1304 (TLS_AES_128_CCM_SHA256)
    expect(alertOf(afterFlight(handshakeRecord(sh)))).toBe("illegal_parameter");
  });

  it("a truncated ServerHello is decode_error", () => {
    const sh = message("server_hello");
    const cut = sh.slice(0, sh.length - 3);
    cut[3] -= 3; // the handshake header's length still matches: the extensions run short
    expect(alertOf(afterFlight(handshakeRecord(cut)))).toBe("decode_error");
  });

  it("a record longer than 2^14 + 256 is record_overflow", () => {
    expect(alertOf(afterFlight(Uint8Array.of(22, 3, 3, 0x41, 0x01)))).toBe("record_overflow");
  });

  it("a client that offered only 2048-bit RSA refuses the RFC's 1024-bit key with decrypt_error", () => {
    expect(alertOf(afterFlight(serverFlight(), { ...rfc8448Config(), minRsaBits: 2048 }))).toBe("decrypt_error");
  });

  it("the alert after ServerHello goes out encrypted under the client handshake key", () => {
    const flight = serverFlight();
    flight[flight.length - 1] ^= 1;
    const c = new TlsClient(rfc8448Config());
    c.start();
    const out = c.receive(flight);
    expect(Array.from(out.subarray(0, 5))).toEqual([23, 3, 3, 0, 19]);
  });

  it("a plaintext record after the server's hello is unexpected_message", () => {
    const flight = new Uint8Array([...record("server_hello"), ...handshakeRecord(message("encrypted_extensions"))]);
    expect(alertOf(afterFlight(flight))).toBe("unexpected_message");
  });
});

/** The two bytes of the ServerHello record's legacy_record_version, which §5.1 says to ignore. */
const IGNORED = new Set([1, 2]);

describe("the fuzzer", () => {
  it("ends every mutated server flight in an alert, never in a host exception", () => {
    const base = serverFlight();
    const outcomes = new Map<string, number>();
    for (let seed = 1; seed <= 200; seed++) {
      const next = rng(seed);
      const { bytes: flight, changed } = mutate(base, next);
      const c = new TlsClient(rfc8448Config());
      c.start();
      expect(() => c.receive(flight), `seed ${seed}`).not.toThrow();
      const outcome = alertOf(c) ?? c.stateName;
      if (outcome === "Connected") expect(changed.every((at) => IGNORED.has(at)), `seed ${seed}`).toBe(true);
      else expect(c.end?.by, `seed ${seed}: ${outcome}`).toBe("us");
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    expect(outcomes.get("bad_record_mac")).toBeGreaterThan(50);
  });
});
