// chapter: 40-hashes-macs
// SHA-256/384/512, HMAC and HKDF (chapter 40): the FIPS 180-4 examples, every vector of
// Wycheproof's HMAC-SHA-256 and HKDF-SHA-256 files with its expected result, and agreement with
// Node's crypto on random messages fed in random pieces.
import { createHash, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { concatBytes, ctEqual } from "../../../src/kernel/crypto/bytes.ts";
import { type HashAlgorithm, hashBytes } from "../../../src/kernel/crypto/hash.ts";
import { hkdf } from "../../../src/kernel/crypto/hkdf.ts";
import { Hmac, hmac, hmacVerify } from "../../../src/kernel/crypto/hmac.ts";
import { SHA256 } from "../../../src/kernel/crypto/sha256.ts";
import { SHA384, SHA512 } from "../../../src/kernel/crypto/sha512.ts";
import { hex, tally, unhex, wycheproof } from "./wycheproof.ts";

const ascii = (s: string) => new TextEncoder().encode(s);
const HASHES: readonly [HashAlgorithm, string][] = [
  [SHA256, "sha256"],
  [SHA384, "sha384"],
  [SHA512, "sha512"],
];

/** A deterministic generator for test inputs (xorshift32). */
function rng(seed: number): (n: number) => number {
  let x = seed >>> 0 || 1;
  return (n) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
}

describe("SHA-2", () => {
  it("gives FIPS 180-4's example digests for 'abc' and the two-block message", () => {
    expect(hex(hashBytes(SHA256, ascii("abc")))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(hex(hashBytes(SHA384, ascii("abc")))).toBe(
      "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7",
    );
    expect(hex(hashBytes(SHA512, ascii("abc")))).toBe(
      "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
    );
    const two = ascii("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq");
    expect(hex(hashBytes(SHA256, two))).toBe("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  });

  it("hashes a million 'a's, given in pieces of 1000", () => {
    const h = SHA256.create();
    const piece = new Uint8Array(1000).fill(0x61);
    for (let i = 0; i < 1000; i++) h.update(piece);
    expect(hex(h.digest())).toBe("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  });

  it("agrees with Node for every length 0–300 (the padding's edge cases) and random splits", () => {
    const next = rng(40);
    for (let n = 0; n <= 300; n++) {
      const m = randomBytes(n);
      for (const [alg, name] of HASHES) {
        const h = alg.create();
        for (let at = 0; at < n; ) {
          const step = 1 + next(n - at);
          h.update(m.subarray(at, at + step));
          at += step;
        }
        expect(hex(h.digest()), `${name} of ${n} bytes`).toBe(createHash(name).update(m).digest("hex"));
      }
    }
  });

  it("is back at its initial state after digest()", () => {
    const h = SHA512.create();
    h.update(ascii("something else"));
    h.digest();
    expect(hex(h.update(ascii("abc")).digest())).toBe(hex(hashBytes(SHA512, ascii("abc"))));
  });
});

describe("HMAC", () => {
  it("agrees with Node for keys shorter than, equal to and longer than a block", () => {
    for (const [alg, name] of HASHES) {
      for (const keyLength of [0, 1, 32, alg.blockLength - 1, alg.blockLength, alg.blockLength + 1, 300]) {
        const key = randomBytes(keyLength);
        const m = randomBytes(keyLength * 3 + 5);
        expect(hex(hmac(alg, key, m)), `${name} key ${keyLength}`).toBe(createHmac(name, key).update(m).digest("hex"));
      }
    }
  });

  it("returns to the keyed state after each digest", () => {
    const key = randomBytes(20);
    const mac = new Hmac(SHA256, key);
    const first = mac.update(ascii("one")).digest();
    expect(hex(mac.update(ascii("one")).digest())).toBe(hex(first));
    expect(hex(first)).toBe(createHmac("sha256", key).update("one").digest("hex"));
  });

  it("refuses a tag shorter than the minimum, even the empty one", () => {
    const key = randomBytes(32);
    const tag = hmac(SHA256, key, ascii("m"));
    expect(hmacVerify(SHA256, key, ascii("m"), tag)).toBe(true);
    expect(hmacVerify(SHA256, key, ascii("m"), new Uint8Array(0))).toBe(false);
    expect(hmacVerify(SHA256, key, ascii("m"), tag.subarray(0, 16))).toBe(false);
    expect(hmacVerify(SHA256, key, ascii("m"), tag.subarray(0, 16), 16)).toBe(true);
  });

  it("passes all 174 Wycheproof HMAC-SHA-256 vectors (66 valid, 108 invalid)", () => {
    const cases = wycheproof<{ tagSize: number }>("hmac_sha256_test.json");
    const wrong: string[] = [];
    for (const { group, test } of cases) {
      const ok = hmacVerify(SHA256, unhex(test.key), unhex(test.msg), unhex(test.tag), group.tagSize / 8);
      if (ok !== (test.result === "valid")) wrong.push(`tcId ${test.tcId} (${test.comment}): ${ok ? "accepted" : "refused"}`);
    }
    expect(wrong).toEqual([]);
    expect(tally(cases.map((c) => c.test.result))).toEqual({ valid: 66, invalid: 108, acceptable: 0 });
  });
});

describe("HKDF", () => {
  it("passes all 86 Wycheproof HKDF-SHA-256 vectors (83 valid, 3 invalid: too much output)", () => {
    const cases = wycheproof<unknown>("hkdf_sha256_test.json");
    const wrong: string[] = [];
    for (const { test } of cases) {
      const run = () => hkdf(SHA256, unhex(test.ikm), unhex(test.salt), unhex(test.info), Number(test.size));
      if (test.result === "valid") {
        if (hex(run()) !== test.okm) wrong.push(`tcId ${test.tcId}: wrong output`);
      } else expect(run, `tcId ${test.tcId}`).toThrow(RangeError);
    }
    expect(wrong).toEqual([]);
    expect(tally(cases.map((c) => c.test.result))).toEqual({ valid: 83, invalid: 3, acceptable: 0 });
  });

  it("agrees with Node for SHA-256 and SHA-384 on random inputs and lengths", () => {
    const next = rng(5869);
    for (let i = 0; i < 100; i++) {
      const [alg, name] = HASHES[i % 2];
      const ikm = randomBytes(1 + next(80));
      const salt = randomBytes(next(80));
      const info = randomBytes(next(40));
      const length = 1 + next(255 * alg.outputLength);
      const ours = hkdf(alg, ikm, salt, info, length);
      expect(hex(ours)).toBe(Buffer.from(hkdfSync(name, ikm, salt, info, length)).toString("hex"));
    }
  });
});

describe("bytes", () => {
  it("compares by content and length, and joins in order", () => {
    expect(ctEqual(Uint8Array.of(1, 2), Uint8Array.of(1, 2))).toBe(true);
    expect(ctEqual(Uint8Array.of(1, 2), Uint8Array.of(1, 3))).toBe(false);
    expect(ctEqual(Uint8Array.of(1, 2), Uint8Array.of(1))).toBe(false);
    expect([...concatBytes(Uint8Array.of(1), new Uint8Array(0), Uint8Array.of(2, 3))]).toEqual([1, 2, 3]);
  });
});
