// chapter: 43-rsa
// RSA PKCS#1 v1.5 and PSS verification (chapter 43): every vector of Wycheproof's three RSA files
// with its expected result, Node's signatures with fresh keys verified, altered ones refused, and
// keys outside 2048–4096 bits refused.
import { constants, generateKeyPairSync, randomBytes, sign } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { HashAlgorithm } from "../../../src/kernel/crypto/hash.ts";
import { type RsaPublicKey, rsaPublicKey, rsaVerifyPkcs1, rsaVerifyPss } from "../../../src/kernel/crypto/rsa.ts";
import { SHA256 } from "../../../src/kernel/crypto/sha256.ts";
import { SHA384 } from "../../../src/kernel/crypto/sha512.ts";
import { tally, unhex, wycheproof } from "./wycheproof.ts";

type RsaGroup = { publicKey: { modulus: string; publicExponent: string }; sLen?: number };

function keyOf(group: RsaGroup): RsaPublicKey {
  const key = rsaPublicKey(unhex(group.publicKey.modulus), unhex(group.publicKey.publicExponent));
  if (key === null) throw new Error("a Wycheproof key was refused");
  return key;
}

/** Every vector of an RSA file; "acceptable" vectors (DigestInfo without NULL) must be refused. */
function runRsaFile(name: string, check: (key: RsaPublicKey, msg: Uint8Array, sig: Uint8Array, group: RsaGroup) => boolean) {
  const cases = wycheproof<RsaGroup>(name);
  const wrong: string[] = [];
  for (const { group, test } of cases) {
    const ok = check(keyOf(group), unhex(test.msg), unhex(test.sig), group);
    if (ok !== (test.result === "valid")) wrong.push(`tcId ${test.tcId} (${test.comment}): ${ok ? "accepted" : "refused"}`);
  }
  return { wrong, counts: tally(cases.map((c) => c.test.result)) };
}

/** The modulus and exponent of a Node RSA key, as bytes. */
function nodeKey(bits: number) {
  const pair = generateKeyPairSync("rsa", { modulusLength: bits });
  const jwk = pair.publicKey.export({ format: "jwk" });
  const key = rsaPublicKey(new Uint8Array(Buffer.from(jwk.n!, "base64url")), new Uint8Array(Buffer.from(jwk.e!, "base64url")));
  return { privateKey: pair.privateKey, key: key! };
}

describe("RSA PKCS#1 v1.5", () => {
  it("passes all 259 Wycheproof 2048-bit SHA-256 vectors (9 valid, 249 invalid, 1 acceptable refused)", () => {
    const { wrong, counts } = runRsaFile("rsa_signature_2048_sha256_test.json", (k, m, s) => rsaVerifyPkcs1(k, SHA256, m, s));
    expect(wrong).toEqual([]);
    expect(counts).toEqual({ valid: 9, invalid: 249, acceptable: 1 });
  });

  it("passes all 258 Wycheproof 4096-bit SHA-256 vectors (7 valid, 250 invalid, 1 acceptable refused)", () => {
    const { wrong, counts } = runRsaFile("rsa_signature_4096_sha256_test.json", (k, m, s) => rsaVerifyPkcs1(k, SHA256, m, s));
    expect(wrong).toEqual([]);
    expect(counts).toEqual({ valid: 7, invalid: 250, acceptable: 1 });
  });
});

describe("RSA-PSS", () => {
  it("passes all 108 Wycheproof 2048-bit SHA-256 MGF1 salt-32 vectors (63 valid, 45 invalid)", () => {
    const { wrong, counts } = runRsaFile("rsa_pss_2048_sha256_mgf1_32_test.json", (k, m, s, g) =>
      rsaVerifyPss(k, SHA256, m, s, g.sLen),
    );
    expect(wrong).toEqual([]);
    expect(counts).toEqual({ valid: 63, invalid: 45, acceptable: 0 });
  });
});

describe("RSA against Node", () => {
  it.each([
    [2048, SHA256, "sha256"],
    [3072, SHA384, "sha384"],
  ] as const)("verifies Node's %i-bit PKCS#1 v1.5 and PSS signatures and refuses altered ones", (bits, hash: HashAlgorithm, name) => {
    const { privateKey, key } = nodeKey(bits);
    for (let i = 0; i < 5; i++) {
      const message = randomBytes(i * 40);
      const pkcs1 = new Uint8Array(sign(name, message, privateKey));
      const pss = new Uint8Array(
        sign(name, message, { key: privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: hash.outputLength }),
      );
      expect(rsaVerifyPkcs1(key, hash, message, pkcs1)).toBe(true);
      expect(rsaVerifyPss(key, hash, message, pss)).toBe(true);
      expect(rsaVerifyPkcs1(key, hash, message, pss)).toBe(false);
      expect(rsaVerifyPss(key, hash, message, pkcs1)).toBe(false);
      const other = Buffer.concat([message, Buffer.of(1)]);
      expect(rsaVerifyPkcs1(key, hash, other, pkcs1)).toBe(false);
      expect(rsaVerifyPss(key, hash, other, pss)).toBe(false);
      pss[i] ^= 0x40;
      expect(rsaVerifyPss(key, hash, message, pss)).toBe(false);
    }
  });

  it("refuses keys below 2048 or above 4096 bits, even exponents and e = 1", () => {
    const e = Uint8Array.of(1, 0, 1);
    const odd = (bytes: number) => new Uint8Array(bytes).fill(0xff);
    expect(rsaPublicKey(odd(128), e)).toBeNull();
    expect(rsaPublicKey(odd(255), e)).toBeNull();
    expect(rsaPublicKey(odd(256), e)).not.toBeNull();
    expect(rsaPublicKey(odd(512), e)).not.toBeNull();
    expect(rsaPublicKey(odd(513), e)).toBeNull();
    expect(rsaPublicKey(odd(256), Uint8Array.of(1))).toBeNull();
    expect(rsaPublicKey(odd(256), Uint8Array.of(1, 0, 0))).toBeNull();
  });
});
