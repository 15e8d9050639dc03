// Scheduler panel: which task had the CPU over virtual time, one lane per priority level,
// from the kernel's sched.switch tracepoint; the task list with states and wait reasons.
import { el, type PanelDefinition, type TraceEvent } from "./api.ts";

interface Slice {
  tid: number;
  name: string;
  level: number;
  start: number;
  end: number;
}

const COLORS = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"];

const panel: PanelDefinition = {
  kind: "scheduler",
  title: "Scheduler timeline",
  mount(root, host) {
    const canvas = el("canvas", { width: "720", height: "180", class: "lp-timeline", role: "img", "aria-label": "timeline of tasks on the CPU" });
    const legend = el("p", { class: "lp-muted lp-legend" });
    const table = el("table", { class: "lp-table" });
    root.append(canvas, legend, el("h4", {}, "Tasks"), table);
    let slices: Slice[] = [];
    let current: Slice | null = null;
    let now = 0;
    const levels = new Set<number>();
    const draw = (): void => {
      const ctx = canvas.getContext("2d");
      if (!ctx) return;
      const w = canvas.width;
      const h = canvas.height;
      ctx.clearRect(0, 0, w, h);
      const window = 50e6; // the last 50 ms of virtual time
      const t0 = Math.max(0, now - window);
      const lanes = [...levels].sort((a, b) => b - a);
      const laneH = Math.max(14, Math.min(36, (h - 20) / Math.max(1, lanes.length)));
      ctx.font = "11px system-ui, sans-serif";
      lanes.forEach((lvl, i) => {
        const y = 4 + i * laneH;
        ctx.fillStyle = "rgba(127,127,127,0.12)";
        ctx.fillRect(40, y, w - 44, laneH - 3);
        ctx.fillStyle = "#888";
        ctx.fillText(`pri ${lvl}`, 2, y + laneH / 2 + 3);
      });
      const all = current ? [...slices, { ...current, end: now }] : slices;
      for (const s of all) {
        if (s.end < t0) continue;
        const lane = lanes.indexOf(s.level);
        const x0 = 40 + ((Math.max(s.start, t0) - t0) / window) * (w - 44);
        const x1 = 40 + ((s.end - t0) / window) * (w - 44);
        ctx.fillStyle = COLORS[s.tid % COLORS.length];
        ctx.fillRect(x0, 4 + lane * laneH, Math.max(1, x1 - x0), laneH - 3);
      }
      ctx.fillStyle = "#888";
      ctx.fillText(`${(t0 / 1e6).toFixed(1)} ms`, 40, h - 4);
      ctx.fillText(`${(now / 1e6).toFixed(1)} ms (virtual)`, w - 110, h - 4);
      const names = new Map<number, string>();
      for (const s of all) names.set(s.tid, s.name);
      legend.replaceChildren(...[...names].map(([tid, name]) => el("span", { style: `color:${COLORS[tid % COLORS.length]}` }, `■ ${name} (${tid}) `)));
    };
    host.onTrace(["sched.switch"], (events: TraceEvent[]) => {
      for (const e of events) {
        const level = Number(e.data.level ?? 0);
        levels.add(level);
        if (current) {
          current.end = e.t;
          slices.push(current);
        }
        current = { tid: Number(e.data.to), name: String(e.data.name ?? e.data.to), level, start: e.t, end: e.t };
        now = Math.max(now, e.t);
      }
      if (slices.length > 4000) slices = slices.slice(-2000);
      draw();
    });
    host.onStatus((s) => {
      now = Math.max(now, s.vtimeNs);
      draw();
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
      current = null;
      now = 0;
      levels.clear();
      draw();
    });
  },
};
export default panel;
