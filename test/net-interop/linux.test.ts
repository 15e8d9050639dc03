// chapter: 34-tcp-sockets
// ViperOS and Linux on one Ethernet link: a TAP device in a fresh network namespace, joined by
// socat to a UDP socket that `npm run boot -- --net dgram:…` uses as its card (QEMU's -netdev
// dgram framing), with dnsmasq in the namespace as the DHCP and DNS server. ViperOS gets its
// address from dnsmasq, Linux pings ViperOS, ViperOS pings Linux and resolves names through
// dnsmasq; ViperOS's Fetch downloads from Python's http.server (a file, and a redirect) and
// Linux's curl downloads the same file back from ViperOS's HttpServe, and over HTTPS from
// HttpServe --tls (chapter 48), verifying ViperOS's certificate with the test CA; every frame of the link
// decodes in tshark. Between socat and the machine sits a UDP relay (a child process: this one
// blocks in spawnSync) that, when told on its stdin, drops every 10th full-sized TCP frame each way
// (this kernel has no netem), so both TCPs recover with SACK and tshark sees SACK blocks from both.
// Needs root: without it the setup fails and says so (this test does not skip).
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const NS = `vnet2-${process.pid}`;
const TAP = `vnet2t${process.pid % 100_000}`;
const NODE_PORT = 40_000 + (process.pid % 10_000) * 2;
const SOCAT_PORT = NODE_PORT + 1;
/** The relay's two ports: socat sends to the first, the machine to the second. */
const RELAY_LINUX = 30_000 + (process.pid % 5_000) * 2;
const RELAY_MACHINE = RELAY_LINUX + 1;
const dir = mkdtempSync(join(tmpdir(), "net-interop-"));
const pcapFile = join(dir, "link.pcap");
const www = join(dir, "www");
/**
 * Python's file server speaking HTTP/1.1, with one more page: /chunked, a body in the chunked
 * transfer coding (199 chunks of growing size, with an extension and a trailer field).
 */
const SERVER_PY = `
import functools, http.server, sys
class Handler(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def do_GET(self):
        if self.path != "/chunked":
            return super().do_GET()
        self.send_response(200)
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for i in range(1, 200):
            piece = (b"%d " % i) * i
            self.wfile.write(b"%x;n=%d\\r\\n" % (len(piece), i) + piece + b"\\r\\n")
        self.wfile.write(b"0\\r\\nX-Trailer: yes\\r\\n\\r\\n")
server = http.server.ThreadingHTTPServer(("10.0.2.2", 8000), functools.partial(Handler, directory=sys.argv[1]))
server.serve_forever()
`;
/** What /chunked sends, once decoded. */
const chunkedBody = Array.from({ length: 199 }, (_, i) => `${i + 1} `.repeat(i + 1)).join("");
/** 200 KiB for the HTTP tests, the same on every run. */
const big = Uint8Array.from({ length: 200 * 1024 }, (_, i) => (i * 2654435761) >>> 24);
const children: ChildProcess[] = [];
let boot: ChildProcess | null = null;
let out = "";
/**
 * The relay: forwards frames between socat and the machine. "drop" on its stdin starts dropping
 * every 10th full TCP frame each way, "count" prints how many it dropped each way.
 */
const RELAY_JS = `
const dgram = require("node:dgram");
const [linux, machine] = [dgram.createSocket("udp4"), dgram.createSocket("udp4")];
let dropping = false;
const [seen, dropped] = [[0, 0], [0, 0]];
const forward = (way, to, port) => (frame) => {
  const tcpData = frame.length > 1000 && frame[12] === 8 && frame[13] === 0 && frame[23] === 6;
  if (dropping && tcpData && ++seen[way] % 10 === 0) return void dropped[way]++;
  to.send(frame, port, "127.0.0.1");
};
linux.on("message", forward(0, machine, ${NODE_PORT}));
machine.on("message", forward(1, linux, ${SOCAT_PORT}));
linux.bind(${RELAY_LINUX}, "127.0.0.1", () => machine.bind(${RELAY_MACHINE}, "127.0.0.1", () => console.log("relaying")));
process.stdin.on("data", (d) => {
  if (String(d).includes("drop")) dropping = true;
  if (String(d).includes("count")) console.log("dropped " + dropped.join(" "));
});
`;
let relay: (ChildProcess & { log: () => string }) | null = null;

/** Runs a command to completion; its output, or an error that says what failed. */
function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  if (r.error !== undefined || r.status !== 0) {
    throw new Error(`net-interop: ${cmd} ${args.join(" ")} failed: ${r.error?.message ?? r.stderr}`);
  }
  return r.stdout;
}

function start(cmd: string, args: string[]): ChildProcess & { log: () => string } {
  const child = spawn(cmd, args, { stdio: ["pipe", "pipe", "pipe"] });
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

/** Types `line` into ViperOS's shell and waits for `expected` in what follows. */
async function shell(line: string, expected: RegExp): Promise<string> {
  const from = out.length;
  boot?.stdin?.write(`${line}\n`);
  await until(`"${line}" to print ${expected}`, () => expected.test(out.slice(from)));
  return out.slice(from);
}

beforeAll(async () => {
  for (const tool of ["ip", "socat", "dnsmasq", "ping", "tshark", "python3", "curl"]) {
    if (spawnSync("sh", ["-c", `command -v ${tool}`]).status !== 0) {
      throw new Error(`net-interop: ${tool} is not installed (the CI installs iproute2, socat, dnsmasq-base, iputils-ping, tshark, python3 and curl)`);
    }
  }
  if (process.getuid?.() !== 0) throw new Error("net-interop: needs root to make a network namespace and a TAP device");
  relay = start(process.execPath, ["-e", RELAY_JS]);
  const r = relay;
  await until(`the relay to bind its ports (${r.log()})`, () => r.log().includes("relaying"), 10_000);
  const socat = start("socat", [`UDP4-DATAGRAM:127.0.0.1:${RELAY_LINUX},bind=127.0.0.1:${SOCAT_PORT}`, `TUN,tun-type=tap,tun-name=${TAP},iff-no-pi,iff-up`]);
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
    ...[`--dhcp-leasefile=${join(dir, "leases")}`, "--local=/vnet/", "--host-record=linux.vnet,10.0.2.2", "--cname=www.vnet,linux.vnet"],
    ...["--dhcp-option=option:router,10.0.2.2", "--dhcp-option=option:dns-server,10.0.2.2"],
    ...["--log-facility=-", "--log-queries", "--log-dhcp", "--pid-file=", "--user=root"],
  ]);
  await until(`dnsmasq to start (${dnsmasq.log()})`, () => dnsmasq.log().includes("cleared cache"), 10_000);
  mkdirSync(join(www, "sub"), { recursive: true });
  writeFileSync(join(www, "big.bin"), big);
  writeFileSync(join(www, "sub", "index.html"), "<p>the sub page</p>\n");
  writeFileSync(join(dir, "server.py"), SERVER_PY);
  const http = start("ip", ["netns", "exec", NS, "python3", join(dir, "server.py"), www]);
  await until(`http.server to start (${http.log()})`, () => spawnSync("ip", ["netns", "exec", NS, "curl", "-sf", "-o", "/dev/null", "http://10.0.2.2:8000/sub/"]).status === 0, 10_000);
  boot = start(process.execPath, [
    ...["--enable-source-maps", "--import", "./tools/node/esbuild-hooks.mjs", "tools/boot/cli.ts"],
    ...["--net", `dgram:${NODE_PORT}:127.0.0.1:${RELAY_MACHINE}`, "--pcap", pcapFile, "--bootargs", "ip=dhcp"],
  ]);
  boot.stdout?.on("data", (d) => (out += d));
});

afterAll(async () => {
  boot?.stdin?.end();
  for (const c of children) c.kill();
  spawnSync("ip", ["netns", "del", NS]);
  rmSync(dir, { recursive: true, force: true });
});

describe("ViperOS and Linux on one link", () => {
  it("ViperOS takes its address from dnsmasq by DHCP", async () => {
    await until("the DHCP lease", () => /dhcp: 10\.0\.2\.15\/24, gateway 10\.0\.2\.2, dns 10\.0\.2\.2, lease 120 s/.test(out));
  });

  it("Linux pings ViperOS", () => {
    const r = spawnSync("ip", ["netns", "exec", NS, "ping", "-c", "3", "-W", "2", "10.0.2.15"], { encoding: "utf8" });
    expect(r.stdout).toMatch(/3 packets transmitted, 3 received/);
  });

  it("ViperOS pings Linux, by address and by name", async () => {
    await shell("Ping 10.0.2.2 2", /--- 10\.0\.2\.2: 2 sent, 2 received, 0% lost/);
    await shell("Ping linux.vnet 2", /--- linux\.vnet: 2 sent, 2 received, 0% lost/);
  });

  it("ViperOS resolves names through dnsmasq: an alias, and a name that does not exist", async () => {
    await shell("Resolve www.vnet", /www\.vnet is 10\.0\.2\.2/);
    await shell("Resolve nosuch.vnet", /Resolve: cannot resolve nosuch\.vnet: .*not.*found/i);
  });

  it("ViperOS's Fetch downloads 200 KiB from Python's http.server into a file, and follows a redirect", async () => {
    await shell("Fetch http://10.0.2.2:8000/big.bin TO T:big.bin", /Fetch: 204800 bytes to SYS:t\/big\.bin \(HTTP 200\)/);
    const page = await shell("Fetch http://linux.vnet:8000/sub", /the sub page/);
    expect(page).toContain("Fetch: 301, redirected to /sub/");
  });

  it("ViperOS's Fetch decodes a chunked body", async () => {
    const size = new TextEncoder().encode(chunkedBody).length;
    await shell("Fetch http://10.0.2.2:8000/chunked TO T:chunked.txt", new RegExp(`Fetch: ${size} bytes to SYS:t/chunked\\.txt \\(HTTP 200\\)`));
  });

  it("Linux's curl downloads the same bytes back from ViperOS's HttpServe", async () => {
    await shell("HttpServe T: 8080 2", /HttpServe: serving SYS:t on port 8080/);
    const curl = (name: string) => {
      const copy = join(dir, `copy-${name}`);
      const r = spawnSync("ip", ["netns", "exec", NS, "curl", "-sS", "--max-time", "120", "-o", copy, `http://10.0.2.15:8080/${name}`], { encoding: "utf8" });
      expect(r.stderr).toBe("");
      return new Uint8Array(readFileSync(copy));
    };
    expect(curl("big.bin")).toEqual(big);
    expect(new TextDecoder().decode(curl("chunked.txt"))).toBe(chunkedBody);
    await until("HttpServe to log the requests", () => out.includes("HttpServe: /chunked.txt 200"));
  });

  it("Linux's curl fetches over HTTPS from HttpServe --tls and verifies ViperOS's certificate with the test CA", async () => {
    await shell("HttpServe --tls T: 8443 1", /HttpServe: serving SYS:t on port 8443/);
    const copy = join(dir, "copy-https");
    const ca = join(import.meta.dirname, "..", "material", "tls", "ca.pem");
    const url = "https://viperos.vnet:8443/chunked.txt";
    const r = spawnSync("ip", ["netns", "exec", NS, "curl", "-sS", "--max-time", "120", "--tlsv1.3", "--cacert", ca, "--resolve", "viperos.vnet:8443:10.0.2.15", "-o", copy, url], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(readFileSync(copy, "utf8")).toBe(chunkedBody);
    await until("HttpServe to log the request", () => /HttpServe: \/chunked\.txt 200/.test(out.slice(out.lastIndexOf("port 8443"))));
  });

  it("with every 10th full TCP frame dropped each way, both downloads still move every byte", async () => {
    relay?.stdin?.write("drop\n");
    await shell("Fetch http://10.0.2.2:8000/big.bin TO T:lossy.bin", /Fetch: 204800 bytes to SYS:t\/lossy\.bin \(HTTP 200\)/);
    await shell("HttpServe T: 8080 1", /HttpServe: serving SYS:t on port 8080/);
    const copy = join(dir, "copy-lossy");
    const r = spawnSync("ip", ["netns", "exec", NS, "curl", "-sS", "--max-time", "120", "-o", copy, "http://10.0.2.15:8080/lossy.bin"], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(new Uint8Array(readFileSync(copy))).toEqual(big);
    relay?.stdin?.write("count\n");
    await until("the relay's count", () => /dropped \d+ \d+/.test(relay?.log() ?? ""), 5000);
    const [toMachine, toLinux] = /dropped (\d+) (\d+)/.exec(relay?.log() ?? "")!.slice(1).map(Number);
    expect(toMachine).toBeGreaterThan(0);
    expect(toLinux).toBeGreaterThan(0);
  });

  it("every frame on the link decodes in tshark, with no malformed packet and no bad checksum", async () => {
    boot?.stdin?.end();
    await until("npm run boot to exit", () => boot?.exitCode !== null);
    expect(boot?.exitCode).toBe(0);
    const checks = ["-o", "ip.check_checksum:TRUE", "-o", "udp.check_checksum:TRUE", "-o", "tcp.check_checksum:TRUE"];
    const bad = run("tshark", ["-n", "-r", pcapFile, ...checks, "-Y", "_ws.malformed || _ws.expert.severity == error"]);
    expect(bad).toBe("");
    const kinds = run("tshark", ["-n", "-r", pcapFile, "-T", "fields", "-e", "_ws.col.Protocol"]).split("\n");
    for (const protocol of ["DHCP", "DNS", "ICMP", "ARP", "TCP", "HTTP"]) expect(kinds).toContain(protocol);
  });

  it("tshark sees SACK permitted on both ends' SYNs and SACK blocks sent by both ends", () => {
    const from = (filter: string) => run("tshark", ["-n", "-r", pcapFile, "-Y", filter, "-T", "fields", "-e", "ip.src"]).split("\n");
    const permitted = from("tcp.flags.syn == 1 && tcp.options.sack_perm");
    const blocks = from("tcp.options.sack_le");
    for (const host of ["10.0.2.15", "10.0.2.2"]) {
      expect(permitted).toContain(host);
      expect(blocks).toContain(host);
    }
  });
});
