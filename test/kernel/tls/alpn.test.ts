// chapter: 48-tls-server
// ALPN (RFC 7301) on both sides, against OpenSSL (Node) and against each other: the client offers
// its list and learns the server's one choice from EncryptedExtensions; the server picks by its
// own preference, refuses a client it shares no protocol with (no_application_protocol), and
// says nothing to a client that offered none. A server choosing what was not offered is refused.
import { createPrivateKey, randomFillSync } from "node:crypto";
import { createSecureContext } from "node:tls";
import { describe, expect, it } from "vitest";
import { TlsClient, type TlsConnection } from "../../../src/kernel/tls/connection.ts";
import { GROUP_SECP256R1, GROUP_X25519 } from "../../../src/kernel/tls/messages.ts";
import { type ServerConfig, TlsServer } from "../../../src/kernel/tls/server.ts";
import { CIPHER_SUITES } from "../../../src/kernel/tls/suites.ts";
import { clientConfig, material, nodeServerWith } from "./node-peer.ts";

const pemDer = (pem: Buffer) => new Uint8Array(Buffer.from(pem.toString().replace(/-----[^-]+-----|\s/g, ""), "base64"));
const jwk = createPrivateKey(material("good.key")).export({ format: "jwk" });
const serverConfig = (alpn?: string[]): ServerConfig => ({
  cipherSuites: CIPHER_SUITES.map((s) => s.id),
  groups: [GROUP_X25519, GROUP_SECP256R1],
  chain: [pemDer(material("good.pem"))],
  privateKey: new Uint8Array(Buffer.from(jwk.d as string, "base64url")),
  random: (out) => randomFillSync(out),
  alpn,
});

function pump(client: TlsConnection, server: TlsConnection): void {
  let toServer = client.start();
  for (let turn = 0; turn < 10 && toServer.length > 0; turn++) toServer = client.receive(server.receive(toServer));
}

/** Our client against Node's server with `serverAlpn`; the session, or the end. */
async function withNode(offer: string[] | undefined, serverAlpn: string[] | undefined) {
  const context = createSecureContext({ cert: material("good.pem"), key: material("good.key"), minVersion: "TLSv1.3" });
  const { peer, socket } = nodeServerWith(context, false, serverAlpn);
  const client = new TlsClient(clientConfig({ alpn: offer }));
  peer.feed(client.start());
  for (let turn = 0; turn < 50 && client.end === null && client.connected === null; turn++) {
    await new Promise((r) => setImmediate(r));
    const bytes = peer.drain();
    if (bytes.length > 0) peer.feed(client.receive(bytes));
  }
  return { client, socket };
}

describe("ALPN, our client against OpenSSL's server (Node)", () => {
  it("learns the server's choice among the protocols offered", async () => {
    const { client, socket } = await withNode(["h2", "http/1.1"], ["http/1.1"]);
    expect(client.connected?.alpn).toBe("http/1.1");
    expect(socket.alpnProtocol).toBe("http/1.1");
  });

  it("agrees on nothing when it offers nothing", async () => {
    const { client } = await withNode(undefined, ["http/1.1"]);
    expect(client.connected).not.toBeNull();
    expect(client.connected?.alpn).toBeNull();
  });
});

describe("ALPN, our server against our client", () => {
  it("picks by the server's preference, not the client's", () => {
    const client = new TlsClient(clientConfig({ alpn: ["http/1.1", "h2"] }));
    const server = new TlsServer(serverConfig(["h2", "http/1.1"]));
    pump(client, server);
    expect(server.connected?.alpn).toBe("h2");
    expect(client.connected?.alpn).toBe("h2");
  });

  it("refuses a client it shares no protocol with, before its ServerHello", () => {
    const client = new TlsClient(clientConfig({ alpn: ["imap"] }));
    const server = new TlsServer(serverConfig(["http/1.1"]));
    pump(client, server);
    expect(server.end).toMatchObject({ by: "us", alert: "no_application_protocol" });
    expect(client.end).toMatchObject({ by: "peer" });
    expect(client.connected).toBeNull();
  });

  it("says nothing to a client that offered nothing, and a server without ALPN ignores an offer", () => {
    for (const [offer, spoken] of [
      [undefined, ["http/1.1"]],
      [["http/1.1"], undefined],
    ] as const) {
      const client = new TlsClient(clientConfig({ alpn: offer as string[] | undefined }));
      const server = new TlsServer(serverConfig(spoken as string[] | undefined));
      pump(client, server);
      expect([client.connected?.alpn, server.connected?.alpn]).toEqual([null, null]);
    }
  });

  it("a client refuses a choice it did not offer", () => {
    // The hello offers h2; the client's list is changed to http/1.1 before the server answers, so
    // the server's (honest) h2 is, to the client, a protocol it never offered.
    const config = clientConfig({ alpn: ["h2"] });
    const client = new TlsClient(config);
    const server = new TlsServer(serverConfig(["h2"]));
    const flight = server.receive(client.start());
    (config as unknown as { alpn: string[] }).alpn = ["http/1.1"];
    client.receive(flight);
    expect(client.end).toMatchObject({ by: "us", alert: "illegal_parameter" });
    expect(client.end).toMatchObject({ reason: expect.stringMatching(/h2 by ALPN, which the client did not offer/) });
  });
});
