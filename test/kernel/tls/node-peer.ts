// Node's TLS server (OpenSSL) on one end of an in-memory pipe, as a peer for the kernel's TLS
// client: no socket, no network. It serves a certificate of test/material/tls/ and answers each
// piece of application data with "echo: " and the data.
import { randomFillSync } from "node:crypto";
import { readFileSync } from "node:fs";
import { Duplex } from "node:stream";
import { type SecureContext, type SecureContextOptions, TLSSocket, createSecureContext } from "node:tls";
import { SignatureScheme } from "../../../src/kernel/tls/certificate.ts";
import type { ClientConfig } from "../../../src/kernel/tls/client.ts";
import type { TlsClient } from "../../../src/kernel/tls/connection.ts";
import { GROUP_SECP256R1, GROUP_X25519 } from "../../../src/kernel/tls/messages.ts";
import { CIPHER_SUITES } from "../../../src/kernel/tls/suites.ts";

export const material = (name: string) => readFileSync(`test/material/tls/${name}`);

/** The kernel client's full offer for linux.vnet (every suite, both groups, every scheme), with changes. */
export const clientConfig = (over: Partial<ClientConfig> = {}): ClientConfig => ({
  serverName: "linux.vnet",
  cipherSuites: CIPHER_SUITES.map((s) => s.id),
  groups: [GROUP_X25519, GROUP_SECP256R1],
  signatureSchemes: Object.values(SignatureScheme),
  minRsaBits: 2048,
  random: (out) => randomFillSync(out),
  ...over,
});

export interface NodePeer {
  /** Bytes from the client into the server. */
  feed(b: Uint8Array): void;
  /** What the server has written since the last call. */
  drain(): Buffer;
}

/** `options` shape the server's context; `requestCert` makes it send a CertificateRequest. */
export function nodeServer(cert: string, key: string, options: SecureContextOptions = {}, requestCert = false): NodePeer {
  const context = createSecureContext({ cert: material(cert), key: material(key), minVersion: "TLSv1.3", ...options });
  return nodeServerWith(context, requestCert).peer;
}

/** A server on a context of the caller's: two servers on one context share its ticket keys; `alpn` its ALPN list. */
export function nodeServerWith(context: SecureContext, requestCert = false, alpn?: string[]): { peer: NodePeer; socket: TLSSocket } {
  const toClient: Buffer[] = [];
  const wire = new Duplex({
    read() {},
    write(chunk, _enc, done) {
      toClient.push(chunk);
      done();
    },
  });
  const server = new TLSSocket(wire, { isServer: true, secureContext: context, requestCert, rejectUnauthorized: false, ALPNProtocols: alpn });
  server.on("error", () => {});
  server.on("data", (d: Buffer) => server.write(`echo: ${d}`));
  const peer = { feed: (b: Uint8Array) => wire.push(Buffer.from(b)), drain: () => Buffer.concat(toClient.splice(0)) };
  return { peer, socket: server };
}

/** Sends `text` over an established session and returns the server's answer. */
export async function echo(client: TlsClient, server: NodePeer, text: string): Promise<string> {
  server.feed(client.send(new TextEncoder().encode(text)));
  let answer = "";
  for (let turn = 0; turn < 50 && answer === ""; turn++) {
    await new Promise((r) => setImmediate(r));
    client.receive(server.drain());
    answer = client.takeData().map((d) => new TextDecoder().decode(d)).join("");
  }
  return answer;
}
