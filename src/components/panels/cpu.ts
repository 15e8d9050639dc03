// CPU panel: the registers, the instruction at the PC and the last exception taken, from the
// "cpu" probe — refreshed while the machine runs and after each Step, with the registers the last
// step changed in bold — and every abort the kernel handled, from the mm.fault tracepoint (the
// probe only samples, and by the time a reader looks the last exception is the shell's svc).
// The CPU chapters' machines show it.
import * as E from "../../machine/exceptions.ts";
import { el, type PanelDefinition, stamp, type TraceEvent } from "./api.ts";

/** ESR's fault status code (ARM ARM D17.2.40, DFSC/IFSC): its kind, and the level in the low bits. */
export function fscName(fsc: number): string {
  if (fsc === E.FSC_ALIGNMENT) return "alignment fault";
  const kinds = new Map([
    [E.FSC_ADDRESS_SIZE, "address size fault"],
    [E.FSC_TRANSLATION, "translation fault"],
    [E.FSC_ACCESS_FLAG, "access flag fault"],
    [E.FSC_PERMISSION, "permission fault"],
  ]);
  const kind = kinds.get(fsc & 0x3c);
  return kind ? `${kind}, level ${fsc & 3}` : `fault status 0x${fsc.toString(16)}`;
}

interface CpuView {
  el: number;
  pc: string;
  sp: string;
  x: string[];
  flags: string;
  daif: string;
  instret: number;
  idle: boolean;
  task: string;
  insn: { word: string; mnemonic: string } | null;
  exception: { esr: string; ec: string; kind: string; elr: string; far: string } | null;
}

const panel: PanelDefinition = {
  kind: "cpu",
  title: "Registers",
  mount(root, host) {
    const head = el("p", {}, "Waiting for the machine.");
    const regs = el("div", { class: "lp-regs" });
    const exc = el("p", { class: "lp-muted" });
    const aborts = el("ol", { class: "lp-log", "aria-label": "aborts the kernel handled" });
    root.append(
      head,
      regs,
      exc,
      el("p", { class: "lp-muted" }, "Pause the machine, then Step instr: one instruction at a time. Step entry runs to the next exception the kernel takes."),
      el("h4", {}, "Aborts taken to EL1"),
      aborts,
    );
    host.onTrace(["mm.fault"], (events: TraceEvent[]) => {
      for (const e of events) {
        const d = e.data;
        const what = d.instruction ? "instruction abort" : `data abort (${d.write ? "write" : "read"})`;
        aborts.append(el("li", {}, el("span", { class: "lp-time" }, stamp(e.t)), ` pid ${d.pid}: ${what} at FAR 0x${BigInt(d.address as bigint).toString(16)}, ${fscName(Number(d.fsc))}`));
      }
      while (aborts.childElementCount > 50) aborts.firstElementChild?.remove();
    });
    let last: CpuView | null = null;
    host.watch("cpu", (data) => {
      const v = data as CpuView | null;
      if (!v || !Array.isArray(v.x)) return;
      const where = v.idle ? "idle in wfi, waiting for an interrupt" : v.el === 0 ? `EL0, task ${v.task}` : "EL1 (the kernel)";
      head.replaceChildren(
        el("strong", {}, `PC ${v.pc}`),
        ` · ${where} · NZCV ${v.flags} · DAIF ${v.daif} · ${v.instret.toLocaleString("en")} instructions`,
        v.insn ? el("span", {}, " · next: ", el("code", {}, `${v.insn.word}  ${v.insn.mnemonic}`)) : "",
      );
      const cells: HTMLElement[] = [];
      const cell = (name: string, value: string, before: string | undefined): void => {
        const changed = before !== undefined && before !== value;
        cells.push(el("span", changed ? { class: "lp-reg lp-changed" } : { class: "lp-reg" }, el("span", { class: "lp-muted" }, name), " ", el("code", {}, value)));
      };
      for (const [n, value] of v.x.entries()) cell(`x${n}`, value, last?.x[n]);
      cell("sp", v.sp, last?.sp);
      regs.replaceChildren(...cells);
      exc.textContent = v.exception
        ? `Last exception taken to EL1: EC ${v.exception.ec} — ${v.exception.kind}; ESR ${v.exception.esr}, ELR ${v.exception.elr}, FAR ${v.exception.far}.`
        : "No exception taken yet.";
      last = v;
    });
    host.onReset(() => {
      last = null;
      aborts.replaceChildren();
    });
  },
};
export default panel;
