// chapter: 34-tcp-sockets
// Chapter 34's page, booted in Node the way the worker wires it (page-network.ts): beta runs
// `HttpServe SYS: 80`, alpha (with a disk) fetches a program from it, and the TCP panel's model
// (fed by both kernels' tracepoints, as net-system.ts forwards them) shows the connection; then
// the loss slider's wire drops frames and the next fetch still arrives, with retransmissions.
import { describe, expect, it } from "vitest";
import { pageNetwork } from "../../src/components/live/page-network.ts";
import type { TraceEvent } from "../../src/components/panels/api.ts";
import { TcpModel } from "../../src/components/panels/tcp.ts";
import { CNTFRQ_HZ } from "../../src/machine/irq.ts";
import { createSystem, type ViperSystem } from "../../src/system/index.ts";
import { standardDisk } from "../../tools/boot/disk.ts";
import { standardBootfs } from "../../tools/mkbootfs.ts";

function bootPage() {
  const systems: ViperSystem[] = [];
  const events: TraceEvent[] = [];
  const net = pageNetwork(2, () => Math.max(0, ...systems.map((s) => (s.board.now() * 1e6) / CNTFRQ_HZ)));
  for (const [i, m] of net.machines.entries()) {
    const listener = (name: string, data: Record<string, unknown>) => events.push({ t: events.length, name, data });
    const trace = { names: ["tcp.segment", "tcp.cc"], listener };
    systems.push(createSystem({ bootfs: standardBootfs(), bootargs: m.bootargs, seed: m.seed, virtio: m.virtio, trace, disk: i === 0 ? standardDisk() : undefined }));
  }
  const [alpha, beta] = systems;
  /** Runs both machines, 10 ms each in turn, until alpha has printed `until` after `from`. */
  const until = (from: number, pattern: RegExp, ms = 120_000): string => {
    for (let t = 0; t < ms && !pattern.test(alpha.transcript.slice(from)); t += 10) for (const s of systems) s.runFor(10);
    return alpha.transcript.slice(from);
  };
  return { ...net, alpha, beta, events, until };
}

describe("chapter 34's page", () => {
  it("fetches a program from beta's HttpServe, and again through a lossy wire, the panel's model following each connection", () => {
    const page = bootPage();
    page.until(0, /dhcp: 10\.0\.2\.15/);
    page.beta.uart.input("HttpServe SYS: 80\n");
    for (let t = 0; t < 30_000 && !page.beta.transcript.includes("HttpServe: serving"); t += 10) page.beta.runFor(10);
    expect(page.beta.transcript).toContain("HttpServe: serving SYS: on port 80");
    const fetch = "Fetch http://beta.viper/vinit TO T:vinit\n";
    let from = page.alpha.transcript.length;
    page.alpha.uart.input(fetch);
    expect(page.until(from, /Fetch: \d+ bytes to SYS:t\/vinit \(HTTP 200\)/)).toMatch(/Fetch: \d+ bytes/);
    const clean = new TcpModel();
    clean.apply(page.events);
    expect([clean.client.startsWith("10.0.2.15:"), clean.server, clean.sender, clean.retransmissions]).toEqual([true, "10.0.2.16:80", "10.0.2.16:80", 0]);
    expect(clean.samples.get(clean.sender)?.length).toBeGreaterThan(3);

    page.wire.setLoss(0.1);
    from = page.alpha.transcript.length;
    page.events.length = 0;
    page.alpha.uart.input(fetch);
    expect(page.until(from, /Fetch: \d+ bytes to SYS:t\/vinit \(HTTP 200\)/)).toMatch(/Fetch: \d+ bytes/);
    expect(page.wire.stats.lost).toBeGreaterThan(0);
    const lossy = new TcpModel();
    lossy.apply(page.events);
    expect(lossy.retransmissions).toBeGreaterThan(0);
    expect(lossy.arrows.some((a) => a.retransmit && a.from === "10.0.2.16:80")).toBe(true);
  });
});
