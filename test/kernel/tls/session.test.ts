// chapter: 48-tls-server
// Chapter 47's session under its system calls, with a TCP connection played by the test: a
// tls_recv into a buffer the kernel cannot write answers INVALID_ARG and loses nothing — the next
// tls_recv into a good buffer gets every byte — and records queued while TCP takes nothing all
// leave, in order, once it takes them again.
import { createPrivateKey, randomFillSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { Status } from "../../../src/kernel/lib/status.ts";
import type { TcpSocket } from "../../../src/kernel/net/tcp/sockets.ts";
import { BLOCKED, type SyscallContext } from "../../../src/kernel/syscall/types.ts";
import { TlsClient } from "../../../src/kernel/tls/connection.ts";
import { GROUP_SECP256R1, GROUP_X25519 } from "../../../src/kernel/tls/messages.ts";
import { TlsState, X509Verifier } from "../../../src/kernel/tls/roots.ts";
import { TlsServer } from "../../../src/kernel/tls/server.ts";
import { TlsSession, tlsSyscalls } from "../../../src/kernel/tls/session.ts";
import { CIPHER_SUITES } from "../../../src/kernel/tls/suites.ts";
import { Trace } from "../../../src/kernel/trace.ts";
import { trustStore } from "../../../src/kernel/x509/path.ts";
import { SYS } from "../../../src/machine/abi.ts";
import { clientConfig, material } from "./node-peer.ts";

const pemDer = (pem: Buffer) => new Uint8Array(Buffer.from(pem.toString().replace(/-----[^-]+-----|\s/g, ""), "base64"));

/** A session over a TCP connection the test plays: `incoming` is what TCP received, `taken` what it sent. */
function connectedSession() {
  const jwk = createPrivateKey(material("good.key")).export({ format: "jwk" });
  const server = new TlsServer({
    cipherSuites: CIPHER_SUITES.map((s) => s.id),
    groups: [GROUP_X25519, GROUP_SECP256R1],
    chain: [pemDer(material("good.pem"))],
    privateKey: new Uint8Array(Buffer.from(jwk.d as string, "base64url")),
    random: (out) => randomFillSync(out),
  });
  const client = new TlsClient(clientConfig({ verifier: new X509Verifier(trustStore([pemDer(material("ca.pem"))]), Date.UTC(2026, 0, 1)) }));
  server.receive(client.receive(server.receive(client.start())));
  expect([client.stateName, server.stateName]).toEqual(["Connected", "Connected"]);
  let incoming = new Uint8Array(0);
  const taken: number[] = [];
  const tcp = {
    state: "ESTABLISHED",
    finReceived: false,
    receiveBuffer: { get length() { return incoming.length; } },
    sendBuffer: { free: 0 },
    read(max: number) {
      const out = incoming.slice(0, max);
      incoming = incoming.slice(max);
      return out;
    },
    write(bytes: Uint8Array) {
      const n = Math.min(bytes.length, tcp.sendBuffer.free);
      taken.push(...bytes.subarray(0, n));
      tcp.sendBuffer.free -= n;
      return n;
    },
  };
  const k = { tls: new TlsState(), trace: new Trace(), net: null };
  const session = new TlsSession({ k, connection: tcp } as unknown as TcpSocket, client, "linux.vnet", null);
  const arrive = (bytes: Uint8Array) => {
    const joined = new Uint8Array(incoming.length + bytes.length);
    joined.set(incoming);
    joined.set(bytes, incoming.length);
    incoming = joined;
  };
  return { server, session, tcp, taken, arrive };
}

/** Calls a TLS system call on `session` the way the dispatcher would, with `user` as the buffer. */
function call(nr: number, session: TlsSession, len: number, user: { write?: (b: Uint8Array) => Status; read?: () => Uint8Array | Status }) {
  const results: number[] = [];
  const ctx = {
    proc: { handles: { lookup: () => ({ object: session }) } },
    handle: () => 1,
    num: (i: number) => [1, 0x1000, len][i],
    user: () => user,
    result: (_n: number, v: number | bigint) => results.push(Number(v)),
    block: () => BLOCKED,
  } as unknown as SyscallContext;
  const def = tlsSyscalls.find((d) => d.nr === nr);
  if (def === undefined) throw new Error(`no call ${nr}`);
  return { status: def.handler(ctx), x1: results[0] };
}

describe("a TLS session under its system calls", () => {
  it("loses nothing when tls_recv cannot write the user's buffer", () => {
    const { server, session, arrive } = connectedSession();
    const data = Uint8Array.from({ length: 3000 }, (_, i) => i % 251);
    arrive(server.send(data));
    const bad = call(SYS.tls_recv, session, 4096, { write: () => Status.INVALID_ARG });
    expect(bad.status).toBe(Status.INVALID_ARG);
    const got: number[] = [];
    const good = call(SYS.tls_recv, session, 1000, { write: (b) => {
      got.push(...b);
      return Status.OK;
    } });
    expect([good.status, good.x1]).toEqual([Status.OK, 1000]);
    const rest = call(SYS.tls_recv, session, 4096, { write: (b) => {
      got.push(...b);
      return Status.OK;
    } });
    expect([rest.status, rest.x1]).toEqual([Status.OK, 2000]);
    expect(Uint8Array.from(got)).toEqual(data);
  });

  it("keeps records queued while TCP takes nothing, and sends them all, in order, when it takes them", () => {
    const { server, session, tcp, taken } = connectedSession();
    const chunks = Array.from({ length: 50 }, (_, i) => new Uint8Array(1000).fill(i));
    for (const c of chunks) session.queue(session.tls.send(c));
    expect(session.flush()).toBe(false);
    tcp.sendBuffer.free = 7777; // TCP takes a piece that ends inside a record
    expect(session.flush()).toBe(false);
    expect(taken.length).toBe(7777);
    tcp.sendBuffer.free = 1 << 20;
    expect(session.flush()).toBe(true);
    server.receive(Uint8Array.from(taken));
    expect(server.end).toBeNull();
    expect(Buffer.concat(server.takeData())).toEqual(Buffer.concat(chunks));
  });
});
