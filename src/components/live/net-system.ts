// The page's network (`<LiveMachine net={2}>`): ViperOS machines and the lab host (chapter 32)
// on one of chapter 7's switches, all in the page's worker. Each machine is the live book's
// usual system (viperos-system.ts) with a virtio-net card; they configure themselves by DHCP from
// the lab host, which also answers DNS for alpha.viper, beta.viper and lab.viper. The worker
// drives them as one LiveSystem: a slice runs each machine in turn (each keeps to the wall clock),
// the first machine's console, tracepoints and kernel are the page's as before (the others' TCP
// tracepoints join them, for the TCP panel), and the others'
// consoles go to their own terminals. The NetCapture records every frame a station sends.
import { Trace } from "../../kernel/trace.ts";
import type { createSystem } from "../../system/index.ts";
import { ipOf, macText } from "./packets.ts";
import { pageNetwork } from "./page-network.ts";
import type { NetActivity } from "./protocol.ts";
import type { LiveSystem, SystemOptions } from "./system.ts";
import { createViperSystem } from "./viperos-system.ts";

/** What the worker reads of a machine's network stack (chapter 29's ArpCache), without importing it. */
interface KernelNet {
  uptimeMs(): number;
  net?: { arp: { entries: Map<number, { mac: Uint8Array; expires: number }> } } | null;
}

/**
 * The hub of a machine after the first: its TCP tracepoints (chapter 33) and TLS tracepoints
 * (chapters 47, 48) go on to the page's hub, marked with the machine's name, so the TCP panel sees
 * both ends of a connection and the TLS panel the server's key log; the rest stay.
 */
function tcpOnly(page: Trace, machine: string): Trace {
  const own = new Trace();
  for (const name of ["tcp.segment", "tcp.cc", "tcp.state", "tls.bytes", "tls.secret"]) own.on(name, (n, data) => page.emit(n, { ...data, machine }));
  return own;
}

export async function createNetSystem(options: SystemOptions, make: typeof createSystem, count: number): Promise<LiveSystem> {
  const machines: LiveSystem[] = [];
  const { capture, wire, machines: wired } = pageNetwork(count, () => Math.max(0, ...machines.map((m) => m.virtualTimeNs() / 1000)));
  for (const [i, { bootargs, seed, virtio }] of wired.entries()) {
    const own: SystemOptions =
      i === 0
        ? options
        : { ...options, trace: tcpOnly(options.trace, wired[i].machine.name), disk: undefined, mark: undefined, eventTime: undefined, onUart: (text) => options.onMachineUart?.(i, text) };
    machines.push(await createViperSystem(own, make, { bootargs, seed, virtio }));
  }
  const [first] = machines;
  const arp = (): NetActivity["arp"] =>
    machines.map((m, i) => {
      const k = m.kernel as KernelNet | null;
      const now = k?.uptimeMs() ?? 0;
      const entries = [...(k?.net?.arp.entries ?? [])].map(([ip, e]) => ({ ip: ipOf(ip), mac: macText(e.mac), seconds: Math.max(0, Math.round((e.expires - now) / 1000)) }));
      return { machine: wired[i].machine.name, entries };
    });
  return {
    ...first,
    kind: first.kind,
    get kernel() {
      return first.kernel;
    },
    cpu: first.cpu,
    run(n) {
      let ran = 0;
      for (const m of machines) ran += m.run(n);
      return ran;
    },
    input(data, machine = 0) {
      machines[machine]?.input(data);
    },
    halted: () => machines.every((m) => m.halted()),
    net: () => ({ frames: capture.take(), seen: capture.seen, recorded: capture.recorded, arp: arp(), wire: { loss: wire.loss, ...wire.stats } }),
    pcap: () => capture.bytes(),
    setLoss: (loss) => wire.setLoss(loss),
  };
}
