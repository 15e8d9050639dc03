// The measurements of bench:tls (tls.ts reads the command line and loads this file).
import { randomFillSync } from "node:crypto";
import { readFileSync } from "node:fs";
import { Duplex } from "node:stream";
import { TLSSocket, connect, createSecureContext } from "node:tls";
import { SignatureScheme } from "../../src/kernel/tls/certificate.ts";
import { TlsClient } from "../../src/kernel/tls/connection.ts";
import { GROUP_SECP256R1, GROUP_X25519 } from "../../src/kernel/tls/messages.ts";
import { X509Verifier } from "../../src/kernel/tls/roots.ts";
import { CIPHER_SUITES } from "../../src/kernel/tls/suites.ts";
import { trustStore } from "../../src/kernel/x509/path.ts";

const material = (name: string) => readFileSync(new URL(`../../test/material/tls/${name}`, import.meta.url));
const pemDer = (pem: Buffer) => new Uint8Array(Buffer.from(pem.toString().replace(/-----[^-]+-----|\s/g, ""), "base64"));
const NOW = Date.UTC(2026, 0, 1);
const GROUPS = [
  { id: GROUP_X25519, name: "x25519", node: "X25519" },
  { id: GROUP_SECP256R1, name: "secp256r1", node: "P-256" },
];
const tick = () => new Promise((r) => setImmediate(r));

/** Two Duplex ends joined back to back: what one writes, the other reads. */
function pipePair(): [Duplex, Duplex] {
  const ends: Duplex[] = [];
  for (let i = 0; i < 2; i++)
    ends.push(
      new Duplex({
        read() {},
        write(chunk, _enc, done) {
          ends[1 - i].push(chunk);
          done();
        },
      }),
    );
  return [ends[0], ends[1]];
}

/** A Node server for one suite and group; it counts the application bytes it receives. */
function server(end: Duplex, suite: string, group: string): { received: () => number } {
  const context = createSecureContext({ cert: material("good.pem"), key: material("good.key"), minVersion: "TLSv1.3", ciphers: suite, ecdhCurve: group });
  const s = new TLSSocket(end, { isServer: true, secureContext: context });
  let got = 0;
  s.on("data", (d: Buffer) => (got += d.length));
  s.on("error", () => {});
  return { received: () => got };
}

/** The book's client on `end`, verifying the chain against the test CA: connected, or throws. */
async function oursConnect(end: Duplex, suiteId: number, group: number): Promise<TlsClient> {
  const client = new TlsClient({
    serverName: "linux.vnet",
    cipherSuites: [suiteId],
    groups: GROUPS.map((g) => g.id),
    signatureSchemes: Object.values(SignatureScheme),
    minRsaBits: 2048,
    random: (out) => randomFillSync(out),
    verifier: new X509Verifier(trustStore([pemDer(material("ca.pem"))]), NOW),
  });
  const inbox: Buffer[] = [];
  end.on("data", (d: Buffer) => inbox.push(d));
  end.write(client.start());
  while (client.connected === null) {
    if (client.end !== null) throw new Error(`bench:tls: our handshake failed: ${JSON.stringify(client.end)}`);
    await tick();
    if (inbox.length > 0) {
      const reply = client.receive(Buffer.concat(inbox.splice(0)));
      if (reply.length > 0) end.write(reply);
    }
  }
  const { suite, group: used } = client.connected;
  if (suite.id !== suiteId || used !== group) throw new Error(`bench:tls: we negotiated ${suite.name} and group ${used}`);
  return client;
}

/** Node's client on `end`, verifying against the same CA. */
function nodeConnect(end: Duplex, suite: string, group: string): Promise<TLSSocket> {
  return new Promise((resolve, reject) => {
    const s = connect({ socket: end, servername: "linux.vnet", ca: material("ca.pem"), minVersion: "TLSv1.3", ciphers: suite, ecdhCurve: group });
    s.once("secureConnect", () => {
      const got = s.getCipher().standardName;
      if (got !== suite) reject(new Error(`bench:tls: Node negotiated ${got}, not ${suite}`));
      else resolve(s);
    });
    s.once("error", reject);
  });
}

/** Handshakes per second of one client, `n` in a row. */
async function handshakes(n: number, one: () => Promise<void>): Promise<number> {
  await one(); // warm-up
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await one();
  return n / ((performance.now() - t0) / 1000);
}

/** MB/s of `bytes` of application data from a client to the server, until the server has them all. */
async function bulk(bytes: number, write: (chunk: Uint8Array) => void, received: () => number): Promise<number> {
  const chunk = new Uint8Array(16 * 1024).fill(0x61);
  // Warm-up: the first MiB is sent untimed, so both clients are measured with their code optimised.
  const warm = 1024 * 1024;
  for (let sent = 0; sent < warm; sent += chunk.length) write(chunk);
  while (received() < warm) await tick();
  const t0 = performance.now();
  for (let sent = 0; sent < bytes; sent += chunk.length) {
    write(chunk);
    if ((sent / chunk.length) % 64 === 63) await tick();
  }
  while (received() < warm + bytes) await tick();
  return bytes / 1e6 / ((performance.now() - t0) / 1000);
}

const row = (cells: (string | number)[]) =>
  console.log(cells.map((c, i) => (i === 0 ? String(c).padEnd(54) : String(c).padStart(12))).join(""));
const fixed = (v: number, d = 1) => v.toFixed(d);

export async function benchTls(n: number, mib: number): Promise<void> {
  console.log(`bench:tls: ${n} handshakes per row and client, ${mib} MiB per suite; one Node server over an in-memory pipe`);
  row(["handshakes/s", "ours", "Node", "ours/Node"]);
  for (const suite of CIPHER_SUITES)
    for (const g of GROUPS) {
      const ours = await handshakes(n, async () => {
        const [a, b] = pipePair();
        server(b, suite.name, g.node);
        await oursConnect(a, suite.id, g.id);
      });
      const node = await handshakes(n, async () => {
        const [a, b] = pipePair();
        server(b, suite.name, g.node);
        (await nodeConnect(a, suite.name, g.node)).destroy();
      });
      row([`${suite.name} ${g.name}${g.id === GROUP_SECP256R1 ? " (ours: retry)" : ""}`, fixed(ours), fixed(node), fixed(ours / node, 3)]);
    }
  const bytes = mib * 1024 * 1024;
  row(["bulk MB/s, client to server", "ours", "Node", "ours/Node"]);
  for (const suite of CIPHER_SUITES) {
    let [a, b] = pipePair();
    let srv = server(b, suite.name, "X25519");
    const client = await oursConnect(a, suite.id, GROUP_X25519);
    const end = a;
    const ours = await bulk(bytes, (c) => end.write(client.send(c)), srv.received);
    [a, b] = pipePair();
    srv = server(b, suite.name, "X25519");
    const socket = await nodeConnect(a, suite.name, "X25519");
    const node = await bulk(bytes, (c) => socket.write(c), srv.received);
    socket.destroy();
    row([suite.name, fixed(ours), fixed(node), fixed(ours / node, 3)]);
  }
}
