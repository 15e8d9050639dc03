// The journal panel (chapter 27): ViperFS's write-ahead journal on the page's disk as it runs —
// a transaction opening, its blocks logged and its commit block made stable, the log filling and
// a checkpoint emptying it — and, after "Pull the plug", what the disk lost and what the next
// mount replayed. It is fed only by tracepoints: the kernel's journal.* (chapter 27) and the
// worker's live.plug, which says how many writes the disk's volatile cache lost. The model is
// plain data, apart from the DOM, so that tests can drive it with events.
import { el, type PanelDefinition, stamp, type TraceEvent } from "../panels/api.ts";

/** One transaction, as the panel shows it. */
export interface JournalTx {
  sequence: number;
  state: "open" | "committed" | "checkpointed";
  /** Blocks of the file system's structures logged, their home addresses (at most 64), a file's blocks written first. */
  logged: number;
  homes: number[];
  ordered: number;
  /** Where in the log it went (position, blocks with descriptors and commit). */
  at: number;
  logBlocks: number;
}

/** Transactions kept on screen, and lines in the event list. */
const KEEP_TXS = 8;
const KEEP_LINES = 40;

const num = (v: unknown): number => (typeof v === "number" ? v : 0);

export class JournalModel {
  txs: JournalTx[] = [];
  lines: string[] = [];
  /** The log's size in blocks, where its live part starts, and how much it holds (from the last commit or checkpoint). */
  log = { size: 0, start: 0, used: 0 };
  counts = { commits: 0, logged: 0, checkpoints: 0 };

  /** The machine was reset: a new boot starts from an empty view. */
  reset(): void {
    this.txs = [];
    this.lines = [];
    this.log = { size: 0, start: 0, used: 0 };
    this.counts = { commits: 0, logged: 0, checkpoints: 0 };
  }

  apply(e: TraceEvent): void {
    const d = e.data;
    const t = stamp(e.t);
    switch (e.name) {
      case "journal.open":
        this.keep({ sequence: num(d.sequence), state: "open", logged: 0, homes: [], ordered: 0, at: 0, logBlocks: 0 });
        this.say(`${t} T${num(d.sequence)} opens: block ${num(d.block)} is dirtied`);
        break;
      case "journal.commit":
        this.commit(t, d);
        break;
      case "journal.checkpoint":
        this.counts.checkpoints++;
        for (const tx of this.txs) if (tx.state === "committed") tx.state = "checkpointed";
        this.log = { size: num(d.size), start: num(d.start), used: 0 };
        this.say(`${t} checkpoint: every logged block is stable at home; the log starts again at ${num(d.start)}`);
        break;
      case "journal.replay":
        this.say(`${t} mount: the journal replayed ${num(d.replayed)} committed transactions; the next is T${num(d.sequence)}`);
        break;
      case "live.plug":
        this.say(`the plug was pulled: ${num(d.lost)} writes in the disk's cache were lost; rebooting onto what reached the disk`);
        break;
    }
  }

  private commit(t: string, d: Record<string, unknown>): void {
    const sequence = num(d.sequence);
    const tx = this.txs.find((x) => x.sequence === sequence && x.state === "open") ?? this.keep({ sequence, state: "open", logged: 0, homes: [], ordered: 0, at: 0, logBlocks: 0 });
    Object.assign(tx, {
      state: "committed",
      logged: num(d.logged),
      homes: Array.isArray(d.homes) ? d.homes.map(num) : [],
      ordered: num(d.ordered),
      at: num(d.at),
      logBlocks: num(d.logBlocks),
    });
    if (tx.logged === 0) {
      this.say(`${t} T${sequence}: only a file's blocks (${tx.ordered}) changed: written home, nothing to log`);
      return;
    }
    this.counts.commits++;
    this.counts.logged += tx.logged;
    const size = Math.max(1, num(d.size));
    // The live part of the log ends with this transaction and holds `used` blocks.
    this.log = { size: num(d.size), start: (((tx.at + tx.logBlocks - num(d.used)) % size) + size) % size, used: num(d.used) };
    this.say(
      `${t} T${sequence} commits: ${tx.ordered} file blocks home first, then ${tx.logged} blocks logged at ${tx.at}…${tx.at + tx.logBlocks - 1} (descriptor, copies, commit), FLUSH; the copies go home`,
    );
  }

  private keep(tx: JournalTx): JournalTx {
    this.txs.push(tx);
    if (this.txs.length > KEEP_TXS) this.txs.splice(0, this.txs.length - KEEP_TXS);
    return tx;
  }

  private say(line: string): void {
    this.lines.push(line);
    if (this.lines.length > KEEP_LINES) this.lines.splice(0, this.lines.length - KEEP_LINES);
  }

  /** Per log block: 1 if it holds a transaction a replay may still use, else 0. */
  logCells(): Uint8Array {
    const cells = new Uint8Array(this.log.size);
    for (let i = 0; i < this.log.used && this.log.size > 0; i++) cells[(this.log.start + i) % this.log.size] = 1;
    return cells;
  }
}

const panel: PanelDefinition = {
  kind: "journal",
  title: "The journal",
  mount(root, host) {
    const model = new JournalModel();
    const bar = el("div", { class: "lp-journal-log", role: "img", "aria-label": "the journal's log blocks: filled ones hold transactions a replay may use" });
    const summary = el("p", { class: "lp-muted" }, "waiting for the disk to be mounted…");
    const txList = el("ol", { class: "lp-log lp-journal-txs" });
    const events = el("ol", { class: "lp-log" });
    root.append(summary, bar, txList, events);
    const draw = (): void => {
      const c = model.counts;
      summary.textContent = `${c.commits} commits · ${c.logged} blocks logged · ${c.checkpoints} checkpoints · log ${model.log.used}/${model.log.size} blocks in use`;
      bar.replaceChildren(...Array.from(model.logCells(), (used) => el("i", { class: used ? "used" : "" })));
      txList.replaceChildren(
        ...model.txs.map((tx) =>
          el("li", { "data-state": tx.state }, `T${tx.sequence} ${tx.state}${tx.state === "open" ? "" : ` — ${tx.logged} logged${tx.homes.length ? ` (home ${tx.homes.join(", ")})` : ""}, ${tx.ordered} file blocks first`}`),
        ),
      );
      events.replaceChildren(...model.lines.map((l) => el("li", {}, l)));
      root.dataset.commits = String(c.commits);
      root.dataset.lines = model.lines.join("\n");
    };
    host.onTrace(["journal.", "live.plug"], (batch) => {
      for (const e of batch) model.apply(e);
      draw();
    });
    host.onReset(() => {
      model.reset();
      draw();
    });
  },
};

export default panel;
