// chapter: 08-testing-the-cpu
// The Linux runner's CPU identity (tools/emu/linux.ts; "Two identities" in the CPU chapter):
// by default it answers as plain qemu-aarch64's "max" CPU, emulates EL0's reads of the ID
// registers as Linux does, and `dc zva` zeroes the block DCZID_EL0 announces. The programs are
// assembled here from the generator's encoders, so the test needs no compiler.
import { describe, expect, it } from "vitest";
import { CORTEX_A72, type CpuIdentity } from "../../src/emulator/cpu/identity.ts";
import { SCTLR_EL1 } from "../../src/machine/sysregs.ts";
import { addSubImm, mrs, moveWide, svc, sysreg } from "../../tools/difftest/a64.ts";
import { buildElf, dataVaddr } from "../../tools/difftest/elf.ts";
import { LinuxRunner } from "../../tools/emu/linux.ts";

const str64 = (imm12: number, rn: number, rt: number) => (0xf9000000 | (imm12 << 10) | (rn << 5) | rt) >>> 0;
const dcZva = (rt: number) => (0xd50b7420 | rt) >>> 0;
/** movz/movk of a 32-bit value into xd. */
const mov32 = (rd: number, v: number) => [moveWide(1, 2, 0, v & 0xffff, rd), moveWide(1, 3, 1, v >>> 16, rd)];

/**
 * A program that runs `body` with x2 = the data segment's address, then writes the data
 * segment (`dataBytes` long) to stdout and exits with 0. The code's length is fixed first, so
 * the data address is known while assembling.
 */
function program(body: number[], dataBytes: number, data?: Uint8Array): Uint8Array {
  const codeLength = (body.length + 13) * 4;
  const base = dataVaddr(codeLength);
  const code = [
    ...mov32(2, base),
    ...body,
    ...mov32(2, base),
    addSubImm(1, 0, 0, 0, 0, 2, 1), // mov x1, x2
    ...mov32(2, dataBytes),
    moveWide(1, 2, 0, 1, 0), // mov x0, #1
    moveWide(1, 2, 0, 64, 8), // write
    svc(0),
    moveWide(1, 2, 0, 0, 0),
    moveWide(1, 2, 0, 93, 8), // exit
    svc(0),
  ];
  expect(code.length * 4).toBe(codeLength);
  const bytes = new Uint8Array(new Uint32Array(code).buffer);
  return buildElf(bytes, data ?? new Uint8Array(dataBytes));
}

function run(elf: Uint8Array, identity?: CpuIdentity, setup?: (r: LinuxRunner) => void) {
  const out: Uint8Array[] = [];
  const io = {
    write(fd: number, b: Uint8Array): number {
      if (fd === 1) out.push(b.slice()); // b may be a view of guest RAM
      return b.length;
    },
    read: () => 0,
  };
  const runner = new LinuxRunner(elf, ["t"], io, { ramSize: 16 << 20, identity });
  setup?.(runner);
  const status = runner.run(1_000_000);
  const stdout = Buffer.concat(out);
  return { status, stdout, runner };
}

/** Reads the registers into the data segment, one 64-bit word each, and returns them. */
function readRegisters(regs: number[], identity?: CpuIdentity, setup?: (r: LinuxRunner) => void): bigint[] {
  const body = regs.flatMap((r, i) => [mrs(r, 1), str64(i, 2, 1)]);
  const { status, stdout } = run(program(body, regs.length * 8), identity, setup);
  expect(status).toBe(0);
  return regs.map((_, i) => stdout.readBigUInt64LE(i * 8));
}

const MIDR = sysreg(3, 0, 0, 0, 0);
const MPIDR = sysreg(3, 0, 0, 0, 5);
const REVIDR = sysreg(3, 0, 0, 0, 6);
const CTR = sysreg(3, 3, 0, 0, 1);
const DCZID = sysreg(3, 3, 0, 0, 7);
const PFR0 = sysreg(3, 0, 0, 4, 0);
const DFR0 = sysreg(3, 0, 0, 5, 0);
const ISAR0 = sysreg(3, 0, 0, 6, 0);
const MMFR0 = sysreg(3, 0, 0, 7, 0);
const RESERVED = sysreg(3, 0, 0, 4, 2);

describe("the Linux runner's CPU identity", () => {
  it("answers EL0's reads of the identity and ID registers as qemu-aarch64's default CPU", () => {
    const v = readRegisters([MIDR, MPIDR, REVIDR, CTR, DCZID, DFR0, MMFR0, RESERVED]);
    expect(v).toEqual([0xf0510n, 0x8000_0000n, 0n, 0x8003_8003n, 7n, 6n, 0xff00_0000n, 0n]);
  });

  it("reports only the features the CPU implements: FP and AdvSIMD, but no ISAR0 extensions", () => {
    expect(readRegisters([PFR0, ISAR0])).toEqual([0x0000_0011n, 0n]);
  });

  it("keeps the Cortex-A72's identity when the owner chooses it", () => {
    expect(readRegisters([MIDR, CTR, DCZID], CORTEX_A72)).toEqual([0x410f_d083n, 0x8444_c004n, 4n]);
  });

  it("sets DCZID_EL0.DZP at EL0 while SCTLR_EL1.DZE forbids dc zva", () => {
    const dze = 1n << 14n;
    const clear = (r: LinuxRunner) => r.cpu.writeSysreg(SCTLR_EL1, (r.cpu.readSysreg(SCTLR_EL1) ?? 0n) & ~dze);
    expect(readRegisters([DCZID], undefined, clear)).toEqual([0x17n]);
  });

  it("kills a program that reads an ID register Linux does not emulate with SIGILL", () => {
    const elf = program([mrs(sysreg(3, 0, 0, 1, 0), 1)], 8); // ID_PFR0_EL1, an AArch32 register
    const { status, runner } = run(elf);
    expect(status).toBe(128 + 4);
    expect(runner.signalReport).toContain("Illegal instruction");
  });

  for (const [identity, size] of [
    [undefined, 512],
    [CORTEX_A72, 64],
  ] as const) {
    it(`dc zva zeroes the ${size}-byte block that holds the address (${identity?.name ?? "default"})`, () => {
      const ones = new Uint8Array(4096).fill(0xff);
      const body = [addSubImm(1, 0, 0, 0, 2048 + 100, 2, 3), dcZva(3)]; // add x3, x2, #2148
      const { status, stdout } = run(program(body, 4096, ones), identity);
      expect(status).toBe(0);
      const zero = [...stdout.keys()].filter((i) => stdout[i] === 0);
      expect([zero.length, zero[0]]).toEqual([size, 2148 & -size]);
    });
  }

  it("advertises FP, ASIMD and CPUID in AT_HWCAP, nothing in AT_HWCAP2, and AT_PLATFORM aarch64", () => {
    const runner = new LinuxRunner(program([], 8), ["t"], { write: (_f, b) => b.length, read: () => 0 }, { ramSize: 16 << 20 });
    const view = runner.bus.ramView;
    let p = Number(runner.cpu.sp);
    const argc = Number(view.getBigUint64(p, true));
    p += (argc + 2) * 8;
    while (view.getBigUint64(p, true) !== 0n) p += 8;
    p += 8;
    const aux = new Map<number, bigint>();
    for (; view.getBigUint64(p, true) !== 0n; p += 16) aux.set(Number(view.getBigUint64(p, true)), view.getBigUint64(p + 8, true));
    expect(aux.get(16)).toBe((1n << 11n) | 3n); // HWCAP_CPUID | HWCAP_ASIMD (chapter 4e) | HWCAP_FP (chapter 4d)
    expect(aux.get(26)).toBe(0n);
    const platform = Number(aux.get(15));
    expect(Buffer.from(runner.bus.ram.subarray(platform, platform + 8)).toString("latin1")).toBe("aarch64\0");
  });
});

describe("the Linux runner's memory", () => {
  it("grows brk as far as the configured RAM allows, and no further", () => {
    // 16 MiB of RAM, the top 8 MiB the stack, the program at 4 MiB: 3 MiB of heap fit, 5 do not.
    const brk = (rd: number, sh: number, imm: number) => [
      addSubImm(1, 0, 0, sh, imm, 19, 0), // add x0, x19, #imm (LSL 12 when sh)
      moveWide(1, 2, 0, 214, 8), // brk
      svc(0),
      str64(rd, 2, 0),
    ];
    const body = [
      moveWide(1, 2, 0, 0, 19), // x19 = 0: brk(0) asks where the heap is
      ...brk(0, 0, 0),
      addSubImm(1, 0, 0, 0, 0, 0, 19), // x19 = the start
      ...brk(1, 1, 3 * 256), // start + 3 MiB
      ...brk(2, 1, 5 * 256), // start + 5 MiB: into the stack, refused
    ];
    const { status, stdout } = run(program(body, 24));
    expect(status).toBe(0);
    const [start, grown, refused] = [0, 8, 16].map((o) => stdout.readBigUInt64LE(o));
    expect(grown - start).toBe(3n << 20n);
    expect(refused).toBe(grown);
  });

  it("ends a program that writes its own code with SIGSEGV, in qemu-aarch64's words", () => {
    const body = [...mov32(3, 0x400000), str64(0, 3, 0)]; // str x0, [the code segment]
    const { status, runner } = run(program(body, 8));
    expect(status).toBe(128 + 11);
    expect(runner.signalReport).toBe("emu: uncaught target signal 11 (Segmentation fault) - core dumped");
    expect(runner.faultDetail).toMatch(/FAR 0x400000$/);
  });
});
