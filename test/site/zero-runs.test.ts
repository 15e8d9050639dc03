// chapter: 23-consoles
// The boot filesystem's packing for the live machine's worker gives back exactly the archive.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packZeroRuns, unpackZeroRuns } from "../../src/components/live/zero-runs.ts";
import { standardBootfs } from "../../tools/mkbootfs.ts";

describe("zero-run packing", () => {
  it("round-trips the standard boot filesystem and makes it smaller", () => {
    const archive = standardBootfs([], join(import.meta.dirname, "../../build/user"));
    const packed = packZeroRuns(archive);
    expect(packed.length).toBeLessThan(archive.length * 0.6);
    expect(unpackZeroRuns(packed, archive.length)).toEqual(archive);
  });

  it("round-trips edge cases: empty, all zeros, short runs, zeros at either end, long counts", () => {
    const cases = [
      new Uint8Array(0),
      new Uint8Array(100_000),
      Uint8Array.from([1, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3]),
      Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 6, 0, 0, 0, 0, 0, 0, 0, 0]),
      Uint8Array.from(readFileSync(join(import.meta.dirname, "../../build/user/hello"))),
    ];
    for (const bytes of cases) expect(unpackZeroRuns(packZeroRuns(bytes), bytes.length)).toEqual(bytes);
  });
});
