// chapter: 33-tcp
// Two TCP hosts joined by chapter 7's seeded Wire on a virtual clock: 10 % loss, 5 % duplication
// and up to 10 ms of jitter (which reorders). 256 KiB for 20 seeds and 4 MiB for one: every byte
// arrives in order, both sides close cleanly, and the out-of-order queue never holds more than the
// window. The 100-seed 4 MiB suite is test/long/tcp-lossy.test.ts (`npm run test:tcp-lossy`).
import { describe, it } from "vitest";
import { expectClean, transfer } from "./transfer.ts";

describe("a transfer over a lossy, reordering, duplicating wire", () => {
  for (let seed = 1; seed <= 20; seed++) {
    it(`delivers 256 KiB in order and closes cleanly (seed ${seed})`, () => expectClean(transfer(seed, 256 * 1024), 256 * 1024));
  }
  it("delivers 4 MiB in order and closes cleanly (seed 101)", () => expectClean(transfer(101, 4 << 20), 4 << 20));
});
