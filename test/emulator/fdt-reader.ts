// A minimal flattened-device-tree reader (Devicetree Specification v0.4, ch. 5) for tests.
export interface FdtNode {
  name: string;
  path: string;
  props: Map<string, Uint8Array>;
  children: FdtNode[];
}

export interface Fdt {
  version: number;
  lastCompatibleVersion: number;
  bootCpu: number;
  totalSize: number;
  reserved: { address: bigint; size: bigint }[];
  root: FdtNode;
}

export function parseFdt(blob: Uint8Array): Fdt {
  const v = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  if (v.getUint32(0) !== 0xd00dfeed) throw new Error("bad magic");
  const totalSize = v.getUint32(4);
  const offStruct = v.getUint32(8);
  const offStrings = v.getUint32(12);
  const offRsv = v.getUint32(16);
  const sizeStrings = v.getUint32(32);
  const sizeStruct = v.getUint32(36);
  if (totalSize > blob.length) throw new Error("totalsize beyond blob");
  if (offRsv % 8 !== 0 || offStruct % 4 !== 0) throw new Error("misaligned block");
  if (offStruct + sizeStruct > totalSize || offStrings + sizeStrings > totalSize) throw new Error("block beyond totalsize");
  const reserved: { address: bigint; size: bigint }[] = [];
  for (let o = offRsv; ; o += 16) {
    const address = v.getBigUint64(o);
    const size = v.getBigUint64(o + 8);
    if (address === 0n && size === 0n) break;
    reserved.push({ address, size });
  }
  const cstr = (at: number, limit: number): string => {
    let e = at;
    while (e < limit && blob[e] !== 0) e++;
    if (e >= limit) throw new Error("unterminated string");
    return String.fromCharCode(...blob.subarray(at, e));
  };
  let p = offStruct;
  const end = offStruct + sizeStruct;
  const stack: FdtNode[] = [];
  let root: FdtNode | null = null;
  for (;;) {
    if (p + 4 > end) throw new Error("structure block ends without FDT_END");
    const token = v.getUint32(p);
    p += 4;
    if (token === 1) {
      const name = cstr(p, end);
      p += (name.length + 1 + 3) & ~3;
      const parent = stack[stack.length - 1];
      const path = parent === undefined ? "/" : parent.path === "/" ? `/${name}` : `${parent.path}/${name}`;
      const node: FdtNode = { name, path, props: new Map(), children: [] };
      if (parent) parent.children.push(node);
      else if (root) throw new Error("two roots");
      else root = node;
      stack.push(node);
    } else if (token === 2) {
      if (stack.pop() === undefined) throw new Error("unbalanced END_NODE");
    } else if (token === 3) {
      const len = v.getUint32(p);
      const nameoff = v.getUint32(p + 4);
      p += 8;
      const node = stack[stack.length - 1];
      if (!node) throw new Error("property outside a node");
      if (nameoff >= sizeStrings) throw new Error("nameoff beyond strings");
      const name = cstr(offStrings + nameoff, offStrings + sizeStrings);
      if (node.props.has(name)) throw new Error(`duplicate property ${name}`);
      node.props.set(name, blob.slice(p, p + len));
      p += (len + 3) & ~3;
    } else if (token === 4) {
      // NOP
    } else if (token === 9) {
      if (stack.length !== 0) throw new Error("FDT_END inside a node");
      break;
    } else {
      throw new Error(`bad token ${token}`);
    }
  }
  if (!root) throw new Error("no root");
  return {
    version: v.getUint32(20),
    lastCompatibleVersion: v.getUint32(24),
    bootCpu: v.getUint32(28),
    totalSize,
    reserved,
    root,
  };
}

export function findNode(root: FdtNode, path: string): FdtNode | undefined {
  if (path === "/") return root;
  let node: FdtNode | undefined = root;
  for (const part of path.split("/").slice(1)) {
    node = node?.children.find((c) => c.name === part);
  }
  return node;
}

export function allNodes(root: FdtNode): FdtNode[] {
  const out: FdtNode[] = [root];
  for (const c of root.children) out.push(...allNodes(c));
  return out;
}

export function cells(value: Uint8Array): number[] {
  const v = new DataView(value.buffer, value.byteOffset, value.byteLength);
  const out: number[] = [];
  for (let i = 0; i + 4 <= value.length; i += 4) out.push(v.getUint32(i));
  return out;
}

export function stringList(value: Uint8Array): string[] {
  const s = String.fromCharCode(...value);
  return s.split("\0").slice(0, -1);
}
