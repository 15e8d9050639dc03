// chapter: 45-tls-handshake
// Resumption (RFC 8446 §2.2, §4.2.11, §4.6.1): the client keeps the tickets Node's server (OpenSSL)
// sends, offers one in a second connection with psk_dhe_ke and a binder, and the server takes it:
// no Certificate, no CertificateVerify, a fresh key exchange, data both ways. A ticket whose PSK is
// wrong fails its binder, and the server answers with a full handshake or refuses — never resumes.
import { createSecureContext } from "node:tls";
import { describe, expect, it } from "vitest";
import type { Ticket } from "../../../src/kernel/tls/client.ts";
import { TlsClient } from "../../../src/kernel/tls/connection.ts";
import { clientConfig, echo, material, type NodePeer, nodeServerWith } from "./node-peer.ts";

const tick = () => new Promise((r) => setImmediate(r));

/** Runs a handshake, then waits for the server's tickets (OpenSSL sends them after the client's Finished). */
async function session(server: NodePeer, ticket?: Ticket): Promise<TlsClient> {
  const client = new TlsClient(clientConfig(ticket === undefined ? {} : { ticket }));
  server.feed(client.start());
  for (let turn = 0; turn < 60 && client.end === null && (client.connected?.tickets.length ?? 0) === 0; turn++) {
    await tick();
    const bytes = server.drain();
    if (bytes.length > 0) server.feed(client.receive(bytes));
  }
  return client;
}

describe("resumption from a ticket", () => {
  const context = createSecureContext({ cert: material("good.pem"), key: material("good.key"), minVersion: "TLSv1.3" });

  it("keeps the server's tickets, and a second session resumes with one: no certificate, data both ways", async () => {
    const first = await session(nodeServerWith(context).peer);
    expect(first.connected?.resumed).toBe(false);
    const tickets = first.connected?.tickets ?? [];
    expect(tickets.length).toBeGreaterThan(0);
    const { peer, socket } = nodeServerWith(context);
    const second = await session(peer, tickets[0]);
    expect(second.end).toBeNull();
    expect(second.connected?.resumed).toBe(true);
    expect(second.connected?.scheme).toBe(0);
    expect(socket.isSessionReused()).toBe(true);
    expect(await echo(second, peer, "resumed")).toBe("echo: resumed");
  });

  it("a ticket whose PSK is not the server's fails its binder and is never resumed", async () => {
    const first = await session(nodeServerWith(context).peer);
    const ticket = first.connected?.tickets[0] as Ticket;
    const forged: Ticket = { ...ticket, psk: ticket.psk.map((b) => b ^ 1) };
    const { peer, socket } = nodeServerWith(context);
    const second = await session(peer, forged);
    expect(second.connected?.resumed ?? false).toBe(false);
    expect(socket.isSessionReused()).toBe(false);
  });
});
