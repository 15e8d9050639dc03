// chapter: 46-x509
// Path validation on chains the test builds (build.ts, signed with Node's crypto): a good chain is
// accepted, and one that is expired, not yet valid, for another name, self-signed, badly signed,
// missing its intermediate, or breaking a CA's limits is refused with its own reason and alert.
import { describe, expect, it } from "vitest";
import { X509Error } from "../../../src/kernel/x509/errors.ts";
import { trustStore, x509Validate } from "../../../src/kernel/x509/path.ts";
import { buildCert, type CertSpec, DAY, newKey } from "./build.ts";

const NOW = Date.UTC(2026, 5, 1);
const LONG = { notBefore: NOW - 365 * DAY, notAfter: NOW + 365 * DAY };
const rootKey = newKey();
const midKey = newKey();
const leafKey = newKey();
const ROOT = { name: "Book Test Root", key: rootKey };
const MID = { name: "Book Test Intermediate", key: midKey };
const root = buildCert({ subject: ROOT.name, key: rootKey, ca: { pathLen: null }, ...LONG });
const mid = buildCert({ subject: MID.name, key: midKey, issuer: ROOT, ca: { pathLen: 0 }, ...LONG });
const store = trustStore([root]);

const leaf = (spec: Partial<CertSpec> = {}) =>
  buildCert({ subject: "server.test", key: leafKey, issuer: MID, dns: ["server.test"], ...LONG, ...spec });

/** The refusal `x509Validate` throws, as code, alert and reason. */
function refusal(run: () => unknown): { code: string; alert: string; reason: string } {
  try {
    run();
  } catch (e) {
    if (e instanceof X509Error) return { code: e.code, alert: e.alert, reason: e.reason };
    throw e;
  }
  throw new Error("the chain was accepted");
}

const validate = (cert: Uint8Array, host = "server.test", chain = [mid], time = NOW) =>
  x509Validate(cert, chain, store, { time, host });

describe("a good chain", () => {
  it("is accepted, leaf first and root last", () => {
    const path = validate(leaf());
    expect(path.map((c) => c.subject.commonName)).toEqual(["server.test", MID.name, ROOT.name]);
  });

  it("is accepted with the intermediates in any order and extras among them", () => {
    const other = buildCert({ subject: "Unrelated CA", key: newKey(), ca: { pathLen: null }, ...LONG });
    expect(validate(leaf(), "server.test", [other, mid, root])).toHaveLength(3);
  });

  it("is accepted on the first and the last day of validity, both included", () => {
    const cert = leaf({ notBefore: NOW - DAY, notAfter: NOW + DAY });
    expect(validate(cert, "server.test", [mid], NOW - DAY)).toHaveLength(3);
    expect(validate(cert, "server.test", [mid], NOW + DAY)).toHaveLength(3);
  });
});

describe("a refused chain", () => {
  it("is expired: certificate_expired, with the date", () => {
    const cert = leaf({ notBefore: Date.UTC(2024, 0, 1), notAfter: Date.UTC(2024, 4, 1) });
    expect(refusal(() => validate(cert))).toEqual({
      code: "expired",
      alert: "certificate_expired",
      reason: "certificate for server.test has expired (2024-05-01)",
    });
  });

  it("is not yet valid: certificate_expired, with the first day", () => {
    const cert = leaf({ notBefore: Date.UTC(2027, 0, 2), notAfter: Date.UTC(2028, 0, 1) });
    expect(refusal(() => validate(cert))).toMatchObject({ code: "not-yet-valid", alert: "certificate_expired", reason: "certificate for server.test is not valid until 2027-01-02" });
  });

  it("is for another name: bad_certificate", () => {
    expect(refusal(() => validate(leaf(), "other.test"))).toEqual({
      code: "wrong-name",
      alert: "bad_certificate",
      reason: "certificate for server.test is not valid for other.test",
    });
  });

  it("is self-signed: unknown_ca", () => {
    const cert = buildCert({ subject: "server.test", key: leafKey, dns: ["server.test"], ...LONG });
    expect(refusal(() => validate(cert, "server.test", []))).toEqual({
      code: "unknown-issuer",
      alert: "unknown_ca",
      reason: "certificate for server.test is self-signed and not trusted",
    });
  });

  it("has a signature that does not verify: bad_certificate", () => {
    const cert = leaf();
    cert[cert.length - 5] ^= 0x01;
    expect(refusal(() => validate(cert))).toMatchObject({ code: "bad-signature", alert: "bad_certificate" });
    expect(refusal(() => validate(cert)).reason).toBe("the signature of Book Test Intermediate on the certificate for server.test does not verify");
  });

  it("is missing its intermediate: unknown_ca, naming the missing issuer", () => {
    expect(refusal(() => validate(leaf(), "server.test", []))).toEqual({
      code: "unknown-issuer",
      alert: "unknown_ca",
      reason: "no path to a trusted root: nothing trusted or given is Book Test Intermediate, issuer of server.test",
    });
  });

  it("has an expired intermediate: certificate_expired, naming the CA", () => {
    const old = buildCert({ subject: MID.name, key: midKey, issuer: ROOT, ca: { pathLen: 0 }, notBefore: Date.UTC(2020, 0, 1), notAfter: Date.UTC(2025, 0, 1) });
    expect(refusal(() => validate(leaf(), "server.test", [old])).reason).toBe("CA certificate Book Test Intermediate has expired (2025-01-01)");
  });
});

describe("a CA's limits", () => {
  it("refuses an issuer that is not a CA", () => {
    const notCa = buildCert({ subject: MID.name, key: midKey, issuer: ROOT, ...LONG });
    expect(refusal(() => validate(leaf(), "server.test", [notCa]))).toMatchObject({
      code: "not-a-ca",
      reason: "Book Test Intermediate is not a CA (basicConstraints)",
    });
  });

  it("refuses a path longer than an intermediate's pathLenConstraint allows", () => {
    const lowKey = newKey();
    const low = buildCert({ subject: "Lower CA", key: lowKey, issuer: MID, ca: { pathLen: null }, ...LONG });
    const cert = leaf({ issuer: { name: "Lower CA", key: lowKey } });
    expect(refusal(() => validate(cert, "server.test", [mid, low]))).toMatchObject({
      code: "path-length",
      reason: "Book Test Intermediate allows 0 intermediates below it, the path has 1",
    });
  });

  it("refuses a server certificate that is itself a CA", () => {
    expect(refusal(() => validate(leaf({ ca: { pathLen: null }, keyUsage: 0x84 })))).toMatchObject({ code: "not-a-ca", alert: "bad_certificate" });
  });

  it("refuses a server key that may not sign", () => {
    expect(refusal(() => validate(leaf({ keyUsage: 0x20 })))).toMatchObject({ code: "key-usage", reason: "certificate for server.test does not allow digital signatures" });
  });

  it("applies name constraints to the names below, permitted and excluded", () => {
    const ncKey = newKey();
    const nc = buildCert({ subject: "Constrained CA", key: ncKey, issuer: ROOT, ca: { pathLen: 0 }, permitted: ["example.com"], excluded: ["secret.example.com"], ...LONG });
    const under = (dns: string[]) => leaf({ issuer: { name: "Constrained CA", key: ncKey }, dns });
    expect(x509Validate(under(["www.example.com"]), [nc], store, { time: NOW, host: "www.example.com" })).toHaveLength(3);
    expect(refusal(() => x509Validate(under(["www.example.com", "other.test"]), [nc], store, { time: NOW, host: "www.example.com" }))).toEqual({
      code: "name-constraints",
      alert: "bad_certificate",
      reason: "dNSName other.test is not permitted by the name constraints of Constrained CA",
    });
    // A wildcard over example.com would also match the excluded secret.example.com.
    expect(refusal(() => x509Validate(under(["*.example.com"]), [nc], store, { time: NOW, host: "www.example.com" })).code).toBe("name-constraints");
  });
});

describe("host names", () => {
  it("matches a wildcard for exactly one left-most label, without case", () => {
    const cert = leaf({ dns: ["*.Server.test"] });
    expect(validate(cert, "WWW.server.test")).toHaveLength(3);
    expect(refusal(() => validate(cert, "server.test")).code).toBe("wrong-name");
    expect(refusal(() => validate(cert, "a.b.server.test")).code).toBe("wrong-name");
  });

  it("matches an address only against iPAddress entries", () => {
    const cert = leaf({ dns: ["192.0.2.7"], ips: [new Uint8Array([0x20, 0x01, 0x0d, 0xb8, ...new Array(11).fill(0), 1])] });
    expect(validate(cert, "2001:db8::1")).toHaveLength(3);
    expect(refusal(() => validate(cert, "192.0.2.7")).reason).toBe("certificate for 192.0.2.7 is not valid for 192.0.2.7");
  });

  it("never falls back to the common name", () => {
    const cert = leaf({ dns: [] });
    expect(refusal(() => validate(cert)).reason).toBe("certificate for server.test has no subjectAltName");
  });
});

describe("damaged certificates", () => {
  it("are refused with a reason, never accepted and never a host exception, for 300 seeded byte changes", () => {
    const good = leaf();
    let state = 46;
    const next = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state;
    };
    const outcomes = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const cert = good.slice();
      for (let n = 1 + (next() % 3); n > 0; n--) cert[next() % cert.length] ^= 1 + (next() % 255);
      try {
        validate(cert);
        outcomes.add("accepted");
      } catch (e) {
        if (!(e instanceof X509Error)) throw e;
        outcomes.add(e.code);
      }
    }
    expect(outcomes.has("accepted")).toBe(false);
    expect(outcomes.has("malformed")).toBe(true);
    expect(outcomes.has("bad-signature")).toBe(true);
  });
});
