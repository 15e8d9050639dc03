// Scheduler panel: which task had the CPU over virtual time, one lane per priority level, from the
// kernel's sched.switch tracepoint — the whole run, kept from reset, with a view the reader can
// zoom and scroll (buttons, keys, Ctrl+wheel, dragging); and the task list with states and waits.
import { el, type PanelDefinition, type TraceEvent } from "./api.ts";

interface Slice {
  tid: number;
  name: string;
  level: number;
  start: number;
  end: number;
}

/** Task 0 is the CPU idling in wfi (the kernel's sched.switch to "idle"). */
const IDLE_COLOR = "#9aa5b1";
const COLORS = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"];
const color = (tid: number): string => (tid === 0 ? IDLE_COLOR : COLORS[tid % COLORS.length]);
/** Left margin for the lane labels, and the axis height, in CSS pixels. */
const LABEL_W = 44;
const AXIS_H = 18;
/** The narrowest view: 20 µs of virtual time. */
const MIN_SPAN = 20e3;
/** Slices kept: a long session switches often; past this the oldest half is dropped (and said so). */
const MAX_SLICES = 400_000;

/** "1.5 ms", "250 µs", "2 s": a virtual-time figure in ns, short. */
export function formatNs(ns: number): string {
  const a = Math.abs(ns);
  if (a >= 1e9) return `${+(ns / 1e9).toFixed(3)} s`;
  if (a >= 1e6) return `${+(ns / 1e6).toFixed(3)} ms`;
  if (a >= 1e3) return `${+(ns / 1e3).toFixed(1)} µs`;
  return `${Math.round(ns)} ns`;
}

/** A tick step of 1, 2 or 5 × 10^k ns giving about `count` ticks over `span`. */
export function tickStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const p = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * p >= raw) return m * p;
  return 10 * p;
}

/** The first slice that ends at or after `t` (slices are contiguous and in time order). */
export function firstEndingAfter(slices: readonly Slice[], t: number): number {
  let lo = 0;
  let hi = slices.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (slices[mid].end < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The view over [0, now]: `span` null shows the whole run; otherwise `span` ns ending at `now`
 * while following, or starting at `start`.
 */
export interface View {
  span: number | null;
  start: number;
  follow: boolean;
}

/** The visible interval [t0, t1] of `view` when the run has reached `now`. */
export function visible(view: View, now: number): [number, number] {
  const end = Math.max(now, MIN_SPAN);
  if (view.span === null || view.span >= end) return [0, end];
  const t0 = view.follow ? end - view.span : Math.min(Math.max(0, view.start), end - view.span);
  return [t0, t0 + view.span];
}

/** `view` zoomed by `factor` (< 1 zooms in) about the time `at`. */
export function zoom(view: View, now: number, factor: number, at?: number): View {
  const [t0, t1] = visible(view, now);
  const end = Math.max(now, MIN_SPAN);
  const span = Math.max(MIN_SPAN, (t1 - t0) * factor);
  if (span >= end) return { span: null, start: 0, follow: view.follow };
  const pivot = at ?? (view.follow ? t1 : (t0 + t1) / 2);
  const start = Math.min(Math.max(0, pivot - ((pivot - t0) / (t1 - t0)) * span), end - span);
  return { span, start, follow: view.follow && start + span >= end - 1 };
}

/** `view` moved by `dt` ns (negative: earlier); reaching the present starts following again. */
export function pan(view: View, now: number, dt: number): View {
  const [t0, t1] = visible(view, now);
  const end = Math.max(now, MIN_SPAN);
  const span = t1 - t0;
  if (view.span === null) return view;
  const start = Math.min(Math.max(0, t0 + dt), end - span);
  return { span, start, follow: start + span >= end - 1 };
}

const panel: PanelDefinition = {
  kind: "scheduler",
  title: "Scheduler timeline",
  mount(root, host) {
    const canvas = el("canvas", { height: "180", class: "lp-timeline", role: "img", tabindex: "0", "aria-label": "timeline of tasks on the CPU; arrow keys scroll, + and − zoom, 0 shows the whole run" });
    const button = (label: string, title: string): HTMLButtonElement => el("button", { type: "button", title }, label);
    const whole = button("Whole run", "Show the whole run (0)");
    const zoomIn = button("+", "Zoom in (+, or Ctrl+wheel)");
    const zoomOut = button("−", "Zoom out (−)");
    const earlier = button("◀", "Earlier (←)");
    const later = button("▶", "Later (→)");
    const follow = button("Follow", "Keep the present in view (End)");
    const scroll = el("input", { type: "range", min: "0", max: "1000", value: "1000", class: "lp-scroll", "aria-label": "scroll the timeline" });
    const range = el("span", { class: "lp-muted" });
    const legend = el("p", { class: "lp-muted lp-legend" });
    const table = el("table", { class: "lp-table" });
    root.append(el("div", { class: "lp-form" }, whole, zoomOut, zoomIn, earlier, later, follow, range), canvas, scroll, legend, el("h4", {}, "Tasks"), table);

    let slices: Slice[] = [];
    let dropped = 0;
    let current: Slice | null = null;
    let now = 0;
    let view: View = { span: null, start: 0, follow: true };
    const levels = new Set<number>();
    const names = new Map<number, string>();
    let queued = false;

    const draw = (): void => {
      queued = false;
      const ctx = canvas.getContext("2d");
      if (!ctx) return;
      const dpr = globalThis.devicePixelRatio || 1;
      const cssW = canvas.clientWidth || 720;
      const cssH = 180;
      if (canvas.width !== Math.round(cssW * dpr)) canvas.width = Math.round(cssW * dpr);
      if (canvas.height !== Math.round(cssH * dpr)) canvas.height = Math.round(cssH * dpr);
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, cssW, cssH);
      const [t0, t1] = visible(view, now);
      const plotW = cssW - LABEL_W - 4;
      const x = (t: number): number => LABEL_W + ((t - t0) / (t1 - t0)) * plotW;
      const lanes = [...levels].sort((a, b) => b - a);
      const laneH = Math.max(12, Math.min(36, (cssH - AXIS_H - 4) / Math.max(1, lanes.length)));
      ctx.font = "11px system-ui, sans-serif";
      lanes.forEach((lvl, i) => {
        const y = 4 + i * laneH;
        ctx.fillStyle = "rgba(127,127,127,0.12)";
        ctx.fillRect(LABEL_W, y, plotW, laneH - 3);
        ctx.fillStyle = "#888";
        ctx.fillText(lvl < 0 ? "idle" : `pri ${lvl}`, 2, y + laneH / 2 + 3);
      });
      // Slices in view; where many fall in one pixel column of a lane, that column is painted once.
      const lastPx = new Map<number, number>();
      const paint = (s: Slice): void => {
        const lane = lanes.indexOf(s.level);
        const x0 = Math.max(LABEL_W, x(s.start));
        const x1 = Math.min(LABEL_W + plotW, x(s.end));
        const px = Math.floor(x0);
        if (x1 - x0 < 1 && lastPx.get(lane) === px) return;
        lastPx.set(lane, px);
        ctx.fillStyle = color(s.tid);
        ctx.fillRect(x0, 4 + lane * laneH, Math.max(1, x1 - x0), laneH - 3);
      };
      for (let i = firstEndingAfter(slices, t0); i < slices.length && slices[i].start <= t1; i++) paint(slices[i]);
      if (current && current.start <= t1) paint({ ...current, end: Math.max(current.start, now) });
      // The time axis.
      const step = tickStep(t1 - t0, Math.max(2, Math.floor(plotW / 90)));
      ctx.fillStyle = "#888";
      ctx.strokeStyle = "rgba(127,127,127,0.5)";
      for (let t = Math.ceil(t0 / step) * step; t <= t1; t += step) {
        const tx = x(t);
        ctx.fillRect(tx, cssH - AXIS_H, 1, 4);
        ctx.fillText(formatNs(t), Math.min(tx + 2, cssW - 60), cssH - 4);
      }
      range.textContent = `${formatNs(t0)} – ${formatNs(t1)} of ${formatNs(now)} virtual${view.follow ? ", following" : ""}${dropped ? `; the oldest ${dropped} switches were dropped` : ""}`;
      const runEnd = Math.max(now, MIN_SPAN);
      scroll.disabled = view.span === null;
      scroll.value = String(view.span === null ? 1000 : Math.round((t0 / Math.max(1, runEnd - (t1 - t0))) * 1000));
      follow.setAttribute("aria-pressed", String(view.follow));
    };
    const redraw = (): void => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(draw);
    };
    const legendUpdate = (): void => {
      legend.replaceChildren(...[...names].map(([tid, name]) => el("span", { style: `color:${color(tid)}` }, tid === 0 ? "■ idle " : `■ ${name} (${tid}) `)));
    };
    const setView = (v: View): void => {
      view = v;
      redraw();
    };
    const timeAt = (clientX: number): number => {
      const [t0, t1] = visible(view, now);
      const r = canvas.getBoundingClientRect();
      return t0 + ((clientX - r.left - LABEL_W) / Math.max(1, r.width - LABEL_W - 4)) * (t1 - t0);
    };
    const halfView = (): number => {
      const [t0, t1] = visible(view, now);
      return (t1 - t0) / 2;
    };

    whole.addEventListener("click", () => setView({ span: null, start: 0, follow: true }));
    zoomIn.addEventListener("click", () => setView(zoom(view, now, 0.5)));
    zoomOut.addEventListener("click", () => setView(zoom(view, now, 2)));
    earlier.addEventListener("click", () => setView(pan(view, now, -halfView())));
    later.addEventListener("click", () => setView(pan(view, now, halfView())));
    follow.addEventListener("click", () => setView({ ...view, follow: true }));
    scroll.addEventListener("input", () => {
      const [t0, t1] = visible(view, now);
      const span = t1 - t0;
      const start = (Number(scroll.value) / 1000) * Math.max(0, Math.max(now, MIN_SPAN) - span);
      setView(pan({ ...view, follow: false, start: t0 }, now, start - t0));
    });
    canvas.addEventListener("keydown", (e) => {
      const keys: Record<string, () => View> = {
        ArrowLeft: () => pan(view, now, -halfView() / 2),
        ArrowRight: () => pan(view, now, halfView() / 2),
        "+": () => zoom(view, now, 0.5),
        "=": () => zoom(view, now, 0.5),
        "-": () => zoom(view, now, 2),
        "0": () => ({ span: null, start: 0, follow: true }),
        Home: () => pan(view, now, -now),
        End: () => ({ ...view, follow: true }),
      };
      const f = keys[e.key];
      if (!f) return;
      e.preventDefault();
      setView(f());
    });
    // Ctrl (or ⌘) + wheel zooms about the pointer; a sideways wheel or Shift + wheel scrolls. A plain
    // wheel is left to the page.
    canvas.addEventListener(
      "wheel",
      (e) => {
        if (e.ctrlKey || e.metaKey) {
          e.preventDefault();
          setView(zoom(view, now, e.deltaY > 0 ? 1.25 : 0.8, timeAt(e.clientX)));
        } else if (e.shiftKey || Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
          e.preventDefault();
          const d = e.shiftKey ? e.deltaY : e.deltaX;
          setView(pan(view, now, (d / Math.max(1, canvas.clientWidth)) * halfView() * 2));
        }
      },
      { passive: false },
    );
    let drag: { x: number; view: View } | null = null;
    canvas.addEventListener("pointerdown", (e) => {
      drag = { x: e.clientX, view };
      canvas.setPointerCapture(e.pointerId);
    });
    canvas.addEventListener("pointermove", (e) => {
      if (drag) {
        const [t0, t1] = visible(drag.view, now);
        const dt = -((e.clientX - drag.x) / Math.max(1, canvas.clientWidth - LABEL_W)) * (t1 - t0);
        setView(pan({ ...drag.view, follow: false, start: t0 }, now, dt));
        return;
      }
      const t = timeAt(e.clientX);
      const i = firstEndingAfter(slices, t);
      const s = i < slices.length && slices[i].start <= t ? slices[i] : current && current.start <= t ? current : null;
      canvas.title = s ? `${s.name} (task ${s.tid}, priority ${s.level}) from ${formatNs(s.start)}` : "";
    });
    canvas.addEventListener("pointerup", () => {
      drag = null;
    });

    host.onTrace(["sched.switch"], (events: TraceEvent[]) => {
      for (const e of events) {
        const level = Number(e.data.level ?? 0);
        levels.add(level);
        if (current) {
          current.end = e.t;
          slices.push(current);
        }
        current = { tid: Number(e.data.to), name: String(e.data.name ?? e.data.to), level, start: e.t, end: e.t };
        if (!names.has(current.tid)) {
          names.set(current.tid, current.name);
          legendUpdate();
        }
        now = Math.max(now, e.t);
      }
      if (slices.length > MAX_SLICES) {
        const cut = slices.length - MAX_SLICES / 2;
        dropped += cut;
        slices = slices.slice(cut);
      }
      redraw();
    });
    host.onStatus((s) => {
      now = Math.max(now, s.vtimeNs);
      redraw();
    });
    host.watch("tasks", (data) => {
      const rows = (data as { tid: number; name: string; pid: number; state: unknown; priority: number; current: boolean; wait: string }[]) ?? [];
      table.replaceChildren(
        el("tr", {}, el("th", {}, "tid"), el("th", {}, "name"), el("th", {}, "pid"), el("th", {}, "priority"), el("th", {}, "state")),
        ...rows.map((r) => el("tr", r.current ? { class: "lp-current" } : {}, el("td", {}, String(r.tid)), el("td", {}, r.name), el("td", {}, String(r.pid)), el("td", {}, String(r.priority)), el("td", {}, `${r.current ? "running" : String(r.state)}${r.wait ? ` (${r.wait})` : ""}`))),
      );
    });
    host.onReset(() => {
      slices = [];
      dropped = 0;
      current = null;
      now = 0;
      view = { span: null, start: 0, follow: true };
      levels.clear();
      names.clear();
      legendUpdate();
      redraw();
    });
  },
};
export default panel;
