// CPU panel: the registers, the instruction at the PC and the last exception taken, from the
// "cpu" probe — refreshed while the machine runs and after each Step, with the registers the last
// step changed in bold. The CPU chapters' machines show it.
import { el, type PanelDefinition } from "./api.ts";

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
    root.append(head, regs, exc, el("p", { class: "lp-muted" }, "Pause the machine, then Step instr: one instruction at a time. Step entry runs to the next exception the kernel takes."));
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
    });
  },
};
export default panel;
