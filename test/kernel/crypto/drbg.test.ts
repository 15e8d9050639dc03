// chapter: 41-aeads
// The ChaCha20 fast-key-erasure generator (chapter 41) over chapter 24's entropy pool: it waits
// for a seeded pool, its output is ChaCha20's key stream after the 32 bytes that replace the key,
// it never repeats a key, and it takes fresh bytes from the pool after DRBG_RESEED_BYTES.
import { createCipheriv } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ChaChaDrbg, DRBG_MAX_REQUEST, DRBG_RESEED_BYTES, type EntropySource } from "../../../src/kernel/crypto/drbg.ts";
import { EntropyPool } from "../../../src/kernel/drivers/entropy.ts";
import { hex } from "./wycheproof.ts";

/** A source that hands out a counter's bytes and counts its reads. */
class CountingSource implements EntropySource {
  seeded = true;
  reads = 0;
  read(out: Uint8Array): void {
    this.reads++;
    out.fill(this.reads);
  }
}

/** ChaCha20(key, nonce 0, counter 0)'s first n bytes, by Node. */
function nodeStream(key: Uint8Array, n: number): Buffer {
  return createCipheriv("chacha20", key, Buffer.alloc(16)).update(Buffer.alloc(n));
}

describe("the ChaCha20 generator", () => {
  it("is not made from an unseeded pool, and is once virtio-rng's 32 bytes are credited", () => {
    const pool = new EntropyPool();
    pool.mix(new Uint8Array(32).fill(9), 0);
    expect(ChaChaDrbg.fromSource(pool)).toBeNull();
    pool.mix(new Uint8Array(32).fill(7), 8);
    expect(ChaChaDrbg.fromSource(pool)).not.toBeNull();
  });

  it("outputs the key stream after the 32 bytes that become the next key (fast key erasure)", () => {
    const source = new CountingSource();
    const drbg = ChaChaDrbg.fromSource(source)!;
    const first = new Uint8Array(100);
    drbg.fill(first);
    const stream1 = nodeStream(new Uint8Array(32).fill(1), 132);
    expect(hex(first)).toBe(stream1.subarray(32).toString("hex"));
    const second = new Uint8Array(10);
    drbg.fill(second);
    expect(hex(second)).toBe(nodeStream(stream1.subarray(0, 32), 42).subarray(32).toString("hex"));
  });

  it("gives the same bytes from pools given the same entropy, and different bytes otherwise", () => {
    const draw = (fill: number) => {
      const pool = new EntropyPool();
      pool.mix(new Uint8Array(32).fill(fill), 8);
      const out = new Uint8Array(64);
      ChaChaDrbg.fromSource(pool)!.fill(out);
      return hex(out);
    };
    expect(draw(1)).toBe(draw(1));
    expect(draw(1)).not.toBe(draw(2));
  });

  it("reads the source again after DRBG_RESEED_BYTES, and refuses requests over the maximum", () => {
    const source = new CountingSource();
    const drbg = ChaChaDrbg.fromSource(source)!;
    const chunk = new Uint8Array(DRBG_MAX_REQUEST);
    for (let given = 0; given < DRBG_RESEED_BYTES; given += chunk.length) drbg.fill(chunk);
    expect(source.reads).toBe(1);
    drbg.fill(new Uint8Array(1));
    expect(source.reads).toBe(2);
    expect(() => drbg.fill(new Uint8Array(DRBG_MAX_REQUEST + 1))).toThrow(RangeError);
  });
});
