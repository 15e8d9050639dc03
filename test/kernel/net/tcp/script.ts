// A small packetdrill for chapter 33: one TcpConnection, a virtual clock, and a script of segments
// in (`<`), segments expected out (`>`), calls and checks. Every line may start with `+ms`.
import { expect } from "vitest";
import { TcpConnection, type TcpEnv } from "../../../../src/kernel/net/tcp/connection.ts";
import { type Segment, segmentText, TCP_ACK, TCP_FIN, TCP_PSH, TCP_RST, TCP_SYN } from "../../../../src/kernel/net/tcp/segment.ts";
import { seqAdd, seqOf } from "../../../../src/kernel/net/tcp/seq.ts";
import { Trace } from "../../../../src/kernel/trace.ts";

/** Both first sequence numbers sit just below 2³², so every script wraps. */
export const OUR_ISS = seqOf(0xffff_fff0);
export const THEIR_ISS = seqOf(0xffff_ff00);

const FLAGS: Record<string, number> = { S: TCP_SYN, F: TCP_FIN, R: TCP_RST, P: TCP_PSH, ".": TCP_ACK };

/** A segment from its packetdrill text; `seq` relative to the peer's ISS, `ack` to ours. */
export function parseSegment(text: string): Segment {
  const m = /^([SFRP.]+) (\d+):(\d+)\((\d+)\)(?: ack (\d+))?(?: win (\d+))?(?: <(.*)>)?$/.exec(text);
  if (m === null) throw new Error(`script: cannot read segment "${text}"`);
  const flags = [...m[1]].reduce((f, c) => f | FLAGS[c], 0);
  const data = new Uint8Array(Number(m[4])).map((_, i) => (Number(m[2]) + i) & 0xff);
  const s: Segment = {
    seq: seqAdd(THEIR_ISS, Number(m[2])),
    ack: seqAdd(OUR_ISS, Number(m[5] ?? 0)),
    flags,
    window: Number(m[6] ?? 65535),
    mss: 0,
    data,
  };
  for (const option of m[7]?.split(",") ?? []) parseOption(s, option, text);
  return s;
}

/** One option as segmentText writes it: `mss 1000`, `wscale 7`, `TS val 5 ecr 0`, `sackOK`, `sack 1:2 5:9`. */
function parseOption(s: Segment, option: string, text: string): void {
  const ts = /^TS val (\d+) ecr (\d+)$/.exec(option);
  const [name, value, ...more] = option.split(" ");
  if (ts !== null) s.ts = { val: Number(ts[1]), ecr: Number(ts[2]) };
  else if (name === "sackOK") s.sackOk = true;
  else if (name === "sack") {
    s.sack = [value, ...more].map((b) => b.split(":").map((n) => seqAdd(OUR_ISS, Number(n)))).map(([start, end]) => ({ start, end }));
  }
  else if (name === "mss") s.mss = Number(value);
  else if (name === "wscale") s.wscale = Number(value);
  else throw new Error(`script: cannot read option "${option}" in "${text}"`);
}

/** A connection under test, its clock, what it sent, and the tcp.state arrows it traced. */
export class Script {
  now = 0;
  readonly sent: { at: number; s: Segment }[] = [];
  readonly arrows: string[] = [];
  readonly conn: TcpConnection;
  /** Bytes the program read, in order. */
  readonly read: number[] = [];
  private written = 0;

  constructor() {
    const trace = new Trace();
    trace.on("tcp.state", (_, d) => this.arrows.push(`${d.from} → ${d.to}`));
    const env: TcpEnv = {
      now: () => this.now,
      emit: (s) => this.sent.push({ at: this.now, s }),
      notify: () => {},
      trace,
      name: "test",
    };
    this.conn = new TcpConnection(env, OUR_ISS);
  }

  /** Moves the clock by `ms`, firing each timer at its own deadline on the way. */
  advance(ms: number): void {
    const until = this.now + ms;
    for (let d = this.conn.nextDeadline(); d >= 0 && d <= until; d = this.conn.nextDeadline()) {
      this.now = Math.max(this.now, d);
      this.conn.tick();
    }
    this.now = until;
  }

  /** Runs `text`, one line at a time. */
  run(text: string): this {
    for (const raw of text.split("\n")) {
      const line = raw.trim();
      if (line === "" || line.startsWith("//")) continue;
      const m = /^(?:\+(\d+) +)?(.*)$/.exec(line)!;
      const rest = m[2];
      if (!rest.startsWith(">")) this.expectNothingSent(line);
      if (m[1] !== undefined) this.advance(Number(m[1]));
      this.step(rest, line);
    }
    this.expectNothingSent("the end of the script");
    return this;
  }

  private expectNothingSent(before: string): void {
    const left = this.sent.map(({ at, s }) => `${at} ms: ${segmentText(s, OUR_ISS, THEIR_ISS)}`);
    expect(left, `sent before "${before}" without a > line`).toEqual([]);
  }

  private step(rest: string, line: string): void {
    const [word, arg] = rest.split(/ (.*)/s);
    if (word === "<") return this.conn.segmentArrives(parseSegment(arg));
    if (word === ">") {
      const next = this.sent.shift();
      expect(next && `${next.at} ms: ${segmentText(next.s, OUR_ISS, THEIR_ISS)}`, line).toBe(`${this.now} ms: ${arg}`);
      return;
    }
    if (word === "state") return void expect(this.conn.state, line).toBe(arg);
    if (word === "error") return void expect(this.conn.error, line).toBe(arg === "none" ? null : arg);
    if (word === "connect") return this.conn.connect();
    if (word === "listen") return this.conn.listen();
    if (word === "close") return this.conn.close();
    if (word === "abort") return this.conn.abort();
    if (word === "nosack") {
      this.conn.sackAllowed = false;
      return;
    }
    if (word === "nodelay") {
      this.conn.noDelay = true;
      return;
    }
    if (word === "keepalive") {
      this.conn.keepAliveIdleMs = Number(arg);
      return;
    }
    if (word === "write") return void this.write(Number(arg));
    if (word === "read") return void this.readExactly(Number(arg), line);
    throw new Error(`script: cannot read line "${line}"`);
  }

  /** Writes `n` bytes of a counting pattern (byte i of the stream is i & 0xff). */
  private write(n: number): void {
    const data = new Uint8Array(n).map((_, i) => (this.written + i) & 0xff);
    this.written += n;
    expect(this.conn.write(data)).toBe(n);
  }

  private readExactly(n: number, line: string): void {
    const got = this.conn.read(n);
    expect(got.length, line).toBe(n);
    this.read.push(...got);
  }
}

/** Runs a script on a fresh connection. */
export function script(text: string): Script {
  return new Script().run(text);
}
