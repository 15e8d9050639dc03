// chapter: 41-aeads
// From chapter 41 on, getrandom draws from the ChaCha20 generator: the booted kernel's pool has
// it installed, a program's getrandom goes through it, and its output still passes the checks
// the program makes (two draws share nothing).
import { describe, expect, it } from "vitest";
import { createSystem } from "../../../src/system/index.ts";
import { standardBootfs } from "../../../tools/mkbootfs.ts";

describe("getrandom on the ChaCha20 generator", () => {
  it("is installed at boot and serves a program's getrandom", () => {
    const system = createSystem({ bootfs: standardBootfs(), bootargs: "init=/tests/kt_getrandom" });
    const pool = system.kernel?.entropy;
    expect(pool?.generator).not.toBeNull();
    const generator = pool?.generator as { fill(out: Uint8Array): void };
    let drawn = 0;
    const fill = generator.fill.bind(generator);
    generator.fill = (out) => {
      drawn += out.length;
      fill(out);
    };
    system.runUntil(() => system.transcript.includes("NULL buffer"));
    expect(system.transcript).toContain("getrandom: 64 bytes, status 0");
    expect(system.transcript).toContain("getrandom: a second draw shares 0 of 64 bytes with the first");
    expect(drawn).toBeGreaterThanOrEqual(128);
  });
});
