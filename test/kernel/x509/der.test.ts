// chapter: 46-x509
// The DER reader (chapter 46, X.690 §8 and §10–11): one encoding per value — definite, minimal
// lengths; no trailing bytes; minimal integers and OID arcs; DER booleans and bit strings; and
// RFC 5280's two time formats with real dates only.
import { describe, expect, it } from "vitest";
import {
  derBitString,
  derBoolean,
  derInteger,
  derOid,
  derParse,
  derReader,
  derTime,
  Tag,
} from "../../../src/kernel/x509/der.ts";
import { X509Error } from "../../../src/kernel/x509/errors.ts";

const b = (...bytes: number[]) => new Uint8Array(bytes);
const el = (...bytes: number[]) => derParse(b(...bytes), bytes[0], "the test element");
const time = (tag: number, text: string) => derTime(el(tag, text.length, ...Buffer.from(text)), "the time");

/** The malformed-certificate reason `run` throws. */
function malformed(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (e instanceof X509Error && e.code === "malformed") return e.reason;
    throw e;
  }
  throw new Error("accepted");
}

describe("lengths", () => {
  it("reads short and minimal long forms", () => {
    expect(el(0x04, 2, 7, 8).body).toEqual(b(7, 8));
    const long = derParse(b(0x04, 0x81, 0x80, ...new Array(128).fill(1)), Tag.OCTET_STRING, "x");
    expect(long.body.length).toBe(128);
  });

  it("refuses indefinite, padded, long-for-short and overlong lengths", () => {
    expect(malformed(() => el(0x30, 0x80, 0, 0))).toMatch(/indefinite/);
    expect(malformed(() => derParse(b(0x04, 0x82, 0x00, 0x80, ...new Array(128).fill(0)), 4, "x"))).toMatch(/leading zero/);
    expect(malformed(() => el(0x04, 0x81, 0x05, 1, 2, 3, 4, 5))).toMatch(/long form for a short value/);
    expect(malformed(() => el(0x04, 3, 1, 2))).toMatch(/longer than its container/);
  });

  it("refuses trailing bytes after an element and after a structure's last field", () => {
    expect(malformed(() => derParse(b(0x05, 0, 0), Tag.NULL, "the NULL"))).toMatch(/trailing data/);
    const r = derReader(el(0x30, 5, 0x02, 1, 1, 0x05, 0), "the SEQUENCE");
    r.read(Tag.INTEGER, "the integer");
    expect(malformed(() => r.end("the SEQUENCE"))).toBe("the SEQUENCE has trailing data");
  });

  it("refuses an unexpected tag and the multi-byte tag form", () => {
    expect(malformed(() => derParse(b(0x02, 1, 0), Tag.OCTET_STRING, "the string"))).toMatch(/has tag 0x2, not 0x4/);
    expect(malformed(() => derParse(b(0x1f, 0x20, 0), 0x1f, "x"))).toMatch(/multi-byte/);
  });
});

describe("values", () => {
  it("accepts only 00 and FF as booleans", () => {
    expect(derBoolean(el(0x01, 1, 0xff), "b")).toBe(true);
    expect(derBoolean(el(0x01, 1, 0x00), "b")).toBe(false);
    expect(malformed(() => derBoolean(el(0x01, 1, 0x01), "b"))).toMatch(/not a DER BOOLEAN/);
  });

  it("accepts minimal integers only", () => {
    expect(derInteger(el(0x02, 2, 0x00, 0x80), "i")).toEqual(b(0x00, 0x80));
    expect(malformed(() => derInteger(el(0x02, 2, 0x00, 0x7f), "i"))).toMatch(/redundant/);
    expect(malformed(() => derInteger(el(0x02, 2, 0xff, 0x80), "i"))).toMatch(/redundant/);
    expect(malformed(() => derInteger(el(0x02, 0), "i"))).toMatch(/empty/);
  });

  it("decodes OIDs and refuses padded or truncated arcs", () => {
    expect(derOid(el(0x06, 8, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x02), "o")).toBe("1.2.840.10045.4.3.2");
    expect(derOid(el(0x06, 3, 0x2b, 0x65, 0x70), "o")).toBe("1.3.101.112");
    expect(malformed(() => derOid(el(0x06, 3, 0x2a, 0x80, 0x01), "o"))).toMatch(/padded/);
    expect(malformed(() => derOid(el(0x06, 2, 0x2a, 0x86), "o"))).toMatch(/truncated/);
  });

  it("requires a bit string's unused bits to be zero and at most 7", () => {
    expect(derBitString(el(0x03, 2, 7, 0x80), "k")).toEqual({ bytes: b(0x80), unused: 7 });
    expect(malformed(() => derBitString(el(0x03, 2, 7, 0x81), "k"))).toMatch(/unused bits/);
    expect(malformed(() => derBitString(el(0x03, 2, 8, 0x00), "k"))).toMatch(/malformed/);
    expect(malformed(() => derBitString(el(0x03, 1, 1), "k"))).toMatch(/malformed/);
  });
});

describe("times (RFC 5280 §4.1.2.5)", () => {
  it("reads UTCTime's two-digit years as 1950–2049", () => {
    expect(time(Tag.UTC_TIME, "491231235959Z")).toBe(Date.UTC(2049, 11, 31, 23, 59, 59));
    expect(time(Tag.UTC_TIME, "500101000000Z")).toBe(Date.UTC(1950, 0, 1));
  });

  it("reads GeneralizedTime with four-digit years", () => {
    expect(time(Tag.GENERALIZED_TIME, "29690503000001Z")).toBe(Date.UTC(2969, 4, 3, 0, 0, 1));
  });

  it("refuses other shapes and dates that do not exist", () => {
    expect(malformed(() => time(Tag.UTC_TIME, "4912312359Z"))).toMatch(/not YYMMDD/);
    expect(malformed(() => time(Tag.UTC_TIME, "491231235959+0100"))).toMatch(/not YYMMDD/);
    expect(malformed(() => time(Tag.GENERALIZED_TIME, "20240101000000.5Z"))).toMatch(/not YYMMDD/);
    expect(malformed(() => time(Tag.UTC_TIME, "240230000000Z"))).toMatch(/not a real date/);
    expect(malformed(() => time(Tag.UTC_TIME, "240101240000Z"))).toMatch(/not a real date/);
  });
});
