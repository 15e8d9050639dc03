// Two TCP hosts joined by chapter 7's seeded Wire on a virtual clock, with no machine around
// them: chapter 33's lossy tests (test/kernel/net/tcp/lossy.test.ts, the 100-seed suite in
// test/long/tcp-lossy.test.ts) and the engine row of npm run bench:tcp.
import type { NetClock } from "../../src/emulator/net/port.ts";
import { Wire } from "../../src/emulator/net/wire.ts";
import type { TcpConnection } from "../../src/kernel/net/tcp/connection.ts";
import { TcpHost } from "../../src/kernel/net/tcp/host.ts";
import { ipParse } from "../../src/kernel/net/wire/address.ts";
import type { Trace } from "../../src/kernel/trace.ts";

const A = ipParse("10.0.2.15")!;
const B = ipParse("10.0.2.16")!;

/** Virtual time for the wire, in microseconds: events run in time order when the test moves it. */
export class VirtualClock implements NetClock {
  micros = 0;
  private readonly events: { at: number; fn: () => void }[] = [];
  nowMicros(): number {
    return this.micros;
  }
  after(micros: number, fn: () => void): void {
    this.events.push({ at: this.micros + micros, fn });
  }
  nextAt(): number {
    return this.events.reduce((m, e) => Math.min(m, e.at), Number.POSITIVE_INFINITY);
  }
  /** Runs every event due, earliest first (a stable sort keeps same-time events in order). */
  runDue(): void {
    for (;;) {
      const due = this.events.filter((e) => e.at <= this.micros).sort((x, y) => x.at - y.at)[0];
      if (due === undefined) return;
      this.events.splice(this.events.indexOf(due), 1);
      due.fn();
    }
  }
}

function pattern(seed: number, n: number): Uint8Array {
  let x = seed * 2654435761;
  return new Uint8Array(n).map(() => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x >>> 24;
  });
}

/** The faults of chapter 33's lossy tests: 10 % loss, 5 % duplication, 2–12 ms delay (reorders). */
export const LOSSY = { delayMicros: 2000, jitterMicros: 10_000, loss: 0.1, duplicate: 0.05 };

/**
 * One transfer of `size` bytes from A to B (with SACK unless `sack` is false); what B read, and
 * what the run saw. With `trace`, both hosts report their tracepoints to it (the TCP panel's test).
 */
export function transfer(seed: number, size: number, faults = LOSSY, sack = true, trace: Trace | null = null) {
  const clock = new VirtualClock();
  const wire = new Wire(clock, { ...faults, seed });
  const [a, b] = [new TcpHost(2 * seed + 1), new TcpHost(2 * seed + 2)];
  for (const h of [a, b]) [h.clock, h.sack, h.trace] = [() => Math.floor(clock.micros / 1000), sack, trace];
  wire.near.onReceive = (f) => a.receive(B, A, f);
  wire.far.onReceive = (f) => b.receive(A, B, f);
  const listener = b.listen(80, 4)!;
  const client = a.connect(A, B, 80)!;
  const data = pattern(seed, size);
  const received = new Uint8Array(size + 1);
  let [written, got, maxHeld, deliveredAt] = [0, 0, 0, -1];
  let server: TcpConnection | null = null;
  while (clock.micros < 3_600_000_000) {
    if (written < size) written += Math.max(0, client.write(data.subarray(written)));
    if (written === size && client.state === "ESTABLISHED") client.close();
    server ??= listener.accept();
    if (server !== null) {
      maxHeld = Math.max(maxHeld, server.outOfOrder.bytes);
      const chunk = server.read(size + 1 - got);
      received.set(chunk, got);
      got += chunk.length;
      if (got === size && deliveredAt < 0) deliveredAt = clock.micros;
      if (server.state === "CLOSE_WAIT") server.close();
    }
    for (const o of a.drain()) wire.near.send(o.bytes);
    for (const o of b.drain()) wire.far.send(o.bytes);
    if (client.state === "CLOSED" && server?.state === "CLOSED") break;
    const deadlines = [a.nextDeadline(), b.nextDeadline()].filter((d) => d >= 0).map((d) => d * 1000);
    const next = Math.min(clock.nextAt(), ...deadlines);
    if (next === Number.POSITIVE_INFINITY) break;
    clock.micros = Math.max(clock.micros, next);
    clock.runDue();
    a.tick();
    b.tick();
  }
  const [seconds, delivered] = [clock.micros / 1e6, deliveredAt / 1e6];
  return { received: received.subarray(0, got), data, client, server, maxHeld, wire, seconds, delivered };
}
