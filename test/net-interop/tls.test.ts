// chapter: 48-tls-server
// ViperOS's Fetch over HTTPS from `openssl s_server` (chapter 47), on the same kind of link as
// linux.test.ts: a TAP device in a fresh network namespace joined by socat to `npm run boot --net
// dgram:…`, dnsmasq giving ViperOS its address and the name linux.vnet. One s_server per
// certificate of test/material/tls/ (made with make.sh there): the good one is fetched, and the
// expired, not-yet-valid, wrong-name, self-signed and badly signed ones and a broken chain are
// refused, each with its own message;
// TlsInfo describes the good one's session. Three more servers present the good certificate but
// allow only one suite or only the group P-256, so each suite and both groups are used — P-256
// only after a HelloRetryRequest, since ViperOS's first hello shares x25519 — and three present an
// RSA-2048, a P-384 and an Ed25519 certificate, for the schemes rsa_pss_rsae_sha256,
// ecdsa_secp384r1_sha384 and ed25519.
// Two gnutls-serv servers, one of them allowing only ChaCha20-Poly1305 and P-256, are a second
// implementation on the other end. A second session to the same server resumes from the ticket the
// first one kept (RFC 8446 §2.2), and TlsInfo says so. Chapter 47's console transcript is replayed line
// by line, so the chapter shows what the machine prints.
// ALPN (RFC 7301) through tls_alpn: s_server -alpn http/1.1 agrees with TlsInfo's offer (h2,
// http/1.1) and Fetch's (http/1.1); s_server -alpn h2 is chosen by TlsInfo and refuses Fetch with
// no_application_protocol; Node's TLS server (ALPNProtocols h2, http/1.1) chooses h2 for TlsInfo
// and http/1.1 for Fetch; and Node's TLS client, against HttpServe --tls (which speaks
// http/1.1), agrees on http/1.1 when it offers it and is refused when it offers only h2.
// The whole matrix: for every suite × group × signature scheme (3 × 2 × 5) an s_server allowing
// only that suite and group and presenting a certificate for that scheme, one after another on one
// port; TlsInfo names all three. The same matrix again against gnutls-serv (priority strings) and
// against Node's TLS server (ciphers, ecdhCurve, sigalgs), 90 servers in all, through one
// helper. gnutls-serv resumes from its own ticket too, and so does Node's TLS server allowing only
// P-256: a HelloRetryRequest on the first session and again on the resumed one.
// Needs root: without it the setup fails and says so (this test does not skip).
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const NS = `vtls-${process.pid}`;
const TAP = `vtlst${process.pid % 100_000}`;
const NODE_PORT = 20_000 + (process.pid % 10_000) * 2;
const SOCAT_PORT = NODE_PORT + 1;
const dir = mkdtempSync(join(tmpdir(), "net-interop-tls-"));
const material = resolve("test/material/tls");
/** Port → the certificate and key s_server presents there, and what else it is told. */
const SERVERS: Record<number, [string, string, string[]?]> = {
  8443: ["good.pem", "good.key"],
  8444: ["expired.pem", "expired.key"],
  8445: ["other.pem", "other.key"],
  8446: ["selfsigned.pem", "selfsigned.key"],
  8447: ["badsig.pem", "good.key"],
  8448: ["good.pem", "good.key", ["-ciphersuites", "TLS_AES_128_GCM_SHA256", "-groups", "P-256"]],
  8449: ["good.pem", "good.key", ["-ciphersuites", "TLS_AES_256_GCM_SHA384"]],
  8450: ["good.pem", "good.key", ["-ciphersuites", "TLS_CHACHA20_POLY1305_SHA256", "-groups", "P-256"]],
  8451: ["rsa.pem", "rsa.key"],
  8452: ["p384.pem", "p384.key"],
  8453: ["ed25519.pem", "ed25519.key"],
  8454: ["good.pem", "good.key", ["-alpn", "http/1.1"]],
  8455: ["good.pem", "good.key", ["-alpn", "h2"]],
  8456: ["notyet.pem", "notyet.key"],
  8457: ["orphan.pem", "orphan.key"],
};
/** Node's TLS server in the namespace: ALPN h2 then http/1.1, a one-line HTTP answer, the protocol of each session logged. */
const NODE_TLS_PORT = 8470;
const NODE_SERVER = `const tls = require("tls"), fs = require("fs");
const [cert, key, port, curve = "auto"] = process.argv.slice(1);
const answer = "HTTP/1.1 200 OK\\r\\nContent-Length: 16\\r\\nConnection: close\\r\\n\\r\\nhello from Node\\n";
tls.createServer({ cert: fs.readFileSync(cert), key: fs.readFileSync(key), ALPNProtocols: ["h2", "http/1.1"], ecdhCurve: curve, minVersion: "TLSv1.3" }, (s) => {
  console.log("alpn=" + s.alpnProtocol + " reused=" + s.isSessionReused());
  s.on("data", () => s.end(answer));
  s.on("error", () => {});
}).listen(Number(port), "10.0.2.2", () => console.log("listening"));`;
/** Node's TLS client in the namespace to HttpServe --tls on ViperOS: prints the protocol agreed, or the error. */
const NODE_CLIENT = `const tls = require("tls"), fs = require("fs");
const [ca, protocols] = process.argv.slice(1);
const c = tls.connect({ host: "10.0.2.15", port: 8443, servername: "viperos.vnet", ca: fs.readFileSync(ca), ALPNProtocols: protocols.split(","), minVersion: "TLSv1.3" }, () => {
  console.log("alpn=" + c.alpnProtocol);
  c.end("GET /hello.txt HTTP/1.1\\r\\nHost: viperos.vnet\\r\\n\\r\\n");
});
c.on("data", () => {});
c.on("error", (e) => console.log("error=" + e.code));`;
let nodeServer: (ChildProcess & { log: () => string }) | null = null;
/** The same server allowing only P-256, so ViperOS's first hello (x25519) meets a HelloRetryRequest. */
const NODE_HRR_PORT = 8471;
let nodeHrrServer: (ChildProcess & { log: () => string }) | null = null;
/** Port → the priority string gnutls-serv is started with (TLS 1.3 only). */
const GNUTLS: Record<number, string> = {
  8460: "NORMAL:-VERS-ALL:+VERS-TLS1.3",
  8461: "NORMAL:-VERS-ALL:+VERS-TLS1.3:-GROUP-ALL:+GROUP-SECP256R1:-CIPHER-ALL:+CHACHA20-POLY1305",
};
/** The matrix: suites (IANA name, GnuTLS's), groups (OpenSSL's and Node's name, ours, GnuTLS's), certificates and schemes. */
const MATRIX_SUITES: [string, string][] = [
  ["TLS_AES_128_GCM_SHA256", "AES-128-GCM"],
  ["TLS_AES_256_GCM_SHA384", "AES-256-GCM"],
  ["TLS_CHACHA20_POLY1305_SHA256", "CHACHA20-POLY1305"],
];
const MATRIX_GROUPS: [string, string, string][] = [["X25519", "x25519", "X25519"], ["P-256", "secp256r1", "SECP256R1"]];
/** Certificate, key, the one signature algorithm the server is held to (when the key allows two), and the scheme. */
const MATRIX_SCHEMES: [string, string, string | null, string][] = [
  ["good.pem", "good.key", null, "ecdsa_secp256r1_sha256"],
  ["p384.pem", "p384.key", null, "ecdsa_secp384r1_sha384"],
  ["rsa.pem", "rsa.key", "rsa_pss_rsae_sha256", "rsa_pss_rsae_sha256"],
  ["rsa.pem", "rsa.key", "rsa_pss_rsae_sha384", "rsa_pss_rsae_sha384"],
  ["ed25519.pem", "ed25519.key", null, "ed25519"],
];
type MatrixCase = { suite: string; gnutlsSuite: string; group: string; ours: string; gnutlsGroup: string; cert: string; key: string; sigalg: string | null; scheme: string };
const MATRIX: MatrixCase[] = MATRIX_SUITES.flatMap(([suite, gnutlsSuite]) =>
  MATRIX_GROUPS.flatMap(([group, ours, gnutlsGroup]) =>
    MATRIX_SCHEMES.map(([cert, key, sigalg, scheme]) => ({ suite, gnutlsSuite, group, ours, gnutlsGroup, cert, key, sigalg, scheme })),
  ),
);
/** Node's TLS server for one matrix case: only that suite, group and signature algorithm; it answers nothing. */
const NODE_MATRIX_SERVER = `const tls = require("tls"), fs = require("fs");
const [cert, key, suite, curve, sigalgs, port] = process.argv.slice(1);
const options = { cert: fs.readFileSync(cert), key: fs.readFileSync(key), ciphers: suite, ecdhCurve: curve, minVersion: "TLSv1.3" };
if (sigalgs !== "-") options.sigalgs = sigalgs;
tls.createServer(options, (s) => { s.on("error", () => {}); s.end(); }).listen(Number(port), "10.0.2.2", () => console.log("listening"));`;
const MATRIX_PORT = 8480;
const children: ChildProcess[] = [];
let boot: ChildProcess | null = null;
let out = "";

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  if (r.error !== undefined || r.status !== 0) {
    throw new Error(`net-interop: ${cmd} ${args.join(" ")} failed: ${r.error?.message ?? r.stderr}`);
  }
  return r.stdout;
}

function start(cmd: string, args: string[], cwd?: string): ChildProcess & { log: () => string } {
  const child = spawn(cmd, args, { stdio: ["pipe", "pipe", "pipe"], cwd });
  let log = "";
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  children.push(child);
  return Object.assign(child, { log: () => log });
}

async function until(what: string, ok: () => boolean, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`net-interop: timed out waiting for ${what}; the machine printed:\n${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Whether a server in the namespace listens on `port`. */
function listening(port: number): boolean {
  return spawnSync("ip", ["netns", "exec", NS, "sh", "-c", `ss -ltn | grep -q ':${port} '`]).status === 0;
}

/**
 * One case of the matrix: starts a server in the namespace on MATRIX_PORT (`args`, which allow only
 * the case's suite, group and scheme), checks TlsInfo names all three, and stops the server.
 */
async function matrixCase(c: MatrixCase, peer: string, args: string[]): Promise<void> {
  const s = start("ip", ["netns", "exec", NS, ...args], dir);
  try {
    await until(`${peer} for ${c.suite} ${c.group} ${c.scheme} (${s.log()})`, () => listening(MATRIX_PORT), 10_000);
    const text = await shell(`TlsInfo linux.vnet:${MATRIX_PORT}`, /chain \(verified\)|TlsInfo: /);
    expect(text).toContain(`linux.vnet:${MATRIX_PORT}: TLS 1.3, ${c.suite}, ${c.ours}, ${c.scheme}`);
  } finally {
    s.kill();
    await until(`${peer} on ${MATRIX_PORT} to end`, () => !listening(MATRIX_PORT), 10_000);
  }
}

async function shell(line: string, expected: RegExp): Promise<string> {
  const from = out.length;
  boot?.stdin?.write(`${line}\n`);
  await until(`"${line}" to print ${expected}`, () => expected.test(out.slice(from)));
  return out.slice(from);
}

beforeAll(async () => {
  for (const tool of ["ip", "socat", "dnsmasq", "openssl", "gnutls-serv"]) {
    if (spawnSync("sh", ["-c", `command -v ${tool}`]).status !== 0) {
      throw new Error(`net-interop: ${tool} is not installed (the CI installs iproute2, socat, dnsmasq-base, openssl and gnutls-bin)`);
    }
  }
  if (process.getuid?.() !== 0) throw new Error("net-interop: needs root to make a network namespace and a TAP device");
  const socat = start("socat", [`UDP4-DATAGRAM:127.0.0.1:${NODE_PORT},bind=127.0.0.1:${SOCAT_PORT}`, `TUN,tun-type=tap,tun-name=${TAP},iff-no-pi,iff-up`]);
  await until(`socat to make ${TAP} (${socat.log()})`, () => spawnSync("ip", ["link", "show", TAP]).status === 0, 10_000);
  run("ip", ["netns", "add", NS]);
  run("ip", ["link", "set", TAP, "netns", NS]);
  const inNs = (...args: string[]) => run("ip", ["netns", "exec", NS, ...args]);
  inNs("sysctl", "-qw", "net.ipv6.conf.all.disable_ipv6=1");
  inNs("ip", "addr", "add", "10.0.2.2/24", "dev", TAP);
  inNs("ip", "link", "set", TAP, "up");
  inNs("ip", "link", "set", "lo", "up");
  const dnsmasq = start("ip", [
    ...["netns", "exec", NS, "dnsmasq", "--keep-in-foreground", "--conf-file=/dev/null", "--no-resolv", "--no-hosts"],
    ...[`--interface=${TAP}`, "--bind-interfaces", "--dhcp-range=10.0.2.15,10.0.2.15,255.255.255.0,2m"],
    ...[`--dhcp-leasefile=${join(dir, "leases")}`, "--local=/vnet/", "--host-record=linux.vnet,10.0.2.2"],
    ...["--dhcp-option=option:router,10.0.2.2", "--dhcp-option=option:dns-server,10.0.2.2"],
    ...["--log-facility=-", "--pid-file=", "--user=root"],
  ]);
  await until(`dnsmasq to start (${dnsmasq.log()})`, () => dnsmasq.log().includes("cleared cache"), 10_000);
  writeFileSync(join(dir, "hello.txt"), "hello over TLS\n");
  for (const [port, [cert, key, extra = []]] of Object.entries(SERVERS)) {
    const tls = [`-accept`, `10.0.2.2:${port}`, "-cert", join(material, cert), "-key", join(material, key), ...extra];
    const s = start("ip", ["netns", "exec", NS, "openssl", "s_server", ...tls, "-tls1_3", "-WWW", "-quiet"], dir);
    await until(`s_server on ${port} (${s.log()})`, () => listening(Number(port)), 10_000);
  }
  for (const [port, priority] of Object.entries(GNUTLS)) {
    const files = ["--x509certfile", join(material, "good.pem"), "--x509keyfile", join(material, "good.key")];
    const s = start("ip", ["netns", "exec", NS, "gnutls-serv", "--http", "-p", port, ...files, "--priority", priority], dir);
    await until(`gnutls-serv on ${port} (${s.log()})`, () => listening(Number(port)), 10_000);
  }
  nodeServer = start("ip", ["netns", "exec", NS, process.execPath, "-e", NODE_SERVER, join(material, "good.pem"), join(material, "good.key"), String(NODE_TLS_PORT)]);
  await until(`Node's TLS server on ${NODE_TLS_PORT} (${nodeServer.log()})`, () => listening(NODE_TLS_PORT), 10_000);
  nodeHrrServer = start("ip", ["netns", "exec", NS, process.execPath, "-e", NODE_SERVER, join(material, "good.pem"), join(material, "good.key"), String(NODE_HRR_PORT), "P-256"]);
  await until(`Node's TLS server on ${NODE_HRR_PORT} (${nodeHrrServer.log()})`, () => listening(NODE_HRR_PORT), 10_000);
  boot = start(process.execPath, [
    ...["--enable-source-maps", "--import", "./tools/node/esbuild-hooks.mjs", "tools/boot/cli.ts"],
    ...["--net", `dgram:${NODE_PORT}:127.0.0.1:${SOCAT_PORT}`, "--bootargs", "ip=dhcp"],
  ]);
  boot.stdout?.on("data", (d) => (out += d));
  await until("the DHCP lease", () => /dhcp: 10\.0\.2\.15\/24/.test(out));
});

afterAll(async () => {
  boot?.stdin?.end();
  for (const c of children) c.kill();
  spawnSync("ip", ["netns", "del", NS]);
  rmSync(dir, { recursive: true, force: true });
});

describe("ViperOS's Fetch over HTTPS from openssl s_server", () => {
  // TlsInfo runs before Fetch on each port: after a Fetch the machine holds a ticket from that
  // server, and the next session to it resumes (the last test of this block shows it).
  it("TlsInfo describes a full handshake: version, suite, group, scheme and the verified chain", async () => {
    const text = await shell("TlsInfo linux.vnet:8443", /chain \(verified\): linux\.vnet <- ViperOS Book Test CA/);
    expect(text).toMatch(/linux\.vnet:8443: TLS 1\.3, TLS_AES_\d+_GCM_SHA\d+, x25519, ecdsa_secp256r1_sha256/);
    expect(text).toContain("ALPN: none (the server chose no protocol)");
  });

  it("fetches a page from a server whose certificate the test CA signed for linux.vnet", async () => {
    await shell("Fetch https://linux.vnet:8443/hello.txt", /hello over TLS/);
  });

  it("resumes from the ticket of the session before: again a page, then TlsInfo says resumed", async () => {
    await shell("Fetch https://linux.vnet:8443/hello.txt", /hello over TLS/);
    const text = await shell("TlsInfo linux.vnet:8443", /chain: verified in the session that issued the ticket/);
    expect(text).toMatch(/linux\.vnet:8443: TLS 1\.3, TLS_\w+, x25519, resumed from a ticket/);
  });

  it.each([
    [8448, "only P-256 (after a HelloRetryRequest)", "TLS_AES_128_GCM_SHA256, secp256r1"],
    [8449, "only TLS_AES_256_GCM_SHA384", "TLS_AES_256_GCM_SHA384, x25519"],
    [8450, "only ChaCha20-Poly1305 and P-256", "TLS_CHACHA20_POLY1305_SHA256, secp256r1"],
  ])("fetches from port %i, a server that allows %s, and TlsInfo names %s", async (port, _what, names) => {
    const text = await shell(`TlsInfo linux.vnet:${port}`, /chain \(verified\)/);
    await shell(`Fetch https://linux.vnet:${port}/hello.txt`, /hello over TLS/);
    expect(text).toContain(`linux.vnet:${port}: TLS 1.3, ${names}, ecdsa_secp256r1_sha256`);
  });

  it.each([
    [8451, "an RSA-2048 certificate", "rsa_pss_rsae_sha256"],
    [8452, "a P-384 certificate", "ecdsa_secp384r1_sha384"],
    [8453, "an Ed25519 certificate", "ed25519"],
  ])("fetches from port %i, a server with %s, whose CertificateVerify uses %s", async (port, _what, scheme) => {
    const text = await shell(`TlsInfo linux.vnet:${port}`, /chain \(verified\)/);
    await shell(`Fetch https://linux.vnet:${port}/hello.txt`, /hello over TLS/);
    expect(text).toMatch(new RegExp(`linux\\.vnet:${port}: TLS 1\\.3, TLS_\\w+, x25519, ${scheme}`));
  });

  it.each([
    [8460, "its default TLS 1.3 offer", "x25519"],
    [8461, "only ChaCha20-Poly1305 and P-256 (after a HelloRetryRequest)", "secp256r1"],
  ])("fetches from gnutls-serv on port %i, with %s, using %s", async (port, _what, group) => {
    const text = await shell(`TlsInfo linux.vnet:${port}`, /chain \(verified\)/);
    await shell(`Fetch https://linux.vnet:${port}/`, /This is <a href="http:\/\/www\.gnu\.org\/software\/gnutls">GnuTLS/);
    expect(text).toMatch(new RegExp(`linux\\.vnet:${port}: TLS 1\\.3, TLS_\\w+, ${group}, ecdsa_secp256r1_sha256`));
  });

  it("resumes from gnutls-serv's ticket as well", async () => {
    await shell("Fetch https://linux.vnet:8460/", /This is <a href="http:\/\/www\.gnu\.org\/software\/gnutls">GnuTLS/);
    const text = await shell("TlsInfo linux.vnet:8460", /chain: verified in the session that issued the ticket|TlsInfo: /);
    expect(text).toMatch(/linux\.vnet:8460: TLS 1\.3, TLS_\w+, x25519, resumed from a ticket/);
  });

  it.each([
    [8444, "an expired certificate", "certificate for linux.vnet has expired (2024-05-01)"],
    [8445, "a certificate for another name", "certificate for other.test is not valid for linux.vnet"],
    [8446, "a self-signed certificate", "certificate for linux.vnet is self-signed and not trusted"],
    [8447, "a certificate whose signature is wrong", "the signature of ViperOS Book Test CA on the certificate for linux.vnet does not verify"],
    [8456, "a certificate not yet valid", "certificate for linux.vnet is not valid until 2040-01-01"],
    [8457, "a broken chain (the intermediate not sent)", "no path to a trusted root: nothing trusted or given is ViperOS Book Test Intermediate, issuer of linux.vnet"],
  ])("refuses port %i, %s, with its reason", async (port, _what, reason) => {
    const escaped = reason.replace(/[.()]/g, "\\$&");
    await shell(`Fetch https://linux.vnet:${port}/hello.txt`, new RegExp(`Fetch: ${escaped}`));
  });

  it("agrees by ALPN with openssl s_server -alpn http/1.1: TlsInfo's offer and Fetch's", async () => {
    const text = await shell("TlsInfo linux.vnet:8454", /chain \(verified\)|TlsInfo: /);
    expect(text).toContain("ALPN: http/1.1");
    await shell("Fetch https://linux.vnet:8454/hello.txt", /hello over TLS/);
  });

  it("openssl s_server -alpn h2 is chosen by TlsInfo and refuses Fetch's http/1.1 with no_application_protocol", async () => {
    expect(await shell("TlsInfo linux.vnet:8455", /chain \(verified\)|TlsInfo: /)).toContain("ALPN: h2");
    await shell("Fetch https://linux.vnet:8455/hello.txt", /Fetch: the server sent alert no_application_protocol/);
  });

  it("Node's TLS server (ALPNProtocols h2, http/1.1) chooses h2 for TlsInfo and http/1.1 for Fetch", async () => {
    expect(await shell(`TlsInfo linux.vnet:${NODE_TLS_PORT}`, /chain \(verified\)|TlsInfo: /)).toContain("ALPN: h2");
    await shell(`Fetch https://linux.vnet:${NODE_TLS_PORT}/`, /hello from Node/);
    const alpn = () => nodeServer?.log().match(/alpn=\S+/g) ?? [];
    await until("Node's TLS server to log both sessions", () => alpn().length >= 2, 10_000);
    expect(alpn()).toEqual(["alpn=h2", "alpn=http/1.1"]);
  });

  it("Node's TLS client agrees on http/1.1 with HttpServe --tls, and is refused when it offers only h2", async () => {
    await shell("Fetch https://linux.vnet:8443/hello.txt TO T:hello.txt", /Fetch: 15 bytes to SYS:t\/hello\.txt \(HTTP 200\)/);
    await shell("HttpServe --tls T: 8443 2", /HttpServe: serving SYS:t on port 8443 over TLS/);
    const client = (protocols: string) =>
      run("ip", ["netns", "exec", NS, process.execPath, "-e", NODE_CLIENT, join(material, "ca.pem"), protocols]).trim();
    expect(client("h2,http/1.1")).toBe("alpn=http/1.1");
    expect(client("h2")).toBe("error=ERR_SSL_TLSV1_ALERT_NO_APPLICATION_PROTOCOL");
    await until("HttpServe's two lines", () => /HttpServe: TLS: the client offers h2; the server speaks http\/1\.1/.test(out));
    expect(out).toContain("HttpServe: /hello.txt 200");
  });

  it.each(MATRIX)("the matrix: $suite, $ours, $scheme against an s_server that allows only those", async (c) => {
    const options = ["-accept", `10.0.2.2:${MATRIX_PORT}`, "-cert", join(material, c.cert), "-key", join(material, c.key), "-ciphersuites", c.suite, "-groups", c.group];
    const sigalgs = c.sigalg === null ? [] : ["-sigalgs", c.sigalg];
    await matrixCase(c, "s_server", ["openssl", "s_server", ...options, ...sigalgs, "-tls1_3", "-num_tickets", "0", "-WWW", "-quiet"]);
  });

  it.each(MATRIX)("the matrix: $suite, $ours, $scheme against a gnutls-serv that allows only those", async (c) => {
    const sign = c.sigalg === null ? "" : `:-SIGN-ALL:+SIGN-${c.sigalg.toUpperCase().replace(/_/g, "-")}`;
    const priority = `NORMAL:-VERS-ALL:+VERS-TLS1.3:-CIPHER-ALL:+${c.gnutlsSuite}:-GROUP-ALL:+GROUP-${c.gnutlsGroup}${sign}`;
    const files = ["--x509certfile", join(material, c.cert), "--x509keyfile", join(material, c.key)];
    await matrixCase(c, "gnutls-serv", ["gnutls-serv", "--noticket", "-p", String(MATRIX_PORT), ...files, "--priority", priority]);
  });

  it.each(MATRIX)("the matrix: $suite, $ours, $scheme against Node's TLS server allowing only those", async (c) => {
    const args = [join(material, c.cert), join(material, c.key), c.suite, c.group, c.sigalg ?? "-", String(MATRIX_PORT)];
    await matrixCase(c, "Node's TLS server", [process.execPath, "-e", NODE_MATRIX_SERVER, ...args]);
  });

  it("Node's TLS server with only P-256 gets it after a HelloRetryRequest, then resumes from its own ticket (after another)", async () => {
    const sessions = () => nodeHrrServer?.log().match(/reused=\S+/g) ?? [];
    const before = sessions().length;
    const first = await shell(`TlsInfo linux.vnet:${NODE_HRR_PORT}`, /chain \(verified\)|TlsInfo: /);
    expect(first).toMatch(new RegExp(`linux\\.vnet:${NODE_HRR_PORT}: TLS 1\\.3, TLS_\\w+, secp256r1, ecdsa_secp256r1_sha256`));
    await shell(`Fetch https://linux.vnet:${NODE_HRR_PORT}/`, /hello from Node/);
    const again = await shell(`TlsInfo linux.vnet:${NODE_HRR_PORT}`, /chain: verified in the session that issued the ticket|TlsInfo: /);
    expect(again).toMatch(new RegExp(`linux\\.vnet:${NODE_HRR_PORT}: TLS 1\\.3, TLS_\\w+, secp256r1, resumed from a ticket`));
    // The server's log line crosses a pipe from another process: wait for its third session's line.
    await until("Node's TLS server to log its third session", () => sessions().length >= before + 3, 10_000);
    expect(sessions().at(-1)).toBe("reused=true");
  });

  it("prints chapter 47's transcript exactly, command by command", async () => {
    const chapter = readFileSync("chapters/47-tls-sockets.mdx", "utf8");
    const blocks = [...chapter.matchAll(/```console\n(SYS:> [\s\S]*?)```/g)].map((m) => m[1].trimEnd().split("\n"));
    expect(blocks.length).toBeGreaterThan(0);
    for (const lines of blocks) {
      for (let i = 0; i < lines.length; i++) {
        if (!lines[i].startsWith("SYS:> ")) continue;
        const command = lines[i].slice("SYS:> ".length);
        const expected: string[] = [];
        for (let j = i + 1; j < lines.length && !lines[j].startsWith("SYS:> "); j++) expected.push(lines[j]);
        const printed = (await shell(command, /\nSYS:> $/)).replace(/\r/g, "").split("\n");
        const at = printed.indexOf(command);
        expect(printed.slice(at + 1, at + 1 + expected.length), command).toEqual(expected);
      }
    }
  });
});
