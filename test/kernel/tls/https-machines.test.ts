// chapter: 48-tls-server
// One ViperOS serves HTTPS to another (chapter 48): machine B runs `HttpServe --tls`, which makes a
// server session with tls_accept for each connection and presents the standard disk's
// SYS:certs/server.der; machine A's `Fetch https://10.0.2.16/…` verifies that certificate against
// SYS:certs/roots.der (the test CA) for the IP address, downloads 300 KiB byte for byte, and
// TlsInfo describes the session. A plain-HTTP client on the TLS port is refused at its first byte
// and costs the server one line. ALPN: the server speaks http/1.1 (tls_alpn), TlsInfo's default
// offer (h2, http/1.1) agrees on it, and an offer of h2 alone is refused with no_application_protocol.
import { afterAll, describe, expect, it } from "vitest";
import { expectCleanCaptures } from "../net/lab.ts";
import { fileOnDisk, serveAndFetch } from "../net/tcp/http-machines.ts";

afterAll(() => expectCleanCaptures((problems) => expect(problems).toEqual([])));

const lines = (t: string, prefix: string) => t.split(/\r?\n/).filter((l) => l.startsWith(prefix));

describe("HttpServe --tls on one machine, Fetch https:// on the other", () => {
  it("verifies the server's certificate for its address, moves 300 KiB, and TlsInfo names the session", () => {
    const { a, b, data, clientDisk, run } = serveAndFetch(undefined, "HttpServe --tls T:www 443 5");
    const got = run("Fetch https://10.0.2.16/big.bin TO T:big.bin", /Fetch: \d+ bytes to|Fetch: [a-z]/);
    expect(got).toContain("Fetch: 307200 bytes to SYS:t/big.bin (HTTP 200)");
    expect(fileOnDisk(a, clientDisk, "/t/big.bin")).toEqual(data);
    const info = run("TlsInfo 10.0.2.16", /chain|TlsInfo: /);
    expect(info).toMatch(/10\.0\.2\.16:443: TLS 1\.3, TLS_AES_128_GCM_SHA256, x25519, ecdsa_secp256r1_sha256/);
    expect(info).toContain("ALPN: http/1.1");
    expect(run("TlsInfo 10.0.2.16 h2", /chain|TlsInfo: /)).toContain("TlsInfo: the server sent alert no_application_protocol");
    expect(run("Fetch http://10.0.2.16:443/", /> $/)).toContain("Fetch: cannot fetch from 10.0.2.16: connection error");
    expect(lines(b.system.transcript, "HttpServe:")).toEqual([
      "HttpServe: serving SYS:t/www on port 443 over TLS",
      "HttpServe: /big.bin 200",
      "HttpServe:  400", // TlsInfo shakes hands and closes without a request
      "HttpServe: TLS: the client offers h2; the server speaks http/1.1",
      "HttpServe: TLS: a record of unknown type 71", // "GET / HTTP/1.1" is no TLS record
    ]);
  });
});
