// chapter: 45-tls-handshake
// HelloRetryRequest (RFC 8446 §4.1.4, chapter 45): a server that wants secp256r1 asks for it, and
// the client answers with a second ClientHello that carries a secp256r1 share and the cookie, keeps
// the random, and finishes the handshake on a transcript that starts with message_hash. Against
// Node's TLS server (OpenSSL) in memory, and against hand-made retries that break each rule.
import { describe, expect, it } from "vitest";
import { type HandshakeState, clientStart } from "../../../src/kernel/tls/client.ts";
import { TlsClient } from "../../../src/kernel/tls/connection.ts";
import {
  ExtensionType,
  GROUP_SECP256R1,
  GROUP_X25519,
  HELLO_RETRY_RANDOM,
  HandshakeType,
  handshakeMessage,
  readExtensions,
} from "../../../src/kernel/tls/messages.ts";
import { Reader, Writer } from "../../../src/kernel/tls/wire.ts";
import { clientConfig, echo, nodeServer } from "./node-peer.ts";

const config = clientConfig();

/** The ClientHellos in a run of plaintext records the client sent: random and extensions. */
function clientHellos(bytes: Uint8Array): { random: string; extensions: Map<number, Uint8Array> }[] {
  const out: { random: string; extensions: Map<number, Uint8Array> }[] = [];
  for (let at = 0; at + 5 <= bytes.length; at += 5 + ((bytes[at + 3] << 8) | bytes[at + 4])) {
    const fragment = bytes.subarray(at + 5, at + 5 + ((bytes[at + 3] << 8) | bytes[at + 4]));
    if (bytes[at] !== 22 || fragment[0] !== HandshakeType.client_hello) continue;
    const r = new Reader(fragment.subarray(4));
    r.u16("version");
    const random = Buffer.from(r.bytesOf(32, "random")).toString("hex");
    r.opaque(1, "session id");
    r.opaque(2, "suites");
    r.opaque(1, "compression");
    out.push({ random, extensions: readExtensions(r, "ClientHello") });
  }
  return out;
}

/** A ServerHello body with the retry random, this suite and these extensions. */
function retryMessage(suite: number, extensions: [number, Uint8Array][]): Uint8Array {
  const w = new Writer().u16(0x0303).bytes(Buffer.from(HELLO_RETRY_RANDOM, "hex"));
  w.vector(1, () => {});
  w.u16(suite).u8(0);
  w.vector(2, (v) => {
    for (const [type, body] of extensions) v.u16(type).vector(2, (b) => b.bytes(body));
  });
  return handshakeMessage(HandshakeType.server_hello, w.finish());
}
const u16 = (v: number) => Uint8Array.of(v >> 8, v & 255);
const TLS13_VERSION: [number, Uint8Array] = [ExtensionType.supported_versions, u16(0x0304)];
const selected = (group: number): [number, Uint8Array] => [ExtensionType.key_share, u16(group)];

/** Feeds one handshake message to a state; returns the next state and what it sent. */
function feed(state: HandshakeState, whole: Uint8Array): { next: HandshakeState; sent: Uint8Array[] } {
  const sent: Uint8Array[] = [];
  const next = state.handle({ type: whole[0], body: whole.subarray(4), whole }, sent);
  return { next, sent };
}

describe("HelloRetryRequest", () => {
  it("a server that accepts only P-256 gets a secp256r1 share on the second hello, and the session carries data", async () => {
    const server = nodeServer("good.pem", "good.key", { ecdhCurve: "P-256" });
    const client = new TlsClient(config);
    const sent: Uint8Array[] = [client.start()];
    server.feed(sent[0]);
    for (let turn = 0; turn < 50 && client.end === null && client.connected === null; turn++) {
      await new Promise((r) => setImmediate(r));
      const bytes = server.drain();
      if (bytes.length === 0) continue;
      const reply = client.receive(bytes);
      sent.push(reply);
      server.feed(reply);
    }
    expect(client.end).toBeNull();
    expect(client.connected?.group).toBe(GROUP_SECP256R1);
    const hellos = clientHellos(Buffer.concat(sent));
    expect(hellos.length).toBe(2);
    expect(hellos[1].random).toBe(hellos[0].random);
    const share = (h: (typeof hellos)[number]) => new Reader(h.extensions.get(ExtensionType.key_share) as Uint8Array).vector(2, "shares").u16("group");
    expect([share(hellos[0]), share(hellos[1])]).toEqual([GROUP_X25519, GROUP_SECP256R1]);
    expect(await echo(client, server, "after a retry")).toBe("echo: after a retry");
  });

  it("echoes the cookie unchanged in the second ClientHello, and not in its offered set", () => {
    const cookie = new Writer().vector(2, (w) => w.bytes(Uint8Array.of(1, 2, 3, 4))).finish();
    const { state } = clientStart(config);
    const { next, sent } = feed(state, retryMessage(0x1301, [TLS13_VERSION, selected(GROUP_SECP256R1), [ExtensionType.cookie, cookie]]));
    expect(next.name).toBe("ExpectServerHello");
    const [hello] = clientHellos(sent[0]);
    expect(Buffer.from(hello.extensions.get(ExtensionType.cookie) as Uint8Array).equals(Buffer.from(cookie))).toBe(true);
  });

  it.each([
    ["a group that was not offered", [TLS13_VERSION, selected(0x0018)], "illegal_parameter", /group 24, which was not offered/],
    ["the group that already has a share", [TLS13_VERSION, selected(GROUP_X25519)], "illegal_parameter", /already has a share/],
    ["neither a group nor a cookie", [TLS13_VERSION], "illegal_parameter", /changes nothing/],
    ["no supported_versions", [selected(GROUP_SECP256R1)], "protocol_version", /does not speak TLS 1.3/],
    ["an empty cookie", [TLS13_VERSION, [ExtensionType.cookie, u16(0)]], "decode_error", /cookie/],
    ["an extension that was not offered", [TLS13_VERSION, selected(GROUP_SECP256R1), [ExtensionType.alpn, u16(0)]], "unsupported_extension", /not offered/],
  ] as [string, [number, Uint8Array][], string, RegExp][])("a retry with %s is refused with %s", (_what, extensions, alert, reason) => {
    const { state } = clientStart(config);
    expect(() => feed(state, retryMessage(0x1301, extensions))).toThrow(expect.objectContaining({ alert, reason: expect.stringMatching(reason) }));
  });

  it("refuses a second retry, and a ServerHello whose suite differs from the retry's", () => {
    const { state } = clientStart(config);
    const { next } = feed(state, retryMessage(0x1301, [TLS13_VERSION, selected(GROUP_SECP256R1)]));
    expect(() => feed(next, retryMessage(0x1301, [TLS13_VERSION, selected(GROUP_X25519)]))).toThrow(
      expect.objectContaining({ alert: "unexpected_message", reason: "a second HelloRetryRequest" }),
    );
    const w = new Writer().u16(0x0303).bytes(new Uint8Array(32).fill(7));
    w.vector(1, () => {});
    w.u16(0x1302).u8(0);
    w.vector(2, (v) => v.u16(ExtensionType.supported_versions).vector(2, (b) => b.u16(0x0304)));
    expect(() => feed(next, handshakeMessage(HandshakeType.server_hello, w.finish()))).toThrow(
      expect.objectContaining({ alert: "illegal_parameter", reason: expect.stringMatching(/not the one its HelloRetryRequest named/) }),
    );
  });
});
