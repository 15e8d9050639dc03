// chapter: 45-tls-handshake
// The TLS 1.3 client (chapter 45) replaying RFC 8448 §3 with the RFC's random and X25519 key:
// its ClientHello and Finished records byte for byte, the server's flight decrypted and verified,
// application data and close_notify in both directions byte for byte.
import { describe, expect, it } from "vitest";
import { TlsClient } from "../../../src/kernel/tls/connection.ts";
import { hex, record, rfc8448Config, serverFlight, trace, unhex } from "./rfc8448.ts";

describe("the client of RFC 8448 §3", () => {
  it("sends the RFC's ClientHello record byte for byte", () => {
    expect(hex(new TlsClient(rfc8448Config()).start())).toBe(hex(record("client_hello")));
  });

  it("decrypts the server's flight, verifies it, and answers with the RFC's Finished record", () => {
    const c = new TlsClient(rfc8448Config());
    c.start();
    expect(c.stateName).toBe("ExpectServerHello");
    const reply = c.receive(serverFlight());
    expect(c.end).toBeNull();
    expect(c.stateName).toBe("Connected");
    expect(hex(reply)).toBe(hex(record("client_finished")));
  });

  it("takes the flight one byte at a time as well as in one piece", () => {
    const c = new TlsClient(rfc8448Config());
    c.start();
    const flight = serverFlight();
    const replies: string[] = [];
    for (let i = 0; i < flight.length; i++) replies.push(hex(c.receive(flight.subarray(i, i + 1))));
    expect(replies.join("")).toBe(hex(record("client_finished")));
    expect(c.stateName).toBe("Connected");
  });

  it("then exchanges the RFC's application data and close_notify records", () => {
    const c = new TlsClient(rfc8448Config());
    c.start();
    c.receive(serverFlight());
    expect(hex(c.receive(record("server_new_session_ticket")))).toBe("");
    expect(hex(c.send(unhex(trace.inputs.application_data_payload)))).toBe(hex(record("client_application_data")));
    c.receive(record("server_application_data"));
    expect(c.takeData().map(hex)).toEqual([trace.inputs.application_data_payload]);
    expect(hex(c.close())).toBe(hex(record("client_alert_close_notify")));
    c.receive(record("server_alert_close_notify"));
    expect(c.end).toEqual({ by: "peer", description: 0 });
  });
});
