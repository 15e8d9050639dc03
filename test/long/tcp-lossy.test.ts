// chapter: 33-tcp
// Issue 14's lossy suite: 4 MiB between two TCP hosts over chapter 7's seeded Wire — 10 % loss,
// 5 % duplication, 2–12 ms delay (which reorders) — for 100 seeds. Every byte arrives in order and
// both sides close cleanly. About a minute; run by .ci/run as `npm run test:tcp-lossy`.
import { describe, it } from "vitest";
import { expectClean, transfer } from "../kernel/net/tcp/transfer.ts";

const SIZE = 4 << 20;

describe("4 MiB over a lossy, reordering, duplicating wire", () => {
  for (let seed = 1; seed <= 100; seed++) {
    it(`delivers every byte in order and closes cleanly (seed ${seed})`, () => expectClean(transfer(seed, SIZE), SIZE));
  }
});
