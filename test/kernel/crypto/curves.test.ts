// chapter: 42-curves
// X25519, P-256 ECDH and ECDSA, P-384 ECDSA and Ed25519 verification (chapter 42): every vector
// of Wycheproof's five curve files with its expected result, the RFCs' examples, and agreement
// with Node's crypto on random keys and messages.
import { createECDH, createPublicKey, diffieHellman, generateKeyPairSync, randomBytes, sign, verify } from "node:crypto";
import { describe, expect, it } from "vitest";
import { bigIntToBytes, bytesToBigInt } from "../../../src/kernel/crypto/bigint.ts";
import {
  ecdsaSign,
  ecdsaSignatureFromDer,
  ecdsaSignatureFromRaw,
  ecdsaSignatureToDer,
  ecdsaVerify,
} from "../../../src/kernel/crypto/ecdsa.ts";
import { ed25519Verify } from "../../../src/kernel/crypto/ed25519.ts";
import type { HashAlgorithm } from "../../../src/kernel/crypto/hash.ts";
import { SHA256 } from "../../../src/kernel/crypto/sha256.ts";
import { SHA384 } from "../../../src/kernel/crypto/sha512.ts";
import {
  type Curve,
  ecAffine,
  ecBase,
  ecdh,
  ecMultiply,
  ecPrivateKey,
  ecPublicKey,
  P256,
  P384,
} from "../../../src/kernel/crypto/weierstrass.ts";
import { x25519, x25519PublicKey, x25519Shared } from "../../../src/kernel/crypto/x25519.ts";
import { hex, tally, unhex, wycheproof } from "./wycheproof.ts";

const ascii = (s: string) => new TextEncoder().encode(s);

describe("X25519", () => {
  it("passes all 518 Wycheproof X25519 vectors (264 valid, 254 acceptable), refusing exactly the all-zero secrets", () => {
    const cases = wycheproof<unknown>("x25519_test.json");
    const wrong: string[] = [];
    for (const { test } of cases) {
      const [priv, pub] = [unhex(test.private), unhex(test.public)];
      if (hex(x25519(priv, pub)) !== test.shared) wrong.push(`tcId ${test.tcId} (${test.comment}): wrong shared value`);
      const zero = /^0+$/.test(String(test.shared));
      if ((x25519Shared(priv, pub) === null) !== zero) wrong.push(`tcId ${test.tcId}: zero check`);
      if (zero !== test.flags.includes("ZeroSharedSecret")) wrong.push(`tcId ${test.tcId}: flag`);
    }
    expect(wrong).toEqual([]);
    expect(tally(cases.map((c) => c.test.result))).toEqual({ valid: 264, invalid: 0, acceptable: 254 });
  });

  it("gives RFC 7748 §5.2's result after 1 and 1000 iterations", () => {
    let k = unhex("0900000000000000000000000000000000000000000000000000000000000000");
    let u = k;
    for (let i = 1; i <= 1000; i++) {
      [k, u] = [x25519(k, u), k];
      if (i === 1) expect(hex(k)).toBe("422c8e7a6227d7bca1350b3e2bb7279f7897b87bb6854b783c60e80311ae3079");
    }
    expect(hex(k)).toBe("684cf59ba83309552800ef566f2f4d3c1c3887c49360e3875f2eb94d99532c51");
  });

  it("agrees with Node on random key pairs, both ways", () => {
    for (let i = 0; i < 20; i++) {
      const node = generateKeyPairSync("x25519");
      const nodePub = new Uint8Array(node.publicKey.export({ format: "der", type: "spki" }).subarray(-32));
      const ours = randomBytes(32);
      const ourPub = x25519PublicKey(ours);
      const spki = Buffer.concat([Buffer.from("302a300506032b656e032100", "hex"), ourPub]);
      const theirs = diffieHellman({ privateKey: node.privateKey, publicKey: createPublicKey({ key: spki, format: "der", type: "spki" }) });
      expect(hex(x25519Shared(ours, nodePub)!)).toBe(theirs.toString("hex"));
    }
  });
});

describe("P-256 and P-384", () => {
  it.each([
    ["P-256", P256],
    ["P-384", P384],
  ] as const)("%s: (n−1)·G is −G and n·G is the point at infinity", (_, c) => {
    expect(ecAffine(c, ecMultiply(c, c.n, ecBase(c)))).toBeNull();
    expect(ecAffine(c, ecMultiply(c, c.n - 1n, ecBase(c)))).toEqual({ x: c.gx, y: c.p - c.gy });
  });

  it("passes all 355 Wycheproof P-256 ECDH vectors (330 valid, 1 acceptable compressed point accepted, 24 invalid refused)", () => {
    const cases = wycheproof<unknown>("ecdh_secp256r1_ecpoint_test.json");
    const wrong: string[] = [];
    for (const { test } of cases) {
      const shared = ecdh(P256, unhex(test.private), unhex(test.public));
      if (test.result === "invalid") {
        if (shared !== null) wrong.push(`tcId ${test.tcId} (${test.comment}): accepted`);
      } else if (shared === null || hex(shared) !== test.shared) wrong.push(`tcId ${test.tcId} (${test.comment}): wrong`);
    }
    expect(wrong).toEqual([]);
    expect(tally(cases.map((c) => c.test.result))).toEqual({ valid: 330, invalid: 24, acceptable: 1 });
  });

  it("agrees with Node's P-256 ECDH on random keys", () => {
    for (let i = 0; i < 10; i++) {
      const node = createECDH("prime256v1");
      node.generateKeys();
      const ours = ecPrivateKey(P256, (out) => out.set(randomBytes(out.length)));
      const shared = ecdh(P256, ours, new Uint8Array(node.getPublicKey()));
      expect(hex(shared!)).toBe(node.computeSecret(ecPublicKey(P256, ours)).toString("hex"));
    }
  });
});

type EcdsaGroup = { publicKey: { uncompressed: string } };

/** Every vector of an ECDSA file, decoded with `decode`; returns the wrong outcomes. */
function runEcdsaFile(name: string, c: Curve, hash: HashAlgorithm, decode: (sig: Uint8Array) => ReturnType<typeof ecdsaSignatureFromDer>) {
  const cases = wycheproof<EcdsaGroup>(name);
  const wrong: string[] = [];
  for (const { group, test } of cases) {
    const sig = decode(unhex(test.sig));
    const ok = sig !== null && ecdsaVerify(c, hash, unhex(group.publicKey.uncompressed), unhex(test.msg), sig);
    if (ok !== (test.result === "valid")) wrong.push(`tcId ${test.tcId} (${test.comment}): ${ok ? "accepted" : "refused"}`);
  }
  return { wrong, counts: tally(cases.map((x) => x.test.result)) };
}

describe("ECDSA", () => {
  it("passes all 484 Wycheproof P-256/SHA-256 DER vectors (174 valid, 310 invalid)", () => {
    const { wrong, counts } = runEcdsaFile("ecdsa_secp256r1_sha256_test.json", P256, SHA256, ecdsaSignatureFromDer);
    expect(wrong).toEqual([]);
    expect(counts).toEqual({ valid: 174, invalid: 310, acceptable: 0 });
  });

  it("passes all 262 Wycheproof P-256/SHA-256 P1363 vectors (173 valid, 89 invalid)", () => {
    const decode = (sig: Uint8Array) => ecdsaSignatureFromRaw(P256, sig);
    const { wrong, counts } = runEcdsaFile("ecdsa_secp256r1_sha256_p1363_test.json", P256, SHA256, decode);
    expect(wrong).toEqual([]);
    expect(counts).toEqual({ valid: 173, invalid: 89, acceptable: 0 });
  });

  it("passes all 504 Wycheproof P-384/SHA-384 DER vectors (194 valid, 310 invalid)", () => {
    const { wrong, counts } = runEcdsaFile("ecdsa_secp384r1_sha384_test.json", P384, SHA384, ecdsaSignatureFromDer);
    expect(wrong).toEqual([]);
    expect(counts).toEqual({ valid: 194, invalid: 310, acceptable: 0 });
  });

  it("signs RFC 6979 A.2.5's 'sample' with its deterministic k", () => {
    const x = unhex("c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721");
    const sig = ecdsaSign(P256, SHA256, x, ascii("sample"));
    expect(hex(bigIntToBytes(sig.r, 32))).toBe("efd48b2aacb6a8fd1140dd9cd45e81d69d2c877b56aaf991c34d0ea84eaf3716");
    expect(hex(bigIntToBytes(sig.s, 32))).toBe("f7cb1c942d657c41d436c7a1b6e29f65f3e900dbb9aff4064dc4ab2f843acda8");
  });

  it.each([
    ["P-256", P256, SHA256, "prime256v1", "sha256"],
    ["P-384", P384, SHA384, "secp384r1", "sha384"],
  ] as const)("%s: Node verifies our signatures and we verify Node's", (_, c, hash, nodeCurve, nodeHash) => {
    for (let i = 0; i < 8; i++) {
      const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: nodeCurve });
      const jwk = privateKey.export({ format: "jwk" });
      const d = new Uint8Array(Buffer.from(jwk.d!, "base64url"));
      const pub = ecPublicKey(c, d);
      expect(hex(pub)).toBe(Buffer.from(publicKey.export({ format: "der", type: "spki" })).subarray(-pub.length).toString("hex"));
      const message = randomBytes(1 + i * 50);
      const ours = ecdsaSignatureToDer(ecdsaSign(c, hash, d, message));
      expect(verify(nodeHash, message, publicKey, ours)).toBe(true);
      const theirs = sign(nodeHash, message, privateKey);
      const parsed = ecdsaSignatureFromDer(new Uint8Array(theirs))!;
      expect(ecdsaVerify(c, hash, pub, message, parsed)).toBe(true);
      expect(ecdsaVerify(c, hash, pub, Buffer.concat([message, Buffer.of(0)]), parsed)).toBe(false);
      expect(ecdsaVerify(c, hash, pub, message, { r: parsed.r, s: (parsed.s + 1n) % c.n })).toBe(false);
    }
  });
});

describe("Ed25519 verification", () => {
  it("verifies RFC 8032 §7.1's TEST 1 and TEST 3, and refuses them altered", () => {
    const t1pub = unhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    const t1sig = unhex(
      "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
    );
    expect(ed25519Verify(t1pub, new Uint8Array(0), t1sig)).toBe(true);
    expect(ed25519Verify(t1pub, Uint8Array.of(0), t1sig)).toBe(false);
    const t3pub = unhex("fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025");
    const t3sig = unhex(
      "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a",
    );
    expect(ed25519Verify(t3pub, unhex("af82"), t3sig)).toBe(true);
    const bad = t3sig.slice();
    bad[40] ^= 1;
    expect(ed25519Verify(t3pub, unhex("af82"), bad)).toBe(false);
  });

  it("verifies Node's signatures on random messages, and refuses S + L (malleability)", () => {
    const L = 2n ** 252n + 27742317777372353535851937790883648493n;
    for (let i = 0; i < 20; i++) {
      const { privateKey, publicKey } = generateKeyPairSync("ed25519");
      const pub = new Uint8Array(publicKey.export({ format: "der", type: "spki" }).subarray(-32));
      const message = randomBytes(i * 13);
      const sig = new Uint8Array(sign(null, message, privateKey));
      expect(ed25519Verify(pub, message, sig)).toBe(true);
      const s = bytesToBigInt(sig.slice(32).reverse()) + L;
      const malleable = Uint8Array.of(...sig.subarray(0, 32), ...bigIntToBytes(s, 32).reverse());
      expect(ed25519Verify(pub, message, malleable)).toBe(false);
    }
  });
});
