// chapter: 04c-cpu-system
// The CPU: a few instructions of each class whose results a program relies on, exception entry
// and return through the door, wfi and interrupts, and the executor's jump table staying in
// step with ops.ts (the decode table alone: cpu/decode.test.ts). Encodings were produced with
// `llvm-mc -triple=aarch64 -show-encoding` when the tests were written; the assembly is beside each.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Bus } from "../../src/emulator/bus/bus.ts";
import { Cpu } from "../../src/emulator/cpu/cpu.ts";
import * as O from "../../src/emulator/cpu/ops.ts";
import { EXIT_ERET, EXIT_HALT, EXIT_WFI, FRAME_ELR, FRAME_SPSR } from "../../src/machine/door.ts";
import {
  EC_BRK64,
  EC_DABT_LOWER,
  EC_FP_ACCESS,
  EC_MSR_MRS,
  EC_PC_ALIGN,
  EC_SP_ALIGN,
  EC_SVC64,
  EC_UNKNOWN,
  VEC_CURRENT_SPX_IRQ,
  VEC_CURRENT_SPX_SYNC,
  VEC_LOWER_A64_IRQ,
  VEC_LOWER_A64_SYNC,
} from "../../src/machine/exceptions.ts";
import { RAM_BASE } from "../../src/machine/memory-map.ts";
import { CNTKCTL_EL1, CNTVCT_EL0, DAIF, ESR_EL1, FAR_EL1, SCTLR_EL1, VBAR_EL1 } from "../../src/machine/sysregs.ts";

const BRK0 = 0xd4200000;

interface Entry {
  offset: number;
  esr: number;
  elr: bigint;
  far: bigint;
}

/** A machine with `words` at RAM_BASE, started at `el`, whose kernel records entries and halts. */
function machine(words: number[], el = 1) {
  const bus = new Bus(RAM_BASE, 1 << 20);
  const cpu = new Cpu(bus);
  for (let i = 0; i < words.length; i++) bus.ramView.setUint32(i * 4, words[i] >>> 0, true);
  cpu.reset(RAM_BASE, el);
  cpu.sp = BigInt(RAM_BASE + 0x8_0000);
  const entries: Entry[] = [];
  cpu.door.setVectorHandler((offset, frame) => {
    entries.push({
      offset,
      esr: Number(cpu.door.mrs(ESR_EL1)),
      elr: frame.regs[FRAME_ELR],
      far: cpu.door.mrs(FAR_EL1),
    });
    return EXIT_HALT;
  });
  const run = (n = 1000) => {
    cpu.run(n);
    return entries;
  };
  return { bus, cpu, entries, run };
}

const ec = (esr: number) => esr >>> 26;

describe("the executor's jump table", () => {
  it("keeps the executor's literal case labels in step with ops.ts", () => {
    const src = readFileSync(join(import.meta.dirname, "../../src/emulator/cpu/cpu.ts"), "utf8");
    const labels = [...src.matchAll(/case (\d+) \/\* (OP_\w+) \*\//g)];
    expect(labels.length).toBeGreaterThan(100);
    const ops = O as Record<string, number>;
    for (const [, n, name] of labels) expect(`${name}=${ops[name]}`).toBe(`${name}=${n}`);
  });
});

describe("integer instructions", () => {
  it("sets NZCV like AddWithCarry", () => {
    const m = machine([
      0x92800000, // mov x0, #-1
      0xb1000401, // adds x1, x0, #1      → 0, Z and C
      0xd53b4202, // mrs x2, nzcv
      0x92f00003, // mov x3, #0x7fffffffffffffff
      0xb1000464, // adds x4, x3, #1      → N and V
      0xd53b4205, // mrs x5, nzcv
      0x52800006, // mov w6, #0
      0x710004c6, // subs w6, w6, #1      → N (borrow: C clear)
      0xd53b4207, // mrs x7, nzcv
      BRK0,
    ]);
    m.run();
    expect(m.cpu.x(1)).toBe(0n);
    expect(m.cpu.x(2)).toBe(0x6000_0000n);
    expect(m.cpu.x(4)).toBe(0x8000_0000_0000_0000n);
    expect(m.cpu.x(5)).toBe(0x9000_0000n);
    expect(m.cpu.x(6)).toBe(0xffff_ffffn);
    expect(m.cpu.x(7)).toBe(0x8000_0000n);
  });

  it("multiplies and divides on 64 bits, dividing by zero to zero", () => {
    const m = machine([
      0x9bc17c02, // umulh x2, x0, x1
      0x9b417c03, // smulh x3, x0, x1
      0x9ac10c04, // sdiv x4, x0, x1
      0x9ac10805, // udiv x5, x0, x1
      0x9b017c06, // mul x6, x0, x1
      0x9adf0807, // udiv x7, x0, xzr
      BRK0,
    ]);
    m.cpu.setX(0, 0xfedc_ba98_7654_3210n);
    m.cpu.setX(1, 0x1234_5678_9abc_def1n);
    m.run();
    const a = 0xfedc_ba98_7654_3210n;
    const b = 0x1234_5678_9abc_def1n;
    const s = (v: bigint) => BigInt.asIntN(64, v);
    expect(m.cpu.x(2)).toBe((a * b) >> 64n);
    expect(m.cpu.x(3)).toBe(BigInt.asUintN(64, (s(a) * s(b)) >> 64n));
    expect(m.cpu.x(4)).toBe(BigInt.asUintN(64, s(a) / s(b)));
    expect(m.cpu.x(5)).toBe(a / b);
    expect(m.cpu.x(6)).toBe(BigInt.asUintN(64, a * b));
    expect(m.cpu.x(7)).toBe(0n);
  });

  it("executes pre/post-indexed pairs, register-offset loads, adr/adrp and branches", () => {
    const m = machine([
      0xa9bf0c22, // stp x2, x3, [x1, #-16]!
      0xa8c10c22, // ldp x2, x3, [x1], #16    (x1 back where it started)
      0xb8a27824, // ldrsw x4, [x1, x2, lsl #2]
      0x10000065, // adr x5, #12
      0xb0000006, // adrp x6, #4096
      0xb4000040, // cbz x0, #8               (skips the brk)
      BRK0,
      BRK0,
    ]);
    m.cpu.setX(1, BigInt(RAM_BASE + 0x1000));
    m.cpu.setX(2, 2n);
    m.cpu.setX(3, 0x1111n);
    m.bus.ramView.setInt32(0x1008, -5, true);
    m.run();
    expect(m.cpu.x(1)).toBe(BigInt(RAM_BASE + 0x1000));
    expect(m.bus.ramView.getBigUint64(0xff0, true)).toBe(2n);
    expect(m.cpu.x(3)).toBe(0x1111n);
    expect(m.cpu.x(4)).toBe(BigInt.asUintN(64, -5n));
    expect(m.cpu.x(5)).toBe(BigInt(RAM_BASE + 12 + 12));
    expect(m.cpu.x(6)).toBe(BigInt(RAM_BASE + 0x1000));
    expect(m.entries[0].elr).toBe(BigInt(RAM_BASE + 28)); // the second brk
  });

  it("lets stxr succeed only after ldxr to the same address", () => {
    const m = machine([
      0xc85f7c22, // ldxr x2, [x1]
      0xc8037c22, // stxr w3, x2, [x1]   → 0 (success)
      0xc8047c22, // stxr w4, x2, [x1]   → 1 (monitor disarmed)
      BRK0,
    ]);
    m.cpu.setX(1, BigInt(RAM_BASE + 0x2000));
    m.run();
    expect(m.cpu.x(3)).toBe(0n);
    expect(m.cpu.x(4)).toBe(1n);
  });

  it("zeroes a 64-byte block with dc zva", () => {
    const m = machine([0xd50b7421, BRK0]); // dc zva, x1
    m.bus.ram.fill(0xaa, 0x3000, 0x3100);
    m.cpu.setX(1, BigInt(RAM_BASE + 0x3010));
    m.run();
    expect([...m.bus.ram.subarray(0x3000, 0x3040)].every((b) => b === 0)).toBe(true);
    expect(m.bus.ram[0x3040]).toBe(0xaa);
  });
});

describe("exceptions", () => {
  it("takes svc from EL0 to VBAR+0x400 and erets back with the kernel's x0", () => {
    const m = machine(
      [
        0xd28000a0, // mov x0, #5
        0xd28000e1, // mov x1, #7
        0xd4000541, // svc #42
        0x8b010002, // add x2, x0, x1
        0xd4200020, // brk #1
      ],
      0,
    );
    const seen: number[] = [];
    m.cpu.door.setVectorHandler((offset, frame) => {
      seen.push(offset);
      const esr = Number(m.cpu.door.mrs(ESR_EL1));
      if (offset === VEC_LOWER_A64_SYNC && ec(esr) === EC_SVC64) {
        expect(esr & 0xffff).toBe(42);
        expect(frame.regs[FRAME_ELR]).toBe(BigInt(RAM_BASE + 12)); // the instruction after svc
        expect(frame.regs[FRAME_SPSR] & 0xfn).toBe(0n); // EL0t
        frame.regs[0] = frame.regs[0] * 10n;
        return EXIT_ERET;
      }
      expect(ec(esr)).toBe(EC_BRK64);
      return EXIT_HALT;
    });
    m.run();
    expect(seen).toEqual([VEC_LOWER_A64_SYNC, VEC_LOWER_A64_SYNC]);
    expect(m.cpu.x(2)).toBe(57n);
    expect(m.cpu.halted).toBe(true);
    expect(m.cpu.el).toBe(1);
  });

  it("reports undefined, FP, EL1-register and external-abort faults with their syndromes", () => {
    const cases: [number, number, number][] = [
      [0x0000_0000, EC_UNKNOWN, 0], // udf #0
      [0x1e62_2820, EC_FP_ACCESS, 0], // fadd d0, d1, d2
      [0xd538_1000, EC_UNKNOWN, 0], // mrs x0, sctlr_el1 at EL0
      [0xf940_0020, EC_DABT_LOWER, 0x10], // ldr x0, [x1] with x1 on no device
    ];
    for (const [word, wantEc, wantFsc] of cases) {
      const m = machine([word], 0);
      m.cpu.setX(1, 0x1234_5678n);
      const [e] = m.run();
      expect(e.offset).toBe(VEC_LOWER_A64_SYNC);
      expect(ec(e.esr)).toBe(wantEc);
      expect(e.esr & (1 << 25)).not.toBe(0); // IL
      expect(e.elr).toBe(BigInt(RAM_BASE)); // the faulting instruction
      if (wantEc === EC_DABT_LOWER) {
        expect(e.esr & 0x3f).toBe(wantFsc);
        expect(e.far).toBe(0x1234_5678n);
      }
    }
  });

  it("traps EL0 counter reads unless CNTKCTL_EL1 allows them", () => {
    const m = machine([0xd53b_e040, BRK0], 0); // mrs x0, cntvct_el0
    m.cpu.sysregHooks.set(CNTVCT_EL0, { read: () => 1234n, write: () => {} });
    expect(ec(m.run()[0].esr)).toBe(EC_MSR_MRS);
    const n = machine([0xd53b_e040, BRK0], 0);
    n.cpu.sysregHooks.set(CNTVCT_EL0, { read: () => 1234n, write: () => {} });
    n.cpu.writeSysreg(CNTKCTL_EL1, 2n);
    n.run();
    expect(n.cpu.x(0)).toBe(1234n);
  });

  it("checks SP alignment and PC alignment", () => {
    const m = machine([0xf940_03e0], 1); // ldr x0, [sp]
    m.cpu.sp = BigInt(RAM_BASE + 0x8008);
    expect(ec(m.run()[0].esr)).toBe(EC_SP_ALIGN);
    const n = machine([0xd61f_0020], 1); // br x1
    n.cpu.setX(1, BigInt(RAM_BASE + 0x102));
    const [e] = n.run();
    expect(ec(e.esr)).toBe(EC_PC_ALIGN);
    expect(e.far).toBe(BigInt(RAM_BASE + 0x102));
  });

  it("runs real EL1 vectors when no TypeScript kernel is installed", () => {
    const words = new Array(0x300 / 4).fill(BRK0);
    words[0] = 0xd4000541; // svc #42 at EL1 → VBAR + 0x200
    words[0x200 / 4] = 0xd28000a0; // mov x0, #5 (the vector's first instruction)
    const m = machine(words, 1);
    m.cpu.setVectorHandler(null);
    m.cpu.writeSysreg(VBAR_EL1, BigInt(RAM_BASE));
    m.cpu.run(2);
    expect(m.cpu.x(0)).toBe(5n);
    expect(ec(Number(m.cpu.readSysreg(ESR_EL1)))).toBe(EC_SVC64);
  });
});

describe("wfi, interrupts and the kernel's exits", () => {
  it("idles an EL0 wfi until the interrupt line rises, then takes the IRQ", () => {
    const m = machine([0xd503207f, BRK0], 0); // wfi
    m.cpu.setVectorHandler((offset) => {
      m.entries.push({ offset, esr: 0, elr: 0n, far: 0n });
      return EXIT_HALT;
    });
    m.cpu.daif = 0; // PSTATE.I clear at EL0
    m.cpu.run(100);
    expect(m.cpu.idle).toBe(true);
    expect(m.cpu.run(100)).toBe(0);
    m.cpu.irqLine = true;
    m.cpu.run(100);
    expect(m.entries.map((e) => e.offset)).toEqual([VEC_LOWER_A64_IRQ]);
  });

  it("boots the kernel, waits in its wfi, and enters its IRQ vector when unmasked", () => {
    const m = machine([BRK0], 1);
    const offsets: number[] = [];
    m.cpu.bootKernel((door) => {
      door.setVectorHandler((offset) => {
        offsets.push(offset);
        return EXIT_HALT;
      });
      door.msr(DAIF, 0n);
      return EXIT_WFI;
    }, 0);
    expect(m.cpu.idle).toBe(true);
    expect(m.cpu.run(10)).toBe(0);
    m.cpu.irqLine = true;
    m.cpu.run(10);
    expect(offsets).toEqual([VEC_CURRENT_SPX_IRQ]);
    expect(m.cpu.halted).toBe(true);
  });

  it("charges virtual time for kernel entries", () => {
    const m = machine([0xd4000001, BRK0], 0); // svc #0
    const before = m.cpu.now();
    m.run();
    expect(m.cpu.now()).toBeGreaterThan(before + 100);
  });

  it("never throws on random instruction words", () => {
    let seed = 12345;
    const next = () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return seed >>> 0;
    };
    for (let i = 0; i < 200; i++) {
      const words = Array.from({ length: 64 }, next);
      const m = machine(words, i & 1);
      m.cpu.door.setVectorHandler(() => EXIT_HALT);
      expect(() => m.cpu.run(200)).not.toThrow();
    }
    void VEC_CURRENT_SPX_SYNC;
    void SCTLR_EL1;
  });
});

describe("exception return", () => {
  it("makes an eret to a level the CPU lacks illegal: the next instruction takes EC 0x0E", () => {
    const m = machine([
      0xd5184000, // msr spsr_el1, x0   (M = EL2h: not implemented)
      0xd5184021, // msr elr_el1, x1
      0xd69f03e0, // eret
    ]);
    m.cpu.setX(0, 0x9n);
    m.cpu.setX(1, BigInt(RAM_BASE + 0x100));
    const [e] = m.run();
    expect(ec(e.esr)).toBe(0x0e);
    expect(e.elr).toBe(BigInt(RAM_BASE + 0x100));
  });
});

describe("alignment", () => {
  it("allows unaligned loads by default and faults them when SCTLR_EL1.A is set", () => {
    const m = machine([0xf9400020, BRK0]); // ldr x0, [x1]
    m.cpu.setX(1, BigInt(RAM_BASE + 0x1001));
    m.bus.ramView.setBigUint64(0x1001, 0x1122_3344_5566_7788n, true);
    m.run();
    expect(m.cpu.x(0)).toBe(0x1122_3344_5566_7788n);
    const n = machine([0xf9400020, BRK0]);
    n.cpu.setX(1, BigInt(RAM_BASE + 0x1001));
    n.cpu.writeSysreg(SCTLR_EL1, 0x00c5_0838n | 2n);
    const [e] = n.run();
    expect(e.esr & 0x3f).toBe(0x21);
    expect(e.far).toBe(BigInt(RAM_BASE + 0x1001));
  });
});
