// chapter: 45-tls-handshake
// Stages as types (chapter 45): a handshake-stage record protection cannot seal application data.
// The refusal is checked by the type checker: if the marked line ever compiles, `npm run typecheck` fails.
import { describe, expect, it } from "vitest";
import { EarlySecret } from "../../../src/kernel/tls/key-schedule.ts";
import { RecordProtection } from "../../../src/kernel/tls/record.ts";
import { TLS_AES_128_GCM_SHA256 } from "../../../src/kernel/tls/suites.ts";

describe("record protection of the handshake stage", () => {
  const hs = new EarlySecret(TLS_AES_128_GCM_SHA256).handshake(new Uint8Array(32));
  const handshake = new RecordProtection(hs.clientTraffic(new Uint8Array(32)).keys());
  const application = new RecordProtection(hs.master().clientTraffic(new Uint8Array(32)).keys());

  it("seals handshake messages, and application data only under application keys", () => {
    expect(handshake.stage).toBe("handshake");
    expect(handshake.sealHandshake(Uint8Array.of(20, 0, 0, 0)).length).toBe(5 + 4 + 1 + 16);
    expect(application.sealApplicationData(Uint8Array.of(1, 2, 3)).length).toBe(5 + 3 + 1 + 16);
    // @ts-expect-error: the 'this' context RecordProtection<"handshake"> is not RecordProtection<"application">
    const refused = () => handshake.sealApplicationData(Uint8Array.of(1, 2, 3));
    expect(typeof refused).toBe("function");
  });
});
