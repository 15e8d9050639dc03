// Probes: read-only views of the running kernel for the panels, computed in the worker and sent
// as plain data. They look at kernel objects by shape (duck typing) so a kernel refactor degrades
// a panel instead of breaking the machine.
import { fdtParse } from "../../kernel/arch/fdt.ts";
import { kindName, rightsString } from "../../kernel/cap/rights.ts";
import { RIGHTS_IN_BIT_ORDER, Rights } from "../../machine/abi.ts";
import type { LiveSystem } from "./system.ts";

// biome-ignore lint/suspicious/noExplicitAny: probes read kernel objects by shape
type Any = Record<string, any>;

/** The names of the rights set in a mask, in bit order (from the ABI, chapter 2). */
export function rightsNames(rights: number): string[] {
  return RIGHTS_IN_BIT_ORDER.filter((r) => rights & Rights[r]);
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
              kind: kindName(c.kind),
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
