// chapter: 45-tls-handshake
// The TLS 1.3 key schedule (chapter 44) against every intermediate value of RFC 8448 §3: the
// HkdfLabel encodings, the three secrets, the "derived" salts, the transcript hashes, the four
// traffic secrets, the exporter and resumption secrets, both Finished values and the traffic keys.
import { describe, expect, it } from "vitest";
import { hashBytes } from "../../../src/kernel/crypto/hash.ts";
import { SHA256 } from "../../../src/kernel/crypto/sha256.ts";
import { x25519Shared } from "../../../src/kernel/crypto/x25519.ts";
import {
  derivedSalt,
  EarlySecret,
  finishedKey,
  finishedVerifyData,
  hkdfLabel,
  nextTrafficSecret,
  ticketPsk,
  Transcript,
} from "../../../src/kernel/tls/key-schedule.ts";
import { TLS_AES_128_GCM_SHA256 } from "../../../src/kernel/tls/suites.ts";
import { hex, ks, message, trace, unhex } from "./rfc8448.ts";

const suite = TLS_AES_128_GCM_SHA256;
const m = trace.handshake_messages;

function transcriptOf(...names: string[]): Uint8Array {
  const t = new Transcript(SHA256);
  for (const n of names) t.add(unhex(m[n]));
  return t.current();
}

const helloHash = transcriptOf("client_hello", "server_hello");
const serverFlight = ["client_hello", "server_hello", "encrypted_extensions", "certificate", "certificate_verify", "server_finished"];
const handshakeHash = transcriptOf(...serverFlight);
const fullHash = transcriptOf(...serverFlight, "client_finished");

const shared = x25519Shared(unhex(trace.inputs.client_x25519_private), unhex(trace.inputs.server_x25519_public));
if (shared === null) throw new Error("the RFC's shared secret is zero");
const early = new EarlySecret(suite);
const hs = early.handshake(shared);
const master = hs.master();

describe("HKDF-Expand-Label's info", () => {
  it("encodes length, the tls13 label and the context as the RFC shows", () => {
    expect(hex(hkdfLabel("derived", hashBytes(SHA256), 32))).toBe(ks("derived_info"));
    expect(hex(hkdfLabel("c hs traffic", helloHash, 32))).toBe(ks("c_hs_traffic_info"));
    expect(hex(hkdfLabel("s hs traffic", helloHash, 32))).toBe(ks("s_hs_traffic_info"));
    expect(hex(hkdfLabel("key", new Uint8Array(0), 16))).toBe(trace.traffic_keys.key_info as string);
    expect(hex(hkdfLabel("iv", new Uint8Array(0), 12))).toBe(trace.traffic_keys.iv_info as string);
    expect(hex(hkdfLabel("finished", new Uint8Array(0), 32))).toBe(trace.finished.finished_info);
    expect(hex(hkdfLabel("resumption", Uint8Array.of(0, 0), 32))).toBe(ks("resumption_info_nonce_0000"));
  });

  it("refuses a label that does not fit in its length byte", () => {
    expect(() => hkdfLabel("x".repeat(250), new Uint8Array(0), 32)).toThrow(RangeError);
  });
});

describe("the secrets of RFC 8448 §3", () => {
  it("derives the ECDHE shared secret from the fixed keys", () => {
    expect(hex(shared)).toBe(ks("ecdhe_shared_secret"));
  });

  it("derives the early, handshake and master secrets and both derived salts", () => {
    expect(hex(early.secret)).toBe(ks("early_secret"));
    expect(hex(derivedSalt(SHA256, early.secret))).toBe(ks("derived_for_handshake"));
    expect(hex(hs.secret)).toBe(ks("handshake_secret"));
    expect(hex(derivedSalt(SHA256, hs.secret))).toBe(ks("derived_for_master"));
    expect(hex(master.secret)).toBe(ks("master_secret"));
  });

  it("hashes the transcript at the three points the schedule needs", () => {
    expect(hex(helloHash)).toBe(ks("transcript_hash_ch_sh"));
    expect(hex(handshakeHash)).toBe(ks("transcript_hash_ch_to_server_finished"));
    expect(hex(fullHash)).toBe(ks("transcript_hash_ch_to_client_finished"));
  });

  it("derives the four traffic secrets, the exporter and the resumption secret", () => {
    expect(hex(hs.clientTraffic(helloHash).secret)).toBe(ks("client_handshake_traffic_secret"));
    expect(hex(hs.serverTraffic(helloHash).secret)).toBe(ks("server_handshake_traffic_secret"));
    expect(hex(master.clientTraffic(handshakeHash).secret)).toBe(ks("client_application_traffic_secret_0"));
    expect(hex(master.serverTraffic(handshakeHash).secret)).toBe(ks("server_application_traffic_secret_0"));
    expect(hex(master.exporter(handshakeHash))).toBe(ks("exporter_master_secret"));
    expect(hex(master.resumption(fullHash))).toBe(ks("resumption_master_secret"));
    const psk = ticketPsk(suite, master.resumption(fullHash), Uint8Array.of(0, 0));
    expect(hex(psk)).toBe(ks("resumption_psk_ticket_nonce_0000"));
  });
});

describe("Finished and the traffic keys of RFC 8448 §3", () => {
  const serverHs = hs.serverTraffic(helloHash);
  const clientHs = hs.clientTraffic(helloHash);

  it("derives both finished keys and both verify_data values", () => {
    const throughCv = transcriptOf(...serverFlight.slice(0, 5));
    expect(hex(finishedKey(serverHs))).toBe(trace.finished.server_finished_key);
    expect(hex(finishedKey(clientHs))).toBe(trace.finished.client_finished_key);
    expect(hex(finishedVerifyData(serverHs, throughCv))).toBe(trace.finished.server_verify_data);
    expect(hex(finishedVerifyData(clientHs, handshakeHash))).toBe(trace.finished.client_verify_data);
    expect(hex(message("server_finished").subarray(4))).toBe(trace.finished.server_verify_data);
  });

  it("derives the key and IV of all four traffic secrets (§7.3)", () => {
    const pairs = {
      server_handshake: serverHs.keys(),
      client_handshake: clientHs.keys(),
      server_application_0: master.serverTraffic(handshakeHash).keys(),
      client_application_0: master.clientTraffic(handshakeHash).keys(),
    };
    for (const [name, keys] of Object.entries(pairs)) {
      expect({ name, key: hex(keys.key), iv: hex(keys.iv) }).toEqual({ name, ...(trace.traffic_keys[name] as { key: string; iv: string }) });
    }
  });

  it("tags the keys with the stage of the secret they came from", () => {
    expect(serverHs.keys().stage).toBe("handshake");
    expect(master.clientTraffic(handshakeHash).keys().stage).toBe("application");
  });

  it("updates an application secret to a different one of the same length (§7.2)", () => {
    const s0 = master.clientTraffic(handshakeHash);
    const s1 = nextTrafficSecret(s0);
    expect(s1.secret.length).toBe(32);
    expect(hex(s1.secret)).not.toBe(hex(s0.secret));
    expect(s1.stage).toBe("application");
  });
});

describe("stages as types", () => {
  it("refuses, at type-check time, an application secret as a Finished base key", () => {
    const application = master.clientTraffic(handshakeHash);
    // @ts-expect-error: finishedKey takes a TrafficSecret<"handshake"> only (npm run typecheck fails if this compiles)
    const wrong = finishedKey(application);
    expect(wrong.length).toBe(32);
  });
});
