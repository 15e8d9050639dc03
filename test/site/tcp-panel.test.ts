// chapter: 33-tcp
// The TCP panel's data: the tracepoints chapter 33's TcpHost reports ("tcp.segment" for each
// segment in and out, "tcp.cc" when a connection's cwnd, ssthresh, SRTT or RTO changes), in the
// order they happened, and the panel's model built from them — one arrow per segment with
// relative numbers, retransmissions marked, and the data sender's samples to plot.
import { describe, expect, it } from "vitest";
import { Trace } from "../../src/kernel/trace.ts";
import type { TraceEvent } from "../../src/components/panels/api.ts";
import { TcpModel } from "../../src/components/panels/tcp.ts";
import { LOSSY, transfer } from "../../tools/tcp/transfer.ts";

const PERFECT = { delayMicros: 2000, jitterMicros: 0, loss: 0, duplicate: 0 };

/** A transfer of `size` bytes from 10.0.2.15 to 10.0.2.16:80, and every TCP tracepoint it made. */
function traced(size: number, faults: typeof LOSSY, seed = 1) {
  const trace = new Trace();
  const events: TraceEvent[] = [];
  trace.on("*", (name, data) => events.push({ t: events.length, name, data }));
  const run = transfer(seed, size, faults, true, trace);
  return { run, events, segments: events.filter((e) => e.name === "tcp.segment"), samples: events.filter((e) => e.name === "tcp.cc") };
}

const client = (e: TraceEvent): boolean => String(e.data.connection).startsWith("10.0.2.15:");

describe("the TCP tracepoints", () => {
  it("report every segment once as it leaves and once as it arrives, in order, on a perfect wire", () => {
    const { run, segments } = traced(64 * 1024, PERFECT);
    expect(run.received.length).toBe(64 * 1024);
    const out = segments.filter((e) => e.data.dir === "out" && client(e)).map((e) => [e.data.seq, e.data.len, e.data.flags]);
    const arrived = segments.filter((e) => e.data.dir === "in" && !client(e)).map((e) => [e.data.seq, e.data.len, e.data.flags]);
    expect(arrived).toEqual(out);
    expect(out.reduce((n, [, len]) => n + Number(len), 0)).toBe(64 * 1024);
    const times = segments.map((e) => Number(e.data.ms));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it("sample cwnd, ssthresh, SRTT and RTO only when one changes, and the window grows in slow start", () => {
    const { samples } = traced(64 * 1024, PERFECT);
    const mine = samples.filter(client).map((e) => e.data);
    const keys = mine.map((d) => `${d.cwnd} ${d.ssthresh} ${d.srtt} ${d.rto} ${d.retransmitted}`);
    expect(keys.every((k, i) => i === 0 || k !== keys[i - 1])).toBe(true);
    expect(Number(mine[mine.length - 1].cwnd)).toBeGreaterThan(2 * Number(mine[0].cwnd));
    expect(mine.some((d) => Number(d.srtt) >= 2 && Number(d.rto) >= 1000)).toBe(true);
  });
});

describe("the panel's model", () => {
  it("draws the handshake and the data with numbers relative to each side's initial sequence number", () => {
    const { events, segments } = traced(16 * 1024, PERFECT);
    const m = new TcpModel();
    m.apply(events);
    expect([m.client.startsWith("10.0.2.15:"), m.server]).toEqual([true, "10.0.2.16:80"]);
    const [syn, synAck, ack] = m.arrows.map(TcpModel.line);
    expect([syn, synAck]).toEqual(["S 0:0(0) ack 0 win 65535", "S. 0:0(0) ack 1 win 65535"]);
    expect(ack).toMatch(/^\. 1:\d+\(\d+\) ack 1 win \d+$/); // the handshake's ACK, perhaps with data
    expect(m.arrows.slice(0, 3).map((a) => a.from)).toEqual([m.client, m.server, m.client]);
    expect(m.segments).toBe(segments.filter((e) => e.data.dir === "out").length);
    expect([m.retransmissions, m.sender]).toEqual([0, m.client]);
    expect(m.arrows.filter((a) => a.from === m.client).reduce((n, a) => n + a.len, 0)).toBe(16 * 1024);
    expect(m.samples.get(m.client)?.length).toBe(events.filter((e) => e.name === "tcp.cc" && client(e)).length);
  });

  it("marks retransmissions under loss, and the sender's samples show the window cut", () => {
    const { run, events } = traced(256 * 1024, { ...LOSSY, loss: 0.05 });
    expect(run.wire.stats.lost).toBeGreaterThan(0);
    const m = new TcpModel();
    m.apply(events);
    expect(m.retransmissions).toBeGreaterThan(0);
    expect(m.arrows.some((a) => a.retransmit && a.from === m.client && a.len > 0)).toBe(true);
    const samples = m.samples.get(m.sender) ?? [];
    expect(samples.some((s) => s.ssthresh < 65535)).toBe(true);
    expect(samples[samples.length - 1].retransmitted).toBe(run.client.retransmittedBytes);
  });

  it("draws a segment from its sender's report only, and from the receiver's when the sender does not report", () => {
    const { events, segments } = traced(8 * 1024, PERFECT);
    const both = new TcpModel();
    both.apply(events);
    const one = new TcpModel();
    one.apply(events.filter(client));
    expect(one.segments).toBe(both.segments);
    // The same segments; those of the side that does not report are drawn as they arrive.
    expect(one.arrows.map(TcpModel.line).sort()).toEqual(both.arrows.map(TcpModel.line).sort());
    expect(segments.length).toBe(2 * both.segments);
  });

  it("starts over at the next connection's SYN", () => {
    const first = traced(4 * 1024, PERFECT, 1).events;
    const second = traced(4 * 1024, PERFECT, 2).events;
    const m = new TcpModel();
    m.apply([...first, ...second]);
    const fresh = new TcpModel();
    fresh.apply(second);
    expect([m.client, m.segments, m.arrows.length]).toEqual([fresh.client, fresh.segments, fresh.arrows.length]);
  });
});
