// The TCP panel (chapters 33–34): the page's newest connection as a sequence diagram — one arrow
// per segment, its flags, relative seq/ack and length, retransmissions in red — and a plot of the
// data sender's cwnd and ssthresh (bytes) and SRTT and RTO (ms) over its virtual time, with a
// slider for the loss rate of the wire between the page's first machine and its switch.
// Fed by the kernel's "tcp.segment" and "tcp.cc" tracepoints (chapter 33's TcpHost, forwarded by
// the worker from both machines, see live/net-system.ts); the model is plain data so that tests
// can drive it with the events a real connection makes.
import { el, type PanelDefinition, type TraceEvent } from "./api.ts";

/** Arrows and samples kept (the newest). */
export const KEEP_ARROWS = 400;
export const KEEP_SAMPLES = 4000;

/** One segment as the diagram draws it: from `from` (an "ip:port") to the other end. */
export interface TcpArrow {
  /** The sender's clock, ms since its boot. */
  ms: number;
  from: string;
  flags: string;
  /** Relative to the sender's (seq) and the receiver's (ack) initial sequence numbers. */
  seq: number;
  ack: number;
  len: number;
  window: number;
  sack: number;
  /** A data segment that starts below the highest sequence number its sender sent before. */
  retransmit: boolean;
}

export interface TcpSample {
  ms: number;
  cwnd: number;
  ssthresh: number;
  /** -1 before the first round-trip measurement. */
  srtt: number;
  rto: number;
  retransmitted: number;
}

const FLAG_LETTERS: [number, string][] = [
  [0x02, "S"],
  [0x01, "F"],
  [0x04, "R"],
  [0x08, "P"],
  [0x10, "."],
];

/** tcpdump's flag letters: "S", "S.", "P.", "F.", "R", "." for a bare ACK. */
export const flagText = (flags: number): string => FLAG_LETTERS.filter(([bit]) => flags & bit).map(([, l]) => l).join("") || "none";

/** "10.0.2.15:49152>10.0.2.16:80" → its two ends. */
const ends = (connection: string): [string, string] => connection.split(">") as [string, string];

const SYN = 0x02;
const ACK = 0x10;
/** a < b in sequence space (RFC 9293 §3.4), for the retransmission test. */
const before = (a: number, b: number): boolean => ((a - b) | 0) < 0;

export class TcpModel {
  /** The connection shown: the end that sent its SYN, and the other; "" before there is one. */
  client = "";
  server = "";
  arrows: TcpArrow[] = [];
  /** Segments and retransmitted data segments of this connection (all of them, not just those kept). */
  segments = 0;
  retransmissions = 0;
  /** Per end: payload bytes sent, and its "tcp.cc" samples. */
  readonly sent = new Map<string, number>();
  readonly samples = new Map<string, TcpSample[]>();
  private readonly isn = new Map<string, number>();
  private readonly highest = new Map<string, number>();
  /** Ends whose own machine reports their segments (so arrivals there are not drawn twice). */
  private readonly reporting = new Set<string>();

  reset(): void {
    [this.client, this.server, this.arrows, this.segments, this.retransmissions] = ["", "", [], 0, 0];
    for (const m of [this.sent, this.samples, this.isn, this.highest]) m.clear();
    this.reporting.clear();
  }

  apply(events: TraceEvent[]): void {
    for (const e of events) {
      if (e.name === "tcp.segment") this.segment(e.data);
      else if (e.name === "tcp.cc") this.sample(e.data);
    }
  }

  /** The end that sent the most payload: the one whose congestion window matters. */
  get sender(): string {
    return (this.sent.get(this.server) ?? 0) > (this.sent.get(this.client) ?? 0) ? this.server : this.client;
  }

  private mine(from: string, to: string): boolean {
    return (from === this.client && to === this.server) || (from === this.server && to === this.client);
  }

  /** A segment seen by either end: a SYN without ACK from a new pair of ends starts a new connection. */
  private segment(d: Record<string, unknown>): void {
    const [local, remote] = ends(String(d.connection));
    const out = d.dir === "out";
    const [from, to] = out ? [local, remote] : [remote, local];
    const [flags, seq, ack, len] = [Number(d.flags), Number(d.seq) >>> 0, Number(d.ack) >>> 0, Number(d.len)];
    if ((flags & (SYN | ACK)) === SYN && !this.mine(from, to)) {
      this.reset();
      [this.client, this.server] = [from, to];
    }
    if (!this.mine(from, to)) return;
    if (out) this.reporting.add(from);
    else if (this.reporting.has(from)) return;
    if (flags & SYN) this.isn.set(from, seq);
    const base = this.isn.get(from) ?? seq;
    const peer = this.isn.get(to);
    const high = this.highest.get(from);
    const retransmit = len > 0 && high !== undefined && before(seq, high);
    const end = (seq + len) >>> 0;
    if (high === undefined || before(high, end)) this.highest.set(from, end);
    this.sent.set(from, (this.sent.get(from) ?? 0) + (retransmit ? 0 : len));
    this.segments++;
    if (retransmit) this.retransmissions++;
    this.arrows.push({
      ms: Number(d.ms),
      from,
      flags: flagText(flags),
      seq: (seq - base) >>> 0,
      ack: flags & ACK && peer !== undefined ? (ack - peer) >>> 0 : 0,
      len,
      window: Number(d.window),
      sack: Array.isArray(d.sack) ? d.sack.length : 0,
      retransmit,
    });
    if (this.arrows.length > KEEP_ARROWS) this.arrows.splice(0, this.arrows.length - KEEP_ARROWS);
  }

  private sample(d: Record<string, unknown>): void {
    const [local, remote] = ends(String(d.connection));
    if (!this.mine(local, remote)) return;
    const list = this.samples.get(local) ?? [];
    const n = (k: string): number => Number(d[k]);
    list.push({ ms: n("ms"), cwnd: n("cwnd"), ssthresh: n("ssthresh"), srtt: n("srtt"), rto: n("rto"), retransmitted: n("retransmitted") });
    if (list.length > KEEP_SAMPLES) list.splice(0, list.length - KEEP_SAMPLES);
    this.samples.set(local, list);
  }

  /** An arrow as one line of text, as tcpdump would print the segment. */
  static line(a: TcpArrow): string {
    const sack = a.sack > 0 ? ` sack ${a.sack}` : "";
    return `${a.flags} ${a.seq}:${a.seq + a.len}(${a.len}) ack ${a.ack} win ${a.window}${sack}${a.retransmit ? " [retransmission]" : ""}`;
  }
}

const NS = "http://www.w3.org/2000/svg";

function svg(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

const WIDTH = 600;
const LANES = [170, 470];
const ROW = 18;

/** The sequence diagram: the two ends as lanes, one slanted arrow per segment, oldest at the top. */
function drawSequence(m: TcpModel): SVGElement {
  const height = 28 + ROW * (m.arrows.length + 1);
  const root = svg("svg", { width: WIDTH, height, viewBox: `0 0 ${WIDTH} ${height}`, role: "img", class: "lp-tcp-seq" });
  root.append(svg("title", {}, `Segments between ${m.client} and ${m.server}, oldest first`));
  for (const [i, end] of [m.client, m.server].entries()) {
    root.append(svg("text", { x: LANES[i], y: 14, "text-anchor": "middle", class: "lp-tcp-end" }, end));
    root.append(svg("line", { x1: LANES[i], y1: 20, x2: LANES[i], y2: height, class: "lp-tcp-lane" }));
  }
  for (const [i, a] of m.arrows.entries()) {
    const y = 30 + i * ROW;
    const [x1, x2] = a.from === m.client ? LANES : [LANES[1], LANES[0]];
    const g = svg("g", { class: "lp-tcp-segment", "data-flags": a.flags, "data-retransmit": a.retransmit ? "yes" : "no" });
    g.append(svg("text", { x: 4, y: y + 10, class: "lp-tcp-time" }, `${a.ms} ms`));
    g.append(svg("line", { x1, y1: y, x2, y2: y + ROW - 6, class: a.retransmit ? "lp-tcp-arrow lp-tcp-retx" : "lp-tcp-arrow" }));
    const tip = x2 > x1 ? -6 : 6;
    g.append(svg("path", { d: `M${x2} ${y + ROW - 6} l${tip} -5 l0 8 z`, class: "lp-tcp-head" }));
    g.append(svg("text", { x: (x1 + x2) / 2, y: y + 6, "text-anchor": "middle", class: "lp-tcp-label" }, TcpModel.line(a)));
    root.append(g);
  }
  return root;
}

const PLOT_H = 200;
const SERIES: { key: keyof TcpSample; axis: "bytes" | "ms"; label: string }[] = [
  { key: "cwnd", axis: "bytes", label: "cwnd (bytes)" },
  { key: "ssthresh", axis: "bytes", label: "ssthresh (bytes)" },
  { key: "srtt", axis: "ms", label: "SRTT (ms)" },
  { key: "rto", axis: "ms", label: "RTO (ms)" },
];

/** The sender's samples as step lines over its clock: bytes on the left axis, ms on the right. */
function drawPlot(samples: TcpSample[]): SVGElement {
  const root = svg("svg", { width: WIDTH, height: PLOT_H + 40, viewBox: `0 0 ${WIDTH} ${PLOT_H + 40}`, role: "img", class: "lp-tcp-plot" });
  root.append(svg("title", {}, "The data sender's cwnd and ssthresh in bytes, and its SRTT and RTO in ms, over its virtual time"));
  if (samples.length === 0) return root;
  const [t0, t1] = [samples[0].ms, Math.max(samples[0].ms + 1, samples[samples.length - 1].ms)];
  const top = { bytes: 1, ms: 1 };
  for (const s of samples) for (const { key, axis } of SERIES) top[axis] = Math.max(top[axis], s[key]);
  const x = (ms: number): number => 50 + ((ms - t0) / (t1 - t0)) * (WIDTH - 100);
  const y = (v: number, axis: "bytes" | "ms"): number => 10 + PLOT_H - (Math.max(0, v) / top[axis]) * PLOT_H;
  root.append(svg("text", { x: 4, y: 12, class: "lp-tcp-axis" }, `${top.bytes} B`));
  root.append(svg("text", { x: WIDTH - 4, y: 12, "text-anchor": "end", class: "lp-tcp-axis" }, `${Math.round(top.ms)} ms`));
  root.append(svg("text", { x: WIDTH / 2, y: PLOT_H + 30, "text-anchor": "middle", class: "lp-tcp-axis" }, `${t0}–${t1} ms on the sender's clock`));
  for (const { key, axis, label } of SERIES) {
    const points: string[] = [];
    for (const [i, s] of samples.entries()) {
      if (i > 0) points.push(`${x(s.ms)},${y(samples[i - 1][key], axis)}`);
      points.push(`${x(s.ms)},${y(s[key], axis)}`);
    }
    const line = svg("polyline", { points: points.join(" "), class: `lp-tcp-series lp-tcp-${key}`, "data-series": key });
    line.append(svg("title", {}, label));
    root.append(line);
  }
  return root;
}

const panel: PanelDefinition = {
  kind: "tcp",
  title: "A TCP connection",
  mount(root, host) {
    const model = new TcpModel();
    const slider = el("input", { type: "range", min: "0", max: "30", step: "1", value: "0", "data-panel-action": "loss", "aria-label": "loss rate of alpha's wire, percent" });
    const shown = el("output", {}, "0 %");
    const wire = el("span", { class: "lp-muted" }, "");
    const summary = el("p", { class: "lp-muted" }, "waiting for a connection: start a transfer in a terminal above…");
    const box = el("div", { class: "lp-tcp-box" });
    const plot = el("div", { class: "lp-tcp-plotbox" });
    const legend = el("p", { class: "lp-tcp-legend" }, ...SERIES.map((s) => el("span", { class: `lp-tcp-key lp-tcp-${s.key}` }, s.label)));
    root.append(el("p", {}, el("label", {}, "Loss on alpha's wire ", slider, " ", shown), " ", wire), summary, box, el("h4", {}, "The sender's congestion state"), legend, plot);
    slider.addEventListener("input", () => {
      shown.textContent = `${slider.value} %`;
      host.setLoss(Number(slider.value) / 100);
    });
    let follow = true;
    box.addEventListener("scroll", () => {
      follow = box.scrollTop + box.clientHeight >= box.scrollHeight - 8;
    });
    const draw = (): void => {
      const samples = model.samples.get(model.sender) ?? [];
      summary.textContent = model.client
        ? `${model.client} → ${model.server}: ${model.segments} segments, ${model.retransmissions} data segments sent again; plotted: ${model.sender}, ${samples.length} samples`
        : "waiting for a connection: start a transfer in a terminal above…";
      box.replaceChildren(drawSequence(model));
      if (follow) box.scrollTop = box.scrollHeight;
      plot.replaceChildren(drawPlot(samples));
      Object.assign(root.dataset, { segments: String(model.segments), samples: String(samples.length), retransmissions: String(model.retransmissions) });
    };
    let queued = false;
    host.onTrace(["tcp.segment", "tcp.cc"], (events) => {
      model.apply(events);
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        draw();
      });
    });
    host.onNet((a) => {
      if (a.wire) wire.textContent = `${a.wire.lost} of ${a.wire.sent} frames lost on it so far`;
    });
    host.onReset(() => {
      model.reset();
      draw();
    });
  },
};

export default panel;
