// Boot panel: the kernel log with virtual timestamps, and the device tree the kernel was given.
import { el, type PanelDefinition, stamp, type TraceEvent } from "./api.ts";

interface FdtView {
  name: string;
  props: Record<string, string>;
  children: FdtView[];
}

function tree(node: FdtView, depth: number): HTMLElement {
  const details = el("details", depth < 1 ? { open: "" } : {});
  details.append(el("summary", {}, el("code", {}, node.name)));
  const props = el("dl", { class: "lp-props" });
  for (const [k, v] of Object.entries(node.props)) props.append(el("dt", {}, k), el("dd", {}, v));
  if (props.childElementCount) details.append(props);
  for (const c of node.children) details.append(tree(c, depth + 1));
  return details;
}

const panel: PanelDefinition = {
  kind: "boot",
  title: "Boot log and device tree",
  mount(root, host) {
    const log = el("ol", { class: "lp-log", "aria-label": "kernel log" });
    const fdt = el("div", { class: "lp-fdt" }, el("p", { class: "lp-muted" }, "The device tree appears once the kernel has parsed it."));
    root.append(el("div", { class: "lp-cols" }, el("section", {}, el("h4", {}, "Kernel log"), log), el("section", {}, el("h4", {}, "Device tree"), fdt)));
    host.onTrace(["kernel.log", "kernel.panic"], (events: TraceEvent[]) => {
      for (const e of events) {
        const text = String(e.data.text ?? e.data.message ?? "");
        const li = el("li", e.name === "kernel.panic" ? { class: "lp-bad" } : {}, el("span", { class: "lp-time" }, stamp(e.t)), " ", text);
        log.append(li);
      }
      while (log.childElementCount > 1000) log.firstElementChild?.remove();
      log.scrollTop = log.scrollHeight;
    });
    let shown = false;
    host.watch("fdt", (data) => {
      if (!data || shown) return;
      shown = true;
      fdt.replaceChildren(tree(data as FdtView, 0));
    });
    host.onReset(() => {
      log.replaceChildren();
      shown = false;
    });
  },
};
export default panel;
