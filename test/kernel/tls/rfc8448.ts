// RFC 8448 §3 (the simple 1-RTT handshake), read from test/vectors/rfc8448/ (see its README):
// every value of the trace as bytes.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ClientConfig } from "../../../src/kernel/tls/client.ts";

type Hex = string;
interface Rfc8448Record {
  name: string;
  from: "client" | "server";
  protection: string;
  seq?: number;
  content_type: number;
  plaintext: Hex;
  complete_record: Hex;
}
interface Rfc8448File {
  inputs: Record<string, Hex> & { server_rsa_key_section2: Record<string, Hex> };
  handshake_messages: Record<string, Hex>;
  key_schedule: Record<string, Hex>;
  finished: Record<string, Hex>;
  traffic_keys: Record<string, Hex | { key: Hex; iv: Hex }>;
  records: Rfc8448Record[];
}

export const trace = JSON.parse(
  readFileSync(join(import.meta.dirname, "../../vectors/rfc8448/rfc8448-simple-1rtt.json"), "utf8"),
) as Rfc8448File;

export function unhex(hex: string): Uint8Array {
  return Uint8Array.from({ length: hex.length / 2 }, (_, i) => Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16));
}

export function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The record of RFC 8448 §3 called `name`, as bytes. */
export function record(name: string): Uint8Array {
  const r = trace.records.find((x) => x.name === name);
  if (r === undefined) throw new Error(`no record ${name} in the trace`);
  return unhex(r.complete_record);
}

export const message = (name: string): Uint8Array => unhex(trace.handshake_messages[name]);
export const ks = (name: string): string => trace.key_schedule[name];

/** RFC 8448's client (NSS) offers exactly this; the randomness is the RFC's fixed values. */
export function rfc8448Config(): ClientConfig {
  const bytes = [unhex(trace.inputs.client_random), unhex(trace.inputs.client_x25519_private)];
  return {
    serverName: "server",
    cipherSuites: [0x1301, 0x1303, 0x1302],
    groups: [0x001d, 0x0017, 0x0018, 0x0019, 0x0100, 0x0101, 0x0102, 0x0103, 0x0104],
    signatureSchemes: [0x0403, 0x0503, 0x0603, 0x0203, 0x0804, 0x0805, 0x0806, 0x0401, 0x0501, 0x0601, 0x0201, 0x0402, 0x0502, 0x0602, 0x0202],
    recordSizeLimit: 0x4001,
    legacyExtensions: true,
    minRsaBits: 1024, // RFC 8448's certificate key has 1024 bits; the default is 2048
    random: (out) => out.set(bytes.shift() ?? new Uint8Array(out.length)),
  };
}

/** The server's first two records, as one byte string. */
export const serverFlight = (): Uint8Array => {
  const sh = record("server_hello");
  const flight = record("server_encrypted_flight");
  const out = new Uint8Array(sh.length + flight.length);
  out.set(sh);
  out.set(flight, sh.length);
  return out;
};
