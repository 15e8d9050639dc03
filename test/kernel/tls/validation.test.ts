// chapter: 47-tls-sockets
// The handshake with validation (chapter 47): chapter 45's TlsClient with chapter 47's X509Verifier
// against Node's TLS server (OpenSSL) in memory — no socket, no network — serving the committed
// certificates of test/material/tls/. A good chain connects and carries data; an expired, not yet
// valid, wrong-name, self-signed or badly signed one, or a chain missing its intermediate, ends in
// the alert chapter 46 names, with its reason.
import { randomFillSync } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SignatureScheme } from "../../../src/kernel/tls/certificate.ts";
import { TlsClient } from "../../../src/kernel/tls/connection.ts";
import { GROUP_X25519 } from "../../../src/kernel/tls/messages.ts";
import { rootStoreSplit, X509Verifier } from "../../../src/kernel/tls/roots.ts";
import { CIPHER_SUITES } from "../../../src/kernel/tls/suites.ts";
import { trustStore } from "../../../src/kernel/x509/path.ts";
import { echo, material, nodeServer } from "./node-peer.ts";

const pemDer = (pem: Buffer) =>
  new Uint8Array(Buffer.from(pem.toString().replace(/-----[^-]+-----|\s/g, ""), "base64"));
const NOW = Date.UTC(2026, 0, 1);

/** Runs a handshake of the kernel's client (verifying against the test CA) with Node's server. */
async function handshake(cert: string, key: string, host = "linux.vnet") {
  const server = nodeServer(cert, key);
  const verifier = new X509Verifier(trustStore([pemDer(material("ca.pem"))]), NOW);
  const client = new TlsClient({
    serverName: host,
    cipherSuites: CIPHER_SUITES.map((s) => s.id),
    groups: [GROUP_X25519],
    signatureSchemes: Object.values(SignatureScheme),
    minRsaBits: 2048,
    random: (out) => randomFillSync(out),
    verifier,
  });
  server.feed(client.start());
  for (let turn = 0; turn < 50 && client.end === null && client.connected === null; turn++) {
    await new Promise((r) => setImmediate(r));
    const bytes = server.drain();
    if (bytes.length > 0) server.feed(client.receive(bytes));
  }
  return { client, server, verifier };
}

describe("the handshake with chapter 46's validation, against OpenSSL through Node", () => {
  it("a chain from the test CA for the name asked connects, names its path, and carries data", async () => {
    const { client, server, verifier } = await handshake("good.pem", "good.key");
    expect(client.end).toBeNull();
    expect(client.connected?.scheme).toBe(SignatureScheme.ecdsa_secp256r1_sha256);
    expect(verifier.labels()).toEqual(["linux.vnet", "ViperOS Book Test CA"]);
    expect(await echo(client, server, "hello")).toBe("echo: hello");
  });

  it.each([
    ["expired.pem", "expired.key", "linux.vnet", "certificate_expired", "certificate for linux.vnet has expired (2024-05-01)"],
    ["other.pem", "other.key", "linux.vnet", "bad_certificate", "certificate for other.test is not valid for linux.vnet"],
    ["selfsigned.pem", "selfsigned.key", "linux.vnet", "unknown_ca", "certificate for linux.vnet is self-signed and not trusted"],
    ["badsig.pem", "good.key", "linux.vnet", "bad_certificate", "the signature of ViperOS Book Test CA on the certificate for linux.vnet does not verify"],
    ["good.pem", "good.key", "www.linux.vnet", "bad_certificate", "certificate for linux.vnet is not valid for www.linux.vnet"],
    ["notyet.pem", "notyet.key", "linux.vnet", "certificate_expired", "certificate for linux.vnet is not valid until 2040-01-01"],
    ["orphan.pem", "orphan.key", "linux.vnet", "unknown_ca", "nothing trusted or given is ViperOS Book Test Intermediate, issuer of linux.vnet"],
  ])("%s (key %s) for %s is refused with %s", async (cert, key, host, alert, words) => {
    const { client } = await handshake(cert, key, host);
    expect(client.connected).toBeNull();
    expect(client.end).toMatchObject({ by: "us", alert });
    expect(client.end?.by === "us" && client.end.reason).toContain(words);
  });

  it("the committed root store holds the test CA, and a truncated store is refused", () => {
    const store = readFileSync("build/certs/roots.der");
    const roots = rootStoreSplit(new Uint8Array(store));
    const ca = pemDer(material("ca.pem"));
    expect(roots.some((r) => Buffer.from(r).equals(Buffer.from(ca)))).toBe(true);
    expect(() => rootStoreSplit(new Uint8Array(store.subarray(0, store.length - 1)))).toThrow(/longer than its container/);
  });
});
