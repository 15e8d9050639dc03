// A small deterministic generator (xorshift32) for the TLS fuzzers: every failure replays from its seed.
export function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

/** `bytes` with 1 to 3 random bytes changed, and where. */
export function mutate(bytes: Uint8Array, next: () => number): { bytes: Uint8Array; changed: number[] } {
  const out = bytes.slice();
  const changed: number[] = [];
  for (let k = 1 + Math.floor(next() * 3); k > 0; k--) {
    const at = Math.floor(next() * out.length);
    out[at] ^= 1 + Math.floor(next() * 255);
    changed.push(at);
  }
  return { bytes: out, changed };
}
