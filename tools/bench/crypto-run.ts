// The measurements of npm run bench:crypto (tools/bench/crypto.ts loads this file once its
// options are read, so that --help works in states of the book before chapter 40).
import * as nc from "node:crypto";
import { ChaCha20Poly1305 } from "../../src/kernel/crypto/chacha20poly1305.ts";
import { ChaChaDrbg } from "../../src/kernel/crypto/drbg.ts";
import { ecdsaSign, ecdsaSignatureFromDer, ecdsaSignatureToDer, ecdsaVerify } from "../../src/kernel/crypto/ecdsa.ts";
import { ed25519Verify } from "../../src/kernel/crypto/ed25519.ts";
import { AesGcm } from "../../src/kernel/crypto/gcm.ts";
import { hashBytes } from "../../src/kernel/crypto/hash.ts";
import { hkdf } from "../../src/kernel/crypto/hkdf.ts";
import { hmac } from "../../src/kernel/crypto/hmac.ts";
import { rsaPublicKey, rsaVerifyPkcs1, rsaVerifyPss } from "../../src/kernel/crypto/rsa.ts";
import { SHA256 } from "../../src/kernel/crypto/sha256.ts";
import { SHA384, SHA512 } from "../../src/kernel/crypto/sha512.ts";
import { type Curve, ecdh, ecPublicKey, P256, P384 } from "../../src/kernel/crypto/weierstrass.ts";
import { x25519, x25519PublicKey } from "../../src/kernel/crypto/x25519.ts";

/** Calls per second of `fn`, measured for `ms` after a warm-up of a tenth of that. */
function rate(fn: () => void, ms: number): number {
  for (const budget of [ms / 10, ms]) {
    const start = performance.now();
    let calls = 0;
    while (performance.now() - start < budget) {
      fn();
      calls++;
    }
    if (budget === ms) return (calls * 1000) / (performance.now() - start);
  }
  return 0;
}

function row(name: string, unit: "MB/s" | "ops/s", ours: number, node: number): void {
  const f = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1)).padStart(10);
  console.log(`${name.padEnd(28)} ${f(ours)} ${f(node)}  ${unit.padEnd(5)} ${(ours / node).toFixed(3).padStart(8)}`);
}

function bulk(name: string, ms: number, ours: (b: Uint8Array) => void, node: (b: Uint8Array) => void): void {
  const buf = nc.randomBytes(65536);
  const mb = buf.length / 1e6;
  row(name, "MB/s", rate(() => ours(buf), ms) * mb, rate(() => node(buf), ms) * mb);
}

function ops(name: string, ms: number, ours: () => void, node: () => void): void {
  row(name, "ops/s", rate(ours, ms), rate(node, ms));
}

/** Bulk rows: hashes, MACs, AEADs, the generator. */
function benchBulk(ms: number): void {
  const key32 = nc.randomBytes(32);
  const key16 = nc.randomBytes(16);
  const nonce = nc.randomBytes(12);
  const aad = new Uint8Array(13);
  const nodeAead = (alg: string, key: Uint8Array) => (b: Uint8Array) => {
    const c = nc.createCipheriv(alg as "aes-128-gcm", key, nonce, { authTagLength: 16 });
    c.setAAD(aad);
    c.update(b);
    c.final();
    c.getAuthTag();
  };
  for (const [alg, name] of [[SHA256, "sha256"], [SHA384, "sha384"], [SHA512, "sha512"]] as const) {
    bulk(alg.name, ms, (b) => hashBytes(alg, b), (b) => nc.createHash(name).update(b).digest());
  }
  bulk("HMAC-SHA-256", ms, (b) => hmac(SHA256, key32, b), (b) => nc.createHmac("sha256", key32).update(b).digest());
  const gcm128 = new AesGcm(key16);
  const gcm256 = new AesGcm(key32);
  const chacha = new ChaCha20Poly1305(key32);
  bulk("AES-128-GCM seal", ms, (b) => gcm128.seal(nonce, b, aad), nodeAead("aes-128-gcm", key16));
  bulk("AES-256-GCM seal", ms, (b) => gcm256.seal(nonce, b, aad), nodeAead("aes-256-gcm", key32));
  bulk("ChaCha20-Poly1305 seal", ms, (b) => chacha.seal(nonce, b, aad), nodeAead("chacha20-poly1305", key32));
  const drbg = ChaChaDrbg.fromSource({ seeded: true, read: (out) => nc.randomFillSync(out) })!;
  bulk("ChaCha20 DRBG (64 KiB fills)", ms, (b) => drbg.fill(b), (b) => nc.randomFillSync(b));
  ops(
    "HKDF-SHA-256 (32 → 64 B)",
    ms,
    () => hkdf(SHA256, key32, key16, aad, 64),
    () => nc.hkdfSync("sha256", key32, key16, aad, 64),
  );
}

/** Public-key rows: key agreement, signatures, verification. */
function benchPublicKey(ms: number): void {
  const priv = nc.randomBytes(32);
  const peer = x25519PublicKey(nc.randomBytes(32));
  const nodeX = nc.generateKeyPairSync("x25519");
  const nodePeer = nc.generateKeyPairSync("x25519").publicKey;
  ops("X25519 shared secret", ms, () => x25519(priv, peer), () => nc.diffieHellman({ privateKey: nodeX.privateKey, publicKey: nodePeer }));
  const ecNode = nc.createECDH("prime256v1");
  const ecPeer = ecNode.generateKeys();
  const ours = nc.createECDH("prime256v1");
  ours.generateKeys();
  const d = new Uint8Array(ours.getPrivateKey());
  ops("P-256 ECDH", ms, () => ecdh(P256, d, ecPeer), () => ecNode.computeSecret(ecPeer));
  for (const [c, hash, curve, name] of [[P256, SHA256, "prime256v1", "sha256"], [P384, SHA384, "secp384r1", "sha384"]] as const) {
    benchEcdsa(ms, c, hash, curve, name);
  }
  const ed = nc.generateKeyPairSync("ed25519");
  const edPub = new Uint8Array(ed.publicKey.export({ format: "der", type: "spki" }).subarray(-32));
  const msg = nc.randomBytes(100);
  const edSig = new Uint8Array(nc.sign(null, msg, ed.privateKey));
  ops("Ed25519 verify", ms, () => ed25519Verify(edPub, msg, edSig), () => nc.verify(null, msg, ed.publicKey, edSig));
  for (const bits of [2048, 4096]) benchRsa(ms, bits);
}

function benchEcdsa(ms: number, c: Curve, hash: typeof SHA256, curve: string, name: string): void {
  const pair = nc.generateKeyPairSync("ec", { namedCurve: curve });
  const d = new Uint8Array(Buffer.from(pair.privateKey.export({ format: "jwk" }).d!, "base64url"));
  const pub = ecPublicKey(c, d);
  const msg = nc.randomBytes(100);
  const der = nc.sign(name, msg, pair.privateKey);
  const sig = ecdsaSignatureFromDer(new Uint8Array(der))!;
  ops(`ECDSA ${c.name} sign`, ms, () => ecdsaSignatureToDer(ecdsaSign(c, hash, d, msg)), () => nc.sign(name, msg, pair.privateKey));
  ops(`ECDSA ${c.name} verify`, ms, () => ecdsaVerify(c, hash, pub, msg, sig), () => nc.verify(name, msg, pair.publicKey, der));
}

function benchRsa(ms: number, bits: number): void {
  const pair = nc.generateKeyPairSync("rsa", { modulusLength: bits });
  const jwk = pair.publicKey.export({ format: "jwk" });
  const key = rsaPublicKey(new Uint8Array(Buffer.from(jwk.n!, "base64url")), new Uint8Array(Buffer.from(jwk.e!, "base64url")))!;
  const msg = nc.randomBytes(100);
  const pkcs1 = nc.sign("sha256", msg, pair.privateKey);
  const pssKey = { key: pair.publicKey, padding: nc.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 };
  const pss = nc.sign("sha256", msg, { ...pssKey, key: pair.privateKey });
  ops(`RSA-${bits} PKCS#1 v1.5 verify`, ms, () => rsaVerifyPkcs1(key, SHA256, msg, pkcs1), () => nc.verify("sha256", msg, pair.publicKey, pkcs1));
  ops(`RSA-${bits} PSS verify`, ms, () => rsaVerifyPss(key, SHA256, msg, pss), () => nc.verify("sha256", msg, pssKey, pss));
}

/** Prints the table: bulk primitives, then public-key operations. */
export function benchCrypto(ms: number): void {
  console.log(`${"primitive".padEnd(28)} ${"book".padStart(10)} ${"node".padStart(10)}  unit  book/node`);
  benchBulk(ms);
  benchPublicKey(ms);
}
