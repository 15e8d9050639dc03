// chapter: 45-tls-handshake
// A server that asks for a client certificate (RFC 8446 §4.3.2) gets what §4.4.2 says a client
// without one must send: an empty Certificate echoing the request's context, before its Finished.
// Against Node's TLS server (OpenSSL) in memory, with requestCert on and unauthorised clients let in.
import { describe, expect, it } from "vitest";
import { TlsClient } from "../../../src/kernel/tls/connection.ts";
import { clientConfig, echo, nodeServer } from "./node-peer.ts";

/** The number of records in a run of whole records. */
function records(bytes: Uint8Array): number {
  let n = 0;
  for (let at = 0; at + 5 <= bytes.length; at += 5 + ((bytes[at + 3] << 8) | bytes[at + 4])) n++;
  return n;
}

/** A handshake with Node's server; the records of the client's last flight, and the session. */
async function handshake(requestCert: boolean) {
  const server = nodeServer("good.pem", "good.key", {}, requestCert);
  const client = new TlsClient(clientConfig());
  server.feed(client.start());
  let lastFlight = 0;
  for (let turn = 0; turn < 50 && client.end === null && client.connected === null; turn++) {
    await new Promise((r) => setImmediate(r));
    const bytes = server.drain();
    if (bytes.length === 0) continue;
    const reply = client.receive(bytes);
    lastFlight = records(reply);
    server.feed(reply);
  }
  return { client, server, lastFlight };
}

describe("a CertificateRequest", () => {
  it("is answered with an empty Certificate before the Finished, and the session carries data", async () => {
    const { client, server, lastFlight } = await handshake(true);
    expect(client.end).toBeNull();
    expect(client.connected).not.toBeNull();
    expect(lastFlight).toBe(2); // Certificate (empty) and Finished
    expect(await echo(client, server, "no certificate here")).toBe("echo: no certificate here");
  });

  it("is not answered when the server did not ask: the last flight is the Finished alone", async () => {
    const { client, lastFlight } = await handshake(false);
    expect(client.connected).not.toBeNull();
    expect(lastFlight).toBe(1);
  });
});
