// chapter: 04t-cpu-translate
// The translator's WebAssembly back end (chapter 4t) against the interpreter: every template
// family in a loop (so the default policy, "loops", makes it a Wasm block) at the edge inputs
// (0, -1, INT64_MIN, INT64_MAX, 0x7fffffff/0x80000000, division by zero, MIN / -1), compared by
// lockstep; seeded random register-only loops; the exact instruction count of every budget;
// rewritten code dropped (the wrapper returns NaN); the "off" and "all" policies; and the fall
// back to JavaScript blocks when WebAssembly.Module refuses to compile.
// The fixed programs' words were produced with `llvm-mc -triple=aarch64 -show-encoding` from the
// assembly beside each; the random generator's encoders were checked against llvm-mc the same way
// (every instruction of 300 seeds assembled by llvm-mc gave the generator's word).
import { describe, expect, it } from "vitest";
import { Bus } from "../../src/emulator/bus/bus.ts";
import { Cpu } from "../../src/emulator/cpu/cpu.ts";
import { lockstep, state } from "../../src/emulator/cpu/translate/lockstep.ts";
import type { WasmUse } from "../../src/emulator/cpu/translate/wasm.ts";
import { EXIT_HALT } from "../../src/machine/door.ts";
import { RAM_BASE } from "../../src/machine/memory-map.ts";

/** A 1 MiB machine with `words` at RAM_BASE, at EL1 with the MMU off, translating on sight. */
function machine(words: number[], translate: boolean, wasm: WasmUse = "loops") {
  const bus = new Bus(RAM_BASE, 1 << 20);
  const cpu = new Cpu(bus);
  cpu.setTranslation(translate, 1, wasm);
  for (let i = 0; i < words.length; i++) bus.ramView.setUint32(i * 4, words[i] >>> 0, true);
  cpu.reset(RAM_BASE, 1);
  cpu.sp = BigInt(RAM_BASE + 0x8_0000);
  cpu.door.setVectorHandler(() => EXIT_HALT);
  return { bus, cpu };
}

/**
 * The architectural state, but for the PC of a halted CPU: where the halt leaves it is the tier's
 * business (lockstep does not compare it either). `same` below compares the PC before the brk.
 */
function settled(c: Cpu): string[] {
  return state(c).filter((line) => !(c.halted && line.startsWith("pc=")));
}

/**
 * Runs `words` translating (policy `wasm`) and interpreting, compared after every block and at
 * the end; then again, stopped one instruction short of the halting brk, compared with the PC.
 */
function compare(words: number[], wasm: WasmUse = "loops", budget = 100_000) {
  const fast = machine(words, true, wasm);
  const slow = machine(words, false);
  expect(lockstep(fast.cpu, slow.cpu, budget)).toBeNull();
  expect(fast.cpu.halted).toBe(true);
  expect(settled(fast.cpu)).toEqual(settled(slow.cpu));
  // The policy is turned off only by a WebAssembly.Module that refuses: never by a block of ours.
  expect(fast.cpu.tx?.wasm).toBe(wasm);
  const before = [machine(words, true, wasm).cpu, machine(words, false).cpu];
  for (const c of before) c.run(slow.cpu.instret - 1);
  expect(before[0].halted).toBe(false);
  expect(state(before[0])).toEqual(state(before[1]));
  return fast.cpu;
}

// The inputs every family loop reads (never written by it): x0..x9, the digest x20, the count x28.
const PRE = [
  0xd2800000, // movz x0, #0
  0x92800001, // movn x1, #0
  0xd2f00002, // movz x2, #0x8000, lsl #48
  0x92f00003, // movn x3, #0x8000, lsl #48
  0xd29fffe4, // movz x4, #0xffff
  0xf2afffe4, // movk x4, #0x7fff, lsl #16
  0xd2b00005, // movz x5, #0x8000, lsl #16
  0xd2800026, // movz x6, #1
  0xd2e24687, // movz x7, #0x1234, lsl #48       (movz first: see "movk into the top halfword")
  0xf2cacf07, // movk x7, #0x5678, lsl #32
  0xf2b35787, // movk x7, #0x9abc, lsl #16
  0xf29bde07, // movk x7, #0xdef0
  0xd29fffe8, // movz x8, #0xffff
  0xf2bfffe8, // movk x8, #0xffff, lsl #16
  0xd2ffdb89, // movz x9, #0xfedc, lsl #48
  0xf2d75309, // movk x9, #0xba98, lsl #32
  0xf2aeca89, // movk x9, #0x7654, lsl #16
  0xf2864209, // movk x9, #0x3210
  0xd2800014, // movz x20, #0
  0xd280007c, // movz x28, #3
];

// After each flag-setting instruction: N, Z, C and V into the digest x20, four bits a time.
const F = [
  0x1a9f57f8, // cset w24, mi
  0x1a9f17f9, // cset w25, eq
  0x1a9f37fa, // cset w26, hs
  0x1a9f77fb, // cset w27, vs
  0x8b140714, // add x20, x24, x20, lsl #1
  0x8b140734, // add x20, x25, x20, lsl #1
  0x8b140754, // add x20, x26, x20, lsl #1
  0x8b140774, // add x20, x27, x20, lsl #1
];

/** `cbnz x28, #-4k` (0xb5000000 | imm19 << 5 | Rt; `cbnz x28, #-8` is 0xb5ffffdc). */
function cbnz28(k: number): number {
  return (0xb5000000 | ((-k & 0x7ffff) << 5) | 28) >>> 0;
}

/** PRE, then `body` as a loop run x28 times (sub, cbnz back to its start), then brk. */
function loop(body: number[]): number[] {
  return [
    ...PRE,
    ...body,
    0xd100079c, // sub x28, x28, #1
    cbnz28(body.length + 1),
    0xd4200000, // brk #0
  ];
}

/** The loop bodies, one per template family. */
const FAMILIES: Record<string, number[]> = {
  // 64-bit adds/subs: carries, overflows, zero, at 0, -1, INT64_MIN, INT64_MAX
  adds64: [
  0xab01000a, // adds x10, x0, x1
  ...F,
  0xab06002a, // adds x10, x1, x6
  ...F,
  0xab06006a, // adds x10, x3, x6
  ...F,
  0xab01004a, // adds x10, x2, x1
  ...F,
  0xab02004a, // adds x10, x2, x2
  ...F,
  0xeb06004a, // subs x10, x2, x6
  ...F,
  0xeb06000a, // subs x10, x0, x6
  ...F,
  0xeb0600ca, // subs x10, x6, x6
  ...F,
  ],
  // 64-bit compares and immediate forms
  adds64b: [
    0xab00002f, // adds x15, x1, x0               (+ 0: no carry, whatever the first operand)
    ...F,
    0xb10000ff, // cmn x7, #0
    ...F,
  0xeb02007f, // cmp x3, x2
  ...F,
  0xab02005f, // cmn x2, x2
  ...F,
  0xab870d2b, // adds x11, x9, x7, asr #3
  ...F,
  0xb100046c, // adds x12, x3, #1
  ...F,
  0xf100040d, // subs x13, x0, #1
  ...F,
  0xf140044e, // subs x14, x2, #1, lsl #12
  ...F,
  0x8b06006f, // add x15, x3, x6
  0xcb060050, // sub x16, x2, x6
  0x8b07f131, // add x17, x9, x7, lsl #60
  0xcb470532, // sub x18, x9, x7, lsr #1
  ],
  // 32-bit adds/subs: 0x7fffffff/0x80000000 pairs, 0xffffffff + 1
  adds32: [
    0x2b00010f, // adds w15, w8, w0               (+ 0: no carry)
    ...F,
  0x2b06008a, // adds w10, w4, w6
  ...F,
  0x2b0500aa, // adds w10, w5, w5
  ...F,
  0x2b06010a, // adds w10, w8, w6
  ...F,
  0x6b0600aa, // subs w10, w5, w6
  ...F,
  0x6b06000a, // subs w10, w0, w6
  ...F,
  0x6b05009f, // cmp w4, w5
  ...F,
  0x2b08011f, // cmn w8, w8
  ...F,
  0x2b47152b, // adds w11, w9, w7, lsr #5
  ...F,
  0x710004ac, // subs w12, w5, #1
  ...F,
  0x3100048d, // adds w13, w4, #1
  ...F,
  0x6b0404ae, // subs w14, w5, w4, lsl #1
  ...F,
  0x0b06010f, // add w15, w8, w6
  0x4b060010, // sub w16, w0, w6
  0x0b877d31, // add w17, w9, w7, asr #31
  0x517ffcb2, // sub w18, w5, #4095, lsl #12
  ],
  // logical (shifted register, immediate, flags) and the moves
  logic: [
  0x8a0900ea, // and x10, x7, x9
  0x2ac91ceb, // orr w11, w7, w9, ror #7
  0xca87452c, // eor x12, x9, x7, asr #17
  0x8a27012d, // bic x13, x9, x7
  0x2a2404ae, // orn w14, w5, w4, lsl #1
  0xca67f02f, // eon x15, x1, x7, lsr #60
  0xea010050, // ands x16, x2, x1
  ...F,
  0x6a050111, // ands w17, w8, w5
  ...F,
  0xea2700f2, // bics x18, x7, x7
  ...F,
  0x6a010013, // ands w19, w0, w1
  ...F,
  0x92089cf5, // and x21, x7, #0xff00ff00ff00ff00
  0x321f7416, // orr w22, w0, #0x7ffffffe
  0xd200f137, // eor x23, x9, #0x5555555555555555
  0xf241004a, // ands x10, x2, #0x8000000000000000
  ...F,
  0x720100bf, // tst w5, #0x80000000
  ...F,
  0x6aa70d0b, // bics w11, w8, w7, asr #3
  ...F,
  0xaa0903ec, // mov x12, x9
  0x2a0903ed, // mov w13, w9
  0xf2d7ddee, // movk x14, #0xbeef, lsl #32
  0x72a2468f, // movk w15, #0x1234, lsl #16
  0x12800070, // movn w16, #3
  0xd2f579b1, // movz x17, #0xabcd, lsl #48
  0x92a24692, // movn x18, #0x1234, lsl #16
  ],
  // shifts by a constant and by a register (amounts mod the width)
  shifts: [
  0xd373c8ea, // lsl x10, x7, #13
  0x531f7d2b, // lsr w11, w9, #31
  0x937ffc4c, // asr x12, x2, #63
  0x138714ed, // ror w13, w7, #5
  0x9ac920ee, // lslv x14, x7, x9
  0x1ac4252f, // lsrv w15, w9, w4
  0x9ac12850, // asrv x16, x2, x1
  0x1ac52cf1, // rorv w17, w7, w5
  0x9ac62032, // lslv x18, x1, x6
  0x9ac12cf3, // rorv x19, x7, x1
  0x1ac828b5, // asrv w21, w5, w8
  0x9ac02436, // lsrv x22, x1, x0
  0x1ac42117, // lslv w23, w8, w4
  ],
  // madd/msub 32 and 64, smaddl/umaddl
  mul: [
  0x9b090cea, // madd x10, x7, x9, x3
  0x9b0984eb, // msub x11, x7, x9, x1
  0x1b0910ec, // madd w12, w7, w9, w4
  0x1b0898ad, // msub w13, w5, w8, w6
  0x9b017c4e, // mul x14, x2, x1
  0x9b251d0f, // smaddl x15, w8, w5, x7
  0x9ba51d10, // umaddl x16, w8, w5, x7
  0x9b217c31, // smull x17, w1, w1
  0x9ba17c32, // umull x18, w1, w1
  0x1b05fcb3, // mneg w19, w5, w5
  0x9b030c75, // madd x21, x3, x3, x3
  0x9b018056, // msub x22, x2, x1, x0
  0x9ba90537, // umaddl x23, w9, w9, x1
  ],
  // udiv/sdiv: INT64_MIN / -1, INT32_MIN / -1, by zero
  div: [
  0x9ac7092a, // udiv x10, x9, x7
  0x9ac10c4b, // sdiv x11, x2, x1
  0x1ac10cac, // sdiv w12, w5, w1
  0x9ac008ed, // udiv x13, x7, x0
  0x9ac00cee, // sdiv x14, x7, x0
  0x1ac0092f, // udiv w15, w9, w0
  0x1ac00d30, // sdiv w16, w9, w0
  0x9ac10d31, // sdiv x17, x9, x1
  0x1ac40d32, // sdiv w18, w9, w4
  0x1ac40833, // udiv w19, w1, w4
  0x9ac30c35, // sdiv x21, x1, x3
  0x9ac60836, // udiv x22, x1, x6
  0x1ac10c17, // sdiv w23, w0, w1
  0x9ac60c58, // sdiv x24, x2, x6
  0x1ac60cb9, // sdiv w25, w5, w6
  0x1ac108ba, // udiv w26, w5, w1
  ],
  // clz (of 0 too), adc/sbc with C clear and set
  clzadc: [
  0xdac0100a, // clz x10, x0
  0x5ac0100b, // clz w11, w0
  0xdac0102c, // clz x12, x1
  0x5ac010cd, // clz w13, w6
  0xdac010ee, // clz x14, x7
  0x5ac010af, // clz w15, w5
  0xeb06001f, // cmp x0, x6
  0x9a0900f0, // adc x16, x7, x9
  0x5a0900f1, // sbc w17, w7, w9
  0x1a060112, // adc w18, w8, w6
  0xda000013, // sbc x19, x0, x0
  0xeb0000df, // cmp x6, x0
  0x9a0900f5, // adc x21, x7, x9
  0x5a0900f6, // sbc w22, w7, w9
  0x9a000037, // adc x23, x1, x0
  0xda000018, // sbc x24, x0, x0
  0x1a000119, // adc w25, w8, w0
  0xda0603fa, // ngc x26, x6
  ],
  // ubfm/sbfm/bfm across immr/imms: width 64 and 32, extract and deposit forms
  bitfield: [
  0xd340fd2a, // ubfm x10, x9, #0, #63
  0x53007d2b, // ubfm w11, w9, #0, #31
  0x937cfd2c, // sbfm x12, x9, #60, #63
  0xd3442d2d, // ubfx x13, x9, #4, #8
  0x9378fd2e, // sbfx x14, x9, #56, #8
  0xd3744cef, // ubfiz x15, x7, #12, #20
  0x131b2930, // sbfiz w16, w9, #5, #11
  0xaa0103f1, // mov x17, x1
  0xb3783cf1, // bfi x17, x7, #8, #16
  0x2a0903f2, // mov w18, w9
  0x330330f2, // bfxil w18, w7, #3, #10
  0xaa0903f3, // mov x19, x9
  0xb340fcf3, // bfm x19, x7, #0, #63
  0xaa0903f5, // mov x21, x9
  0xb34100f5, // bfm x21, x7, #1, #0
  0x937ff936, // sbfiz x22, x9, #1, #63
  0x93407cb7, // sxtw x23, w5
  0x13001d38, // sxtb w24, w9
  0x53003d39, // uxth w25, w9
  0xd34100fa, // lsl x26, x7, #63
  0x131f7cbb, // asr w27, w5, #31
  0x131f7d2a, // sbfm w10, w9, #31, #31
  0x2a0103eb, // mov w11, w1
  0x33007c0b, // bfm w11, w0, #0, #31
  0x2a0003ec, // mov w12, w0
  0x3301010c, // bfi w12, w8, #31, #1
  0x934000ed, // sbfm x13, x7, #0, #0
  0xd37ff8ee, // ubfm x14, x7, #63, #62
  ],
  // extr with lsb 0 and > 0, ror
  extr: [
  0x93c900ea, // extr x10, x7, x9, #0
  0x93c904eb, // extr x11, x7, x9, #1
  0x93c9fcec, // extr x12, x7, x9, #63
  0x138900ed, // extr w13, w7, w9, #0
  0x13897cee, // extr w14, w7, w9, #31
  0x1387412f, // extr w15, w9, w7, #16
  0x93c90530, // ror x16, x9, #1
  0x13857cb1, // ror w17, w5, #31
  0x93c98132, // extr x18, x9, x9, #32
  0x93c01c33, // extr x19, x1, x0, #7
  ],
  // ccmp/ccmn with the condition true and false, register and immediate
  ccmp: [
  0xeb00001f, // cmp x0, x0
  0xfa4900e0, // ccmp x7, x9, #0, eq
  ...F,
  0xfa4910ef, // ccmp x7, x9, #15, ne
  ...F,
  0x7a4600a2, // ccmp w5, w6, #2, eq
  ...F,
  0xba416860, // ccmn x3, #1, #0, vs
  ...F,
  0x3a5f7908, // ccmn w8, #31, #8, vc
  ...F,
  0xfa5fe845, // ccmp x2, #31, #5, al
  ...F,
  0xfa41f00a, // ccmp x0, x1, #10, nv
  ...F,
  0xba464023, // ccmn x1, x6, #3, mi
  ...F,
  0x7a46b000, // ccmp w0, w6, #0, lt
  ...F,
  0xfa40c0c4, // ccmp x6, x0, #4, gt
  ...F,
  0x3a462089, // ccmn w4, w6, #9, hs
  ...F,
  0xfa433046, // ccmp x2, x3, #6, lo
  ...F,
  ],
  // adr/adrp and hints
  adr: [
  0x1000000a, // adr x10, #0
  0x107fffeb, // adr x11, #1048572
  0x10ffffac, // adr x12, #-12
  0x1080000d, // adr x13, #-1048576
  0x9000000e, // adrp x14, #0
  0xb000000f, // adrp x15, #4096
  0xf0fffff0, // adrp x16, #-4096
  0x90000811, // adrp x17, #1048576
  0xd503201f, // nop
  0xd503203f, // yield
  ],
  // the csel family under every condition: N set, then C set
  csel: [
  0xeb06001f, // cmp x0, x6
  0x1a8900f8, // csel w24, w7, w9, eq
  0xcad41714, // eor x20, x24, x20, ror #5
  0x9a8914f8, // csinc x24, x7, x9, ne
  0xcad41714, // eor x20, x24, x20, ror #5
  0xda8920f8, // csinv x24, x7, x9, hs
  0xcad41714, // eor x20, x24, x20, ror #5
  0x5a8934f8, // csneg w24, w7, w9, lo
  0xcad41714, // eor x20, x24, x20, ror #5
  0x9a8940f8, // csel x24, x7, x9, mi
  0xcad41714, // eor x20, x24, x20, ror #5
  0x9a8954f8, // csinc x24, x7, x9, pl
  0xcad41714, // eor x20, x24, x20, ror #5
  0x5a8960f8, // csinv w24, w7, w9, vs
  0xcad41714, // eor x20, x24, x20, ror #5
  0xda8974f8, // csneg x24, x7, x9, vc
  0xcad41714, // eor x20, x24, x20, ror #5
  0x9a8980f8, // csel x24, x7, x9, hi
  0xcad41714, // eor x20, x24, x20, ror #5
  0x1a8994f8, // csinc w24, w7, w9, ls
  0xcad41714, // eor x20, x24, x20, ror #5
  0xda89a0f8, // csinv x24, x7, x9, ge
  0xcad41714, // eor x20, x24, x20, ror #5
  0xda89b4f8, // csneg x24, x7, x9, lt
  0xcad41714, // eor x20, x24, x20, ror #5
  0x1a89c0f8, // csel w24, w7, w9, gt
  0xcad41714, // eor x20, x24, x20, ror #5
  0x9a89d4f8, // csinc x24, x7, x9, le
  0xcad41714, // eor x20, x24, x20, ror #5
  0xda89e0f8, // csinv x24, x7, x9, al
  0xcad41714, // eor x20, x24, x20, ror #5
  0x5a89f4f8, // csneg w24, w7, w9, nv
  0xcad41714, // eor x20, x24, x20, ror #5
  0xeb0000df, // cmp x6, x0
  0x9a8900f8, // csel x24, x7, x9, eq
  0xcad41714, // eor x20, x24, x20, ror #5
  0x9a8914f8, // csinc x24, x7, x9, ne
  0xcad41714, // eor x20, x24, x20, ror #5
  0x5a8920f8, // csinv w24, w7, w9, hs
  0xcad41714, // eor x20, x24, x20, ror #5
  0xda8934f8, // csneg x24, x7, x9, lo
  0xcad41714, // eor x20, x24, x20, ror #5
  0x9a8940f8, // csel x24, x7, x9, mi
  0xcad41714, // eor x20, x24, x20, ror #5
  0x1a8954f8, // csinc w24, w7, w9, pl
  0xcad41714, // eor x20, x24, x20, ror #5
  0xda8960f8, // csinv x24, x7, x9, vs
  0xcad41714, // eor x20, x24, x20, ror #5
  0xda8974f8, // csneg x24, x7, x9, vc
  0xcad41714, // eor x20, x24, x20, ror #5
  0x1a8980f8, // csel w24, w7, w9, hi
  0xcad41714, // eor x20, x24, x20, ror #5
  0x9a8994f8, // csinc x24, x7, x9, ls
  0xcad41714, // eor x20, x24, x20, ror #5
  0xda89a0f8, // csinv x24, x7, x9, ge
  0xcad41714, // eor x20, x24, x20, ror #5
  0x5a89b4f8, // csneg w24, w7, w9, lt
  0xcad41714, // eor x20, x24, x20, ror #5
  0x9a89c0f8, // csel x24, x7, x9, gt
  0xcad41714, // eor x20, x24, x20, ror #5
  0x9a89d4f8, // csinc x24, x7, x9, le
  0xcad41714, // eor x20, x24, x20, ror #5
  0x5a89e0f8, // csinv w24, w7, w9, al
  0xcad41714, // eor x20, x24, x20, ror #5
  0xda89f4f8, // csneg x24, x7, x9, nv
  0xcad41714, // eor x20, x24, x20, ror #5
  ],
  // the csel family under every condition: V set, then Z set
  cselb: [
  0xeb06005f, // cmp x2, x6
  0x9a8900f8, // csel x24, x7, x9, eq
  0xcad41714, // eor x20, x24, x20, ror #5
  0x1a8914f8, // csinc w24, w7, w9, ne
  0xcad41714, // eor x20, x24, x20, ror #5
  0xda8920f8, // csinv x24, x7, x9, hs
  0xcad41714, // eor x20, x24, x20, ror #5
  0xda8934f8, // csneg x24, x7, x9, lo
  0xcad41714, // eor x20, x24, x20, ror #5
  0x1a8940f8, // csel w24, w7, w9, mi
  0xcad41714, // eor x20, x24, x20, ror #5
  0x9a8954f8, // csinc x24, x7, x9, pl
  0xcad41714, // eor x20, x24, x20, ror #5
  0xda8960f8, // csinv x24, x7, x9, vs
  0xcad41714, // eor x20, x24, x20, ror #5
  0x5a8974f8, // csneg w24, w7, w9, vc
  0xcad41714, // eor x20, x24, x20, ror #5
  0x9a8980f8, // csel x24, x7, x9, hi
  0xcad41714, // eor x20, x24, x20, ror #5
  0x9a8994f8, // csinc x24, x7, x9, ls
  0xcad41714, // eor x20, x24, x20, ror #5
  0x5a89a0f8, // csinv w24, w7, w9, ge
  0xcad41714, // eor x20, x24, x20, ror #5
  0xda89b4f8, // csneg x24, x7, x9, lt
  0xcad41714, // eor x20, x24, x20, ror #5
  0x9a89c0f8, // csel x24, x7, x9, gt
  0xcad41714, // eor x20, x24, x20, ror #5
  0x1a89d4f8, // csinc w24, w7, w9, le
  0xcad41714, // eor x20, x24, x20, ror #5
  0xda89e0f8, // csinv x24, x7, x9, al
  0xcad41714, // eor x20, x24, x20, ror #5
  0xda89f4f8, // csneg x24, x7, x9, nv
  0xcad41714, // eor x20, x24, x20, ror #5
  0xeb00001f, // cmp x0, x0
  0x1a8900f8, // csel w24, w7, w9, eq
  0xcad41714, // eor x20, x24, x20, ror #5
  0x9a8914f8, // csinc x24, x7, x9, ne
  0xcad41714, // eor x20, x24, x20, ror #5
  0xda8920f8, // csinv x24, x7, x9, hs
  0xcad41714, // eor x20, x24, x20, ror #5
  0x5a8934f8, // csneg w24, w7, w9, lo
  0xcad41714, // eor x20, x24, x20, ror #5
  0x9a8940f8, // csel x24, x7, x9, mi
  0xcad41714, // eor x20, x24, x20, ror #5
  0x9a8954f8, // csinc x24, x7, x9, pl
  0xcad41714, // eor x20, x24, x20, ror #5
  0x5a8960f8, // csinv w24, w7, w9, vs
  0xcad41714, // eor x20, x24, x20, ror #5
  0xda8974f8, // csneg x24, x7, x9, vc
  0xcad41714, // eor x20, x24, x20, ror #5
  0x9a8980f8, // csel x24, x7, x9, hi
  0xcad41714, // eor x20, x24, x20, ror #5
  0x1a8994f8, // csinc w24, w7, w9, ls
  0xcad41714, // eor x20, x24, x20, ror #5
  0xda89a0f8, // csinv x24, x7, x9, ge
  0xcad41714, // eor x20, x24, x20, ror #5
  0xda89b4f8, // csneg x24, x7, x9, lt
  0xcad41714, // eor x20, x24, x20, ror #5
  0x1a89c0f8, // csel w24, w7, w9, gt
  0xcad41714, // eor x20, x24, x20, ror #5
  0x9a89d4f8, // csinc x24, x7, x9, le
  0xcad41714, // eor x20, x24, x20, ror #5
  0xda89e0f8, // csinv x24, x7, x9, al
  0xcad41714, // eor x20, x24, x20, ror #5
  0x5a89f4f8, // csneg w24, w7, w9, nv
  0xcad41714, // eor x20, x24, x20, ror #5
  ],
};

/** x0's value in the 64-bit form. */
const INT64_MIN = 0x8000_0000_0000_0000n;

describe("every WebAssembly template against the interpreter", () => {
  for (const [name, body] of Object.entries(FAMILIES)) {
    it(`${name}: a Wasm loop, compared after every block`, () => {
      expect(body.length + 2).toBeLessThanOrEqual(128);
      const cpu = compare(loop(body));
      expect(cpu.tx?.wasmBlocks).toBeGreaterThan(0);
    });
  }

  it("divides without trapping: MIN / -1 is MIN, and by zero is 0", () => {
    const cpu = compare(loop(FAMILIES.div));
    expect(cpu.x(11)).toBe(INT64_MIN); // sdiv x11, INT64_MIN, -1
    expect(cpu.x(12)).toBe(0x8000_0000n); // sdiv w12, INT32_MIN, -1
    expect([13, 14, 15, 16].map((n) => cpu.x(n))).toEqual([0n, 0n, 0n, 0n]);
    expect(cpu.x(24)).toBe(INT64_MIN); // sdiv x24, INT64_MIN, 1
  });

  it("counts the leading zeros of 0 as the width", () => {
    const cpu = compare(loop(FAMILIES.clzadc));
    expect(cpu.x(10)).toBe(64n);
    expect(cpu.x(11)).toBe(32n);
    expect(cpu.x(12)).toBe(0n);
  });
});

// A seeded generator of register-only loops. Each encoder below gives the word and the assembly
// llvm-mc reads back to that word.

/** A small seeded generator (mulberry32). */
function rng(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n: number) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) % n) >>> 0;
  };
}

interface Insn {
  word: number;
  asm: string;
}

const CONDS = ["eq", "ne", "hs", "lo", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le", "al", "nv"];

/** The register name of `r` (31: the zero register) in the 64- or 32-bit form. */
function reg(r: number, sf: number): string {
  if (r === 31) return sf ? "xzr" : "wzr";
  return `${sf ? "x" : "w"}${r}`;
}

/** The value of the bitmask immediate (N, immr, imms) in a `size`-bit register, as llvm-mc prints it. */
function bitmask(e: number, s: number, r: number, size: number): bigint {
  const ones = (1n << BigInt(s + 1)) - 1n;
  const emask = (1n << BigInt(e)) - 1n;
  const elem = ((ones >> BigInt(r)) | (ones << BigInt(e - r))) & emask;
  let v = 0n;
  for (let i = 0; i < size; i += e) v |= elem << BigInt(i);
  return v;
}

/** One random register-only instruction (no branch). */
function instruction(R: (n: number) => number): Insn {
  const sf = R(2);
  const width = sf ? 64 : 32;
  const src = () => (R(8) === 0 ? 31 : R(13));
  const dst = () => (R(16) === 0 ? 31 : R(13));
  const low = () => R(13);
  const x = (r: number) => reg(r, sf);
  const d = dst();
  const n = src();
  const m = src();
  const u = (v: number) => v >>> 0;
  switch (R(16)) {
    case 0: {
      const [op, s, sh, amt] = [R(2), R(2), R(3), R(width)];
      const word = u(0x0b000000 | (sf << 31) | (op << 30) | (s << 29) | (sh << 22) | (m << 16) | (amt << 10) | (n << 5) | d);
      const asm = `${op ? "sub" : "add"}${s ? "s" : ""} ${x(d)}, ${x(n)}, ${x(m)}, ${["lsl", "lsr", "asr"][sh]} #${amt}`;
      return { word, asm };
    }
    case 1: {
      const [op, s, sh, imm, a, b] = [R(2), R(2), R(2), R(4096), low(), low()];
      const word = u(0x11000000 | (sf << 31) | (op << 30) | (s << 29) | (sh << 22) | (imm << 10) | (b << 5) | a);
      return { word, asm: `${op ? "sub" : "add"}${s ? "s" : ""} ${x(a)}, ${x(b)}, #${imm}, lsl #${sh * 12}` };
    }
    case 2: {
      const [opc, inv, sh, amt] = [R(4), R(2), R(4), R(width)];
      const word = u(0x0a000000 | (sf << 31) | (opc << 29) | (sh << 22) | (inv << 21) | (m << 16) | (amt << 10) | (n << 5) | d);
      const name = [["and", "bic"], ["orr", "orn"], ["eor", "eon"], ["ands", "bics"]][opc][inv];
      return { word, asm: `${name} ${x(d)}, ${x(n)}, ${x(m)}, ${["lsl", "lsr", "asr", "ror"][sh]} #${amt}` };
    }
    case 3: {
      const sizes = sf ? [2, 4, 8, 16, 32, 64] : [2, 4, 8, 16, 32];
      const e = sizes[R(sizes.length)];
      const [s, r, opc] = [R(e - 1), R(e), R(4)];
      const a = opc === 3 ? dst() : low();
      const imms = ((0x3f << (Math.log2(e) + 1)) & 0x3f) | s;
      const word = u(0x12000000 | (sf << 31) | (opc << 29) | ((e === 64 ? 1 : 0) << 22) | (r << 16) | (imms << 10) | (n << 5) | a);
      const name = ["and", "orr", "eor", "ands"][opc];
      return { word, asm: `${name} ${x(a)}, ${x(n)}, #0x${bitmask(e, s, r, width).toString(16)}` };
    }
    case 4: {
      const [opc, hw, imm] = [[0, 2, 3][R(3)], R(sf ? 4 : 2), R(0x10000)];
      const word = u(0x12800000 | (sf << 31) | (opc << 29) | (hw << 21) | (imm << 5) | d);
      return { word, asm: `${["movn", "", "movz", "movk"][opc]} ${x(d)}, #${imm}, lsl #${16 * hw}` };
    }
    case 5: {
      const [op, o2, cond] = [R(2), R(2), R(16)];
      const word = u(0x1a800000 | (sf << 31) | (op << 30) | (m << 16) | (cond << 12) | (o2 << 10) | (n << 5) | d);
      const name = [["csel", "csinc"], ["csinv", "csneg"]][op][o2];
      return { word, asm: `${name} ${x(d)}, ${x(n)}, ${x(m)}, ${CONDS[cond]}` };
    }
    case 6: {
      const [o0, a] = [R(2), src()];
      const word = u(0x1b000000 | (sf << 31) | (m << 16) | (o0 << 15) | (a << 10) | (n << 5) | d);
      return { word, asm: `${o0 ? "msub" : "madd"} ${x(d)}, ${x(n)}, ${x(m)}, ${x(a)}` };
    }
    case 7: {
      const [us, a] = [R(2), src()];
      const word = u(0x9b200000 | (us << 23) | (m << 16) | (a << 10) | (n << 5) | d);
      return { word, asm: `${us ? "umaddl" : "smaddl"} ${reg(d, 1)}, ${reg(n, 0)}, ${reg(m, 0)}, ${reg(a, 1)}` };
    }
    case 8:
    case 9: {
      const opc = [2, 3, 8, 9, 10, 11][R(6)];
      const word = u(0x1ac00000 | (sf << 31) | (m << 16) | (opc << 10) | (n << 5) | d);
      const name = { 2: "udiv", 3: "sdiv", 8: "lslv", 9: "lsrv", 10: "asrv", 11: "rorv" }[opc];
      return { word, asm: `${name} ${x(d)}, ${x(n)}, ${x(m)}` };
    }
    case 10: {
      if (R(2) === 0) return { word: u(0x5ac01000 | (sf << 31) | (n << 5) | d), asm: `clz ${x(d)}, ${x(n)}` };
      const op = R(2);
      const word = u(0x1a000000 | (sf << 31) | (op << 30) | (m << 16) | (n << 5) | d);
      return { word, asm: `${op ? "sbc" : "adc"} ${x(d)}, ${x(n)}, ${x(m)}` };
    }
    case 11:
    case 12: {
      const [opc, r, s] = [R(3), R(width), R(width)];
      const word = u(0x13000000 | (sf << 31) | (opc << 29) | (sf << 22) | (r << 16) | (s << 10) | (n << 5) | d);
      return { word, asm: `${["sbfm", "bfm", "ubfm"][opc]} ${x(d)}, ${x(n)}, #${r}, #${s}` };
    }
    case 13: {
      const lsb = R(3) === 0 ? 0 : R(width);
      const word = u(0x13800000 | (sf << 31) | (sf << 22) | (m << 16) | (lsb << 10) | (n << 5) | d);
      return { word, asm: `extr ${x(d)}, ${x(n)}, ${x(m)}, #${lsb}` };
    }
    case 14: {
      const [op, imm, cond, nzcv] = [R(2), R(2), R(16), R(16)];
      const operand = imm ? R(32) : m;
      const word = u(0x3a400000 | (sf << 31) | (op << 30) | (operand << 16) | (cond << 12) | (imm << 11) | (n << 5) | nzcv);
      const rhs = imm ? `#${operand}` : x(operand);
      return { word, asm: `${op ? "ccmp" : "ccmn"} ${x(n)}, ${rhs}, #${nzcv}, ${CONDS[cond]}` };
    }
    default: {
      const [page, a, imm] = [R(2), low(), R(1 << 12) - (1 << 11)];
      const word = u((page << 31) | ((imm & 3) << 29) | 0x10000000 | (((imm >> 2) & 0x7ffff) << 5) | a);
      return { word, asm: page ? `adrp ${reg(a, 1)}, #${imm * 4096}` : `adr ${reg(a, 1)}, #${imm}` };
    }
  }
}

/** A forward conditional branch over the next instruction (a side exit of the block). */
function sideExit(R: (n: number) => number): Insn {
  const t = R(13);
  switch (R(3)) {
    case 0: {
      const cond = R(16);
      return { word: (0x54000040 | cond) >>> 0, asm: `b.${CONDS[cond]} #8` };
    }
    case 1: {
      const [sf, op] = [R(2), R(2)];
      return { word: (0x34000040 | (sf << 31) | (op << 24) | t) >>> 0, asm: `${op ? "cbnz" : "cbz"} ${reg(t, sf)}, #8` };
    }
    default: {
      const [bit, op] = [R(64), R(2)];
      const word = (0x36000040 | ((bit >> 5) << 31) | (op << 24) | ((bit & 31) << 19) | t) >>> 0;
      return { word, asm: `${op ? "tbnz" : "tbz"} ${reg(t, bit >> 5)}, #${bit}, #8` };
    }
  }
}

/** The values the generator loads: the edges, and one random 64-bit value. */
const EDGES = [0n, 1n, 0xffff_ffff_ffff_ffffn, INT64_MIN, INT64_MIN - 1n, 0x7fff_ffffn, 0x8000_0000n, 0xffff_ffffn, 63n, 32n];

/** `movz` of the top halfword of `v` into `r`, then `movk` of the other three. */
function load(r: number, v: bigint): Insn[] {
  const out: Insn[] = [];
  for (let hw = 3; hw >= 0; hw--) {
    const imm = Number((v >> BigInt(16 * hw)) & 0xffffn);
    const op = hw === 3 ? 0xd2800000 : 0xf2800000;
    out.push({ word: (op | (hw << 21) | (imm << 5) | r) >>> 0, asm: `${hw === 3 ? "movz" : "movk"} x${r}, #${imm}, lsl #${16 * hw}` });
  }
  return out;
}

/**
 * Program `seed`: x0..x12 loaded with edge or random values, NZCV set from x13, then a loop of
 * 1..40 register-only instructions and side exits, closed by `cbnz x28` or `subs x28` + `b.ne`.
 */
function program(seed: number): Insn[] {
  const R = rng(seed);
  const out: Insn[] = [];
  for (let r = 0; r <= 12; r++) {
    const v = R(3) === 0 ? BigInt(R(0x10000)) * 0x1_0001_0001_0001n ^ (BigInt(R(1 << 30)) << 20n) : EDGES[R(EDGES.length)];
    out.push(...load(r, BigInt.asUintN(64, v)));
  }
  out.push(...load(13, BigInt(R(16)) << 28n), { word: 0xd51b420d, asm: "msr nzcv, x13" });
  out.push(...load(28, BigInt(1 + R(4))));
  const n = 1 + R(40);
  const body: Insn[] = [];
  for (let k = 0; k < n; k++) body.push(k + 1 < n && R(6) === 0 ? sideExit(R) : instruction(R));
  out.push(...body);
  if (R(2) === 0) {
    out.push({ word: 0xd100079c, asm: "sub x28, x28, #1" });
    out.push({ word: cbnz28(n + 1), asm: `cbnz x28, #${-4 * (n + 1)}` });
  } else {
    out.push({ word: 0xf100079c, asm: "subs x28, x28, #1" });
    out.push({ word: (0x54000001 | (((-(n + 1)) & 0x7ffff) << 5)) >>> 0, asm: `b.ne #${-4 * (n + 1)}` });
  }
  out.push({ word: 0xd4200000, asm: "brk #0" });
  return out;
}

describe("movk into the top halfword", () => {
  // MOVK's template pushes ~(0xffff << 48) and imm16 << 48 as i64.const without wrapping them to
  // 64 signed bits: for hw = 3 the LEB128 is too long, WebAssembly.Module throws a CompileError, and
  // the translator turns Wasm off for the CPU.
  it("compiles, and keeps the Wasm policy on", () => {
    const body = [
      0xf2e24687, // movk x7, #0x1234, lsl #48
      0xf2ffdb89, // movk x9, #0xfedc, lsl #48
      0xf2efffea, // movk x10, #0x7fff, lsl #48
    ];
    for (const use of ["loops", "all"] as const) {
      const cpu = compare(loop(body), use);
      expect(cpu.tx?.wasmBlocks).toBeGreaterThan(0);
      expect(cpu.x(9)).toBe(0xfedc_ba98_7654_3210n);
    }
  });
});

describe("random register-only loops", () => {
  it("run as the interpreter runs them, for 300 seeds, under both Wasm policies", () => {
    let wasm = 0;
    const off: string[] = [];
    for (let seed = 1; seed <= 300; seed++) {
      const words = program(seed).map((i) => i.word);
      for (const use of ["loops", "all"] as const) {
        const fast = machine(words, true, use);
        const slow = machine(words, false);
        const diff = lockstep(fast.cpu, slow.cpu, 10_000);
        if (diff !== null) {
          const listing = program(seed).map((i) => `${i.word.toString(16).padStart(8, "0")} ${i.asm}`);
          expect({ seed, use, diff, listing }).toBeNull();
        }
        expect(settled(fast.cpu)).toEqual(settled(slow.cpu));
        wasm += fast.cpu.tx?.wasmBlocks ?? 0;
        // A block of ours that WebAssembly rejects turns the policy off (as a refusing CSP would).
        if (fast.cpu.tx?.wasm !== use) off.push(`seed ${seed} ${use}`);
      }
    }
    expect(off).toEqual([]);
    expect(wasm).toBeGreaterThan(300);
  });
});

// A small Wasm loop for the budget and stale-code tests: 1000 passes of 5 instructions.
const SMALL = [
  0xd2800000, // mov x0, #0
  0xd2807d01, // mov x1, #1000
  0x92800002, // mov x2, #-1
  0x91000400, // add x0, x0, #1                 (loop) ← the stale-code tests rewrite this word
  0xab020443, // adds x3, x2, x2, lsl #1
  0x9a833442, // csinc x2, x2, x3, lo
  0xf1000421, // subs x1, x1, #1
  0x54ffff81, // b.ne loop
  0xd4200000, // brk #0
];
/** The word index of SMALL's loop, and `add x0, x0, #3` to put there. */
const SMALL_LOOP = 3;
const ADD3 = 0x91000c00; // add x0, x0, #3

describe("Wasm loops and budgets", () => {
  it("stop at the exact instruction count of every budget from 1 to 40", () => {
    for (let budget = 1; budget <= 40; budget++) {
      const fast = machine(SMALL, true);
      const slow = machine(SMALL, false);
      let total = 0;
      while (!slow.cpu.halted) {
        for (const m of [fast, slow]) m.cpu.run(budget);
        total += budget;
        if (!slow.cpu.halted) expect(fast.cpu.instret).toBe(total);
        expect(settled(fast.cpu)).toEqual(settled(slow.cpu));
      }
      expect(fast.cpu.halted).toBe(true);
      if (budget >= 5) expect(fast.cpu.tx?.wasmBlocks).toBeGreaterThan(0);
    }
  });
});

describe("a Wasm loop's budget check", () => {
  it("runs every pass that fits in one call, and leaves with none to spare", () => {
    const fast = machine(SMALL, true);
    const slow = machine(SMALL, false);
    const tx = fast.cpu.tx;
    if (tx === null) throw new Error("no translator");
    let calls = 0;
    const translate = tx.translate.bind(tx);
    tx.translate = (bi: number, wi: number) => {
      translate(bi, wi);
      const f = tx.fn[bi];
      if (f === null || wi !== SMALL_LOOP) return;
      tx.fn[bi] = (c, pc, r0, end) => {
        calls++;
        return f(c, pc, r0, end);
      };
    };
    for (const m of [fast, slow]) m.cpu.run(3);
    // 100 passes of 5 fill a budget of 500 exactly: one call.
    for (const m of [fast, slow]) m.cpu.run(500);
    expect(calls).toBe(1);
    expect(fast.cpu.tx?.wasmBlocks).toBe(1);
    expect(fast.cpu.x(0)).toBe(100n);
    expect(state(fast.cpu)).toEqual(state(slow.cpu));
    // 504 holds 100 passes and 4 to spare, which the interpreter spends: still one call.
    for (const m of [fast, slow]) m.cpu.run(504);
    expect(calls).toBe(2);
    expect(fast.cpu.instret).toBe(1007);
    expect(state(fast.cpu)).toEqual(state(slow.cpu));
  });
});

describe("stale code in a Wasm block", () => {
  it("runs the new code after a device rewrites a word of the loop between runs", () => {
    const m = machine(SMALL, true);
    m.cpu.run(100_000);
    expect(m.cpu.x(0)).toBe(1000n);
    expect(m.cpu.tx?.wasmBlocks).toBe(1);
    const tx = m.cpu.tx;
    if (tx === null) throw new Error("no translator");
    const bi = tx.tag.indexOf(SMALL_LOOP);
    expect(bi).toBeGreaterThanOrEqual(0);
    const block = tx.fn[bi];
    expect(block).not.toBeNull();
    m.bus.ramView.setUint32(SMALL_LOOP * 4, ADD3, true);
    // The wrapper checks the block's words on entry: stale, it returns NaN before running anything.
    expect(block?.(m.cpu, RAM_BASE + SMALL_LOOP * 4, 0, 1000)).toBeNaN();
    m.cpu.reset(RAM_BASE, 1);
    m.cpu.run(100_000);
    expect(m.cpu.x(0)).toBe(3000n);
    expect(tx.dropped).toBeGreaterThan(0);
    expect(tx.wasmBlocks).toBe(2);
  });

  it("sees a rewrite in the middle of the run, as the interpreter does", () => {
    const fast = machine(SMALL, true);
    const slow = machine(SMALL, false);
    for (const m of [fast, slow]) m.cpu.run(2003); // 400 passes and the three moves
    expect(fast.cpu.x(0)).toBe(400n);
    for (const m of [fast, slow]) m.bus.ramView.setUint32(SMALL_LOOP * 4, ADD3, true);
    for (const m of [fast, slow]) m.cpu.run(100_000);
    expect(fast.cpu.x(0)).toBe(400n + 3n * 600n);
    expect(settled(fast.cpu)).toEqual(settled(slow.cpu));
    expect(fast.cpu.tx?.dropped).toBeGreaterThan(0);
  });
});

// A program without a loop: only the "all" policy makes it WebAssembly.
const STRAIGHT = [
  ...PRE,
  ...FAMILIES.mul,
  ...FAMILIES.extr,
  0xd4200000, // brk #0
];

// The branches that end a block: bl, blr, br, ret, and a b that is not a back edge; the "all"
// policy makes each such block Wasm ("loops" none of them).
const CALLS = [
  ...PRE,
  0x9100054a, // add x10, x10, #1                (loop)
  0x9400000b, // bl #44                          → f
  0x10000150, // adr x16, #40                    → f
  0xd63f0200, // blr x16
  0x10000071, // adr x17, #12                    → next
  0xd61f0220, // br x17
  0x9100056b, // add x11, x11, #1                (never runs)
  0xd100079c, // sub x28, x28, #1                (next)
  0xb400005c, // cbz x28, #8                     → done
  0x17fffff7, // b #-36                          → loop
  0xd4200000, // brk #0                          (done)
  0xd503201f, // nop
  0x9100058c, // add x12, x12, #1                (f)
  0xd65f03c0, // ret
];

// A loop closed by an unconditional b back to its start, left by a b.eq side exit.
const B_LOOP = [
  0xd2800000, // mov x0, #0
  0xd2800c81, // mov x1, #100
  0x91000800, // add x0, x0, #2                  (loop)
  0xf1000421, // subs x1, x1, #1
  0x54000040, // b.eq #8                         → done
  0x17fffffd, // b #-12                          → loop
  0xd4200000, // brk #0                          (done)
];

describe("the Wasm policies", () => {
  it('"off" makes no Wasm block and gives the same results', () => {
    for (const body of [FAMILIES.adds64, FAMILIES.bitfield, FAMILIES.ccmp]) {
      const words = loop(body);
      const on = compare(words, "loops");
      const off = compare(words, "off");
      expect(on.tx?.wasmBlocks).toBeGreaterThan(0);
      expect(off.tx?.wasmBlocks).toBe(0);
      expect(off.tx?.translated).toBeGreaterThan(0);
      expect(settled(off)).toEqual(settled(on));
    }
  });

  it('"all" makes straight-line blocks Wasm too; "loops" leaves them JavaScript', () => {
    const loops = compare(STRAIGHT, "loops");
    const all = compare(STRAIGHT, "all");
    expect(loops.tx?.wasmBlocks).toBe(0);
    expect(loops.tx?.translated).toBeGreaterThan(0);
    expect(all.tx?.wasmBlocks).toBeGreaterThan(0);
    expect(settled(all)).toEqual(settled(loops));
  });

  it('"all" makes the blocks that end in bl, blr, br, ret and b Wasm', () => {
    const loops = compare(CALLS, "loops");
    const all = compare(CALLS, "all");
    expect(loops.tx?.wasmBlocks).toBe(0);
    expect(all.tx?.wasmBlocks).toBeGreaterThanOrEqual(5);
    expect([10, 11, 12].map((n) => all.x(n))).toEqual([3n, 0n, 6n]);
    expect(settled(all)).toEqual(settled(loops));
  });

  it("makes a loop closed by an unconditional b Wasm under the default policy", () => {
    const cpu = compare(B_LOOP);
    expect(cpu.tx?.wasmBlocks).toBe(1);
    expect(cpu.x(0)).toBe(200n);
  });
});

describe("when WebAssembly cannot compile", () => {
  it("turns the Wasm policy off and goes on with JavaScript blocks, with the same results", () => {
    const words = loop(FAMILIES.adds32);
    const wasm = globalThis.WebAssembly;
    const Module = wasm.Module;
    const CompileError = wasm.CompileError;
    let refused = 0;
    // A page whose CSP forbids WebAssembly compilation throws a CompileError from the constructor.
    const refusing = function Module() {
      refused++;
      throw new CompileError("refused");
    } as unknown as typeof WebAssembly.Module;
    wasm.Module = refusing;
    try {
      const fast = machine(words, true);
      const slow = machine(words, false);
      expect(lockstep(fast.cpu, slow.cpu, 100_000)).toBeNull();
      expect(fast.cpu.halted).toBe(true);
      expect(refused).toBe(1);
      expect(fast.cpu.tx?.wasm).toBe("off");
      expect(fast.cpu.tx?.wasmBlocks).toBe(0);
      expect(fast.cpu.tx?.translated).toBeGreaterThan(0);
      expect(settled(fast.cpu)).toEqual(settled(slow.cpu));
    } finally {
      wasm.Module = Module;
    }
    expect(globalThis.WebAssembly.Module).toBe(Module);
    expect(compare(words).tx?.wasmBlocks).toBeGreaterThan(0);
  });
});
