// MMU panel: pick a process and a virtual address and see the four-level walk of its tables,
// each descriptor decoded (ARM ARM D8.3), a missing entry in red; page faults and mappings as
// the kernel reports them.
import { el, type PanelDefinition, stamp, type TraceEvent } from "./api.ts";

interface Level {
  level: number;
  index: number;
  slot: string;
  desc: string;
  valid: boolean;
  kind?: string;
  next?: string;
  output?: string;
  access?: string;
  attrIndx?: number;
  sh?: number;
  af?: number;
  ng?: number;
  pxn?: number;
  uxn?: number;
  fault?: string;
}

const panel: PanelDefinition = {
  kind: "mmu",
  title: "Page-table walk",
  mount(root, host, options) {
    const pid = el("select", { "aria-label": "process" });
    const va = el("input", { type: "text", value: options.va ?? "0x80000000", size: "18", "aria-label": "virtual address", spellcheck: "false" });
    const go = el("button", { type: "button" }, "Walk");
    const out = el("div", { class: "lp-walk" }, el("p", { class: "lp-muted" }, "Choose a process and an address."));
    const faults = el("ol", { class: "lp-log", "aria-label": "page faults and mappings" });
    const tlb = el("p", { class: "lp-muted" }, "");
    root.append(el("div", { class: "lp-form" }, el("label", {}, "Process ", pid), el("label", {}, " VA ", va), " ", go), out, tlb, el("h4", {}, "Faults and mappings"), faults);
    let last: { walks: number; instructions: number } | null = null;
    host.watch("stats", (data) => {
      const s = data as { tlbWalks?: number; instructions?: number; demandPages?: number } | null;
      if (!s || s.tlbWalks === undefined) return;
      const instructions = s.instructions ?? 0;
      const delta = last ? `; since last look ${s.tlbWalks - last.walks} misses in ${instructions - last.instructions} instructions` : "";
      tlb.textContent = `TLB misses (table walks by the machine's MMU): ${s.tlbWalks}${delta}; demand-paged pages: ${s.demandPages ?? 0}. Every other access hit the TLB.`;
      last = { walks: s.tlbWalks, instructions };
    });
    const run = async (): Promise<void> => {
      const address = Number(va.value.replace(/_/g, ""));
      if (!Number.isFinite(address)) return;
      const r = (await host.query("walk", { pid: Number(pid.value || 1), va: address })) as { levels?: Level[]; error?: string; pa?: string; fault?: string; root?: string } | null;
      if (!r || r.error) {
        out.replaceChildren(el("p", { class: "lp-muted" }, r?.error ?? "no answer"));
        return;
      }
      out.replaceChildren(
        el("p", {}, `TTBR0 root table ${r.root} → `, r.pa ? el("strong", {}, `PA ${r.pa}`) : el("strong", { class: "lp-bad" }, r.fault ?? "fault")),
        el(
          "table",
          { class: "lp-table" },
          el("tr", {}, el("th", {}, "level"), el("th", {}, "index"), el("th", {}, "descriptor"), el("th", {}, "decoded")),
          ...(r.levels ?? []).map((l) =>
            el(
              "tr",
              l.valid ? {} : { class: "lp-bad" },
              el("td", {}, `L${l.level}`),
              el("td", {}, String(l.index)),
              el("td", {}, el("code", {}, l.desc)),
              el(
                "td",
                {},
                !l.valid
                  ? (l.fault ?? "invalid")
                  : l.kind === "table"
                    ? `table → ${l.next}`
                    : `${l.kind} → ${l.output}; ${l.access}; AttrIndx ${l.attrIndx}, SH ${l.sh}, AF ${l.af}, nG ${l.ng}, PXN ${l.pxn}, UXN ${l.uxn}`,
              ),
            ),
          ),
        ),
      );
    };
    go.addEventListener("click", () => void run());
    va.addEventListener("keydown", (e) => {
      if (e.key === "Enter") void run();
    });
    let ran = false;
    host.watch("processes", (data) => {
      const procs = (data as { pid: number; name: string }[]) ?? [];
      const chosen = pid.value;
      pid.replaceChildren(...procs.map((p) => el("option", { value: String(p.pid) }, `${p.pid} ${p.name}`)));
      if (chosen && procs.some((p) => String(p.pid) === chosen)) pid.value = chosen;
      else if (options.pid && procs.some((p) => String(p.pid) === options.pid)) pid.value = options.pid;
      if (!ran && procs.length) {
        ran = true;
        void run();
      }
    });
    host.onTrace(["mm.fault", "mm.map"], (events: TraceEvent[]) => {
      for (const e of events.slice(-100)) {
        const d = e.data;
        const text =
          e.name === "mm.fault"
            ? `fault pid ${d.pid} at 0x${Number(d.address).toString(16)} ${d.write ? "write" : d.instruction ? "fetch" : "read"} (FSC 0x${Number(d.fsc).toString(16)})`
            : `map 0x${Number(d.va).toString(16)} → 0x${Number(d.pa).toString(16)}`;
        faults.append(el("li", e.name === "mm.fault" ? { class: "lp-bad" } : {}, el("span", { class: "lp-time" }, stamp(e.t)), " ", text));
      }
      while (faults.childElementCount > 100) faults.firstElementChild?.remove();
    });
    host.onReset(() => {
      faults.replaceChildren();
      ran = false;
    });
  },
};
export default panel;
