// Certificates the tests build themselves: a small DER writer and an X.509 v3 template signed
// with Node's crypto (ECDSA P-256 with SHA-256), so that each test can make exactly the chain it
// needs — expired, for another name, self-signed, with a bad signature, without an intermediate.
import { createHash, generateKeyPairSync, type KeyObject, sign } from "node:crypto";

function lengthBytes(n: number): number[] {
  if (n < 0x80) return [n];
  const out: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) out.unshift(v & 0xff);
  return [0x80 | out.length, ...out];
}

/** One DER element: tag, minimal length, contents. */
export function tlv(tag: number, ...parts: Uint8Array[]): Uint8Array {
  const body = Buffer.concat(parts);
  return new Uint8Array([tag, ...lengthBytes(body.length), ...body]);
}

export const seq = (...parts: Uint8Array[]) => tlv(0x30, ...parts);
const set = (...parts: Uint8Array[]) => tlv(0x31, ...parts);
const utf8 = (s: string) => tlv(0x0c, Buffer.from(s, "utf8"));
const octets = (b: Uint8Array) => tlv(0x04, b);
const TRUE = new Uint8Array([0x01, 0x01, 0xff]);

export function oid(dotted: string): Uint8Array {
  const arcs = dotted.split(".").map(Number);
  const out = [40 * arcs[0] + arcs[1]];
  for (const arc of arcs.slice(2)) {
    const bytes = [arc & 0x7f];
    for (let v = Math.floor(arc / 128); v > 0; v = Math.floor(v / 128)) bytes.unshift(0x80 | (v & 0x7f));
    out.push(...bytes);
  }
  return tlv(0x06, new Uint8Array(out));
}

function int(n: number): Uint8Array {
  const bytes: number[] = [];
  for (let v = n; v > 0 || bytes.length === 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  if (bytes[0] & 0x80) bytes.unshift(0);
  return tlv(0x02, new Uint8Array(bytes));
}

/** RFC 5280 §4.1.2.5: UTCTime through 2049, GeneralizedTime after. */
function time(ms: number): Uint8Array {
  const iso = new Date(ms).toISOString().replace(/[-:T]/g, "").slice(0, 14);
  return iso < "2050" ? tlv(0x17, Buffer.from(`${iso.slice(2)}Z`)) : tlv(0x18, Buffer.from(`${iso}Z`));
}

export const nameOf = (cn: string) => seq(set(seq(oid("2.5.4.3"), utf8(cn))));
const ext = (id: string, critical: boolean, value: Uint8Array) => seq(oid(id), ...(critical ? [TRUE] : []), octets(value));
const ECDSA_SHA256 = seq(oid("1.2.840.10045.4.3.2"));

export interface Key {
  readonly privateKey: KeyObject;
  readonly spki: Uint8Array;
  readonly id: Uint8Array;
}

export function newKey(): Key {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const spki = new Uint8Array(publicKey.export({ type: "spki", format: "der" }));
  return { privateKey, spki, id: new Uint8Array(createHash("sha256").update(spki).digest().subarray(0, 20)) };
}

export const DAY = 86_400_000;

export interface CertSpec {
  readonly subject: string;
  readonly key: Key;
  /** The issuer's name and key; itself when absent (self-signed). */
  readonly issuer?: { readonly name: string; readonly key: Key };
  readonly notBefore: number;
  readonly notAfter: number;
  /** A CA, with this path length (null: none). */
  readonly ca?: { readonly pathLen: number | null };
  readonly dns?: readonly string[];
  readonly ips?: readonly Uint8Array[];
  /** Name constraints: permitted and excluded DNS subtrees. */
  readonly permitted?: readonly string[];
  readonly excluded?: readonly string[];
  readonly keyUsage?: number;
}

/** A v3 certificate as `spec` says, signed by its issuer. */
export function buildCert(spec: CertSpec): Uint8Array {
  const issuer = spec.issuer ?? { name: spec.subject, key: spec.key };
  const exts: Uint8Array[] = [ext("2.5.29.14", false, octets(spec.key.id))];
  if (spec.issuer !== undefined) exts.push(ext("2.5.29.35", false, seq(tlv(0x80, issuer.key.id))));
  if (spec.ca) exts.push(ext("2.5.29.19", true, seq(TRUE, ...(spec.ca.pathLen === null ? [] : [int(spec.ca.pathLen)]))));
  const ku = spec.keyUsage ?? (spec.ca ? 0x06 : 0x80); // keyCertSign|cRLSign, or digitalSignature
  let unused = 0;
  while (unused < 7 && !(ku & (1 << unused))) unused++;
  exts.push(ext("2.5.29.15", true, tlv(0x03, new Uint8Array([unused, ku]))));
  const sans = [...(spec.dns ?? []).map((d) => tlv(0x82, Buffer.from(d))), ...(spec.ips ?? []).map((a) => tlv(0x87, a))];
  if (sans.length > 0) exts.push(ext("2.5.29.17", false, seq(...sans)));
  if (spec.permitted || spec.excluded) {
    const subtrees = (tag: number, list: readonly string[]) => tlv(tag, ...list.map((d) => seq(tlv(0x82, Buffer.from(d)))));
    exts.push(ext("2.5.29.30", true, seq(...(spec.permitted ? [subtrees(0xa0, spec.permitted)] : []), ...(spec.excluded ? [subtrees(0xa1, spec.excluded)] : []))));
  }
  const tbs = seq(
    tlv(0xa0, int(2)),
    int(1 + (spec.key.id[0] << 8) + spec.key.id[1]),
    ECDSA_SHA256,
    nameOf(issuer.name),
    seq(time(spec.notBefore), time(spec.notAfter)),
    nameOf(spec.subject),
    spec.key.spki,
    tlv(0xa3, seq(...exts)),
  );
  const signature = sign("sha256", tbs, { key: issuer.key.privateKey, dsaEncoding: "der" });
  return seq(tbs, ECDSA_SHA256, tlv(0x03, new Uint8Array([0]), signature));
}
