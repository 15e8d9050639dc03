// IPC panel: every channel with its queue (messages waiting, their sizes and handles) and who holds
// each end; below, channel system calls as they happen.
import { el, type PanelDefinition, stamp, type TraceEvent } from "./api.ts";

interface ChannelView {
  id: number;
  sendOpen: boolean;
  recvOpen: boolean;
  queue: { bytes: number; handles: number; from: number; preview: string }[];
  holders: { pid: number; name: string; end: string; handle: string }[];
}

const panel: PanelDefinition = {
  kind: "ipc",
  title: "Channels",
  mount(root, host) {
    const list = el("div", { class: "lp-channels" }, el("p", { class: "lp-muted" }, "No channel open yet."));
    const calls = el("ol", { class: "lp-log", "aria-label": "channel system calls" });
    root.append(list, el("h4", {}, "Channel calls"), calls);
    host.watch("channels", (data) => {
      const chans = (data as ChannelView[]) ?? [];
      if (!chans.length) {
        list.replaceChildren(el("p", { class: "lp-muted" }, "No channel open now."));
        return;
      }
      list.replaceChildren(
        ...chans.map((c) =>
          el(
            "section",
            { class: "lp-channel" },
            el("h4", {}, `channel ${c.id} `, el("span", { class: "lp-muted" }, c.holders.map((h) => `${h.end}: ${h.name} (${h.handle})`).join(" · "))),
            el(
              "div",
              { class: "lp-queue", "aria-label": `queue of channel ${c.id}` },
              ...(c.queue.length ? c.queue.map((m) => el("span", { class: "lp-msg", title: `from task ${m.from}` }, `${m.bytes} B${m.handles ? ` +${m.handles}h` : ""} ${m.preview}`)) : [el("span", { class: "lp-muted" }, "empty")]),
            ),
          ),
        ),
      );
    });
    host.onTrace(["syscall.enter", "syscall.exit"], (events: TraceEvent[]) => {
      for (const e of events) {
        const name = String(e.data.name ?? "");
        if (e.name === "syscall.enter" && !/chan|channel/i.test(name)) continue;
        if (e.name === "syscall.exit") continue;
        calls.append(el("li", {}, el("span", { class: "lp-time" }, stamp(e.t)), ` task ${e.data.tid} ${name}`));
      }
      while (calls.childElementCount > 200) calls.firstElementChild?.remove();
    });
    host.onReset(() => calls.replaceChildren());
  },
};
export default panel;
