// chapter: 46-x509
// Host names and name constraints (chapter 46): reference names parsed as addresses or DNS names,
// RFC 6125 matching with left-most wildcards only, and DNS and IP subtrees — a wildcard must lie
// wholly inside a permitted subtree and must not reach into an excluded one.
import { describe, expect, it } from "vitest";
import type { Name } from "../../../src/kernel/x509/dn.ts";
import type { GeneralNames } from "../../../src/kernel/x509/extensions.ts";
import { constraintsViolation, hostParse, ipConstraintValid, sanMatches } from "../../../src/kernel/x509/names.ts";

const names = (dns: string[], ip: Uint8Array[] = []): GeneralNames => ({ dns, ip, directory: [], other: 0 });
const subject: Name = { der: new Uint8Array([0x30, 0]), rdns: [], commonName: null };
const host = (h: string) => {
  const parsed = hostParse(h);
  if (parsed === null) throw new Error(`${h} does not parse`);
  return parsed;
};

describe("reference names", () => {
  it("reads addresses as addresses and lower-cases DNS names", () => {
    expect(hostParse("192.0.2.1")).toEqual({ kind: "ip", bytes: new Uint8Array([192, 0, 2, 1]) });
    expect(hostParse("::1")).toEqual({ kind: "ip", bytes: new Uint8Array([...new Array(15).fill(0), 1]) });
    expect(hostParse("::ffff:192.0.2.1")?.kind).toBe("ip");
    expect(hostParse("Example.COM.")).toEqual({ kind: "dns", name: "example.com" });
  });

  it("refuses text that is neither", () => {
    for (const bad of ["", "a..b", "-a.com", "a b.com", "1:2:3:4:5:6:7:8:9", "1::2::3", "*.example.com"]) expect(hostParse(bad)).toBeNull();
  });
});

describe("matching (RFC 6125 §6.4)", () => {
  it("matches exact names without case and wildcards for one left-most label", () => {
    expect(sanMatches(names(["EXAMPLE.com"]), host("example.com"))).toBe(true);
    expect(sanMatches(names(["*.example.com"]), host("www.example.com"))).toBe(true);
    expect(sanMatches(names(["*.example.com"]), host("example.com"))).toBe(false);
    expect(sanMatches(names(["*.example.com"]), host("a.b.example.com"))).toBe(false);
  });

  it("never matches partial wildcards or a wildcard over one label", () => {
    expect(sanMatches(names(["w*.example.com"]), host("www.example.com"))).toBe(false);
    expect(sanMatches(names(["www.*.com"]), host("www.example.com"))).toBe(false);
    expect(sanMatches(names(["*.com"]), host("example.com"))).toBe(false);
  });

  it("matches addresses only against iPAddress entries", () => {
    expect(sanMatches(names(["192.0.2.1"]), host("192.0.2.1"))).toBe(false);
    expect(sanMatches(names([], [new Uint8Array([192, 0, 2, 1])]), host("192.0.2.1"))).toBe(true);
  });
});

describe("name constraints (RFC 5280 §4.2.1.10)", () => {
  const nc = (permitted: string[] | null, excluded: string[] | null) => ({
    permitted: permitted && names(permitted),
    excluded: excluded && names(excluded),
  });
  const check = (c: ReturnType<typeof nc>, dns: string[]) => constraintsViolation(c, { subject, san: names(dns) });

  it("places names under a subtree only at a label boundary", () => {
    expect(check(nc(["example.com"], null), ["example.com", "a.example.com"])).toBeNull();
    expect(check(nc(["example.com"], null), ["notexample.com"])).toBe("dNSName notexample.com");
    expect(check(nc([".example.com"], null), ["example.com"])).toBe("dNSName example.com");
  });

  it("permits a wildcard only when every name it covers is inside", () => {
    expect(check(nc(["example.com"], null), ["*.example.com"])).toBeNull();
    expect(check(nc(["www.example.com"], null), ["*.example.com"])).toBe("dNSName *.example.com");
  });

  it("excludes a wildcard that reaches an excluded name", () => {
    expect(check(nc(null, ["secret.example.com"]), ["*.example.com"])).toBe("dNSName *.example.com");
    expect(check(nc(null, ["a.b.example.com"]), ["*.example.com"])).toBeNull();
  });

  it("checks addresses against address-and-mask subtrees of their own family", () => {
    const net = new Uint8Array([10, 0, 0, 0, 255, 0, 0, 0]);
    const c = { permitted: names([], [net]), excluded: null };
    expect(constraintsViolation(c, { subject, san: names([], [new Uint8Array([10, 1, 2, 3])]) })).toBeNull();
    expect(constraintsViolation(c, { subject, san: names([], [new Uint8Array([11, 1, 2, 3])]) })).toBe("iPAddress 11.1.2.3");
    expect(ipConstraintValid(net)).toBe(true);
    expect(ipConstraintValid(new Uint8Array([10, 0, 0, 0, 255, 0, 255, 0]))).toBe(false);
  });
});
