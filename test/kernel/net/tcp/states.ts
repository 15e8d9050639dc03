// Script prefixes that bring a connection to a state, for chapter 33's packet-by-packet tests.

/** Passive open; the peer offers MSS 1000 and a window of 8192. */
export const ESTABLISHED_PASSIVE = `
listen
< S 0:0(0) win 8192 <mss 1000>
> S. 0:0(0) ack 1 win 65535 <mss 1460>
< . 1:1(0) ack 1 win 8192
state ESTABLISHED`;

/** Active open; the peer offers MSS 1000 and a window of 8192. */
export const ESTABLISHED_ACTIVE = `
connect
> S 0:0(0) win 65535 <mss 1460,sackOK,TS val 0 ecr 0,wscale 3>
< S. 0:0(0) ack 1 win 8192 <mss 1000>
> . 1:1(0) ack 1 win 65535
state ESTABLISHED`;

/** The `n` segments of 1000 bytes an established connection sends, from relative sequence number `from`. */
export function segmentsOut(from: number, n: number): string {
  return Array.from({ length: n }, (_, i) => `> . ${from + 1000 * i}:${from + 1000 * (i + 1)}(1000) ack 1 win 65535`).join("\n");
}

/** Slow start's first two rounds, the peer's window 20 000: four segments, the first acknowledged, two more. */
export const slowStartTwoRounds = (write: number): string => `
write ${write}
${segmentsOut(1, 4)}
+10 < . 1:1(0) ack 1001 win 20000
${segmentsOut(4001, 2)}`;
