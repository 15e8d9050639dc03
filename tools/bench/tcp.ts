// npm run bench:tcp [-- --mib N]
//
// TCP throughput, three ways, in one run. (1) Two ViperOS machines on chapter 7's switch: HttpServe
// on one, `Fetch URL TO file` on the other, for an N MiB file — the whole path, from one program's
// socket_send through both kernels, IPv4, virtio-net and the emulated CPUs to a file on the other's
// disk; in host time and in the machines' virtual time. (2) The two kernels' TCP engines alone
// (chapter 33's TcpHost, no CPU, no card) over a perfect wire with 1 ms of delay. (3) Linux to Linux
// over loopback (Node's net on 127.0.0.1), the ceiling; each ViperOS figure is printed as a fraction
// of it. Prints figures; asserts nothing. With --sack, only the bytes the engines retransmit with
// SACK and with NewReno, 1 MiB over the same seeded lossy wires (../tcp/sack-savings.ts).
// The machines and the engines load after the command line is read (tcp-machines.ts,
// ../tcp/transfer.ts), so --help works in the book's states before chapters 26 and 33.
import { createServer, connect as netConnect } from "node:net";
import { runTool } from "../lib/args.ts";

const SPEC = {
  name: "bench:tcp",
  usage: "npm run bench:tcp [-- --mib N]",
  summary: `MB/s of TCP between two ViperOS machines (HttpServe to Fetch, host and virtual time), between the two
kernels' TCP engines alone, and Linux to Linux over loopback as the ceiling, with each ViperOS figure as a
fraction of it. Prints figures; asserts nothing.`,
  options: {
    mib: { type: "int", default: 2, min: 1, max: 64, help: "MiB the machines move (the engines and Linux move more)" },
    sack: { type: "flag", help: "only the retransmitted bytes of SACK against NewReno on lossy seeds (chapter 33)" },
  },
} as const;

const MB = 1e6;
const mbps = (bytes: number, seconds: number) => bytes / MB / seconds;

/** Linux to Linux: `bytes` through a loopback TCP connection in this process, in seconds. */
function loopback(bytes: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const chunk = new Uint8Array(256 * 1024);
    const server = createServer((socket) => {
      let got = 0;
      const t0 = performance.now();
      socket.on("data", (d: Buffer) => {
        got += d.length;
        if (got >= bytes) {
          socket.destroy();
          server.close();
          resolve((performance.now() - t0) / 1000);
        }
      });
    });
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      if (address === null || typeof address === "string") return reject(new Error("no port"));
      const client = netConnect(address.port, "127.0.0.1");
      let sent = 0;
      const pump = () => {
        while (sent < bytes) {
          sent += chunk.length;
          if (!client.write(chunk)) return void client.once("drain", pump);
        }
        client.end();
      };
      client.on("connect", pump);
      client.on("error", () => {});
    });
  });
}

/** The --sack figures: per profile, seeds 1 to 10 of 1 MiB, and the totals. */
async function sackFigures(): Promise<number> {
  const { sackSavings, LOSS_3 } = await import("../tcp/sack-savings.ts");
  const { LOSSY } = await import("../tcp/transfer.ts");
  const seeds = Array.from({ length: 10 }, (_, i) => i + 1);
  for (const [name, faults] of [["10 % loss, 5 % dup, 2-12 ms", LOSSY], ["3 % loss, 2 ms", LOSS_3]] as const) {
    const rows = sackSavings(seeds, 1 << 20, faults);
    for (const r of rows) console.log(`bench:tcp: ${name}, seed ${r.seed}: retransmitted ${r.sack} bytes with SACK, ${r.newReno} with NewReno`);
    const [s, n] = [rows.reduce((a, r) => a + r.sack, 0), rows.reduce((a, r) => a + r.newReno, 0)];
    console.log(`bench:tcp: ${name}, 10 x 1 MiB: ${s} bytes with SACK, ${n} with NewReno (${(100 * (1 - s / n)).toFixed(1)} % saved)`);
  }
  return 0;
}

runTool(SPEC, async ({ options }) => {
  if (options.sack) return sackFigures();
  const line = (what: string, mb: number, ceiling: number, extra = "") =>
    console.log(`bench:tcp: ${what.padEnd(44)} ${mb.toFixed(2).padStart(9)} MB/s  (${(mb / ceiling).toExponential(2)} of Linux)${extra}`);
  const linuxBytes = 1 << 30;
  const linux = mbps(linuxBytes, await loopback(linuxBytes));
  console.log(`bench:tcp: ${"Linux to Linux, loopback (the ceiling)".padEnd(44)} ${linux.toFixed(2).padStart(9)} MB/s`);
  const { transfer } = await import("../tcp/transfer.ts");
  const engineBytes = 64 << 20;
  const t0 = performance.now();
  const e = transfer(1, engineBytes, { delayMicros: 1000, jitterMicros: 0, loss: 0, duplicate: 0 });
  const engineHost = (performance.now() - t0) / 1000;
  if (e.received.length !== engineBytes) console.log("bench:tcp: the engines did not finish");
  line(`TCP engines alone, ${engineBytes >> 20} MiB, host time`, mbps(engineBytes, engineHost), linux);
  line("TCP engines alone, virtual time (1 ms delay)", mbps(engineBytes, e.delivered), linux);
  const bytes = options.mib << 20;
  const { machines } = await import("./tcp-machines.ts");
  const m = machines(bytes);
  if (typeof m === "string") {
    console.log(`bench:tcp: two machines: ${m}`);
    return 1;
  }
  line(`two ViperOS machines, ${options.mib} MiB Fetch, host time`, mbps(bytes, m.host), linux);
  line("two ViperOS machines, virtual time", mbps(bytes, m.virtual), linux, `  [${m.virtual.toFixed(2)} s virtual, ${m.host.toFixed(1)} s host]`);
  return 0;
});
