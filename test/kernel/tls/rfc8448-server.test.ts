// chapter: 48-tls-server
// The TLS 1.3 server (chapter 48) replaying RFC 8448 §3 with the RFC's server random, X25519 key,
// certificate and RSA key: its ServerHello and encrypted flight byte for byte, the RFC's secrets
// in its key log, the RFC's application keys. The RSA-PSS salt is recovered from the RFC's own
// CertificateVerify signature with the public key (RFC 8017 §9.1.2 run backwards).
import { describe, expect, it } from "vitest";
import { bigIntToBytes, bitLength, bytesToBigInt, modPow } from "../../../src/kernel/crypto/bigint.ts";
import { hashBytes } from "../../../src/kernel/crypto/hash.ts";
import { mgf1, rsaPublicKey, rsaVerifyPss } from "../../../src/kernel/crypto/rsa.ts";
import { SHA256 } from "../../../src/kernel/crypto/sha256.ts";
import { TlsClient } from "../../../src/kernel/tls/connection.ts";
import { TrafficSecret } from "../../../src/kernel/tls/key-schedule.ts";
import { ContentType, RecordProtection, RecordReader } from "../../../src/kernel/tls/record.ts";
import { emsaPssEncode, type RsaPrivateKey, rsaPssSigner } from "../../../src/kernel/tls/rsa-signer.ts";
import { keyLogLine, type ServerConfig, TlsServer } from "../../../src/kernel/tls/server.ts";
import { TLS_AES_128_GCM_SHA256 } from "../../../src/kernel/tls/suites.ts";
import { hex, ks, message, record, rfc8448Config, trace, unhex } from "./rfc8448.ts";

const rsa = trace.inputs.server_rsa_key_section2;
const big = (h: string) => bytesToBigInt(unhex(h));
const key: RsaPrivateKey = {
  n: big(rsa.modulus),
  e: big(rsa.public_exponent),
  p: big(rsa.prime1),
  q: big(rsa.prime2),
  dP: big(rsa.exponent1),
  dQ: big(rsa.exponent2),
  qInv: big(rsa.coefficient),
};
const bits = bitLength(key.n);

/** The RFC's CertificateVerify signature (after type, length, scheme and signature length). */
const rfcSignature = (): Uint8Array => {
  const cv = message("certificate_verify");
  expect((cv[4] << 8) | cv[5]).toBe(0x0804);
  return cv.subarray(8);
};

/** RFC 8017 §9.1.2 backwards: EM = s^e mod n; H, then DB = maskedDB ⊕ MGF1(H) = zeros ‖ 0x01 ‖ salt. */
function recoverSalt(signature: Uint8Array): Uint8Array {
  const emLen = Math.ceil((bits - 1) / 8);
  const em = bigIntToBytes(modPow(bytesToBigInt(signature), key.e, key.n), emLen);
  expect(em[emLen - 1]).toBe(0xbc);
  const h = em.subarray(emLen - 33, emLen - 1);
  const db = mgf1(SHA256, h, emLen - 33);
  for (let i = 0; i < db.length; i++) db[i] ^= em[i];
  db[0] &= 0xff >>> (8 * emLen - (bits - 1));
  const one = db.indexOf(1);
  expect(db.subarray(0, one).every((b) => b === 0)).toBe(true);
  return db.slice(one + 1);
}

/** A server configured as RFC 8448's NSS server, logging its secrets into `log`. */
function rfcServer(log: Map<string, string>): TlsServer {
  const salt = recoverSalt(rfcSignature());
  const random = [unhex(trace.inputs.server_x25519_private), unhex(trace.inputs.server_random)];
  const config: ServerConfig = {
    cipherSuites: [0x1301, 0x1303, 0x1302],
    groups: [0x001d, 0x0017],
    announcedGroups: [0x001d, 0x0017, 0x0018, 0x0019, 0x0100, 0x0101, 0x0102, 0x0103, 0x0104],
    recordSizeLimit: 0x4001,
    chain: [message("server_certificate_der")],
    signer: rsaPssSigner(key, 0x0804, (out) => out.set(salt)),
    random: (out) => {
      const next = random.shift();
      if (next === undefined || next.length !== out.length) throw new Error("an unexpected draw of randomness");
      out.set(next);
    },
    keyLog: (label, clientRandom, secret) => {
      expect(hex(clientRandom)).toBe(trace.inputs.client_random);
      log.set(label, hex(secret));
    },
  };
  return new TlsServer(config);
}

describe("the server of RFC 8448 §3", () => {
  it("recovers a 32-byte salt from the RFC's signature, and the signer reproduces that signature", () => {
    const salt = recoverSalt(rfcSignature());
    expect(salt.length).toBe(32);
    const pub = rsaPublicKey(unhex(rsa.modulus), unhex(rsa.public_exponent));
    expect(pub).toBeNull(); // chapter 43's floor is 2048 bits; RFC 8448's key has 1024
    const content = new Uint8Array(10).fill(7);
    const signature = rsaPssSigner(key, 0x0804, (out) => out.set(salt)).sign(content);
    const em = emsaPssEncode(SHA256, content, salt, bits - 1);
    expect(hex(bigIntToBytes(modPow(bytesToBigInt(signature), key.e, key.n), em.length))).toBe(hex(em));
    const loose = { n: key.n, e: key.e, bits, size: Math.ceil(bits / 8) };
    expect(rsaVerifyPss(loose, SHA256, content, signature)).toBe(true);
    expect(rsaVerifyPss(loose, SHA256, hashBytes(SHA256, content), signature)).toBe(false);
  });

  it("answers the RFC's ClientHello with the RFC's ServerHello and encrypted flight, byte for byte", () => {
    const server = rfcServer(new Map());
    expect(hex(server.start())).toBe("");
    const reply = server.receive(record("client_hello"));
    expect(server.end).toBeNull();
    expect(hex(reply)).toBe(hex(record("server_hello")) + hex(record("server_encrypted_flight")));
    expect(server.stateName).toBe("ExpectClientFinished");
  });

  it("takes the RFC's client Finished, logs the RFC's secrets, and its application keys are the RFC's", () => {
    const log = new Map<string, string>();
    const server = rfcServer(log);
    server.receive(record("client_hello"));
    expect(hex(server.receive(record("client_finished")))).toBe("");
    expect(server.end).toBeNull();
    expect(server.connected?.scheme).toBe(0x0804);
    expect(Object.fromEntries(log)).toEqual({
      EARLY_SECRET: ks("early_secret"),
      HANDSHAKE_SECRET: ks("handshake_secret"),
      CLIENT_HANDSHAKE_TRAFFIC_SECRET: ks("client_handshake_traffic_secret"),
      SERVER_HANDSHAKE_TRAFFIC_SECRET: ks("server_handshake_traffic_secret"),
      MASTER_SECRET: ks("master_secret"),
      CLIENT_TRAFFIC_SECRET_0: ks("client_application_traffic_secret_0"),
      SERVER_TRAFFIC_SECRET_0: ks("server_application_traffic_secret_0"),
    });
    for (const [label, name] of [
      ["CLIENT_TRAFFIC_SECRET_0", "client_application_0"],
      ["SERVER_TRAFFIC_SECRET_0", "server_application_0"],
    ] as const) {
      const keys = new TrafficSecret("application", TLS_AES_128_GCM_SHA256, unhex(log.get(label) ?? "")).keys();
      expect({ key: hex(keys.key), iv: hex(keys.iv) }).toEqual(trace.traffic_keys[name]);
    }
    expect(keyLogLine("X", unhex(trace.inputs.client_random), unhex("00ff"))).toBe(
      `X ${trace.inputs.client_random} 00ff`,
    );
  });

  it("opens the RFC's client application data, and seals under the RFC's server application key", () => {
    const server = rfcServer(new Map());
    server.receive(record("client_hello"));
    server.receive(record("client_finished"));
    server.receive(record("client_application_data"));
    expect(server.takeData().map(hex)).toEqual([trace.inputs.application_data_payload]);
    const sealed = server.send(unhex(trace.inputs.application_data_payload));
    const rfcKeys = trace.traffic_keys.server_application_0 as { key: string; iv: string };
    const open = new RecordProtection({
      stage: "application",
      suite: TLS_AES_128_GCM_SHA256,
      key: unhex(rfcKeys.key),
      iv: unhex(rfcKeys.iv),
    });
    const reader = new RecordReader();
    reader.push(sealed);
    const wire = reader.next();
    if (wire === null) throw new Error("no record");
    expect(open.open(wire)).toEqual({
      type: ContentType.application_data,
      content: unhex(trace.inputs.application_data_payload),
    });
  });

  it("completes the handshake with chapter 45's client configured as RFC 8448's", () => {
    const server = rfcServer(new Map());
    const client = new TlsClient(rfc8448Config());
    const finished = client.receive(server.receive(client.start()));
    expect(hex(finished)).toBe(hex(record("client_finished")));
    server.receive(finished);
    expect([client.stateName, server.stateName]).toEqual(["Connected", "Connected"]);
  });
});
