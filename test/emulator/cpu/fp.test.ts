// chapter: 04d-cpu-fp
// The FP unit as a program sees it: CPACR_EL1.FPEN decides who may use it (EC 0x07 otherwise,
// also for mrs/msr of FPCR and FPSR), NaNs keep their bits (a signalling NaN is quieted with its
// payload, FPCR.DN gives the default NaN), FPCR.RMode rounds, FPSR accumulates flags, a Q load
// and store move 128 bits exactly, and ID_AA64PFR0_EL1 says FP is implemented and AdvSIMD only
// where the vector forms exist (chapter 4e). Encodings from `llvm-mc -triple=aarch64 -show-encoding`.
import { describe, expect, it } from "vitest";
import { Bus } from "../../../src/emulator/bus/bus.ts";
import { Cpu } from "../../../src/emulator/cpu/cpu.ts";
import { FPCR_DN, FPSR_IOC, FPSR_IXC } from "../../../src/emulator/cpu/fp.ts";
import { EXIT_HALT } from "../../../src/machine/door.ts";
import { EC_FP_ACCESS } from "../../../src/machine/exceptions.ts";
import { RAM_BASE } from "../../../src/machine/memory-map.ts";
import { CPACR_EL1, ESR_EL1, FPCR, FPSR, ID_AA64PFR0_EL1 } from "../../../src/machine/sysregs.ts";

const FMOV_D0_X1 = 0x9e670020;
const FADD_D2_D0_D0 = 0x1e602802;
const FMOV_X3_D2 = 0x9e660043;
const FDIV_D2_D0_D1 = 0x1e611802;
const FMOV_D1_X2 = 0x9e670041;
const MRS_X0_FPCR = 0xd53b4400;
const STR_Q0_X4 = 0x3d800080;
const LDR_Q1_X4 = 0x3dc00081;
const FMOV_X3_V1_D1 = 0x9eae0023;
const BRK0 = 0xd4200000;

/** Runs `words` at `el` with CPACR_EL1.FPEN = fpen; returns the CPU and the ESR of the stop. */
function run(words: number[], el: number, fpen: number, setup?: (cpu: Cpu) => void) {
  const bus = new Bus(RAM_BASE, 1 << 20);
  const cpu = new Cpu(bus);
  words.forEach((w, i) => {
  bus.ramView.setUint32(i * 4, w >>> 0, true);
});
  cpu.reset(RAM_BASE, el);
  cpu.sp = BigInt(RAM_BASE + 0x8_0000);
  cpu.writeSysreg(CPACR_EL1, BigInt(fpen) << 20n);
  let esr = -1;
  cpu.door.setVectorHandler(() => {
    esr = Number(cpu.door.mrs(ESR_EL1));
    return EXIT_HALT;
  });
  setup?.(cpu);
  cpu.run(100);
  return { cpu, esr, ec: esr >>> 26 };
}

describe("CPACR_EL1.FPEN", () => {
  it("traps FP instructions and FPCR accesses with EC 0x07 where it disables them", () => {
    for (const [el, fpen, traps] of [[0, 0, true], [1, 0, true], [0, 1, true], [1, 1, false], [0, 2, true], [0, 3, false]]) {
      expect(run([FADD_D2_D0_D0, BRK0], el as number, fpen as number).ec === EC_FP_ACCESS).toBe(traps);
      expect(run([MRS_X0_FPCR, BRK0], el as number, fpen as number).ec === EC_FP_ACCESS).toBe(traps);
    }
  });
});

describe("floating point, bit for bit", () => {
  const add = (bits: bigint, fpcr = 0) =>
    run([FMOV_D0_X1, FADD_D2_D0_D0, FMOV_X3_D2, BRK0], 0, 3, (cpu) => {
      cpu.setX(1, bits);
      cpu.writeSysreg(FPCR, BigInt(fpcr));
    }).cpu;
  it("adds, and quiets a signalling NaN keeping its payload (IOC), or gives the default NaN under DN", () => {
    expect(add(0x3ff0_0000_0000_0000n).x(3)).toBe(0x4000_0000_0000_0000n); // 1 + 1 = 2
    const quiet = add(0x7ff4_0000_0000_1234n);
    expect(quiet.x(3)).toBe(0x7ffc_0000_0000_1234n);
    expect(Number(quiet.readSysreg(FPSR)) & FPSR_IOC).toBe(FPSR_IOC);
    expect(add(0xfff8_0000_0000_0042n).x(3)).toBe(0xfff8_0000_0000_0042n); // a quiet NaN passes
    expect(add(0x7ff4_0000_0000_1234n, FPCR_DN).x(3)).toBe(0x7ff8_0000_0000_0000n);
  });
  it("rounds 1/3 by FPCR.RMode and raises IXC", () => {
    const third = (rmode: number) =>
      run([FMOV_D0_X1, FMOV_D1_X2, FDIV_D2_D0_D1, FMOV_X3_D2, BRK0], 0, 3, (cpu) => {
        cpu.setX(1, 0x3ff0_0000_0000_0000n);
        cpu.setX(2, 0x4008_0000_0000_0000n);
        cpu.writeSysreg(FPCR, BigInt(rmode << 22));
      }).cpu;
    expect(third(0).x(3)).toBe(0x3fd5_5555_5555_5555n); // nearest
    expect(third(1).x(3)).toBe(0x3fd5_5555_5555_5556n); // towards +infinity
    expect(third(3).x(3)).toBe(0x3fd5_5555_5555_5555n); // towards zero
    expect(Number(third(0).readSysreg(FPSR)) & FPSR_IXC).toBe(FPSR_IXC);
  });
  it("stores and loads a Q register's 128 bits unchanged", () => {
    const { cpu } = run([STR_Q0_X4, LDR_Q1_X4, FMOV_X3_V1_D1, BRK0], 0, 3, (c) => {
      c.setX(4, BigInt(RAM_BASE + 0x1000));
      c.fp.V.set([0x0000_1234, 0x7ff4_0000, 0xdead_beef, 0x7f80_0001]);
    });
    expect(cpu.x(3)).toBe(0x7f80_0001_dead_beefn);
    expect(Array.from(cpu.fp.V.subarray(4, 8))).toEqual([0x0000_1234, 0x7ff4_0000, 0xdead_beef, 0x7f80_0001]);
  });
  it("says in ID_AA64PFR0_EL1 that FP is implemented, and AdvSIMD exactly when the vector forms execute", () => {
    const pfr0 = Number(run([BRK0], 1, 3).cpu.readSysreg(ID_AA64PFR0_EL1));
    expect((pfr0 >>> 16) & 15).toBe(0);
    // add v0.4s, v1.4s, v2.4s: undefined (EC 0) in this chapter's CPU, executed from chapter 4e on
    const vectorAdd = run([0x4ea28420, BRK0], 1, 3).ec !== 0;
    expect((pfr0 >>> 20) & 15).toBe(vectorAdd ? 0 : 15);
  });
});
