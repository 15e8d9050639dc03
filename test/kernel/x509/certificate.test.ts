// chapter: 46-x509
// The certificate parser (chapter 46) on x509-limbo's exact-san server certificate: each field is
// where the chapter's figure draws it, and the parsed values are the certificate's.
import { describe, expect, it } from "vitest";
import { certificateParse } from "../../../src/kernel/x509/certificate.ts";
import { KeyUsage } from "../../../src/kernel/x509/extensions.ts";
import { limboCases, pemToDer } from "../../../tools/x509/limbo-run.ts";

const exact = limboCases().find((c) => c.id === "webpki::san::exact-san");
if (exact === undefined) throw new Error("x509-limbo has no webpki::san::exact-san");
const der = pemToDer(exact.peer_certificate);
const cert = certificateParse(der);
const at = (part: Uint8Array) => [part.byteOffset - der.byteOffset, part.length];

describe("the figure's certificate", () => {
  it("is 436 bytes with the fields at the figure's offsets", () => {
    expect(der.length).toBe(436);
    expect(at(cert.tbs)).toEqual([4, 346]);
    expect(at(cert.serial)).toEqual([15, 20]);
    expect(at(cert.issuer.der)).toEqual([47, 28]);
    expect(at(cert.subject.der)).toEqual([109, 24]);
    expect(at(cert.spki)).toEqual([133, 91]);
    expect(at(cert.signature)).toEqual([365, 71]);
  });

  it("has the values the chapter names", () => {
    expect(cert.issuer.commonName).toBe("x509-limbo-root");
    expect(cert.subject.commonName).toBe("example.com");
    expect(cert.signatureAlgorithm.name).toBe("ecdsa-with-SHA256");
    expect(new Date(cert.notBefore).toISOString()).toBe("1970-01-01T00:00:01.000Z");
    expect(new Date(cert.notAfter).getUTCFullYear()).toBe(2969);
    expect(cert.publicKey.kind).toBe("ec");
    expect(cert.extensions.subjectAltName?.names.dns).toEqual(["example.com"]);
    expect(cert.extensions.keyUsage).toBe(KeyUsage.digitalSignature);
    expect(cert.extensions.extendedKeyUsage).toEqual(["1.3.6.1.5.5.7.3.1"]);
    expect(cert.extensions.basicConstraints).toBeNull();
  });
});
