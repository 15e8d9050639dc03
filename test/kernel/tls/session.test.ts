// chapter: 48-tls-server
// Chapter 47's session under its system calls, with a TCP connection played by the test: a
// tls_recv into a buffer the kernel cannot write answers INVALID_ARG and loses nothing — the next
// tls_recv into a good buffer gets every byte — and records queued while TCP takes nothing all
// leave, in order, once it takes them again. tls_alpn remakes a session's connection with the
// program's protocols before the handshake (the client offers them, the server chooses by its
// own order or refuses with no_application_protocol) and tls_info names the one agreed;
// tls_handshake gives up after 30 s of silence with TIMEOUT; and a session that fails after its
// handshake tells tls_info its own reason, not a generic one. Each call asks its own rights of
// the session's handle, in a real handle table.
import { createPrivateKey, randomFillSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { Rights } from "../../../src/kernel/cap/rights.ts";
import { CapSpace, HandleTable } from "../../../src/kernel/cap/table.ts";
import { Status } from "../../../src/kernel/lib/status.ts";
import type { TcpSocket } from "../../../src/kernel/net/tcp/sockets.ts";
import { BLOCKED, type SyscallContext } from "../../../src/kernel/syscall/types.ts";
import { TlsClient } from "../../../src/kernel/tls/connection.ts";
import { GROUP_SECP256R1, GROUP_X25519 } from "../../../src/kernel/tls/messages.ts";
import { TlsState, X509Verifier } from "../../../src/kernel/tls/roots.ts";
import { TlsServer } from "../../../src/kernel/tls/server.ts";
import { TLS_HANDSHAKE_TIMEOUT_MS, TLSINFO_OFF_ALPN, TLSINFO_OFF_ERROR, TlsSession, tlsInfoRecord, tlsSyscalls } from "../../../src/kernel/tls/session.ts";
import { CIPHER_SUITES } from "../../../src/kernel/tls/suites.ts";
import { Trace } from "../../../src/kernel/trace.ts";
import { trustStore } from "../../../src/kernel/x509/path.ts";
import { SYS } from "../../../src/machine/abi.ts";
import { clientConfig, material } from "./node-peer.ts";

const pemDer = (pem: Buffer) => new Uint8Array(Buffer.from(pem.toString().replace(/-----[^-]+-----|\s/g, ""), "base64"));

/** A session over a TCP connection the test plays: `incoming` is what TCP received, `taken` what it sent. */
function connectedSession(shake = true) {
  const jwk = createPrivateKey(material("good.key")).export({ format: "jwk" });
  const server = new TlsServer({
    cipherSuites: CIPHER_SUITES.map((s) => s.id),
    groups: [GROUP_X25519, GROUP_SECP256R1],
    chain: [pemDer(material("good.pem"))],
    privateKey: new Uint8Array(Buffer.from(jwk.d as string, "base64url")),
    random: (out) => randomFillSync(out),
  });
  const client = new TlsClient(clientConfig({ verifier: new X509Verifier(trustStore([pemDer(material("ca.pem"))]), Date.UTC(2026, 0, 1)) }));
  if (shake) server.receive(client.receive(server.receive(client.start())));
  if (shake) expect([client.stateName, server.stateName]).toEqual(["Connected", "Connected"]);
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
  const k = { tls: new TlsState(), trace: new Trace(), net: null, now: 0, uptimeMs: () => k.now };
  const session = new TlsSession({ k, connection: tcp } as unknown as TcpSocket, client, "linux.vnet", null);
  const arrive = (bytes: Uint8Array) => {
    const joined = new Uint8Array(incoming.length + bytes.length);
    joined.set(incoming);
    joined.set(bytes, incoming.length);
    incoming = joined;
  };
  return { server, session, tcp, taken, arrive, k };
}

/** Calls a TLS system call on `session` the way the dispatcher would, with `user` as the buffer. */
function call(nr: number, session: TlsSession, len: number, user: { write?: (b: Uint8Array) => Status; read?: () => Uint8Array | Status; readString?: () => string | Status }, rights: number = Rights.ALL) {
  const table = new HandleTable(new CapSpace());
  const h = table.insert(session, rights);
  const results: number[] = [];
  const deadlines: number[] = [];
  const ctx = {
    k: (session.socket as unknown as { k: unknown }).k,
    proc: { handles: table },
    handle: () => h,
    num: (i: number) => [1, 0x1000, len][i],
    user: () => user,
    result: (_n: number, v: number | bigint) => results.push(Number(v)),
    block: (_q: unknown, deadline?: number) => {
      deadlines.push(deadline ?? -1);
      return BLOCKED;
    },
  } as unknown as SyscallContext;
  const def = tlsSyscalls.find((d) => d.nr === nr);
  if (def === undefined) throw new Error(`no call ${nr}`);
  return { status: def.handler(ctx), x1: results[0], deadline: deadlines[0] };
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

  it("each call asks its own rights of the session's handle: READ to receive and describe, WRITE to send and choose ALPN, both to shake hands", () => {
    const { session } = connectedSession();
    const ok = { write: () => Status.OK, read: () => new Uint8Array(1), readString: () => "http/1.1" };
    const outcome = (rights: number) =>
      [SYS.tls_handshake, SYS.tls_send, SYS.tls_recv, SYS.tls_info, SYS.tls_alpn].map((nr) => call(nr, session, 1, ok, rights).status === Status.PERMISSION);
    expect(outcome(Rights.READ)).toEqual([true, true, false, false, true]);
    expect(outcome(Rights.WRITE)).toEqual([true, false, true, true, false]);
    expect(outcome(Rights.READ | Rights.WRITE)).toEqual([false, false, false, false, false]);
    expect(call(SYS.tls_close, session, 0, {}, Rights.NONE).status).toBe(Status.OK);
  });

  it("tls_handshake waits for the peer at most 30 s, then answers TIMEOUT and tls_info says in which state", () => {
    const { session, tcp, k } = connectedSession(false);
    tcp.sendBuffer.free = 1 << 20;
    k.now = 5000;
    const first = call(SYS.tls_handshake, session, 0, {});
    expect([first.status, first.deadline]).toEqual([BLOCKED, 5000 + TLS_HANDSHAKE_TIMEOUT_MS]);
    k.now = 5000 + TLS_HANDSHAKE_TIMEOUT_MS - 1;
    expect(call(SYS.tls_handshake, session, 0, {}).status).toBe(BLOCKED);
    k.now = 5000 + TLS_HANDSHAKE_TIMEOUT_MS;
    expect(call(SYS.tls_handshake, session, 0, {}).status).toBe(Status.TIMEOUT);
    expect(infoString(session, TLSINFO_OFF_ERROR)).toBe("the peer did not finish the handshake within 30 s (in ExpectServerHello)");
    expect(call(SYS.tls_handshake, session, 0, {}).status).toBe(Status.TIMEOUT);
  });

  it("tls_alpn before the handshake: the client offers the list, the server's choice is in tls_info", () => {
    const { session } = connectedSession(false);
    const server = alpnServer(["http/1.1"]);
    session.withAlpn = (alpn) => new TlsClient(clientConfig({ alpn, verifier: new X509Verifier(trustStore([pemDer(material("ca.pem"))]), Date.UTC(2026, 0, 1)) }));
    expect(call(SYS.tls_alpn, session, 0, { readString: () => "h2,http/1.1" }).status).toBe(Status.OK);
    server.receive(session.tls.receive(server.receive(session.tls.start())));
    expect(session.tls.connected?.alpn).toBe("http/1.1");
    expect(infoString(session, TLSINFO_OFF_ALPN)).toBe("http/1.1");
  });

  it("tls_alpn refuses a malformed list, and any list once the handshake has started", () => {
    const { session } = connectedSession(false);
    session.withAlpn = (alpn) => new TlsClient(clientConfig({ alpn }));
    for (const bad of ["h2,,http/1.1", ",h2", "h2 ", "x".repeat(32), `${"ab,".repeat(85)}abc`])
      expect(call(SYS.tls_alpn, session, 0, { readString: () => bad }).status, bad).toBe(Status.INVALID_ARG);
    expect(call(SYS.tls_alpn, session, 0, { readString: () => "x".repeat(31) }).status).toBe(Status.OK);
    session.started = true;
    expect(call(SYS.tls_alpn, session, 0, { readString: () => "http/1.1" }).status).toBe(Status.INVALID_ARG);
  });

  it("a server session with tls_alpn refuses a client that offers none of its protocols with no_application_protocol", () => {
    const { session } = connectedSession(false);
    const serverSession = new TlsSession(session.socket, alpnServer(undefined), "", null);
    serverSession.withAlpn = (alpn) => alpnServer(alpn);
    expect(call(SYS.tls_alpn, serverSession, 0, { readString: () => "http/1.1" }).status).toBe(Status.OK);
    const client = new TlsClient(clientConfig({ alpn: ["h2"] }));
    client.receive(serverSession.tls.receive(client.start()));
    expect(serverSession.tls.end).toMatchObject({ by: "us", alert: "no_application_protocol" });
    expect(infoString(serverSession, TLSINFO_OFF_ERROR)).toBe("the client offers h2; the server speaks http/1.1");
    expect(infoString(serverSession, TLSINFO_OFF_ALPN)).toBe("");
  });

  it("after the handshake, a record that does not authenticate ends tls_recv with CONNECTION and its own reason", () => {
    const { server, session, arrive } = connectedSession();
    const record = server.send(new Uint8Array(100).fill(7));
    record[record.length - 1] ^= 1;
    arrive(record);
    expect(call(SYS.tls_recv, session, 4096, { write: () => Status.OK }).status).toBe(Status.CONNECTION);
    expect(infoString(session, TLSINFO_OFF_ERROR)).toBe("a record failed to authenticate");
  });

  it("after the handshake, a connection cut without close_notify is the end of data, and tls_info says it was not clean", () => {
    const { session, tcp } = connectedSession();
    tcp.finReceived = true;
    const r = call(SYS.tls_recv, session, 4096, { write: () => Status.OK });
    expect([r.status, r.x1]).toEqual([Status.OK, 0]);
    expect(infoString(session, TLSINFO_OFF_ERROR)).toBe("the server closed the connection without close_notify");
  });
});

/** The NUL-terminated string at `offset` of the session's TLSInfo record. */
function infoString(session: TlsSession, offset: number): string {
  const record = tlsInfoRecord(session);
  const end = record.indexOf(0, offset);
  return new TextDecoder().decode(record.subarray(offset, end));
}

/** A server with the good certificate that speaks `alpn` (none: ALPN ignored). */
function alpnServer(alpn: readonly string[] | undefined): TlsServer {
  const jwk = createPrivateKey(material("good.key")).export({ format: "jwk" });
  return new TlsServer({
    cipherSuites: CIPHER_SUITES.map((s) => s.id),
    groups: [GROUP_X25519, GROUP_SECP256R1],
    chain: [pemDer(material("good.pem"))],
    privateKey: new Uint8Array(Buffer.from(jwk.d as string, "base64url")),
    random: (out) => randomFillSync(out),
    ...(alpn === undefined ? {} : { alpn }),
  });
}
