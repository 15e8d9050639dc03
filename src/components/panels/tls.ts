// The Illustrated TLS 1.3 panel (chapter 48): the page's own handshake, record by record. Every
// record in hex with its fields labelled — the record header, each handshake message's header and
// fields, each extension — every secret of the key schedule with the keys and IVs derived from the
// traffic secrets, and for each protected record the key that protects it and its sequence number.
// Fed by two tracepoints of the TLS server's machine: "tls.bytes" (chapter 47: a session's bytes as
// they cross to and from TCP) and "tls.secret" (chapter 48: the key log, SSLKEYLOGFILE's labels).
// The model decrypts the records itself, as Wireshark does with a capture and a key log; it is
// plain data so that tests can drive it with RFC 8448's records and secrets.
import { TrafficSecret, nextTrafficSecret } from "../../kernel/tls/key-schedule.ts";
import { AlertDescription } from "../../kernel/tls/alert.ts";
import { ExtensionType, HELLO_RETRY_RANDOM, HandshakeType } from "../../kernel/tls/messages.ts";
import { RecordProtection, RecordReader, type WireRecord } from "../../kernel/tls/record.ts";
import { type CipherSuite, cipherSuiteById } from "../../kernel/tls/suites.ts";
import { el, type PanelDefinition, type TraceEvent } from "./api.ts";

/** A labelled run of bytes: its name, its bytes in hex, and what they mean. */
export interface TlsField {
  name: string;
  hex: string;
  note: string;
}

/** A handshake message as the panel shows it. */
export interface TlsMessage {
  type: number;
  name: string;
  fields: TlsField[];
}

export type Side = "client" | "server";

/** One record: who sent it, its header fields, and what it held once opened. */
export interface TlsRecordView {
  from: Side;
  header: TlsField[];
  /** The whole record in hex, as it crossed. */
  hex: string;
  /** The secret whose key and IV protect the record, and its sequence number; null in clear. */
  key: { secret: string; seq: number } | null;
  /** The inner content type (protected records: the last non-zero byte of the plaintext). */
  contentType: number;
  /** Why the record could not be opened, if it could not. */
  error: string | null;
  messages: TlsMessage[];
  /** A short description of what is not a handshake message: data, an alert, change_cipher_spec. */
  note: string;
}

/** A secret of the key schedule, and for a traffic secret its key and IV. */
export interface TlsSecretView {
  label: string;
  secret: string;
  key?: string;
  iv?: string;
}

const hexOf = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
const bytesOf = (h: string): Uint8Array => Uint8Array.from({ length: h.length / 2 }, (_, i) => Number.parseInt(h.slice(2 * i, 2 * i + 2), 16));
const nameIn = (table: Record<string, number>, v: number): string => Object.entries(table).find(([, x]) => x === v)?.[0] ?? `unknown (${v})`;
const u16 = (b: Uint8Array, at: number): number => (b[at] << 8) | b[at + 1];
const u24 = (b: Uint8Array, at: number): number => (b[at] << 16) | (b[at + 1] << 8) | b[at + 2];

export const CONTENT_TYPES: Record<string, number> = { change_cipher_spec: 20, alert: 21, handshake: 22, application_data: 23 };
/** The extension names the panel knows: the kernel's, and the ones RFC 8448's client sends besides. */
const EXTENSIONS: Record<string, number> = { ...ExtensionType, ec_point_formats: 11, early_data: 42 };
/** The traffic secrets' labels, by side and stage. */
const LABELS = {
  client: { handshake: "CLIENT_HANDSHAKE_TRAFFIC_SECRET", application: "CLIENT_TRAFFIC_SECRET_0" },
  server: { handshake: "SERVER_HANDSHAKE_TRAFFIC_SECRET", application: "SERVER_TRAFFIC_SECRET_0" },
} as const;

/** Cuts `b` into named fields: each entry is a name, a length (or a length prefix) and a meaning. */
class Cutter {
  at = 0;
  readonly fields: TlsField[] = [];
  readonly b: Uint8Array;
  constructor(b: Uint8Array) {
    this.b = b;
  }
  get done(): boolean {
    return this.at >= this.b.length;
  }
  take(name: string, n: number, note = ""): Uint8Array {
    if (this.at + n > this.b.length) throw new Error(`${name}: ${n} bytes past the end`);
    const bytes = this.b.subarray(this.at, this.at + n);
    this.fields.push({ name, hex: hexOf(bytes), note });
    this.at += n;
    return bytes;
  }
  num(name: string, n: number, note: (v: number) => string = (v) => String(v)): number {
    const bytes = this.take(name, n);
    const v = bytes.reduce((acc, x) => acc * 256 + x, 0);
    this.fields[this.fields.length - 1].note = note(v);
    return v;
  }
  /** A length prefix of `width` bytes, then that many bytes. */
  vector(name: string, width: number, note: (body: Uint8Array) => string = (body) => `${body.length} bytes`): Uint8Array {
    const n = this.num(`${name} length`, width);
    return this.take(name, n, note(this.b.subarray(this.at, this.at + n)));
  }
}

/** The extensions block of a hello, EncryptedExtensions or NewSessionTicket: type, length, body each. */
function extensions(c: Cutter): void {
  const block = c.num("extensions length", 2);
  const end = c.at + block;
  while (c.at < end) {
    const type = c.num("extension type", 2, (v) => nameIn(EXTENSIONS, v));
    c.vector(`${nameIn(EXTENSIONS, type)} data`, 2);
  }
}

const list16 = (body: Uint8Array, names: (v: number) => string): string =>
  Array.from({ length: body.length / 2 }, (_, i) => names(u16(body, 2 * i))).join(", ");
const suiteName = (v: number): string => cipherSuiteById(v)?.name ?? `0x${v.toString(16).padStart(4, "0")}`;

/** One handshake message's fields (RFC 8446 §4), after its type and length. */
function messageFields(type: number, body: Cutter): void {
  if (type === HandshakeType.client_hello || type === HandshakeType.server_hello) {
    body.num("legacy_version", 2, (v) => `0x${v.toString(16)}`);
    body.take("random", 32);
    body.vector("legacy_session_id", 1);
    if (type === HandshakeType.client_hello) body.vector("cipher_suites", 2, (b) => list16(b, suiteName));
    else body.num("cipher_suite", 2, suiteName);
    if (type === HandshakeType.client_hello) body.vector("legacy_compression_methods", 1);
    else body.num("legacy_compression_method", 1);
    extensions(body);
  } else if (type === HandshakeType.encrypted_extensions) extensions(body);
  else if (type === HandshakeType.certificate) {
    body.vector("certificate_request_context", 1);
    const listLength = body.num("certificate_list length", 3);
    const end = body.at + listLength;
    for (let i = 0; body.at < end; i++) {
      body.vector(`cert_data [${i}]`, 3, (b) => `${b.length} bytes of DER`);
      body.vector(`extensions [${i}]`, 2);
    }
  } else if (type === HandshakeType.certificate_verify) {
    body.num("algorithm", 2, (v) => `0x${v.toString(16).padStart(4, "0")}`);
    body.vector("signature", 2);
  } else if (type === HandshakeType.finished) body.take("verify_data", body.b.length - body.at, "HMAC(finished_key, transcript hash)");
  else if (type === HandshakeType.new_session_ticket) {
    body.num("ticket_lifetime", 4, (v) => `${v} s`);
    body.num("ticket_age_add", 4);
    body.vector("ticket_nonce", 1);
    body.vector("ticket", 2);
    extensions(body);
  } else if (type === HandshakeType.key_update) body.num("request_update", 1, (v) => (v === 1 ? "update_requested" : "update_not_requested"));
  if (!body.done) body.take("rest", body.b.length - body.at);
}

/** One direction of a session: its records cut from the byte stream, its key, its handshake bytes. */
interface Direction {
  reader: RecordReader;
  protection: RecordProtection<"handshake" | "application"> | null;
  secret: TrafficSecret<"handshake" | "application"> | null;
  label: string;
  seq: number;
  handshake: Uint8Array;
}

const direction = (): Direction => ({ reader: new RecordReader(), protection: null, secret: null, label: "", seq: 0, handshake: new Uint8Array(0) });

/** One TLS session seen from one end: its records and its secrets, in the order they came. */
export class TlsSessionView {
  readonly records: TlsRecordView[] = [];
  readonly secrets: TlsSecretView[] = [];
  suite: CipherSuite | null = null;
  /** The end whose machine reported the session: its "out" bytes are its own. */
  private readonly role: Side;
  private readonly dirs: Record<Side, Direction> = { client: direction(), server: direction() };
  private readonly secretBytes = new Map<string, Uint8Array>();

  constructor(role: Side) {
    this.role = role;
  }

  /** Bytes that crossed between the reporting end and TCP. */
  bytes(dir: "in" | "out", hex: string): void {
    const from: Side = (dir === "out") === (this.role === "server") ? "server" : "client";
    const d = this.dirs[from];
    d.reader.push(bytesOf(hex));
    for (;;) {
      let wire: ReturnType<RecordReader["next"]>;
      try {
        wire = d.reader.next();
      } catch (e) {
        this.records.push({ from, header: [], hex: "", key: null, contentType: 0, error: String(e), messages: [], note: "" });
        d.reader = new RecordReader();
        return;
      }
      if (wire === null) return;
      this.record(from, wire);
    }
  }

  /** A secret from the key log. */
  secret(label: string, hex: string): void {
    const view: TlsSecretView = { label, secret: hex };
    this.secretBytes.set(label, bytesOf(hex));
    this.secrets.push(view);
    this.describeKeys(view);
  }

  private describeKeys(view: TlsSecretView): void {
    if (this.suite === null || !/TRAFFIC_SECRET/.test(view.label)) return;
    const keys = new TrafficSecret("handshake", this.suite, bytesOf(view.secret)).keys();
    [view.key, view.iv] = [hexOf(keys.key), hexOf(keys.iv)];
  }

  /** One record: its header, its protection, and what it held. */
  private record(from: Side, wire: WireRecord): void {
    const d = this.dirs[from];
    const whole = new Uint8Array(wire.header.length + wire.fragment.length);
    whole.set(wire.header);
    whole.set(wire.fragment, wire.header.length);
    const c = new Cutter(wire.header);
    c.num("content type", 1, (v) => nameIn(CONTENT_TYPES, v));
    c.num("legacy_record_version", 2, (v) => `0x${v.toString(16).padStart(4, "0")}`);
    c.num("length", 2, (v) => `${v} bytes follow`);
    const view: TlsRecordView = { from, header: c.fields, hex: hexOf(whole), key: null, contentType: wire.type, error: null, messages: [], note: "" };
    this.records.push(view);
    let content = wire.fragment;
    if (wire.type === CONTENT_TYPES.application_data && d.label !== "") {
      view.key = { secret: d.label, seq: d.seq++ };
      const tag = this.suite === null ? "" : ` and its ${this.suite.aead(new Uint8Array(this.suite.keyLength)).tagLength}-byte tag`;
      view.header.push({ name: "encrypted_record", hex: hexOf(wire.fragment), note: `the AEAD ciphertext${tag}, under ${d.label}'s key, nonce iv ⊕ ${view.key.seq}` });
      if (d.protection === null) {
        view.error = `the key log has not named ${d.label}`;
        return;
      }
      try {
        const opened = d.protection.open(wire);
        [view.contentType, content] = [opened.type, opened.content];
      } catch (e) {
        view.error = e instanceof Error ? e.message : String(e);
        return;
      }
    } else view.header.push({ name: "fragment", hex: hexOf(wire.fragment), note: "in clear" });
    if (view.contentType === CONTENT_TYPES.handshake) this.handshake(from, content, view);
    else if (view.contentType === CONTENT_TYPES.alert) view.note = `alert: level ${content[0]}, ${nameIn(AlertDescription, content[1])}`;
    else if (view.contentType === CONTENT_TYPES.change_cipher_spec) view.note = "change_cipher_spec: ignored by TLS 1.3 (§D.4, middlebox compatibility)";
    else view.note = `${content.length} bytes of application data: ${JSON.stringify(new TextDecoder().decode(content.subarray(0, 48)))}${content.length > 48 ? "…" : ""}`;
  }

  /** Handshake messages as they complete (several may share a record, one may span records). */
  private handshake(from: Side, content: Uint8Array, view: TlsRecordView): void {
    const d = this.dirs[from];
    const joined = new Uint8Array(d.handshake.length + content.length);
    joined.set(d.handshake);
    joined.set(content, d.handshake.length);
    d.handshake = joined;
    while (d.handshake.length >= 4 && d.handshake.length >= 4 + u24(d.handshake, 1)) {
      const whole = d.handshake.subarray(0, 4 + u24(d.handshake, 1));
      d.handshake = d.handshake.slice(whole.length);
      const c = new Cutter(whole);
      const type = c.num("msg_type", 1, (v) => nameIn(HandshakeType, v));
      c.num("length", 3, (v) => `${v} bytes follow`);
      try {
        messageFields(type, c);
      } catch (e) {
        c.fields.push({ name: "malformed", hex: hexOf(whole.subarray(c.at)), note: e instanceof Error ? e.message : String(e) });
      }
      view.messages.push({ type, name: nameIn(HandshakeType, type), fields: c.fields });
      this.afterMessage(from, type, whole);
    }
  }

  /** RFC 8446 §7.3's key changes: after ServerHello, after each Finished, after a KeyUpdate. */
  private afterMessage(from: Side, type: number, whole: Uint8Array): void {
    if (type === HandshakeType.server_hello && hexOf(whole.subarray(6, 38)) !== HELLO_RETRY_RANDOM) {
      const sessionId = whole[38];
      this.suite = cipherSuiteById(u16(whole, 39 + sessionId)) ?? null;
      for (const s of this.secrets) this.describeKeys(s);
      this.use("server", LABELS.server.handshake, "handshake");
      this.use("client", LABELS.client.handshake, "handshake");
    } else if (type === HandshakeType.finished) this.use(from, LABELS[from].application, "application");
    else if (type === HandshakeType.key_update) {
      const d = this.dirs[from];
      if (d.secret === null || d.secret.stage !== "application") return;
      const next = nextTrafficSecret(d.secret as TrafficSecret<"application">);
      const label = d.label.replace(/_(\d+)$/, (_, n) => `_${Number(n) + 1}`);
      this.secret(label, hexOf(next.secret));
      this.use(from, label, "application");
    }
  }

  /** The direction `side` now runs under the secret `label` (if the key log named it), from sequence number 0. */
  private use(side: Side, label: string, stage: "handshake" | "application"): void {
    const d = this.dirs[side];
    const bytes = this.secretBytes.get(label);
    [d.label, d.seq] = [label, 0];
    if (bytes === undefined || this.suite === null) [d.secret, d.protection] = [null, null];
    else {
      d.secret = new TrafficSecret(stage, this.suite, bytes);
      d.protection = new RecordProtection(d.secret.keys());
    }
  }
}

/** Every session the page's tracepoints told of, by machine and session number. */
export class TlsModel {
  readonly sessions = new Map<string, TlsSessionView>();
  /** The session shown: the newest whose secrets were logged (so it can be opened), else the newest. */
  shown: TlsSessionView | null = null;
  private withSecrets = new Set<TlsSessionView>();

  reset(): void {
    this.sessions.clear();
    this.withSecrets.clear();
    this.shown = null;
  }

  apply(events: TraceEvent[]): void {
    for (const e of events) {
      if (e.name !== "tls.bytes" && e.name !== "tls.secret") continue;
      const key = `${String(e.data.machine ?? "")}#${String(e.data.session)}`;
      let view = this.sessions.get(key);
      if (view === undefined) {
        view = new TlsSessionView(e.name === "tls.secret" || e.data.role === "server" ? "server" : "client");
        this.sessions.set(key, view);
      }
      if (e.name === "tls.bytes") view.bytes(e.data.dir === "in" ? "in" : "out", String(e.data.hex));
      else {
        view.secret(String(e.data.label), String(e.data.secret));
        this.withSecrets.add(view);
      }
      if (this.withSecrets.has(view) || !this.shown || !this.withSecrets.has(this.shown)) this.shown = view;
    }
  }
}

/** A field as a table row: name, hex (long runs folded), meaning. */
function fieldRow(f: TlsField): HTMLElement {
  const long = f.hex.length > 96;
  // The summary's hex is code of the same class as the rest, so it may break anywhere: plain text
  // without a space cannot, and 96 hex digits overflowed the column on a narrow page.
  const head = el("summary", {}, el("code", { class: "lp-tls-hex" }, `${f.hex.slice(0, 96)}…`), ` (${f.hex.length / 2} bytes)`);
  const hexCell = long ? el("details", {}, head, el("code", { class: "lp-tls-hex" }, f.hex)) : el("code", { class: "lp-tls-hex" }, f.hex);
  return el("tr", {}, el("th", { scope: "row" }, f.name), el("td", {}, hexCell), el("td", {}, f.note));
}

/** One record: a heading that says who sent it and under which key, then its fields and messages. */
function drawRecord(r: TlsRecordView, i: number): HTMLElement {
  const protectedBy = r.key === null ? "in clear" : `protected by ${r.key.secret} (key and IV below), sequence number ${r.key.seq}`;
  const what = r.messages.length > 0 ? r.messages.map((m) => m.name).join(", ") : r.note || nameIn(CONTENT_TYPES, r.contentType);
  const box = el("section", { class: `lp-tls-record lp-tls-${r.from}`, "data-from": r.from, "data-key": r.key?.secret ?? "none" });
  box.append(el("h5", {}, `${i + 1}. ${r.from} → ${r.from === "client" ? "server" : "client"}: ${what} — ${protectedBy}`));
  if (r.error !== null) box.append(el("p", { class: "lp-tls-error" }, r.error));
  const table = el("table", { class: "lp-tls-fields" }, el("caption", {}, "record header (RFC 8446 §5.1, §5.2)"), ...r.header.map(fieldRow));
  box.append(table);
  for (const m of r.messages) box.append(el("table", { class: "lp-tls-fields" }, el("caption", {}, `${m.name} (§4)`), ...m.fields.map(fieldRow)));
  if (r.note && r.messages.length === 0) box.append(el("p", {}, r.note));
  return box;
}

/** The key schedule's secrets, in the order they were derived, with each traffic secret's key and IV. */
function drawSecrets(s: TlsSessionView): HTMLElement {
  const rows = s.secrets.flatMap((x) => [
    el("tr", {}, el("th", { scope: "row" }, x.label), el("td", {}, el("code", { class: "lp-tls-hex" }, x.secret))),
    ...(x.key === undefined ? [] : [el("tr", {}, el("td", {}, "  key, iv"), el("td", {}, el("code", { class: "lp-tls-hex" }, `${x.key}, ${x.iv}`)))]),
  ]);
  return el("table", { class: "lp-tls-secrets" }, el("caption", {}, "secrets (the server's key log) and the keys derived from them (§7.1, §7.3)"), ...rows);
}

const panel: PanelDefinition = {
  kind: "tls",
  title: "The Illustrated TLS 1.3 of this page's handshake",
  mount(root, host) {
    const model = new TlsModel();
    const summary = el("p", { class: "lp-muted" }, "waiting for a TLS session: run HttpServe --tls in beta's terminal and Fetch https://10.0.2.16/… in alpha's…");
    const secrets = el("div", {});
    const records = el("div", { class: "lp-tls-records" });
    root.append(summary, secrets, records);
    const draw = (): void => {
      const s = model.shown;
      if (s === null) return;
      summary.textContent = `${s.records.length} records, ${s.secrets.length} secrets; suite ${s.suite?.name ?? "not yet chosen"}`;
      secrets.replaceChildren(drawSecrets(s));
      records.replaceChildren(...s.records.slice(0, 60).map(drawRecord));
      Object.assign(root.dataset, { records: String(s.records.length), secrets: String(s.secrets.length), opened: String(s.records.filter((r) => r.key !== null && r.error === null).length) });
    };
    let queued = false;
    host.onTrace(["tls.bytes", "tls.secret"], (events) => {
      model.apply(events);
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        draw();
      });
    });
    host.onReset(() => {
      model.reset();
      records.replaceChildren();
      secrets.replaceChildren();
    });
  },
};

export default panel;
