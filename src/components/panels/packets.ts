// The packet panel (chapters 28–32): the page network's wire as a live list, one decoded line per
// frame (live/packets.ts), newest last and capped at KEEP_ROWS; each machine's ARP cache; and
// Download pcap, which saves everything the page's machines and the lab host sent since boot.
// Fed by the worker's net reports (NetCapture in live/net-capture.ts); the model is plain data so
// that tests can drive it with frames.
import { type FrameSummary, summarize } from "../live/packets.ts";
import { el, type NetActivity, type PanelDefinition } from "./api.ts";

/** Frames kept on screen. */
export const KEEP_ROWS = 200;

export interface PacketRow extends FrameSummary {
  number: number;
  /** Seconds since the machines started (virtual time). */
  time: number;
  station: string;
}

export class PacketModel {
  rows: PacketRow[] = [];
  arp: NetActivity["arp"] = [];
  seen = 0;
  recorded = 0;

  reset(): void {
    this.rows = [];
    this.arp = [];
    this.seen = 0;
    this.recorded = 0;
  }

  apply(a: NetActivity): void {
    for (const f of a.frames) this.rows.push({ number: f.number, time: f.micros / 1e6, station: f.station, ...summarize(f.bytes) });
    if (this.rows.length > KEEP_ROWS) this.rows.splice(0, this.rows.length - KEEP_ROWS);
    this.arp = a.arp;
    this.seen = a.seen;
    this.recorded = a.recorded;
  }

  /** A row as one line of text, as the panel's table shows it. */
  static line(r: PacketRow): string {
    return `${r.number} ${r.time.toFixed(6)} ${r.station} ${r.source} → ${r.destination} ${r.protocol} ${r.length} ${r.info}`;
  }
}

const COLUMNS = ["No.", "Time", "Sent by", "Source", "Destination", "Protocol", "Length", "Info"];

const panel: PanelDefinition = {
  kind: "packets",
  title: "Packets on the wire",
  mount(root, host) {
    const model = new PacketModel();
    const summary = el("p", { class: "lp-muted" }, "waiting for the page's network…");
    const download = el("button", { type: "button", "data-panel-action": "pcap", title: "viperos-net.pcap: open it in Wireshark, or tshark -r viperos-net.pcap" }, "Download pcap");
    const body = el("tbody");
    const box = el("div", { class: "lp-packets" }, el("table", { class: "lp-table" }, el("thead", {}, el("tr", {}, ...COLUMNS.map((c) => el("th", {}, c)))), body));
    const arp = el("div", { class: "lp-arp" });
    root.append(el("p", {}, download, " ", summary), box, el("h4", {}, "ARP caches"), arp);
    download.addEventListener("click", () => host.downloadPcap());
    let follow = true;
    box.addEventListener("scroll", () => {
      follow = box.scrollTop + box.clientHeight >= box.scrollHeight - 8;
    });
    const draw = (): void => {
      summary.textContent = `${model.seen} frames sent since boot · ${model.recorded} in the pcap · the newest ${Math.min(model.rows.length, KEEP_ROWS)} shown`;
      body.replaceChildren(
        ...model.rows.map((r) =>
          el(
            "tr",
            { "data-protocol": r.protocol },
            ...[r.number, r.time.toFixed(6), r.station, r.source, r.destination, r.protocol, r.length, r.info].map((v) => el("td", {}, String(v))),
          ),
        ),
      );
      if (follow) box.scrollTop = box.scrollHeight;
      arp.replaceChildren(
        ...model.arp.map((m) =>
          el(
            "p",
            {},
            el("strong", {}, m.machine),
            m.entries.length === 0 ? " — empty" : "",
            ...m.entries.map((e) => el("span", { class: "lp-msg" }, `${e.ip} → ${e.mac} (${e.seconds} s)`)),
          ),
        ),
      );
      root.dataset.frames = String(model.seen);
      root.dataset.protocols = [...new Set(model.rows.map((r) => r.protocol))].join(" ");
    };
    host.onNet((a) => {
      if (a.frames.length === 0 && a.seen === model.seen && JSON.stringify(a.arp) === JSON.stringify(model.arp)) return;
      model.apply(a);
      draw();
    });
    host.onReset(() => {
      model.reset();
      draw();
    });
  },
};

export default panel;
