// The packet panel's decoder: one summary line per Ethernet frame, as a small Wireshark would
// show it — who sent it, to whom, the innermost protocol it understood, and what that layer says
// (an ARP question, an echo's sequence number, a DNS name, a DHCP message, TCP flags). It reads
// the bytes on its own, with no help from the kernel's wire views (src/kernel/net/wire/): the
// page must make sense of whatever is on the wire, including frames the kernel would refuse.
// Every read is bounds-checked; a frame too short for a header says so instead of throwing.

export interface FrameSummary {
  /** Link or network addresses of the sender and receiver ("10.0.2.15", "52:54:00:12:34:56"). */
  source: string;
  destination: string;
  /** The innermost protocol decoded: ARP, IPv4, ICMP, UDP, TCP, DNS, DHCP, or "Ethernet". */
  protocol: string;
  info: string;
  length: number;
}

const be16 = (b: Uint8Array, o: number): number => (b[o] << 8) | b[o + 1];
const be32 = (b: Uint8Array, o: number): number => ((b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]) >>> 0;
const hex = (n: number, digits: number): string => `0x${n.toString(16).padStart(digits, "0")}`;

export const macText = (b: Uint8Array, o = 0): string =>
  Array.from(b.subarray(o, o + 6), (x) => x.toString(16).padStart(2, "0")).join(":");
export const ipText = (b: Uint8Array, o: number): string => `${b[o]}.${b[o + 1]}.${b[o + 2]}.${b[o + 3]}`;
export const ipOf = (n: number): string => `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;

/** The Internet checksum (RFC 1071) of `b`: 0 when a header's own checksum field is right. */
function checksum(b: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i + 1 < b.length; i += 2) sum += be16(b, i);
  if (b.length % 2) sum += b[b.length - 1] << 8;
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return ~sum & 0xffff;
}

/** Decodes one frame (starting at the destination MAC, no FCS) into its summary line. */
export function summarize(f: Uint8Array): FrameSummary {
  const s: FrameSummary = { source: "?", destination: "?", protocol: "Ethernet", info: "", length: f.length };
  if (f.length < 14) return { ...s, info: `truncated Ethernet header (${f.length} bytes)` };
  s.source = macText(f, 6);
  s.destination = f.subarray(0, 6).every((x) => x === 0xff) ? "broadcast" : macText(f, 0);
  const type = be16(f, 12);
  const payload = f.subarray(14);
  if (type === 0x0806) return arp(s, payload);
  if (type === 0x0800) return ipv4(s, payload);
  if (type === 0x86dd) return { ...s, protocol: "IPv6", info: "IPv6 (not decoded)" };
  return { ...s, info: type < 0x0600 ? `802.3 length ${type}` : `EtherType ${hex(type, 4)}` };
}

function arp(s: FrameSummary, a: Uint8Array): FrameSummary {
  s.protocol = "ARP";
  if (a.length < 28 || be16(a, 0) !== 1 || be16(a, 2) !== 0x0800 || a[4] !== 6 || a[5] !== 4)
    return { ...s, info: `malformed or not Ethernet/IPv4 (${a.length} bytes)` };
  const [op, senderIp, targetIp] = [be16(a, 6), ipText(a, 14), ipText(a, 24)];
  if (op === 1 && senderIp === targetIp) return { ...s, info: `Gratuitous ARP for ${senderIp}` };
  if (op === 1) return { ...s, info: `Who has ${targetIp}? Tell ${senderIp}` };
  if (op === 2) return { ...s, info: `${senderIp} is at ${macText(a, 8)}` };
  return { ...s, info: `operation ${op}` };
}

const IP_PROTOCOLS: Record<number, string> = { 1: "ICMP", 6: "TCP", 17: "UDP" };

function ipv4(s: FrameSummary, p: Uint8Array): FrameSummary {
  s.protocol = "IPv4";
  if (p.length < 20 || p[0] >> 4 !== 4) return { ...s, info: `malformed IPv4 header (${p.length} bytes)` };
  const ihl = (p[0] & 15) * 4;
  const total = be16(p, 2);
  if (ihl < 20 || total < ihl || p.length < ihl) return { ...s, info: `malformed IPv4 header (length ${total}, header ${ihl})` };
  s.source = ipText(p, 12);
  s.destination = p.subarray(16, 20).every((x) => x === 255) ? "255.255.255.255" : ipText(p, 16);
  const flags = be16(p, 6);
  const offset = (flags & 0x1fff) * 8;
  const more = (flags & 0x2000) !== 0;
  const protocol = p[9];
  const notes = checksum(p.subarray(0, ihl)) !== 0 ? " [bad header checksum]" : "";
  const body = p.subarray(ihl, Math.min(total, p.length));
  if (more || offset > 0) {
    const name = IP_PROTOCOLS[protocol] ?? `protocol ${protocol}`;
    return { ...s, info: `Fragmented IP (${name}, id=${hex(be16(p, 4), 4)}, offset ${offset}${more ? ", more" : ""}, ${body.length} bytes)${notes}` };
  }
  const inner = protocol === 1 ? icmp(s, body, p[8]) : protocol === 17 ? udp(s, body) : protocol === 6 ? tcp(s, body) : { ...s, info: `IPv4 protocol ${protocol}` };
  return { ...inner, info: inner.info + notes };
}

const UNREACHABLE = ["network", "host", "protocol", "port", "fragmentation needed"];

function icmp(s: FrameSummary, m: Uint8Array, ttl: number): FrameSummary {
  s.protocol = "ICMP";
  if (m.length < 8) return { ...s, info: `truncated ICMP (${m.length} bytes)` };
  const [type, code] = [m[0], m[1]];
  const echo = `id=${hex(be16(m, 4), 4)}, seq=${be16(m, 6)}, ttl=${ttl}`;
  if (type === 8) return { ...s, info: `Echo (ping) request  ${echo}` };
  if (type === 0) return { ...s, info: `Echo (ping) reply    ${echo}` };
  if (type === 3) return { ...s, info: `Destination unreachable (${UNREACHABLE[code] ?? `code ${code}`} unreachable)` };
  if (type === 11) return { ...s, info: `Time-to-live exceeded${code === 1 ? " (fragment reassembly)" : " in transit"}` };
  return { ...s, info: `type ${type}, code ${code}` };
}

function udp(s: FrameSummary, u: Uint8Array): FrameSummary {
  s.protocol = "UDP";
  if (u.length < 8) return { ...s, info: `truncated UDP header (${u.length} bytes)` };
  const [from, to] = [be16(u, 0), be16(u, 2)];
  const data = u.subarray(8, Math.max(8, Math.min(be16(u, 4), u.length)));
  if (from === 53 || to === 53) return dns(s, data);
  if ((from === 67 && to === 68) || (from === 68 && to === 67)) return dhcp(s, data);
  return { ...s, info: `${from} → ${to} Len=${data.length}` };
}

const TCP_FLAGS = ["FIN", "SYN", "RST", "PSH", "ACK", "URG"];

function tcp(s: FrameSummary, t: Uint8Array): FrameSummary {
  s.protocol = "TCP";
  if (t.length < 20) return { ...s, info: `truncated TCP header (${t.length} bytes)` };
  const header = (t[12] >> 4) * 4;
  const flags = TCP_FLAGS.filter((_, i) => (t[13] >> i) & 1).join(", ");
  const len = Math.max(0, t.length - header);
  return { ...s, info: `${be16(t, 0)} → ${be16(t, 2)} [${flags}] Seq=${be32(t, 4)} Ack=${be32(t, 8)} Win=${be16(t, 14)} Len=${len}` };
}

const DNS_TYPES: Record<number, string> = { 1: "A", 2: "NS", 5: "CNAME", 12: "PTR", 15: "MX", 16: "TXT", 28: "AAAA" };
const DNS_ERRORS = ["", "Format error", "Server failure", "No such name", "Not implemented", "Refused"];

/** A name at `o` in the message, following compression pointers (at most 16 jumps); null when broken. */
function dnsName(m: Uint8Array, o: number): { name: string; end: number } | null {
  const labels: string[] = [];
  let end = -1;
  for (let jumps = 0; o < m.length; ) {
    const len = m[o];
    if (len === 0) return { name: labels.join(".") || "<root>", end: end < 0 ? o + 1 : end };
    if ((len & 0xc0) === 0xc0) {
      if (o + 1 >= m.length || ++jumps > 16) return null;
      if (end < 0) end = o + 2;
      o = ((len & 0x3f) << 8) | m[o + 1];
      continue;
    }
    if (len > 63 || o + 1 + len > m.length) return null;
    labels.push(String.fromCharCode(...m.subarray(o + 1, o + 1 + len)));
    o += 1 + len;
  }
  return null;
}

function dns(s: FrameSummary, m: Uint8Array): FrameSummary {
  s.protocol = "DNS";
  if (m.length < 12) return { ...s, info: `truncated DNS header (${m.length} bytes)` };
  const [id, flags, questions, answers] = [be16(m, 0), be16(m, 2), be16(m, 4), be16(m, 6)];
  const response = (flags & 0x8000) !== 0;
  const parts = [`Standard query${response ? " response" : ""} ${hex(id, 4)}`];
  if (response && (flags & 15) !== 0) parts.push(DNS_ERRORS[flags & 15] || `rcode ${flags & 15}`);
  let o = 12;
  for (let i = 0; i < questions; i++) {
    const q = dnsName(m, o);
    if (q === null || q.end + 4 > m.length) return { ...s, info: `${parts.join(" ")} [malformed question]` };
    parts.push(`${DNS_TYPES[be16(m, q.end)] ?? `type ${be16(m, q.end)}`} ${q.name}`);
    o = q.end + 4;
  }
  for (let i = 0; i < answers; i++) {
    const r = dnsName(m, o);
    if (r === null || r.end + 10 > m.length) return { ...s, info: `${parts.join(" ")} [malformed answer]` };
    const [type, size, data] = [be16(m, r.end), be16(m, r.end + 8), r.end + 10];
    if (data + size > m.length) return { ...s, info: `${parts.join(" ")} [truncated answer]` };
    if (type === 1 && size === 4) parts.push(`A ${ipText(m, data)}`);
    else if (type === 5) parts.push(`CNAME ${dnsName(m, data)?.name ?? "?"}`);
    else parts.push(DNS_TYPES[type] ?? `type ${type}`);
    o = data + size;
  }
  return { ...s, info: parts.join(" ") };
}

const DHCP_TYPES = ["", "Discover", "Offer", "Request", "Decline", "ACK", "NAK", "Release", "Inform"];

function dhcp(s: FrameSummary, m: Uint8Array): FrameSummary {
  s.protocol = "DHCP";
  if (m.length < 240 || be32(m, 236) !== 0x63825363) return { ...s, info: `not a DHCP message (${m.length} bytes)` };
  let type = 0;
  for (let o = 240; o < m.length && m[o] !== 255; ) {
    if (m[o] === 0) {
      o++;
      continue;
    }
    if (o + 1 >= m.length || o + 2 + m[o + 1] > m.length) return { ...s, info: "DHCP [malformed options]" };
    if (m[o] === 53 && m[o + 1] >= 1) type = m[o + 2];
    o += 2 + m[o + 1];
  }
  const offered = be32(m, 16) !== 0 ? `, your address ${ipText(m, 16)}` : "";
  return { ...s, info: `DHCP ${DHCP_TYPES[type] ?? `type ${type}`} - Transaction ID ${hex(be32(m, 4), 8)}${offered}` };
}
