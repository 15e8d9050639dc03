// The boot filesystem travels inside the worker's script (bootfs-plugin.ts), and more than half of
// it is zeros: the padding of ELF segments and cpio records. Runs of zeros are written as a count,
// so the worker's script shrinks from ~660 to ~380 KiB, which the page fetches and compiles before
// the machine can boot. (gzip would make it smaller still, but the browser's DecompressionStream
// goes through byte streams, which may detach an ArrayBuffer in the worker, and one detach slows
// every typed-array access of the CPU's run loop: chapters/04c-cpu-system.mdx, "How fast".)
//
// Format: records of [literal count][literal bytes][zero count], counts as LEB128 varints; the
// last record may stop after its literal bytes.

/** Zero runs at least this long are counted, shorter ones are kept as they are. */
const MIN_RUN = 8;

function pushVarint(out: number[], n: number): void {
  let v = n;
  while (v >= 128) {
    out.push((v % 128) | 128);
    v = Math.floor(v / 128);
  }
  out.push(v);
}

/** `bytes` with every run of MIN_RUN or more zeros replaced by its length. */
export function packZeroRuns(bytes: Uint8Array): Uint8Array {
  const out: number[] = [];
  let start = 0;
  let i = 0;
  while (i <= bytes.length) {
    let run = 0;
    while (i + run < bytes.length && bytes[i + run] === 0) run++;
    if (run >= MIN_RUN || i === bytes.length) {
      pushVarint(out, i - start);
      for (let k = start; k < i; k++) out.push(bytes[k]);
      if (i === bytes.length) break;
      pushVarint(out, run);
      i += run;
      start = i;
    } else {
      i += Math.max(1, run);
    }
  }
  return Uint8Array.from(out);
}

/** The `size` bytes `packed` stands for. */
export function unpackZeroRuns(packed: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size);
  let i = 0;
  let o = 0;
  const varint = (): number => {
    let v = 0;
    let scale = 1;
    let b: number;
    do {
      b = packed[i++];
      v += (b & 127) * scale;
      scale *= 128;
    } while (b & 128);
    return v;
  };
  while (i < packed.length) {
    const literal = varint();
    out.set(packed.subarray(i, i + literal), o);
    i += literal;
    o += literal;
    if (i < packed.length) o += varint();
  }
  return out;
}
