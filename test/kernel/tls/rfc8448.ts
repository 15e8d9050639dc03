// RFC 8448 §3 (the simple 1-RTT handshake), read from test/vectors/rfc8448/ (see its README):
// every value of the trace as bytes.
import { readFileSync } from "node:fs";
import { join } from "node:path";

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
