// chapter: 34-tcp-sockets
// Stream sockets through the system calls: two C programs on two machines (refused, listen,
// accept, send, recv, shutdown, poll readiness, the refusals), and the shell's HttpServe on one
// machine serving a 300 KiB file to the other's Fetch, on a clean wire and on a lossy one.
import { afterAll, describe, expect, it } from "vitest";
import { VirtualSwitch } from "../../../../src/emulator/net/switch.ts";
import { Status } from "../../../../src/machine/status.ts";
import { expectCleanCaptures, netMachine, runTogether } from "../lab.ts";
import { fileOnDisk, serveAndFetch } from "./http-machines.ts";

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
