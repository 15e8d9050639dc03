// chapter: 48-tls-server
// The TLS 1.3 server (chapter 48) in memory: Node's TLS client (OpenSSL) completes a handshake for
// each suite with x25519 and with secp256r1, verifying the test CA's chain, and exchanges data; a
// server that takes only secp256r1 sends OpenSSL's client through a HelloRetryRequest. Chapter
// 45's client completes handshakes with it, with and without a retry. Each refusal ends in its
// alert, and data before the client's Finished is never taken. KeyUpdate (both chapters' Connected)
// changes keys in both directions with our client and with OpenSSL's, and its malformed forms end
// in their alerts.
import { createPrivateKey, randomFillSync } from "node:crypto";
import { Duplex } from "node:stream";
import { connect } from "node:tls";
import { describe, expect, it } from "vitest";
import { SignatureScheme } from "../../../src/kernel/tls/certificate.ts";
import { type ClientConfig, clientStart } from "../../../src/kernel/tls/client.ts";
import { type TlsConnection, TlsClient } from "../../../src/kernel/tls/connection.ts";
import { GROUP_SECP256R1, GROUP_X25519, HELLO_RETRY_RANDOM } from "../../../src/kernel/tls/messages.ts";
import { X509Verifier } from "../../../src/kernel/tls/roots.ts";
import { ExpectClientHello, type ServerConfig, TlsServer } from "../../../src/kernel/tls/server.ts";
import { CIPHER_SUITES } from "../../../src/kernel/tls/suites.ts";
import { trustStore } from "../../../src/kernel/x509/path.ts";
import { clientConfig as kernelClient, material } from "./node-peer.ts";
import { mutate, rng } from "./xorshift.ts";

const pemDer = (pem: Buffer) => new Uint8Array(Buffer.from(pem.toString().replace(/-----[^-]+-----|\s/g, ""), "base64"));
const jwk = createPrivateKey(material("good.key")).export({ format: "jwk" });
const serverConfig = (over: Partial<ServerConfig> = {}): ServerConfig => ({
  cipherSuites: CIPHER_SUITES.map((s) => s.id),
  groups: [GROUP_X25519, GROUP_SECP256R1],
  chain: [pemDer(material("good.pem"))],
  privateKey: new Uint8Array(Buffer.from(jwk.d as string, "base64url")),
  random: (out) => randomFillSync(out),
  ...over,
});
const clientConfig = (over: Partial<ClientConfig> = {}): ClientConfig =>
  kernelClient({ verifier: new X509Verifier(trustStore([pemDer(material("ca.pem"))]), Date.UTC(2026, 0, 1)), ...over });
const text = (chunks: Uint8Array[]) => chunks.map((c) => Buffer.from(c).toString()).join("");
const HRR = Buffer.from(HELLO_RETRY_RANDOM, "hex");

/** Node's TLS client against our server over an in-memory pipe; resolves once both sides agree. */
function nodeClient(server: TlsServer, options: { ciphers?: string; ecdhCurve?: string }) {
  const fromServer: Buffer[] = [];
  const wire = new Duplex({
    read() {},
    write(chunk, _enc, done) {
      const reply = server.receive(chunk);
      if (reply.length > 0) {
        fromServer.push(Buffer.from(reply));
        wire.push(Buffer.from(reply));
      }
      done();
    },
  });
  const socket = connect({ socket: wire, servername: "linux.vnet", ca: material("ca.pem"), minVersion: "TLSv1.3", ...options });
  const received: Buffer[] = [];
  socket.on("data", (d: Buffer) => received.push(d));
  // Node's side is ready when it has sent its Finished; ours when that Finished has arrived.
  const ready = new Promise<void>((resolve, reject) => {
    socket.once("secureConnect", async () => {
      for (let i = 0; i < 50 && server.connected === null && server.end === null; i++) await tick();
      if (server.connected === null) reject(new Error(`our server did not connect: ${JSON.stringify(server.end)}`));
      else resolve();
    });
    socket.once("error", reject);
  });
  return { socket, ready, received, fromServer, toClient: (b: Uint8Array) => wire.push(Buffer.from(b)) };
}

/** Runs two byte-driven endpoints against each other until neither has anything to send. */
function pump(client: TlsConnection, server: TlsConnection, first: Uint8Array): Uint8Array[] {
  const serverOut: Uint8Array[] = [];
  let toServer = first;
  for (let turn = 0; turn < 10 && toServer.length > 0; turn++) {
    const toClient = server.receive(toServer);
    serverOut.push(toClient);
    toServer = client.receive(toClient);
  }
  return serverOut;
}

const tick = () => new Promise((r) => setImmediate(r));

describe("the server against OpenSSL's client (Node)", () => {
  const groups: [number, string][] = [
    [GROUP_X25519, "X25519"],
    [GROUP_SECP256R1, "P-256"],
  ];
  it.each(CIPHER_SUITES.flatMap((s) => groups.map(([g, curve]) => [s.name, curve, s.id, g] as const)))(
    "%s with %s: the chain verifies and data crosses both ways",
    async (name, curve, id, group) => {
      const server = new TlsServer(serverConfig());
      const c = nodeClient(server, { ciphers: name, ecdhCurve: curve });
      await c.ready;
      expect(c.socket.getCipher().standardName).toBe(name);
      expect(server.connected?.suite.id).toBe(id);
      expect(server.connected?.group).toBe(group);
      c.socket.write("ping");
      const got: Uint8Array[] = [];
      for (let i = 0; i < 20 && text(got) === ""; i++) {
        await tick();
        got.push(...server.takeData());
      }
      expect(text(got)).toBe("ping");
      c.toClient(server.send(new TextEncoder().encode("pong")));
      for (let i = 0; i < 20 && c.received.length === 0; i++) await tick();
      expect(Buffer.concat(c.received).toString()).toBe("pong");
      c.socket.destroy();
    },
  );

  it("asks OpenSSL's client for a secp256r1 share with a HelloRetryRequest when the server takes only that group", async () => {
    const server = new TlsServer(serverConfig({ groups: [GROUP_SECP256R1] }));
    const c = nodeClient(server, { ecdhCurve: "X25519:P-256" });
    await c.ready;
    expect(server.connected?.group).toBe(GROUP_SECP256R1);
    expect(Buffer.concat(c.fromServer).includes(HRR)).toBe(true);
    c.socket.destroy();
  });
});

describe("the server against chapter 45's client", () => {
  it.each([
    ["x25519 in one round trip", [GROUP_X25519, GROUP_SECP256R1], GROUP_X25519, false],
    ["secp256r1 after a HelloRetryRequest", [GROUP_SECP256R1], GROUP_SECP256R1, true],
  ] as const)("agree on %s, and data crosses both ways", (_what, serverGroups, group, retried) => {
    const client = new TlsClient(clientConfig());
    const server = new TlsServer(serverConfig({ groups: serverGroups }));
    const out = pump(client, server, client.start());
    expect(client.end).toBeNull();
    expect(server.end).toBeNull();
    expect([client.connected?.group, server.connected?.group]).toEqual([group, group]);
    expect(Buffer.concat(out).includes(HRR)).toBe(retried);
    server.receive(client.send(new TextEncoder().encode("to the server")));
    client.receive(server.send(new TextEncoder().encode("to the client")));
    expect([text(server.takeData()), text(client.takeData())]).toEqual(["to the server", "to the client"]);
  });

  it("takes no data sealed before the client's Finished: the record fails under the handshake key", () => {
    const client = new TlsClient(clientConfig());
    const server = new TlsServer(serverConfig());
    const flight = server.receive(client.start());
    const finished = client.receive(flight);
    expect(client.connected).not.toBeNull();
    server.receive(client.send(new TextEncoder().encode("too early")));
    expect(server.end).toMatchObject({ by: "us", alert: "bad_record_mac" });
    server.receive(finished);
    expect(server.takeData()).toEqual([]);
    expect(server.connected).toBeNull();
  });
});

describe("the server's refusals", () => {
  /** The alert our server sends for the ClientHello of this client configuration (or these bytes). */
  function refusal(hello: Uint8Array, server = new TlsServer(serverConfig())): { alert?: string; reason?: string } {
    const record = new TlsClient(clientConfig()).start().subarray(0, 5);
    record[3] = hello.length >> 8;
    record[4] = hello.length & 255;
    server.receive(Buffer.concat([record, hello]));
    return server.end?.by === "us" ? { alert: server.end.alert, reason: server.end.reason } : {};
  }
  const helloOf = (over: Partial<ClientConfig>) => clientStart(clientConfig(over)).hello;

  it.each([
    ["no common suite", { cipherSuites: [0x1303] }, { cipherSuites: [0x1301] }, "handshake_failure", /no cipher suite in common/],
    ["no common group", { groups: [GROUP_X25519] }, { groups: [GROUP_SECP256R1] }, "handshake_failure", /no key-exchange group in common/],
    ["no ecdsa_secp256r1_sha256", { signatureSchemes: [SignatureScheme.rsa_pss_rsae_sha256] }, {}, "handshake_failure", /cannot verify ecdsa_secp256r1_sha256/],
  ] as const)("%s", (_what, client, server, alert, reason) => {
    const r = refusal(helloOf(client), new TlsServer(serverConfig(server)));
    expect(r.alert).toBe(alert);
    expect(r.reason).toMatch(reason);
  });

  it("a ClientHello without TLS 1.3 in supported_versions is protocol_version", () => {
    const hello = Buffer.from(helloOf({}));
    // supported_versions (0x002b) holds 03 04 04 (a 3-byte body: one version): make it TLS 1.2.
    const at = hello.indexOf(Buffer.from([0x00, 0x2b, 0x00, 0x03, 0x02, 0x03, 0x04]));
    expect(at).toBeGreaterThan(0);
    hello[at + 6] = 0x03;
    expect(refusal(hello)).toMatchObject({ alert: "protocol_version" });
  });

  it("a ClientHello that offers compression is illegal_parameter", () => {
    const hello = Buffer.from(helloOf({}));
    const sid = 4 + 2 + 32;
    const suites = sid + 1 + hello[sid];
    const compression = suites + 2 + ((hello[suites] << 8) | hello[suites + 1]);
    expect([hello[compression], hello[compression + 1]]).toEqual([1, 0]);
    hello[compression + 1] = 1;
    expect(refusal(hello)).toMatchObject({ alert: "illegal_parameter", reason: expect.stringMatching(/compression/) });
  });

  it("a wrong client Finished is decrypt_error, and a second ClientHello without the asked share is illegal_parameter", () => {
    const hello = helloOf({});
    const msg = (whole: Uint8Array) => ({ type: whole[0], body: whole.subarray(4), whole });
    const waiting = new ExpectClientHello(serverConfig(), null).handle(msg(hello), []);
    expect(waiting.name).toBe("ExpectClientFinished");
    const forged = Uint8Array.of(20, 0, 0, 32, ...new Uint8Array(32));
    expect(() => waiting.handle(msg(forged), [])).toThrow(expect.objectContaining({ alert: "decrypt_error" }));
    const retrying = new ExpectClientHello(serverConfig({ groups: [GROUP_SECP256R1] }), null).handle(msg(hello), []);
    expect(retrying.name).toBe("ExpectClientHello");
    expect(() => retrying.handle(msg(hello), [])).toThrow(expect.objectContaining({ alert: "illegal_parameter", reason: expect.stringMatching(/no share for the group/) }));
  });
});

describe("the server's fuzzer", () => {
  it("ends every mutated ClientHello in an alert or a handshake, never in a host exception", () => {
    const base = new TlsClient(clientConfig()).start();
    const outcomes = new Map<string, number>();
    for (let seed = 1; seed <= 300; seed++) {
      const { bytes } = mutate(base, rng(seed));
      const server = new TlsServer(serverConfig());
      expect(() => server.receive(bytes), `seed ${seed}`).not.toThrow();
      const outcome = server.end?.by === "us" ? server.end.alert : server.stateName;
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    expect(outcomes.get("ExpectClientFinished")).toBeGreaterThan(0);
    expect([...outcomes.keys()].filter((o) => !o.startsWith("Expect")).length).toBeGreaterThan(2);
  });

  it("never completes the handshake on a mutated client Finished record", () => {
    for (let seed = 1; seed <= 50; seed++) {
      const client = new TlsClient(clientConfig());
      const server = new TlsServer(serverConfig());
      const finished = client.receive(server.receive(client.start()));
      // The record header (5 bytes) is authenticated as associated data, so any change is caught,
      // except a length change, which the record reader refuses before opening.
      const { bytes } = mutate(finished, rng(seed));
      expect(() => server.receive(bytes), `seed ${seed}`).not.toThrow();
      expect(server.connected, `seed ${seed}`).toBeNull();
    }
  });
});

describe("KeyUpdate (RFC 8446 §4.6.3)", () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  const connect = () => {
    const client = new TlsClient(clientConfig());
    const server = new TlsServer(serverConfig());
    pump(client, server, client.start());
    expect(client.connected).not.toBeNull();
    expect(server.connected).not.toBeNull();
    return { client, server };
  };

  it("a requested update is answered, both directions change keys, and data still crosses", () => {
    const { client, server } = connect();
    const before = [client.connected?.read, client.connected?.write];
    const answer = client.receive(server.updateKeys(true));
    expect(answer.length).toBeGreaterThan(0); // the client's own KeyUpdate
    expect(client.connected?.read).not.toBe(before[0]);
    expect(client.connected?.write).not.toBe(before[1]);
    expect(server.receive(answer)).toHaveLength(0);
    expect(server.receive(client.send(enc("after")))).toHaveLength(0);
    expect(text(server.takeData())).toBe("after");
    client.receive(server.send(enc("and back")));
    expect(text(client.takeData())).toBe("and back");
    expect([client.end, server.end]).toEqual([null, null]);
  });

  it("an update not requested changes one direction only, and either side may start one", () => {
    const { client, server } = connect();
    const serverWrite = server.connected?.write;
    expect(server.receive(client.updateKeys(false))).toHaveLength(0); // no answer
    expect(server.connected?.write).toBe(serverWrite);
    for (let i = 0; i < 3; i++) server.receive(client.updateKeys(false));
    server.receive(client.send(enc("fourth key")));
    expect(text(server.takeData())).toBe("fourth key");
  });

  it("records under the old key after an update fail to authenticate", () => {
    const { client, server } = connect();
    const stale = client.send(enc("sealed before"));
    server.receive(client.updateKeys(false));
    server.receive(stale);
    expect(server.end).toMatchObject({ by: "us", alert: "bad_record_mac" });
  });

  it.each([
    ["a request byte other than 0 and 1", Uint8Array.of(24, 0, 0, 1, 2), "illegal_parameter"],
    ["a body of two bytes", Uint8Array.of(24, 0, 0, 2, 0, 0), "decode_error"],
    ["a message after it in the same record", Uint8Array.of(24, 0, 0, 1, 0, 24, 0, 0, 1, 0), "unexpected_message"],
  ])("%s is refused", (_what, message, alert) => {
    const { client, server } = connect();
    server.receive((client.connected as NonNullable<typeof client.connected>).write.sealHandshake(message));
    expect(server.end).toMatchObject({ by: "us", alert });
  });

  it("OpenSSL's client (Node) follows a requested update and keeps talking", async () => {
    const server = new TlsServer(serverConfig());
    const c = nodeClient(server, {});
    await c.ready;
    const readBefore = server.connected?.read;
    c.toClient(server.updateKeys(true));
    c.toClient(server.send(enc("new key")));
    for (let i = 0; i < 20 && c.received.length === 0; i++) await tick();
    expect(Buffer.concat(c.received).toString()).toBe("new key");
    c.socket.write("answered");
    const got: Uint8Array[] = [];
    for (let i = 0; i < 20 && text(got) === ""; i++) {
      await tick();
      got.push(...server.takeData());
    }
    expect(text(got)).toBe("answered");
    expect(server.connected?.read).not.toBe(readBefore); // OpenSSL answered with its own KeyUpdate
    expect(server.end).toBeNull();
    c.socket.destroy();
  });
});
