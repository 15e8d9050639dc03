// Processes and capabilities panel: every process's handle table, each handle's kind and rights.
import { el, type PanelDefinition } from "./api.ts";

interface ProcView {
  pid: number;
  name: string;
  parent: number;
  handles: { handle: string; kind: string; generation: number; rights: string; rightNames: string[] }[];
}

const panel: PanelDefinition = {
  kind: "caps",
  title: "Processes and their handles",
  mount(root, host) {
    const body = el("div", { class: "lp-procs" }, el("p", { class: "lp-muted" }, "Processes appear when the machine runs."));
    root.append(body);
    host.watch("processes", (data) => {
      const procs = (data as ProcView[]) ?? [];
      if (!procs.length) return;
      body.replaceChildren(
        ...procs.map((p) =>
          el(
            "section",
            { class: "lp-proc" },
            el("h4", {}, `${p.name} `, el("span", { class: "lp-muted" }, `pid ${p.pid}${p.parent ? `, parent ${p.parent}` : ""}, ${p.handles.length} handle${p.handles.length === 1 ? "" : "s"}`)),
            p.handles.length
              ? el(
                  "table",
                  { class: "lp-table" },
                  el("tr", {}, el("th", {}, "handle"), el("th", {}, "kind"), el("th", {}, "gen"), el("th", {}, "rights")),
                  ...p.handles.map((h) => el("tr", {}, el("td", {}, el("code", {}, h.handle)), el("td", {}, h.kind), el("td", {}, String(h.generation)), el("td", { title: h.rightNames.join(" | ") }, el("code", {}, h.rights)))),
                )
              : el("p", { class: "lp-muted" }, "no handles"),
          ),
        ),
      );
    });
  },
};
export default panel;
