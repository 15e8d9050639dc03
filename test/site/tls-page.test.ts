// chapter: 48-tls-server
// Chapter 48's page, booted in Node the way the worker wires it (page-network.ts) with the boot
// filesystem the site's bootfs plugin packs (the programs, the root store and the test server
// identity) and alpha's page disk built from it (page-disk.ts): beta runs
// `HttpServe --tls SYS: 443`, alpha (with the page's disk) fetches a program from it over HTTPS,
// and the TLS panel's model, fed beta's "tls.bytes" and "tls.secret" tracepoints marked with its
// name as net-system.ts forwards them, opens every record of the page's own session.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pageNetwork } from "../../src/components/live/page-network.ts";
import type { TraceEvent } from "../../src/components/panels/api.ts";
import { TlsModel } from "../../src/components/panels/tls.ts";
import { CNTFRQ_HZ } from "../../src/machine/irq.ts";
import { createSystem, type ViperSystem } from "../../src/system/index.ts";
import { imageFromArchive } from "../../src/components/live/page-disk.ts";
import { MemoryBlockStore } from "../../src/emulator/devices/virtio/blk.ts";
import { rootStoreFiles, serverIdentityFiles, standardBootfs } from "../../tools/mkbootfs.ts";

const VINIT_BYTES = readFileSync(join(import.meta.dirname, "..", "..", "build", "user", "vinit")).length;

describe("chapter 48's page", () => {
  it("fetches a program over HTTPS from beta, and the TLS panel's model opens every record of that session", () => {
    const systems: ViperSystem[] = [];
    const events: TraceEvent[] = [];
    const net = pageNetwork(2, () => Math.max(0, ...systems.map((s) => (s.board.now() * 1e6) / CNTFRQ_HZ)));
    const bootfs = standardBootfs([...rootStoreFiles(), ...serverIdentityFiles()]);
    for (const [i, m] of net.machines.entries()) {
      const machine = m.machine.name;
      const listener = (name: string, data: Record<string, unknown>) => events.push({ t: events.length, name, data: i === 0 ? data : { ...data, machine } });
      const trace = { names: ["tls.bytes", "tls.secret"], listener };
      systems.push(createSystem({ bootfs, bootargs: m.bootargs, seed: m.seed, virtio: m.virtio, trace, disk: i === 0 ? new MemoryBlockStore(imageFromArchive(bootfs)) : undefined }));
    }
    const [alpha, beta] = systems;
    const until = (from: number, pattern: RegExp, ms = 180_000): string => {
      for (let t = 0; t < ms && !pattern.test(alpha.transcript.slice(from)); t += 10) for (const s of systems) s.runFor(10);
      return alpha.transcript.slice(from);
    };
    until(0, /dhcp: 10\.0\.2\.15/);
    beta.uart.input("HttpServe --tls SYS: 443\n");
    for (let t = 0; t < 30_000 && !beta.transcript.includes("HttpServe: serving"); t += 10) beta.runFor(10);
    expect(beta.transcript).toContain("HttpServe: serving SYS: on port 443 over TLS");
    const from = alpha.transcript.length;
    alpha.uart.input("Fetch https://10.0.2.16/vinit TO T:vinit\n");
    const fetched = until(from, /Fetch: \d+ bytes to|Fetch: [a-z]/);
    if (!fetched.includes("HTTP 200")) console.log(beta.transcript.slice(-1500));
    expect(fetched).toContain(`Fetch: ${VINIT_BYTES} bytes to SYS:t/vinit (HTTP 200)`);

    const m = new TlsModel();
    m.apply(events);
    const s = m.shown;
    if (s === null) throw new Error("no session shown");
    expect(s.secrets.map((x) => x.label)).toEqual([
      "EARLY_SECRET",
      "HANDSHAKE_SECRET",
      "CLIENT_HANDSHAKE_TRAFFIC_SECRET",
      "SERVER_HANDSHAKE_TRAFFIC_SECRET",
      "MASTER_SECRET",
      "CLIENT_TRAFFIC_SECRET_0",
      "SERVER_TRAFFIC_SECRET_0",
    ]);
    expect(s.records.every((r) => r.error === null)).toBe(true);
    const messages = s.records.flatMap((r) => r.messages.map((x) => `${r.from} ${x.name}`));
    expect(messages).toEqual([
      "client client_hello",
      "server server_hello",
      "server encrypted_extensions",
      "server certificate",
      "server certificate_verify",
      "server finished",
      "client finished",
    ]);
    const data = s.records.filter((r) => r.contentType === 23);
    expect(data[0].from).toBe("client");
    expect(data[0].note).toMatch(/^\d+ bytes of application data: "GET \/vinit HTTP\/1\.1/);
    const served = data.filter((r) => r.from === "server").reduce((n, r) => n + Number(/^(\d+) bytes/.exec(r.note)?.[1]), 0);
    expect(served).toBeGreaterThan(VINIT_BYTES);
    expect(data.every((r) => r.key?.secret === (r.from === "client" ? "CLIENT_TRAFFIC_SECRET_0" : "SERVER_TRAFFIC_SECRET_0"))).toBe(true);
    // alpha reports the same session from the client's side: its bytes, and no secrets
    const alphaSession = [...m.sessions.entries()].find(([key]) => key.startsWith("#"));
    expect(alphaSession?.[1].secrets).toEqual([]);
    expect(alphaSession?.[1].records.length).toBe(s.records.length);
  });
});
