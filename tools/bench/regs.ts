// npm run --silent bench:regs — the measurement behind the CPU's register file (chapter "The
// CPU", "Registers: 64 bits without BigInt"). The same register-machine loop — 64-bit add,
// xor, a shift, a load through a register-held address and a compare that sets flags, between
// registers picked at run time, as an interpreter executes them — runs
// over three representations of 31 registers:
//   halves:   one Int32Array, low and high words side by side (what the CPU uses)
//   bigint64: a BigUint64Array, BigInt arithmetic
//   bigint:   an array of BigInt values
// and prints millions of simulated instructions per second.
import { readCommand } from "../lib/args.ts";

readCommand({
  name: "bench:regs",
  usage: "npm run --silent bench:regs",
  summary: `The measurement behind the CPU's register file: one register-machine loop over three representations
of 31 64-bit registers (Int32Array halves, BigUint64Array, BigInt array), in millions of simulated
instructions per second. Prints figures; asserts nothing.`,
  options: {},
});

const N = 5_000_000;
const MEM = new DataView(new ArrayBuffer(1 << 16));
let flagN = 0;
let flagZ = 0;
let flagC = 0;
const OPS = new Int32Array(4096);
for (let i = 0; i < OPS.length; i++) OPS[i] = ((i * 2654435761) >>> 0) % 5 | ((i * 7) % 31 << 2) | ((i * 13) % 31 << 7) | ((i * 5) % 31 << 12);

function halves(): number {
  const R = new Int32Array(64);
  for (let i = 0; i < 62; i++) R[i] = i * 0x01010101;
  for (let k = 0; k < N; k++) {
    const w = OPS[k & 4095];
    const d = ((w >> 2) & 31) * 2;
    const a = ((w >> 7) & 31) * 2;
    const b = ((w >> 12) & 31) * 2;
    switch (w & 3) {
      case 0: {
        const s = (R[a] >>> 0) + (R[b] >>> 0);
        R[d + 1] = (R[a + 1] + R[b + 1] + (s > 0xffffffff ? 1 : 0)) | 0;
        R[d] = s | 0;
        break;
      }
      case 1:
        R[d] = R[a] ^ R[b];
        R[d + 1] = R[a + 1] ^ R[b + 1];
        break;
      case 2: {
        const lo = R[a];
        R[d + 1] = (R[a + 1] << 3) | (lo >>> 29);
        R[d] = lo << 3;
        break;
      }
      case 3: {
        const o = (R[a] + R[b]) & 0xfff8;
        R[d] = MEM.getInt32(o, true);
        R[d + 1] = MEM.getInt32(o + 4, true);
        break;
      }
      default: {
        const s = (R[a] >>> 0) - (R[b] >>> 0);
        const hi = (R[a + 1] - R[b + 1] - (s < 0 ? 1 : 0)) | 0;
        flagN = hi;
        flagZ = (s | 0) | hi;
        flagC = (R[a + 1] >>> 0) > (R[b + 1] >>> 0) || (R[a + 1] === R[b + 1] && s >= 0) ? 1 : 0;
      }
    }
  }
  return R[0] ^ R[1] ^ flagN ^ flagZ ^ flagC;
}

function bigint64(): number {
  const R = new BigUint64Array(32);
  for (let i = 0; i < 31; i++) R[i] = BigInt(i) * 0x0101010101010101n;
  for (let k = 0; k < N; k++) {
    const w = OPS[k & 4095];
    const d = (w >> 2) & 31;
    const a = (w >> 7) & 31;
    const b = (w >> 12) & 31;
    switch (w & 3) {
      case 0:
        R[d] = R[a] + R[b];
        break;
      case 1:
        R[d] = R[a] ^ R[b];
        break;
      case 2:
        R[d] = R[a] << 3n;
        break;
      case 3:
        R[d] = MEM.getBigUint64(Number((R[a] + R[b]) & 0xfff8n), true);
        break;
      default: {
        const r = BigInt.asUintN(64, R[a] - R[b]);
        flagN = Number(r >> 63n);
        flagZ = r === 0n ? 0 : 1;
        flagC = R[a] >= R[b] ? 1 : 0;
      }
    }
  }
  return Number(R[0] & 0xffffn) ^ flagN ^ flagZ ^ flagC;
}

function bigintArray(): number {
  const R: bigint[] = [];
  for (let i = 0; i < 32; i++) R.push(BigInt(i) * 0x0101010101010101n);
  for (let k = 0; k < N; k++) {
    const w = OPS[k & 4095];
    const d = (w >> 2) & 31;
    const a = (w >> 7) & 31;
    const b = (w >> 12) & 31;
    switch (w & 3) {
      case 0:
        R[d] = BigInt.asUintN(64, R[a] + R[b]);
        break;
      case 1:
        R[d] = R[a] ^ R[b];
        break;
      case 2:
        R[d] = BigInt.asUintN(64, R[a] << 3n);
        break;
      case 3:
        R[d] = MEM.getBigUint64(Number((R[a] + R[b]) & 0xfff8n), true);
        break;
      default: {
        const r = BigInt.asUintN(64, R[a] - R[b]);
        flagN = Number(r >> 63n);
        flagZ = r === 0n ? 0 : 1;
        flagC = R[a] >= R[b] ? 1 : 0;
      }
    }
  }
  return Number(R[0] & 0xffffn) ^ flagN ^ flagZ ^ flagC;
}

for (const [name, f] of [
  ["halves (Int32Array)", halves],
  ["BigUint64Array", bigint64],
  ["BigInt array", bigintArray],
] as const) {
  f(); // warm up
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  const s = (c.user + c.system) / 1e6;
  console.log(`${name.padEnd(22)} ${(N / s / 1e6).toFixed(1).padStart(7)} M ops/s`);
}
