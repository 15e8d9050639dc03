// chapter: 48-tls-server
// The TLS panel's model against RFC 8448 §3: the RFC's records as a server's "tls.bytes"
// tracepoints would report them, and the RFC's secrets as its "tls.secret" key log would. The
// model must cut the records, label their fields, name the key that protects each record and its
// sequence number, open every protected record, and derive the RFC's keys and IVs.
import { describe, expect, it } from "vitest";
import type { TraceEvent } from "../../src/components/panels/api.ts";
import { TlsModel, type TlsRecordView } from "../../src/components/panels/tls.ts";
import { ks, record, trace } from "../kernel/tls/rfc8448.ts";

const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
const SECRETS: [string, string][] = [
  ["EARLY_SECRET", "early_secret"],
  ["HANDSHAKE_SECRET", "handshake_secret"],
  ["CLIENT_HANDSHAKE_TRAFFIC_SECRET", "client_handshake_traffic_secret"],
  ["SERVER_HANDSHAKE_TRAFFIC_SECRET", "server_handshake_traffic_secret"],
  ["MASTER_SECRET", "master_secret"],
  ["CLIENT_TRAFFIC_SECRET_0", "client_application_traffic_secret_0"],
  ["SERVER_TRAFFIC_SECRET_0", "server_application_traffic_secret_0"],
];

/** The RFC's handshake as the server's tracepoints report it: bytes in and out, secrets between. */
function rfcEvents(split = false): TraceEvent[] {
  const events: TraceEvent[] = [];
  const push = (name: string, data: Record<string, unknown>) => events.push({ t: events.length, name, data: { session: 1, machine: "beta", ...data } });
  const bytes = (dir: "in" | "out", name: string) => {
    const h = hex(record(name));
    // `split`: the bytes arrive in two pieces, cut in the middle of the record
    if (split) for (const part of [h.slice(0, 14), h.slice(14)]) push("tls.bytes", { role: "server", dir, hex: part });
    else push("tls.bytes", { role: "server", dir, hex: h });
  };
  bytes("in", "client_hello");
  for (const [label, name] of SECRETS) push("tls.secret", { label, random: trace.inputs.client_random, secret: ks(name) });
  for (const r of trace.records.slice(1)) bytes(r.from === "client" ? "in" : "out", r.name);
  return events;
}

const field = (r: TlsRecordView, message: number, name: string) => r.messages[message].fields.find((f) => f.name === name);

describe("the TLS panel's model, fed RFC 8448 §3", () => {
  for (const split of [false, true])
    it(`labels every record and message, names each record's key, and opens them all${split ? " (bytes in pieces)" : ""}`, () => {
      const m = new TlsModel();
      m.apply(rfcEvents(split));
      const s = m.shown;
      if (s === null) throw new Error("no session");
      expect(s.records.map((r) => [r.from, r.error, r.key?.secret ?? null, r.key?.seq ?? null, r.contentType])).toEqual([
        ["client", null, null, null, 22],
        ["server", null, null, null, 22],
        ["server", null, "SERVER_HANDSHAKE_TRAFFIC_SECRET", 0, 22],
        ["client", null, "CLIENT_HANDSHAKE_TRAFFIC_SECRET", 0, 22],
        ["server", null, "SERVER_TRAFFIC_SECRET_0", 0, 22],
        ["client", null, "CLIENT_TRAFFIC_SECRET_0", 0, 23],
        ["server", null, "SERVER_TRAFFIC_SECRET_0", 1, 23],
        ["client", null, "CLIENT_TRAFFIC_SECRET_0", 1, 21],
        ["server", null, "SERVER_TRAFFIC_SECRET_0", 2, 21],
      ]);
      const [ch, sh, flight] = s.records;
      expect(ch.header.map((f) => [f.name, f.hex, f.note])).toEqual([
        ["content type", "16", "handshake"],
        ["legacy_record_version", "0301", "0x0301"],
        ["length", "00c4", "196 bytes follow"],
        ["fragment", hex(record("client_hello")).slice(10), "in clear"],
      ]);
      expect(ch.hex).toBe(hex(record("client_hello")));
      expect(field(ch, 0, "msg_type")?.note).toBe("client_hello");
      expect(field(ch, 0, "random")?.hex).toBe(trace.inputs.client_random);
      expect(field(ch, 0, "cipher_suites")?.note).toBe("TLS_AES_128_GCM_SHA256, TLS_CHACHA20_POLY1305_SHA256, TLS_AES_256_GCM_SHA384");
      const chExtensions = ch.messages[0].fields.filter((f) => f.name === "extension type").map((f) => f.note);
      expect(chExtensions).toEqual(["server_name", "renegotiation_info", "supported_groups", "session_ticket", "key_share", "supported_versions", "signature_algorithms", "psk_key_exchange_modes", "record_size_limit"]);
      expect(field(sh, 0, "cipher_suite")?.note).toBe("TLS_AES_128_GCM_SHA256");
      expect(field(sh, 0, "random")?.hex).toBe(trace.inputs.server_random);
      expect(flight.messages.map((x) => x.name)).toEqual(["encrypted_extensions", "certificate", "certificate_verify", "finished"]);
      expect(flight.header.find((f) => f.name === "encrypted_record")?.note).toMatch(/16-byte tag, under SERVER_HANDSHAKE_TRAFFIC_SECRET's key, nonce iv ⊕ 0/);
      expect(flight.messages[1].fields.find((f) => f.name === "cert_data [0]")?.hex).toBe(trace.handshake_messages.server_certificate_der);
      expect(field(flight, 2, "algorithm")?.note).toBe("0x0804");
      expect(flight.messages[3].fields.find((f) => f.name === "verify_data")?.hex).toBe(trace.handshake_messages.server_finished.slice(8));
      expect(s.records[4].messages.map((x) => x.name)).toEqual(["new_session_ticket"]);
      expect(s.records[4].messages[0].fields.find((f) => f.name === "ticket_lifetime")?.note).toBe("30 s");
      expect(s.records[5].note).toBe(`50 bytes of application data: ${JSON.stringify(new TextDecoder().decode(Uint8Array.from({ length: 48 }, (_, i) => Number.parseInt(trace.inputs.application_data_payload.slice(2 * i, 2 * i + 2), 16))))}…`);
      expect(s.records[7].note).toBe("alert: level 1, close_notify");
      const keys = Object.fromEntries(s.secrets.filter((x) => x.key !== undefined).map((x) => [x.label, { key: x.key, iv: x.iv }]));
      expect(keys).toEqual({
        CLIENT_HANDSHAKE_TRAFFIC_SECRET: trace.traffic_keys.client_handshake,
        SERVER_HANDSHAKE_TRAFFIC_SECRET: trace.traffic_keys.server_handshake,
        CLIENT_TRAFFIC_SECRET_0: trace.traffic_keys.client_application_0,
        SERVER_TRAFFIC_SECRET_0: trace.traffic_keys.server_application_0,
      });
    });

  it("without the key log it shows the records and says which secret it lacks", () => {
    const m = new TlsModel();
    m.apply(rfcEvents().filter((e) => e.name !== "tls.secret"));
    const flight = m.shown?.records[2];
    expect(flight?.error).toBe("the key log has not named SERVER_HANDSHAKE_TRAFFIC_SECRET");
    expect(flight?.messages).toEqual([]);
  });

  it("a changed byte in a protected record is shown as a record that fails to authenticate", () => {
    const events = rfcEvents();
    const i = events.findIndex((e) => e.name === "tls.bytes" && e.data.dir === "out" && String(e.data.hex).length > 200);
    const h = String(events[i].data.hex);
    events[i].data.hex = `${h.slice(0, 100)}${h[100] === "0" ? "1" : "0"}${h.slice(101)}`;
    const m = new TlsModel();
    m.apply(events);
    expect(m.shown?.records[2].error).toBe("tls: bad_record_mac: a record failed to authenticate");
  });
});
