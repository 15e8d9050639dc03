// System-call panel: every svc the kernel serves, as it happens — task, call, arguments, result
// (a status name when it failed, "blocked" when the task had to wait) — and a count per call.
import { statusName } from "../../kernel/lib/status.ts";
import { el, type PanelDefinition, stamp, type TraceEvent } from "./api.ts";

const MAX_LINES = 300;

const arg = (v: unknown): string => {
  const n = typeof v === "bigint" ? v : typeof v === "number" ? BigInt(v) : typeof v === "string" && /^-?\d+$/.test(v) ? BigInt(v) : null;
  return n === null ? String(v) : n < 10n && n >= 0n ? String(n) : `0x${BigInt.asUintN(64, n).toString(16)}`;
};

const result = (status: unknown): string => {
  if (status === "blocked") return "blocked (will restart)";
  const n = Number(status);
  return n < 0 ? statusName(n) : String(n);
};

const panel: PanelDefinition = {
  kind: "syscalls",
  title: "System calls",
  mount(root, host) {
    const counts = el("p", { class: "lp-muted" }, "No system call yet.");
    const log = el("ol", { class: "lp-log", "aria-label": "system calls" });
    root.append(counts, log);
    const byName = new Map<string, number>();
    const open = new Map<number, HTMLElement>();
    host.onTrace(["syscall.enter", "syscall.exit"], (events: TraceEvent[]) => {
      for (const e of events) {
        const tid = Number(e.data.tid);
        if (e.name === "syscall.enter") {
          const name = String(e.data.name ?? e.data.nr);
          byName.set(name, (byName.get(name) ?? 0) + 1);
          const args = Array.isArray(e.data.args) ? e.data.args.map(arg).join(", ") : "";
          const li = el("li", {}, el("span", { class: "lp-time" }, stamp(e.t)), ` task ${tid} ${name}(${args})`);
          log.append(li);
          open.set(tid, li);
        } else {
          const li = open.get(tid);
          if (li) li.append(` → ${result(e.data.status)}`);
          if (li && Number(e.data.status) < 0) li.classList.add("lp-warn");
          open.delete(tid);
        }
      }
      while (log.childElementCount > MAX_LINES) log.firstElementChild?.remove();
      log.scrollTop = log.scrollHeight;
      const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 8);
      counts.textContent = `${[...byName.values()].reduce((a, b) => a + b, 0)} calls since reset: ${top.map(([n, c]) => `${n} ×${c}`).join(", ")}`;
    });
    host.onReset(() => {
      log.replaceChildren();
      byName.clear();
      open.clear();
      counts.textContent = "No system call yet.";
    });
  },
};
export default panel;
