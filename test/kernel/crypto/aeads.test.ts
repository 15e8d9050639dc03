// chapter: 41-aeads
// AES-GCM and ChaCha20-Poly1305 (chapter 41): every vector of Wycheproof's two AEAD files with
// its expected result, agreement with Node's crypto both ways on random messages, and the
// invariant that open() returns nothing for a message whose ciphertext, tag or associated data
// changed.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Aead } from "../../../src/kernel/crypto/aead.ts";
import { aesEncryptBlock, aesExpandKey } from "../../../src/kernel/crypto/aes.ts";
import { ChaCha20 } from "../../../src/kernel/crypto/chacha20.ts";
import { ChaCha20Poly1305 } from "../../../src/kernel/crypto/chacha20poly1305.ts";
import { AesGcm } from "../../../src/kernel/crypto/gcm.ts";
import { Poly1305 } from "../../../src/kernel/crypto/poly1305.ts";
import { hex, tally, unhex, wycheproof } from "./wycheproof.ts";

type NodeAead = "aes-128-gcm" | "aes-256-gcm" | "chacha20-poly1305";

function nodeSeal(alg: NodeAead, key: Uint8Array, nonce: Uint8Array, pt: Uint8Array, aad: Uint8Array): string {
  const c = createCipheriv(alg as "aes-128-gcm", key, nonce, { authTagLength: 16 });
  c.setAAD(aad);
  return Buffer.concat([c.update(pt), c.final(), c.getAuthTag()]).toString("hex");
}

function nodeOpen(alg: NodeAead, key: Uint8Array, nonce: Uint8Array, sealed: Uint8Array, aad: Uint8Array): string {
  const d = createDecipheriv(alg as "aes-128-gcm", key, nonce, { authTagLength: 16 });
  d.setAAD(aad);
  d.setAuthTag(sealed.subarray(sealed.length - 16));
  return Buffer.concat([d.update(sealed.subarray(0, sealed.length - 16)), d.final()]).toString("hex");
}

/** Runs a Wycheproof AEAD file: valid vectors seal to ct‖tag and open back; invalid ones never open. */
function runAeadFile(name: string, make: (key: Uint8Array, tagBytes: number) => Aead): string[] {
  const wrong: string[] = [];
  for (const { group, test } of wycheproof<{ tagSize: number }>(name)) {
    const [key, iv, aad, msg] = [unhex(test.key), unhex(test.iv), unhex(test.aad), unhex(test.msg)];
    const sealed = unhex(`${test.ct}${test.tag}`);
    const aead = make(key, group.tagSize / 8);
    const opened = aead.open(iv, sealed, aad);
    if (test.result === "valid") {
      if (hex(aead.seal(iv, msg, aad)) !== hex(sealed)) wrong.push(`tcId ${test.tcId}: seal differs`);
      if (opened === null || hex(opened) !== hex(msg)) wrong.push(`tcId ${test.tcId}: did not open`);
    } else if (opened !== null) wrong.push(`tcId ${test.tcId} (${test.comment}): opened`);
  }
  return wrong;
}

describe("AES", () => {
  it("encrypts FIPS 197's example blocks (Appendix C) for 128-, 192- and 256-bit keys", () => {
    const input = Uint32Array.of(0x00112233, 0x44556677, 0x8899aabb, 0xccddeeff);
    const out = new Uint32Array(4);
    const expected = ["69c4e0d86a7b0430d8cdb78070b4c55a", "dda97ca4864cdfe06eaf70a0ec0d7191", "8ea2b7ca516745bfeafc49904b496089"];
    [16, 24, 32].forEach((n, i) => {
      aesEncryptBlock(aesExpandKey(Uint8Array.from({ length: n }, (_, j) => j)), input, out);
      expect([...out].map((w) => w.toString(16).padStart(8, "0")).join("")).toBe(expected[i]);
    });
  });
});

describe("AES-GCM", () => {
  it("passes all 316 Wycheproof AES-GCM vectors (229 valid, 87 invalid)", () => {
    expect(runAeadFile("aes_gcm_test.json", (key, tag) => new AesGcm(key, tag))).toEqual([]);
    expect(tally(wycheproof("aes_gcm_test.json").map((c) => c.test.result))).toEqual({ valid: 229, invalid: 87, acceptable: 0 });
  });

  it("refuses to seal with an empty nonce", () => {
    expect(() => new AesGcm(new Uint8Array(16)).seal(new Uint8Array(0), new Uint8Array(1), new Uint8Array(0))).toThrow(RangeError);
  });
});

describe("ChaCha20-Poly1305", () => {
  it("passes all 325 Wycheproof ChaCha20-Poly1305 vectors (256 valid, 69 invalid)", () => {
    expect(runAeadFile("chacha20_poly1305_test.json", (key) => new ChaCha20Poly1305(key))).toEqual([]);
    const t = tally(wycheproof("chacha20_poly1305_test.json").map((c) => c.test.result));
    expect(t).toEqual({ valid: 256, invalid: 69, acceptable: 0 });
  });

  it("gives RFC 8439's Poly1305 example tag (§2.5.2)", () => {
    const key = unhex("85d6be7857556d337f4452fe42d506a80103808afb0db2fd4abff6af4149f51b");
    const tag = new Poly1305(key).update(new TextEncoder().encode("Cryptographic Forum Research Group")).digest();
    expect(hex(tag)).toBe("a8061dc1305136c6c22b8baf0c0127a9");
  });

  it("gives Node's ChaCha20 key stream from any starting counter, across calls of any size", () => {
    const key = randomBytes(32);
    const nonce = randomBytes(12);
    const iv = Buffer.concat([Buffer.from([7, 0, 0, 0]), nonce]);
    const expected = createCipheriv("chacha20", key, iv).update(Buffer.alloc(1000)).toString("hex");
    const stream = new ChaCha20(key, nonce, 7);
    const parts = [1, 63, 64, 65, 300, 507].map((n) => hex(stream.xor(new Uint8Array(n))));
    expect(parts.join("")).toBe(expected);
  });
});

describe.each([
  ["aes-128-gcm", (k: Uint8Array) => new AesGcm(k), 16],
  ["aes-256-gcm", (k: Uint8Array) => new AesGcm(k), 32],
  ["chacha20-poly1305", (k: Uint8Array) => new ChaCha20Poly1305(k), 32],
] as const)("%s against Node", (alg, make, keyLength) => {
  it("seals what Node opens and opens what Node seals, for 200 random messages", () => {
    for (let n = 0; n < 200; n++) {
      const [key, nonce, pt, aad] = [randomBytes(keyLength), randomBytes(12), randomBytes(n * 7), randomBytes(n % 37)];
      const aead = make(key);
      const ours = aead.seal(nonce, pt, aad);
      expect(hex(ours)).toBe(nodeSeal(alg, key, nonce, pt, aad));
      expect(nodeOpen(alg, key, nonce, ours, aad)).toBe(hex(pt));
      expect(hex(aead.open(nonce, ours, aad) ?? new Uint8Array([0xee]))).toBe(hex(pt));
    }
  });

  it("opens nothing when one bit of the ciphertext, the tag or the associated data flips", () => {
    const [key, nonce, pt, aad] = [randomBytes(keyLength), randomBytes(12), randomBytes(100), randomBytes(13)];
    const aead = make(key);
    const sealed = aead.seal(nonce, pt, aad);
    for (let bit = 0; bit < sealed.length * 8; bit += 7) {
      const forged = sealed.slice();
      forged[bit >> 3] ^= 1 << (bit & 7);
      expect(aead.open(nonce, forged, aad)).toBeNull();
    }
    for (let bit = 0; bit < aad.length * 8; bit++) {
      const other = aad.slice();
      other[bit >> 3] ^= 1 << (bit & 7);
      expect(aead.open(nonce, sealed, other)).toBeNull();
    }
    expect(aead.open(nonce, sealed.subarray(0, 15), aad)).toBeNull();
  });
});
