// chapter: 34-tcp-sockets
// Stream sockets through the system calls: two C programs on two machines (refused, listen,
// accept, send, recv, shutdown, poll readiness, the refusals), and the shell's HttpServe on one
// machine serving a 300 KiB file to the other's Fetch, on a clean wire and on a lossy one.
import { afterAll, describe, expect, it } from "vitest";
import type { BlockStore } from "../../../../src/emulator/devices/virtio/blk.ts";
import { VirtioNet } from "../../../../src/emulator/devices/virtio/net.ts";
import { VirtioRng } from "../../../../src/emulator/devices/virtio/rng.ts";
import { tap } from "../../../../src/emulator/net/pcap.ts";
import { plug, VirtualSwitch } from "../../../../src/emulator/net/switch.ts";
import { Wire, type WireFaults } from "../../../../src/emulator/net/wire.ts";
import { runNow } from "../../../../src/kernel/fs/fs.ts";
import { CNTFRQ_HZ } from "../../../../src/machine/irq.ts";
import { Status } from "../../../../src/machine/status.ts";
import { createSystem } from "../../../../src/system/index.ts";
import { standardDisk } from "../../../../tools/boot/disk.ts";
import { standardBootfs } from "../../../../tools/mkbootfs.ts";
import { walk } from "../../../../tools/viperfs/image.ts";
import { mount } from "../../viperfs/helpers.ts";
import { capture, expectCleanCaptures, type NetMachine, netMachine, runTogether } from "../lab.ts";

afterAll(() => expectCleanCaptures((problems) => expect(problems).toEqual([])));

const lines = (t: string, prefix: string) => t.split(/\r?\n/).filter((l) => l.startsWith(prefix));

describe("the stream socket calls, in C on two machines", () => {
  it("refuses a closed port, echoes 20 000 bytes, shuts down, and is ready in a poll set", () => {
    const sw = new VirtualSwitch();
    const server = netMachine(sw, 1, "ip=10.0.2.16/24 init=/tests/kt_tcpserve");
    const client = netMachine(sw, 0, "init=/tests/kt_tcpclient");
    const done = () => server.system.transcript.includes("recv said") && client.system.transcript.includes("bytes back");
    expect(runTogether([server, client], done, 2000, 10)).toBe(true);
    expect(lines(server.system.transcript, "tcpserve:")).toEqual([
      "tcpserve: listen 0; port 7 again -5",
      "tcpserve: recv on a listener -2; bind on a TCP socket -102",
      "tcpserve: ready before a connection: 0",
      "tcpserve: ready when one comes: 1",
      "tcpserve: echoed 20000 bytes, then recv said 0",
    ]);
    expect(lines(client.system.transcript, "tcpclient:")).toEqual([
      `tcpclient: port 9: ${Status.CONNECTION}`,
      `tcpclient: port 7: 0; again ${Status.INVALID_ARG}`,
      "tcpclient: sent 20000, shutdown 0",
      `tcpclient: 20000 bytes back, the same; end 0; send after shutdown ${Status.INVALID_ARG}`,
    ]);
    // Every socket's last handle is gone; the listener with it. The connections closed by
    // themselves: the server's is gone, the client's (the side that closed first) waits in TIME_WAIT.
    runTogether([server, client], () => false, 20, 10);
    for (const m of [server, client]) {
      expect(m.k.net!.tcpSockets.count).toBe(0);
      expect(m.k.net!.tcp.listeners.size).toBe(0);
    }
    expect([...server.k.net!.tcp.connections.values()].map((c) => c.state)).toEqual([]);
    expect([...client.k.net!.tcp.connections.values()].map((c) => c.state)).toEqual(["TIME_WAIT"]);
  });
});

/** A machine with a disk and a network card on `sw`, perhaps through a lossy wire; booted to the shell. */
function diskMachine(sw: VirtualSwitch, index: number, bootargs: string, disk: BlockStore, faults?: WireFaults): NetMachine {
  let micros: () => number = () => 0;
  const clock = { nowMicros: () => micros(), after: () => {} };
  const cable = tap(clock, capture(sw));
  if (faults === undefined) plug(cable.outer, sw.port());
  else {
    const wire = new Wire(clock, faults);
    plug(cable.outer, wire.near);
    plug(wire.far, sw.port());
  }
  const device = new VirtioNet(Uint8Array.of(0x52, 0x54, 0x00, 0x12, 0x34, 0x56 + index), cable.inner);
  const system = createSystem({ bootfs: standardBootfs(), bootargs, disk, virtio: [new VirtioRng(index + 1), device] });
  micros = () => Math.floor((system.board.now() * 1e6) / CNTFRQ_HZ);
  system.runUntilWaitingForInput();
  return { system, k: system.kernel!, device };
}

/** The bytes of `path` on a ViperFS disk, once the machine's cache has written everything back. */
function fileOnDisk(m: NetMachine, disk: { bytes: Uint8Array }, path: string): Uint8Array {
  const k = m.k as unknown as { diskCache: { dirtyBlocks(): number[] } };
  m.system.runUntil(() => k.diskCache.dirtyBlocks().length === 0, 5 * CNTFRQ_HZ);
  const { fs } = mount(disk.bytes.slice());
  const ino = walk(fs, path);
  if (ino < 0) throw new Error(`${path}: ${ino}`);
  const st = runNow(fs.stat(ino));
  if (typeof st === "number") throw new Error(`${path}: ${st}`);
  const data = runNow(fs.read(ino, 0, st.size));
  if (typeof data === "number") throw new Error(`${path}: ${data}`);
  return data;
}

/** 300 KiB that a misplaced or repeated block would change. */
function payload(): Uint8Array {
  const data = new Uint8Array(300 * 1024);
  let x = 12345;
  for (let i = 0; i < data.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    data[i] = x >>> 24;
  }
  return data;
}

function serveAndFetch(faults?: WireFaults) {
  const data = payload();
  const sw = new VirtualSwitch();
  const serverDisk = standardDisk([{ name: "/t/www/big.bin", data }, { name: "/t/www/index.html", data: new TextEncoder().encode("<p>hi</p>\n") }]);
  const clientDisk = standardDisk();
  const b = diskMachine(sw, 1, "ip=10.0.2.16/24", serverDisk, faults && { ...faults, seed: faults.seed + 1 });
  const a = diskMachine(sw, 0, "", clientDisk, faults);
  b.system.uart.input("HttpServe T:www 80 3\n");
  const run = (line: string, until: RegExp) => {
    const from = a.system.transcript.length;
    a.system.uart.input(`${line}\n`);
    expect(runTogether([a, b], () => until.test(a.system.transcript.slice(from)), 20000, 10)).toBe(true);
    return a.system.transcript.slice(from);
  };
  return { a, b, data, clientDisk, run };
}

describe("HttpServe on one machine, Fetch on the other", () => {
  it("moves 300 KiB to a file byte for byte, and answers 404 and the index", () => {
    const { a, b, data, clientDisk, run } = serveAndFetch();
    const got = run("Fetch http://10.0.2.16/big.bin TO T:big.bin", /Fetch: \d+ bytes to|Fetch: [a-z]/);
    expect(got).toContain("\rFetch: 307200 bytes to SYS:t/big.bin (HTTP 200)");
    expect(got).toContain("\rFetch: 256 KiB"); // the progress line
    expect(fileOnDisk(a, clientDisk, "/t/big.bin")).toEqual(data);
    expect(run("Fetch http://10.0.2.16/nothing", /> $/)).toContain("Fetch: 10.0.2.16 answered 404");
    expect(run("Fetch http://10.0.2.16/", /> $/)).toContain("<p>hi</p>");
    expect(lines(b.system.transcript, "HttpServe:")).toEqual([
      "HttpServe: serving SYS:t/www on port 80",
      "HttpServe: /big.bin 200",
      "HttpServe: /nothing 404",
      "HttpServe: / 200",
    ]);
  });

  it("moves the same bytes over a wire that loses 3 % of frames and duplicates 2 %", () => {
    const faults = { delayMicros: 0, jitterMicros: 0, loss: 0.03, duplicate: 0.02, seed: 7 };
    const { a, data, clientDisk, run } = serveAndFetch(faults);
    expect(run("Fetch http://10.0.2.16/big.bin TO T:big.bin", /Fetch: \d+ bytes to|Fetch: [a-z]/)).toContain(
      "Fetch: 307200 bytes to SYS:t/big.bin (HTTP 200)",
    );
    expect(fileOnDisk(a, clientDisk, "/t/big.bin")).toEqual(data);
  });
});
