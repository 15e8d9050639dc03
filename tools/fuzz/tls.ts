// npm run fuzz:tls -- [--seed S] [--count N]
//
// A hostile TLS server at the other end of a ViperOS TLS session, reached the way a user program
// reaches it: the machine's shell runs `Fetch https://10.0.2.16/f`, so every byte goes through the
// socket and TLS system calls (chapters 34, 47) of a real Fetch process. The peer is chapter 48's
// TlsServer with the book's test identity, running in this process over a TcpHost; each fetch it
// serves is mutated by one seeded strategy: bytes flipped in the clear ServerHello or in the
// encrypted flight, the stream cut short, records of random type and length inserted, record
// lengths that lie, handshake messages of random type, length and body (in clear before the keys,
// sealed under the real application key after them), a handshake message that claims 16 MiB,
// records duplicated, garbage instead of TLS, and alerts of every description. Every fetch must
// end with one line from Fetch — its bytes or a clean error — and the shell's prompt, in bounded
// time; the kernel must take no fault; and a clean fetch at the end must still work. The last line:
//   fuzz:tls: N fetches, K kernel faults, H hung
import { VirtioNet } from "../../src/emulator/devices/virtio/net.ts";
import { VirtioRng } from "../../src/emulator/devices/virtio/rng.ts";
import { VirtualSwitch } from "../../src/emulator/net/switch.ts";
import type { TcpConnection } from "../../src/kernel/net/tcp/connection.ts";
import { TcpHost } from "../../src/kernel/net/tcp/host.ts";
import { failed } from "../../src/kernel/lib/status.ts";
import { ARP_REPLY, arpPacket } from "../../src/kernel/net/wire/arp.ts";
import { ETHERTYPE_ARP, ETHERTYPE_IPV4, EthernetView, ethernetFrame } from "../../src/kernel/net/wire/ethernet.ts";
import { IP_PROTO_TCP, Ipv4View, ipv4Packet } from "../../src/kernel/net/wire/ipv4.ts";
import { encodeRecord } from "../../src/kernel/tls/record.ts";
import { TlsServer } from "../../src/kernel/tls/server.ts";
import { CIPHER_SUITES } from "../../src/kernel/tls/suites.ts";
import { createSystem } from "../../src/system/index.ts";
import { rootStoreFiles, serverIdentityFiles, standardBootfs } from "../mkbootfs.ts";
import { ME, MY_MAC, rng } from "./net.ts";

/** The peer: 10.0.2.16, an address the test certificate names. */
const PEER = 0x0a000210;
const PEER_MAC = Uint8Array.of(0x52, 0x54, 0x00, 0xaa, 0xbb, 0x10);
const PORT = 443;
/** Virtual time one fetch may take before it counts as hung. */
const FETCH_LIMIT_MS = 40_000;
/** How long the peer waits for the machine before it closes the connection. */
const IDLE_MS = 10_000;

export const STRATEGIES = [
  "none",
  "flip in ServerHello",
  "flip in the encrypted flight",
  "flip in application data",
  "cut short",
  "insert a random record",
  "a record length that lies",
  "a plaintext handshake message of random type, length and body",
  "a sealed handshake message after the handshake",
  "a handshake message claiming 16 MiB",
  "duplicate a record",
  "garbage instead of TLS",
  "an alert",
  "a sealed alert after the handshake",
] as const;
export type Strategy = (typeof STRATEGIES)[number];

export interface TlsFuzzOptions {
  seed: number;
  count: number;
}

export interface TlsFuzzResult {
  fetches: number;
  kernelFaults: number;
  /** Fetches that did not end with a line from Fetch and the prompt in time, with their strategy. */
  hung: string[];
  /** Fetch's last line for each strategy, counted: what the user program was told. */
  outcomes: Map<string, number>;
  /** Whether an unmutated fetch still succeeds at the end. */
  alive: boolean;
  /** Failed fetches after which the peer read an alert from the machine (not every failure can be read:
   * an alert sealed under keys the spoiled handshake never agreed on is noise to the peer). */
  alertsRead: number;
  failures: number;
}

/** The records in `bytes` (a server's output), cut by their headers; a tail that is no record stays whole. */
function records(bytes: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let at = 0;
  while (at + 5 <= bytes.length) {
    const end = Math.min(bytes.length, at + 5 + ((bytes[at + 3] << 8) | bytes[at + 4]));
    out.push(bytes.slice(at, end));
    at = end;
  }
  if (at < bytes.length) out.push(bytes.slice(at));
  return out;
}

const join = (parts: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

const RESPONSE = new TextEncoder().encode("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello");

/** One connection of the peer: chapter 48's server, and the strategy that spoils what it sends. */
class HostileServer {
  private readonly tls: TlsServer;
  private answered = false;
  done = false;
  /** The alert the machine sent, when the peer's server could read it. */
  alert: number | null = null;
  /** When the machine last sent something (ms of its uptime). */
  private heard = -1;
  private readonly out: Uint8Array[] = [];
  readonly conn: TcpConnection;
  readonly strategy: Strategy;
  private readonly r: (n: number) => number;

  constructor(conn: TcpConnection, strategy: Strategy, r: (n: number) => number, identity: { chain: Uint8Array[]; privateKey: Uint8Array }) {
    [this.conn, this.strategy, this.r] = [conn, strategy, r];
    this.tls = new TlsServer({
      cipherSuites: CIPHER_SUITES.map((s) => s.id),
      groups: [0x001d, 0x0017],
      ...identity,
      random: (b) => {
        for (let i = 0; i < b.length; i++) b[i] = r(256);
      },
    });
  }

  private bytes(n: number): Uint8Array {
    return Uint8Array.from({ length: n }, () => this.r(256));
  }

  private flip(b: Uint8Array, from: number): void {
    if (b.length <= from) return;
    for (let i = 1 + this.r(3); i > 0; i--) b[from + this.r(b.length - from)] ^= 1 + this.r(255);
  }

  /** A handshake message: a type, a 24-bit length that may lie, a body. */
  private message(types: readonly number[]): Uint8Array {
    const type = this.r(4) === 0 ? this.r(256) : types[this.r(types.length)];
    const body = this.bytes(this.r(4) === 0 ? this.r(600) : this.r(12));
    const length = this.r(5) === 0 ? this.r(1 << 24) : body.length;
    return join([Uint8Array.of(type, length >> 16, (length >> 8) & 255, length & 255), body]);
  }

  /** The server's answer to the ClientHello, spoiled by the strategy. */
  private spoilFlight(flight: Uint8Array): Uint8Array {
    const recs = records(flight);
    const at = this.r(recs.length + 1);
    switch (this.strategy) {
      case "flip in ServerHello":
        this.flip(recs[0], 5);
        break;
      case "flip in the encrypted flight":
        this.flip(recs[recs.length - 1], 5);
        break;
      case "cut short":
        this.done = true;
        return flight.slice(0, this.r(flight.length));
      case "insert a random record": {
        const type = this.r(3) === 0 ? this.r(256) : 20 + this.r(4);
        const body = this.bytes(this.r(8) === 0 ? (1 << 14) + this.r(400) : this.r(64));
        recs.splice(at, 0, encodeRecord(type, body, this.r(2) === 0 ? 0x0303 : this.r(1 << 16)));
        break;
      }
      case "a record length that lies": {
        const rec = recs[this.r(recs.length)];
        const n = this.r(2) === 0 ? this.r(1 << 16) : ((rec[3] << 8) | rec[4]) + this.r(9) - 4;
        [rec[3], rec[4]] = [(n >> 8) & 255, n & 255];
        break;
      }
      case "a plaintext handshake message of random type, length and body":
        recs.splice(this.r(2), 0, encodeRecord(22, this.message([1, 2, 4, 8, 11, 13, 15, 20, 24, 254])));
        break;
      case "a handshake message claiming 16 MiB": {
        const filler = Array.from({ length: 1100 }, () => encodeRecord(22, new Uint8Array(1 << 14)));
        return join([encodeRecord(22, Uint8Array.of(2, 0xff, 0xff, 0xff)), ...filler]);
      }
      case "duplicate a record": {
        const i = this.r(recs.length);
        recs.splice(i, 0, recs[i].slice());
        break;
      }
      case "garbage instead of TLS":
        return this.bytes(1 + this.r(3000));
      case "an alert":
        recs.splice(at, 0, encodeRecord(21, this.r(4) === 0 ? this.bytes(this.r(5)) : Uint8Array.of(1 + this.r(2), this.r(256))));
        break;
      default:
        break;
    }
    return join(recs);
  }

  /** After the handshake: hostile sealed messages before the response, or a spoiled response. */
  private answer(): Uint8Array {
    const up = this.tls.connected;
    if (up === null) return new Uint8Array(0);
    const parts: Uint8Array[] = [];
    if (this.strategy === "a sealed handshake message after the handshake") parts.push(up.write.sealHandshake(this.message([4, 24, 20, 2, 8, 11])));
    if (this.strategy === "a sealed alert after the handshake") parts.push(up.write.sealAlert(this.r(4), this.r(256)));
    const response = this.tls.send(RESPONSE);
    if (this.strategy === "flip in application data") this.flip(response, 5);
    parts.push(response, this.tls.close());
    return join(parts);
  }

  /**
   * Reads what the machine sent, answers, and writes what TCP takes. A peer that has heard nothing
   * for IDLE_MS closes its end, as a server with a timeout would: a record whose length lies upward
   * leaves both ends waiting for bytes that never come, and only a timeout ends that.
   */
  pump(now: number): void {
    const got = this.conn.read(1 << 20);
    if (got.length > 0 || this.heard < 0) this.heard = now;
    if (now - this.heard > IDLE_MS) this.done = true;
    if (got.length > 0 && !this.done) {
      const before = this.tls.stateName;
      const reply = this.tls.receive(got);
      if (before === "ExpectClientHello" && reply.length > 0) this.out.push(this.spoilFlight(reply));
      else if (reply.length > 0) this.out.push(reply);
      if (this.tls.takeData().length > 0 && !this.answered) {
        this.answered = true;
        this.out.push(this.answer());
        this.done = true;
      }
      if (this.tls.end !== null) this.done = true;
      if (this.tls.end?.by === "peer") this.alert = this.tls.end.description;
    }
    while (this.out.length > 0) {
      const head = this.out[0];
      const n = this.conn.write(head);
      if (failed(n) || n === 0) break;
      if (n === head.length) this.out.shift();
      else this.out[0] = head.subarray(n);
    }
    if (this.done && this.out.length === 0 && (this.conn.state === "ESTABLISHED" || this.conn.state === "CLOSE_WAIT")) this.conn.close();
  }
}

export function fuzzTls(options: TlsFuzzOptions): TlsFuzzResult {
  const r = rng(options.seed);
  const [der, key] = serverIdentityFiles();
  const identity = { chain: [der.data], privateKey: key.data };
  const sw = new VirtualSwitch();
  const port = sw.port();
  const peer = new TcpHost(options.seed);
  port.onReceive = (f) => {
    const e = EthernetView.of(f);
    if (e?.etherType === ETHERTYPE_ARP) port.send(ethernetFrame(MY_MAC, PEER_MAC, ETHERTYPE_ARP, arpPacket(ARP_REPLY, PEER_MAC, PEER, MY_MAC, ME)));
    const p = e?.etherType === ETHERTYPE_IPV4 ? Ipv4View.parse(e.payload) : null;
    if (p instanceof Ipv4View && p.protocol === IP_PROTO_TCP && p.destination === PEER) peer.receive(p.source, PEER, p.payload);
  };
  const system = createSystem({ bootfs: standardBootfs([...rootStoreFiles(), ...serverIdentityFiles()]), virtio: [new VirtioRng(options.seed), new VirtioNet(MY_MAC, sw.port())] });
  system.runUntilWaitingForInput();
  const k = system.kernel!;
  peer.clock = () => k.uptimeMs();
  const listener = peer.listen(PORT, 8)!;
  const faultsBefore = k.stats.kernelFaults;
  let [kernelFaults, id, failures, alertsRead] = [0, 0, 0, 0];
  const guard = (fn: () => void) => {
    try {
      fn();
    } catch {
      kernelFaults++;
    }
  };
  let servers: HostileServer[] = [];
  let strategy: Strategy = "none";
  const step = (ms: number) => {
    guard(() => system.runFor(ms));
    peer.tick();
    for (let c = listener.accept(); c !== null; c = listener.accept()) servers.push(new HostileServer(c, strategy, r, identity));
    for (const s of servers) s.pump(k.uptimeMs());
    for (const o of peer.drain()) {
      const packet = ipv4Packet({ source: PEER, destination: ME, protocol: IP_PROTO_TCP, id: id++ & 0xffff, ttl: 64 }, o.bytes);
      guard(() => port.send(ethernetFrame(MY_MAC, PEER_MAC, ETHERTYPE_IPV4, packet)));
    }
  };
  /** Types a Fetch and runs until the prompt is back; its last Fetch line, or null if it hung. */
  const fetch = (): string | null => {
    const from = system.transcript.length;
    system.uart.input("Fetch https://10.0.2.16/f\n");
    for (let t = 0; t < FETCH_LIMIT_MS; t += 5) {
      step(5);
      const out = system.transcript.slice(from);
      if (/\nSYS:> $/.test(out)) return out.split(/\r?\n/).filter((l) => l.startsWith("Fetch:")).pop() ?? out.trim().split(/\r?\n/).slice(-2, -1)[0] ?? "";
      if (k.panicMessage !== null) return null;
    }
    return null;
  };
  const outcomes = new Map<string, number>();
  const hung: string[] = [];
  for (let i = 0; i < options.count && k.panicMessage === null; i++) {
    strategy = i % 10 === 0 ? "none" : STRATEGIES[1 + r(STRATEGIES.length - 1)];
    servers = [];
    const line = fetch();
    if (line === null) {
      hung.push(`fetch ${i}: ${strategy}`);
      system.uart.input("\x03");
      for (let t = 0; t < 5000 && !/SYS:> $/.test(system.transcript); t += 5) step(5);
    } else {
      const outcome = `${strategy} → ${line.replace(/\d+/g, "N")}`;
      if (!/^hello|^Fetch: \d+ bytes/.test(line)) failures++;
      if (!/^hello|^Fetch: \d+ bytes/.test(line) && servers.some((s) => s.alert !== null)) alertsRead++;
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    for (const s of servers) if (s.conn.state !== "CLOSED") s.conn.abort();
    step(5);
  }
  if (k.panicMessage !== null) kernelFaults++;
  strategy = "none";
  servers = [];
  const last = fetch();
  kernelFaults += k.stats.kernelFaults - faultsBefore;
  return { fetches: options.count, kernelFaults, hung, outcomes, failures, alertsRead, alive: last !== null && /hello|5 bytes/.test(system.transcript.slice(-300)) };
}
