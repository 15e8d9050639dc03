// Probes: read-only views of the running kernel for the panels, computed in the worker and sent
// as plain data. They look at kernel objects by shape (duck typing) so a kernel refactor degrades
// a panel instead of breaking the machine.
import { findRow } from "../../emulator/cpu/decode.ts";
import { fdtParse } from "../../kernel/arch/fdt.ts";
import * as E from "../../machine/exceptions.ts";
import type { LiveSystem } from "./system.ts";

// biome-ignore lint/suspicious/noExplicitAny: probes read kernel objects by shape
type Any = Record<string, any>;

const RIGHT_LETTERS = "rwxlcdDtsT";
const RIGHT_NAMES = ["READ", "WRITE", "EXECUTE", "LIST", "CREATE", "DELETE", "DERIVE", "TRANSFER", "SPAWN", "TRAVERSE"];
const KINDS: Record<number, string> = {
  0: "Invalid", 1: "String", 2: "Array", 3: "Blob", 16: "Channel", 17: "Poll", 18: "Timer", 19: "Task",
  20: "Viper", 21: "File", 22: "Directory", 23: "Surface", 24: "Input",
};

export function rightsString(rights: number): string {
  let s = "";
  for (let bit = 0; bit < RIGHT_LETTERS.length; bit++) s += rights & (1 << bit) ? RIGHT_LETTERS[bit] : "-";
  return s;
}

export function rightsNames(rights: number): string[] {
  return RIGHT_NAMES.filter((_, bit) => rights & (1 << bit));
}

function kernelOf(sys: LiveSystem): Any | null {
  return (sys.kernel as Any | null) ?? null;
}

function processes(k: Any): Any[] {
  const byPid = k.procs?.byPid as Map<number, Any> | undefined;
  return byPid ? [...byPid.values()] : [];
}

function fdtNode(node: Any, depth: number): unknown {
  const props: Record<string, string> = {};
  const map = node.props as Map<string, Uint8Array> | undefined;
  if (map) for (const [name, bytes] of map) props[name] = formatProp(name, bytes);
  return {
    name: node.name || "/",
    props,
    children: depth > 6 ? [] : ((node.children as Any[]) ?? []).map((c) => fdtNode(c, depth + 1)),
  };
}

function formatProp(name: string, bytes: Uint8Array): string {
  if (bytes.length === 0) return "";
  const printable = bytes.every((b, i) => (b >= 0x20 && b < 0x7f) || (b === 0 && (i === bytes.length - 1 || bytes[i + 1] !== 0)));
  if (printable && bytes[bytes.length - 1] === 0 && !/^(reg|ranges|interrupts|#)/.test(name)) {
    return new TextDecoder()
      .decode(bytes.subarray(0, bytes.length - 1))
      .split("\0")
      .map((s) => `"${s}"`)
      .join(", ");
  }
  if (bytes.length % 4 === 0 && bytes.length <= 64) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const cells: string[] = [];
    for (let i = 0; i < bytes.length; i += 4) cells.push(`0x${view.getUint32(i).toString(16)}`);
    return `<${cells.join(" ")}>`;
  }
  return `[${bytes.length} bytes]`;
}

const TASK_STATES = ["invalid", "ready", "running", "blocked", "exited"];
const taskState = (s: unknown): string => (typeof s === "number" ? (TASK_STATES[s] ?? String(s)) : String(s));

const hex = (n: number | bigint): string => `0x${n.toString(16)}`;

/** A four-level walk of `va` in process `pid`'s tables, every descriptor decoded (ARM ARM D8.3). */
function walk(k: Any, pid: number, va: number): unknown {
  const proc = k.procs?.get?.(pid) as Any | undefined;
  if (!proc) return { error: `no process ${pid}` };
  const root = proc.aspace?.root as number | undefined;
  if (root === undefined) return { error: "no address space" };
  const read64 = (pa: number): bigint => k.door.read64(pa) as bigint;
  const levels: unknown[] = [];
  let table = root;
  for (let level = 0; level < 4; level++) {
    const shift = 39 - 9 * level;
    const index = Math.floor(va / 2 ** shift) % 512;
    const slot = table + index * 8;
    const desc = read64(slot);
    const valid = (desc & 1n) === 1n;
    const isTable = valid && (desc & 2n) === 2n && level < 3;
    const addr = Number(desc & 0x0000_ffff_ffff_f000n);
    const entry: Any = { level, index, slot: hex(slot), table: hex(table), desc: hex(desc), valid };
    if (!valid) {
      entry.fault = `translation fault, level ${level}`;
      levels.push(entry);
      return { pid, va: hex(va), root: hex(root), levels, fault: entry.fault };
    }
    if (isTable) {
      entry.kind = "table";
      entry.next = hex(addr);
      levels.push(entry);
      table = addr;
      continue;
    }
    entry.kind = level === 3 ? "page" : "block";
    entry.output = hex(addr);
    entry.attrIndx = Number((desc >> 2n) & 7n);
    entry.ap = Number((desc >> 6n) & 3n);
    entry.access = `${(desc >> 6n) & 1n ? "EL0+EL1" : "EL1 only"}, ${(desc >> 7n) & 1n ? "read-only" : "read/write"}`;
    entry.sh = Number((desc >> 8n) & 3n);
    entry.af = Number((desc >> 10n) & 1n);
    entry.ng = Number((desc >> 11n) & 1n);
    entry.pxn = Number((desc >> 53n) & 1n);
    entry.uxn = Number((desc >> 54n) & 1n);
    levels.push(entry);
    const offsetBits = level === 3 ? 12 : 39 - 9 * level;
    const pa = addr + (va % 2 ** offsetBits);
    return { pid, va: hex(va), root: hex(root), levels, pa: hex(pa) };
  }
  return { pid, va: hex(va), root: hex(root), levels };
}

export function runProbe(name: string, sys: LiveSystem, args: Record<string, unknown>): unknown {
  const k = kernelOf(sys);
  switch (name) {
    case "klog":
      return { lines: (k?.log?.lines as string[] | undefined)?.slice(0, 2000) ?? [] };
    case "fdt": {
      if (k?.fdt) return fdtNode(k.fdt, 0);
      const blob = sys.fdtBlob();
      return blob ? fdtNode(fdtParse(blob).root as unknown as Any, 0) : null;
    }
    case "processes":
      return processes(k ?? {}).map((p) => ({
        pid: p.pid,
        name: p.name,
        parent: p.parent?.pid ?? 0,
        state: p.state,
        tasks: ((p.tasks as Any[]) ?? []).map((t) => ({ tid: t.tid, name: t.name, state: taskState(t.state), priority: t.priority, level: t.level })),
        vmas: vmaList(p),
        handles: (() => {
          try {
            return ((p.handles?.list?.() as Any[]) ?? []).map((c) => ({
              handle: hex(c.handle >>> 0),
              kind: KINDS[c.kind] ?? `Kind(${c.kind})`,
              generation: c.generation,
              rights: rightsString(c.rights),
              rightNames: rightsNames(c.rights),
            }));
          } catch {
            return [];
          }
        })(),
      }));
    case "tasks": {
      const current = k?.sched?.current as Any | null | undefined;
      const out: unknown[] = [];
      for (const p of processes(k ?? {}))
        for (const t of (p.tasks as Any[]) ?? [])
          out.push({ tid: t.tid, name: t.name, pid: p.pid, state: taskState(t.state), priority: t.priority, level: t.level, current: t === current, wait: t.waitingOn?.length ? `on ${t.waitingOn.length} queue${t.waitingOn.length > 1 ? "s" : ""}` : "" });
      return out;
    }
    case "channels": {
      const out: Any[] = [];
      const seen = new Set<unknown>();
      for (const p of processes(k ?? {})) {
        let entries: Any[] = [];
        try {
          entries = (p.handles?.list?.() as Any[]) ?? [];
        } catch {
          entries = [];
        }
        for (const c of entries) {
          if (c.kind !== 16) continue;
          const entry = p.handles.lookupAny?.(c.handle, 0) as Any | number;
          const end = typeof entry === "object" ? entry.object : null;
          const ch = end?.channel as Any | undefined;
          if (!ch) continue;
          let rec = out.find((r) => r.ref === ch);
          if (!rec) {
            rec = { ref: ch, id: ch.id, queue: (ch.queue as Any[]).map((m) => ({ bytes: m.data?.length ?? 0, handles: m.handles?.length ?? 0, from: m.senderTid, preview: preview(m.data) })), sendOpen: ch.sendOpen, recvOpen: ch.recvOpen, holders: [] };
            out.push(rec);
          }
          rec.holders.push({ pid: p.pid, name: p.name, end: end.isSend ? "send" : "recv", handle: hex(c.handle >>> 0) });
          seen.add(ch);
        }
      }
      return out.map(({ ref: _ref, ...rest }) => rest);
    }
    case "walk":
      if (!k) return { error: "no kernel (stub machine)" };
      return walk(k, Number(args.pid ?? 1), Number(args.va ?? 0x8000_0000));
    case "cpu":
      return cpuView(sys, k);
    case "stats":
      return { ...(k?.stats ?? {}), ...sys.counters(), instructions: sys.instructions(), vtimeNs: sys.virtualTimeNs() };
    default:
      return { error: `unknown probe ${name}` };
  }
}

function vmaList(p: Any): unknown[] {
  const list = p.aspace?.vmas as Any | undefined;
  const items = (list?.items ?? list?.list ?? list?.vmas) as Any[] | undefined;
  if (!Array.isArray(items)) return [];
  return items.slice(0, 32).map((v) => ({ start: hex(v.start ?? 0), end: hex(v.end ?? 0), prot: v.prot, name: v.name ?? v.kind ?? "" }));
}

function preview(data: Uint8Array | undefined): string {
  if (!data) return "";
  let s = "";
  for (const b of data.subarray(0, 24)) s += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : ".";
  return s;
}

/** Exception classes (ESR_EL1.EC, ARM ARM D17.2.37) the machine raises, by name. */
const EC_NAMES = new Map<number, string>([
  [E.EC_UNKNOWN, "unknown (undefined instruction)"],
  [E.EC_WFX, "wfi/wfe trapped"],
  [E.EC_FP_ACCESS, "FP/SIMD access"],
  [E.EC_ILLEGAL_STATE, "illegal execution state"],
  [E.EC_SVC64, "svc from AArch64 (a system call)"],
  [E.EC_MSR_MRS, "msr/mrs trapped"],
  [E.EC_IABT_LOWER, "instruction abort from EL0"],
  [E.EC_IABT_CURRENT, "instruction abort at EL1"],
  [E.EC_PC_ALIGN, "PC alignment"],
  [E.EC_DABT_LOWER, "data abort from EL0"],
  [E.EC_DABT_CURRENT, "data abort at EL1"],
  [E.EC_SP_ALIGN, "SP alignment"],
  [E.EC_BRK64, "brk"],
]);

/**
 * The CPU as a reader steps it: PC, exception level, x0–x30, SP, NZCV, DAIF, the instruction at
 * the PC (read through the current process's page tables, never the CPU's own TLB, so looking
 * changes nothing) and the last exception taken (ESR, ELR, FAR).
 */
function cpuView(sys: LiveSystem, k: Any | null): unknown {
  const cpu = sys.cpu as Any | null;
  if (!cpu) return null;
  const x: string[] = [];
  for (let n = 0; n < 31; n++) x.push(hex(BigInt.asUintN(64, cpu.x(n) as bigint)));
  const nzcv = (cpu.pstate() as number) >>> 28;
  const flags = ["N", "Z", "C", "V"].map((f, i) => (nzcv & (8 >> i) ? f : "-")).join("");
  const pc = cpu.pc as number;
  let insn: { word: string; mnemonic: string } | null = null;
  const proc = k?.sched?.current?.proc as Any | undefined;
  if (cpu.el === 0 && proc && k) {
    const w = walk(k, proc.pid as number, pc) as Any;
    const pa = typeof w.pa === "string" ? Number(w.pa) : null;
    const bytes = pa === null ? null : sys.readPhys(pa, 4);
    if (bytes) {
      const word = (bytes[0] | (bytes[1] << 8) | (bytes[2] << 16) | (bytes[3] << 24)) >>> 0;
      insn = { word: `0x${word.toString(16).padStart(8, "0")}`, mnemonic: findRow(word)?.mnemonic ?? "udf (undefined)" };
    }
  }
  const esr = Number(cpu.esr as bigint);
  const ec = esr >>> 26;
  return {
    el: cpu.el,
    pc: hex(pc),
    sp: hex(BigInt.asUintN(64, cpu.sp as bigint)),
    x,
    flags,
    daif: ["D", "A", "I", "F"].map((f, i) => ((cpu.daif as number) & (0x200 >> i) ? f : "-")).join(""),
    instret: cpu.instret,
    idle: cpu.idle,
    task: (k?.sched?.current?.name as string | undefined) ?? "",
    insn,
    exception: esr === 0 && cpu.elr === 0n ? null : { esr: hex(esr), ec: hex(ec), kind: EC_NAMES.get(ec) ?? "other", elr: hex(cpu.elr as bigint), far: hex(cpu.far as bigint) },
  };
}
