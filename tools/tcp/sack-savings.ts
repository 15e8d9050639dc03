// SACK against NewReno on the same seeded lossy wire (chapter 33): one transfer with SACK and one
// with it turned off (TcpHost.sack), per seed, and the bytes each sender retransmitted. bench:tcp
// prints the figures (`npm run bench:tcp -- --sack`); chapter 33 quotes them.
import { LOSSY, transfer } from "./transfer.ts";

/** 3 % loss with no reordering or duplication: windows grow, so one window can lose several segments. */
export const LOSS_3 = { delayMicros: 2000, jitterMicros: 0, loss: 0.03, duplicate: 0 };

export interface SackRow {
  seed: number;
  /** Bytes retransmitted with SACK, and with NewReno; both transfers delivered every byte. */
  sack: number;
  newReno: number;
}

/** Both transfers of `size` bytes for each seed; throws if either lost a byte. */
export function sackSavings(seeds: number[], size: number, faults = LOSSY): SackRow[] {
  return seeds.map((seed) => {
    const [withSack, without] = [transfer(seed, size, faults, true), transfer(seed, size, faults, false)];
    for (const r of [withSack, without]) {
      if (Buffer.compare(r.received, r.data) !== 0) throw new Error(`sack-savings: seed ${seed} lost bytes`);
    }
    if (!withSack.client.sackOk || without.client.sackOk) throw new Error("sack-savings: SACK not as asked");
    return { seed, sack: withSack.client.retransmittedBytes, newReno: without.client.retransmittedBytes };
  });
}
