// The Linux-ABI runner: loads a static AArch64 Linux ELF into a bare machine (a bus with one big
// RAM region at physical 0 and the CPU), builds the initial stack Linux would, and runs the
// program at EL0. The MMU is on with virtual = physical, and only what Linux would map is mapped,
// with its permissions (address-space.ts): the null page, a write to .text or .rodata, a jump
// into data fault, and end the program with SIGSEGV as under Linux and qemu-aarch64. System calls are served by a small shim
// installed as the kernel's vector handler on the door — no kernel involved. Host code: it may
// use Node, but it only touches the machine through the door and the CPU's public surface.
import { EXIT_ERET, EXIT_HALT, FRAME_ELR, type KernelExit, type TrapFrame } from "../../src/machine/door.ts";
import {
  EC_BRK64,
  EC_DABT_LOWER,
  EC_FP_ACCESS,
  EC_IABT_LOWER,
  EC_PC_ALIGN,
  EC_SP_ALIGN,
  EC_SVC64,
  EC_UNKNOWN,
  VEC_LOWER_A64_SYNC,
} from "../../src/machine/exceptions.ts";
import {
  CNTKCTL_EL1,
  CPACR_EL1,
  CNTPCT_EL0,
  CNTVCT_EL0,
  ESR_EL1,
  FAR_EL1,
  ID_AA64ISAR0_EL1,
  ID_AA64PFR0_EL1,
  MIDR_EL1,
  MPIDR_EL1,
  SCTLR_EL1,
  sysreg,
} from "../../src/machine/sysregs.ts";
import { Bus } from "../../src/emulator/bus/bus.ts";
import { Cpu } from "../../src/emulator/cpu/cpu.ts";
import { type CpuIdentity, QEMU_MAX } from "../../src/emulator/cpu/identity.ts";
import { AddressSpace, PAGE, PROT_EXEC, PROT_READ, PROT_WRITE, tableBytes } from "./address-space.ts";

export interface HostIo {
  write(fd: number, data: Uint8Array): number;
  read(fd: number, into: Uint8Array): number;
}

export interface RunnerOptions {
  /** RAM size in bytes (default 512 MiB); the program's addresses must lie inside it. */
  ramSize?: number;
  /** Environment strings ("NAME=value"). */
  env?: string[];
  /** Seed of getrandom and AT_RANDOM. */
  seed?: number;
  /**
   * What the CPU says it is (default QEMU_MAX, the CPU plain qemu-aarch64 emulates, so that a
   * program prints what it prints there; see "Two identities" in the CPU chapter).
   */
  identity?: CpuIdentity;
  /** Whether the CPU translates hot code (chapter 4t); default: the CPU's default. */
  translate?: boolean;
  /** Visits of an instruction before a block is translated from it (1: on sight). */
  translateAfter?: number;
  /** Which blocks the translator makes WebAssembly (chapter 4t): loops (default), all it can, off. */
  translateWasm?: "loops" | "all" | "off";
}

/** The stack the runner reserves at the top of RAM. */
export const STACK_SIZE = 8 * 1024 * 1024;
/** Errno values (Linux asm-generic/errno-base.h). */
const ENOENT = 2;
const EBADF = 9;
const ENOMEM = 12;
const EFAULT = 14;
const EINVAL = 22;
/** mmap flags (Linux uapi/asm-generic/mman-common.h). */
const MAP_FIXED = 0x10;
const MAP_ANONYMOUS = 0x20;
/** Pages left free above the heap, so brk can grow a little even when mmap has filled the rest. */
const HEAP_GAP = 64 * PAGE;
const ENOTTY = 25;
const ENOSYS = 38;

/**
 * The ID registers a Linux process may read with mrs (op0 3, op1 0, CRn 0, CRm 4-7): the kernel
 * traps the access and answers with the fields it exports to user space, plus fixed values for
 * some hidden ones (Linux Documentation/arch/arm64/cpu-feature-registers.rst). These masks are
 * qemu-aarch64 7.2.22's (target/arm/helper.c, v8_user_idregs), which mirror Linux's; every other
 * register in CRm 4-7 reads as zero.
 */
const USER_ID_REGS = new Map<number, { exported: bigint; fixed: bigint }>([
  [sysreg(3, 0, 0, 4, 0), { exported: 0x000f_000f_00ff_0000n, fixed: 0x11n }], // ID_AA64PFR0_EL1: EL0, EL1 AArch64
  [sysreg(3, 0, 0, 4, 1), { exported: 0x0f00_0fffn, fixed: 0n }], // ID_AA64PFR1_EL1
  [sysreg(3, 0, 0, 4, 4), { exported: 0x0ff0_ff0f_00ff_00ffn, fixed: 0n }], // ID_AA64ZFR0_EL1
  [sysreg(3, 0, 0, 4, 5), { exported: 0x80f1_00fd_0000_0000n, fixed: 0n }], // ID_AA64SMFR0_EL1
  [sysreg(3, 0, 0, 5, 0), { exported: 0n, fixed: 6n }], // ID_AA64DFR0_EL1: DebugVer 6 (Armv8)
  [sysreg(3, 0, 0, 6, 0), { exported: 0xf0ff_ffff_f0ff_fff0n, fixed: 0n }], // ID_AA64ISAR0_EL1
  [sysreg(3, 0, 0, 6, 1), { exported: 0x00ff_f0ff_ffff_ffffn, fixed: 0n }], // ID_AA64ISAR1_EL1
  [sysreg(3, 0, 0, 6, 2), { exported: 0xffffn, fixed: 0n }], // ID_AA64ISAR2_EL1
  [sysreg(3, 0, 0, 7, 0), { exported: 0xf000_0000_0000_0000n, fixed: 0xff00_0000n }], // ID_AA64MMFR0_EL1: no 64K, 4K pegged
  [sysreg(3, 0, 0, 7, 1), { exported: 0x0000_f000_0000_0000n, fixed: 0n }], // ID_AA64MMFR1_EL1
  [sysreg(3, 0, 0, 7, 2), { exported: 0x0000_000f_0000_0000n, fixed: 0n }], // ID_AA64MMFR2_EL1
]);
const REVIDR_EL1 = sysreg(3, 0, 0, 0, 6);

/** AT_HWCAP bits (Linux arch/arm64/include/uapi/asm/hwcap.h). */
const HWCAP_FP = 1 << 0;
const HWCAP_ASIMD = 1 << 1;
const HWCAP_AES = 1 << 3;
const HWCAP_PMULL = 1 << 4;
const HWCAP_SHA1 = 1 << 5;
const HWCAP_SHA2 = 1 << 6;
const HWCAP_CRC32 = 1 << 7;
const HWCAP_ATOMICS = 1 << 8;
const HWCAP_CPUID = 1 << 11;

/** Signal numbers and names as qemu-aarch64 reports an uncaught one. */
const SIGNAL_NAMES: Record<number, string> = {
  4: "Illegal instruction",
  5: "Trace/breakpoint trap",
  7: "Bus error",
  11: "Segmentation fault",
};

export class LinuxRunner {
  readonly bus: Bus;
  readonly cpu: Cpu;
  /** Exit status once the program has exited (or died of a signal: 128 + signo). */
  status = -1;
  /** Set when the program died of a signal: a one-line description. */
  signalReport = "";
  /** With signalReport: the faulting pc and the syndrome (`npm run emu -- --stats` prints it). */
  faultDetail = "";
  private brkStart = 0;
  private brk = 0;
  /** The program's addresses: [0, ramSize); the page tables sit above them. */
  private readonly ramSize: number;
  private readonly mem: AddressSpace;
  /** The ELF's PT_LOAD segments, mapped once the MMU is set up. */
  private readonly segments: { addr: number; len: number; prot: number }[] = [];
  private rng: number;
  private readonly io: HostIo;

  constructor(elf: Uint8Array, argv: string[], io: HostIo, options: RunnerOptions = {}) {
    this.io = io;
    this.rng = (options.seed ?? 0x12345678) | 1;
    const ramSize = options.ramSize ?? 512 * 1024 * 1024;
    this.ramSize = ramSize;
    this.bus = new Bus(0, ramSize + tableBytes(ramSize));
    this.cpu = new Cpu(this.bus);
    this.cpu.identity = options.identity ?? QEMU_MAX;
    // Chapter 4t's translating tier; a CPU of an earlier chapter's state has none to switch.
    const tiered = this.cpu as Cpu & { setTranslation?: (on: boolean, hot?: number, wasm?: RunnerOptions["translateWasm"]) => void };
    if (options.translate !== undefined) tiered.setTranslation?.(options.translate, options.translateAfter, options.translateWasm);
    const entry = this.load(elf);
    const sp = this.buildStack(argv, options.env ?? [], entry.phdr, entry.phnum, entry.entry);
    const cpu = this.cpu;
    cpu.reset(entry.entry, 0);
    cpu.sp = BigInt(sp);
    // Linux lets EL0 use dc zva and read CTR_EL0 and the virtual counter (and emulates its reads
    // of the ID registers: emulateMrs).
    cpu.writeSysreg(SCTLR_EL1, 0x00c5_0838n | (1n << 14n) | (1n << 15n) | (1n << 26n));
    cpu.writeSysreg(CNTKCTL_EL1, 2n);
    this.mem = new AddressSpace(this.bus, cpu, ramSize, ramSize);
    for (const seg of this.segments) this.mem.map(seg.addr, seg.len, seg.prot);
    this.mem.map(ramSize - STACK_SIZE, STACK_SIZE, PROT_READ | PROT_WRITE);
    // Linux lets EL0 use floating point (CPACR_EL1.FPEN = 0b11; it switches the registers lazily).
    cpu.writeSysreg(CPACR_EL1, 3n << 20n);
    const counter = { read: () => BigInt(cpu.now()), write: () => {} };
    cpu.sysregHooks.set(CNTVCT_EL0, counter);
    cpu.sysregHooks.set(CNTPCT_EL0, counter);
    cpu.door.setVectorHandler((offset, frame) => this.vector(offset, frame));
  }

  /** Runs until the program exits; returns its status. */
  run(slice = 50_000_000): number {
    const cpu = this.cpu;
    while (!cpu.halted) {
      cpu.run(slice);
      if (cpu.idle && !cpu.halted) {
        this.signalReport = "emu: the program waits (wfi) with no interrupt source";
        this.status = 128 + 9;
        break;
      }
    }
    return this.status;
  }

  // ---------------------------------------------------------------- loading

  private load(elf: Uint8Array): { entry: number; phdr: number; phnum: number } {
    const v = new DataView(elf.buffer, elf.byteOffset, elf.byteLength);
    if (v.getUint32(0) !== 0x7f454c46 || elf[4] !== 2 || elf[5] !== 1) throw new Error("not a 64-bit little-endian ELF");
    if (v.getUint16(18, true) !== 183) throw new Error("not an AArch64 ELF (e_machine != 183)");
    const entry = Number(v.getBigUint64(24, true));
    const phoff = Number(v.getBigUint64(32, true));
    const phentsize = v.getUint16(54, true);
    const phnum = v.getUint16(56, true);
    let phdrAddr = 0;
    let end = 0;
    for (let i = 0; i < phnum; i++) {
      const p = phoff + i * phentsize;
      const type = v.getUint32(p, true);
      const flags = v.getUint32(p + 4, true); // PF_X 1, PF_W 2, PF_R 4
      const offset = Number(v.getBigUint64(p + 8, true));
      const vaddr = Number(v.getBigUint64(p + 16, true));
      const filesz = Number(v.getBigUint64(p + 32, true));
      const memsz = Number(v.getBigUint64(p + 40, true));
      if (type === 6) phdrAddr = vaddr; // PT_PHDR
      if (type !== 1) continue; // PT_LOAD
      if (vaddr + memsz > this.ramSize - STACK_SIZE) throw new Error(`segment at 0x${vaddr.toString(16)} does not fit in RAM`);
      this.bus.ram.set(elf.subarray(offset, offset + filesz), vaddr);
      this.bus.ram.fill(0, vaddr + filesz, vaddr + memsz);
      if (offset === 0 && phdrAddr === 0) phdrAddr = vaddr + phoff;
      end = Math.max(end, vaddr + memsz);
      const first = vaddr - (vaddr % PAGE);
      const prot = (flags & 4 ? PROT_READ : 0) | (flags & 2 ? PROT_WRITE : 0) | (flags & 1 ? PROT_EXEC : 0);
      this.segments.push({ addr: first, len: Math.ceil((vaddr + memsz) / PAGE) * PAGE - first, prot });
    }
    this.brkStart = Math.ceil(end / PAGE) * PAGE;
    this.brk = this.brkStart;
    return { entry, phdr: phdrAddr, phnum };
  }

  /** The initial stack (System V AArch64 ABI, Linux fs/binfmt_elf.c create_elf_tables). */
  private buildStack(argv: string[], env: string[], phdr: number, phnum: number, entry: number): number {
    const ram = this.bus.ram;
    const enc = new TextEncoder();
    let top = this.ramSize - PAGE;
    const put = (bytes: Uint8Array): number => {
      top -= bytes.length;
      ram.set(bytes, top);
      return top;
    };
    const cstr = (s: string) => {
      const b = enc.encode(s);
      const z = new Uint8Array(b.length + 1);
      z.set(b);
      return z;
    };
    const execfn = put(cstr(argv[0] ?? "a.out"));
    const platform = put(cstr("aarch64"));
    const envPtrs = env.map((s) => put(cstr(s)));
    const argPtrs = argv.map((s) => put(cstr(s)));
    const random = new Uint8Array(16);
    for (let i = 0; i < 16; i++) random[i] = this.nextRandom() & 0xff;
    const randomAt = put(random);
    top &= ~15;
    const auxv: [number, number][] = [
      [3, phdr], // AT_PHDR
      [4, 56], // AT_PHENT
      [5, phnum], // AT_PHNUM
      [6, PAGE], // AT_PAGESZ
      [7, 0], // AT_BASE
      [8, 0], // AT_FLAGS
      [9, entry], // AT_ENTRY
      [11, 0], // AT_UID
      [12, 0], // AT_EUID
      [13, 0], // AT_GID
      [14, 0], // AT_EGID
      [16, this.hwcap()], // AT_HWCAP
      [17, 100], // AT_CLKTCK
      [23, 0], // AT_SECURE
      [25, randomAt], // AT_RANDOM
      [31, execfn], // AT_EXECFN
      [26, 0], // AT_HWCAP2: none of its features is implemented
      [15, platform], // AT_PLATFORM
      [0, 0], // AT_NULL
    ];
    const words = [argv.length, ...argPtrs, 0, ...envPtrs, 0, ...auxv.flat()];
    top -= words.length * 8;
    top &= ~15;
    const view = this.bus.ramView;
    for (let i = 0; i < words.length; i++) view.setBigUint64(top + i * 8, BigInt(words[i]), true);
    return top;
  }

  /**
   * AT_HWCAP as Linux derives it from the ID registers (arch/arm64/kernel/cpufeature.c,
   * arm64_elf_hwcaps), for the Armv8.0 features: only what the CPU implements. CPUID says that
   * EL0 may read the ID registers, which the shim emulates (el0IdRegister).
   */
  private hwcap(): number {
    const cpu = this.cpu;
    const pfr0 = cpu.readSysreg(ID_AA64PFR0_EL1) ?? 0n;
    const isar0 = cpu.readSysreg(ID_AA64ISAR0_EL1) ?? 0n;
    const field = (reg: bigint, shift: number) => Number((reg >> BigInt(shift)) & 15n);
    let caps = HWCAP_CPUID;
    if (field(pfr0, 16) !== 15) caps |= HWCAP_FP;
    if (field(pfr0, 20) !== 15) caps |= HWCAP_ASIMD;
    if (field(isar0, 4) >= 1) caps |= HWCAP_AES;
    if (field(isar0, 4) >= 2) caps |= HWCAP_PMULL;
    if (field(isar0, 8) >= 1) caps |= HWCAP_SHA1;
    if (field(isar0, 12) >= 1) caps |= HWCAP_SHA2;
    if (field(isar0, 16) >= 1) caps |= HWCAP_CRC32;
    if (field(isar0, 20) >= 2) caps |= HWCAP_ATOMICS;
    return caps;
  }

  // ---------------------------------------------------------------- the shim

  private vector(offset: number, frame: TrapFrame): KernelExit {
    const door = this.cpu.door;
    const esr = Number(door.mrs(ESR_EL1));
    const ec = esr >>> 26;
    if (offset === VEC_LOWER_A64_SYNC && ec === EC_SVC64) {
      const r = frame.regs;
      const result = this.syscall(Number(r[8]), r[0], r[1], r[2], r[3], r[4], r[5]);
      if (this.status >= 0) return EXIT_HALT;
      r[0] = BigInt.asUintN(64, BigInt(result));
      return EXIT_ERET;
    }
    if (offset === VEC_LOWER_A64_SYNC && ec === EC_UNKNOWN && this.emulateMrs(frame)) return EXIT_ERET;
    let signal = 11;
    if (ec === EC_UNKNOWN || ec === EC_FP_ACCESS) signal = 4;
    else if (ec === EC_BRK64) signal = 5;
    else if (ec === EC_PC_ALIGN || ec === EC_SP_ALIGN) signal = 7;
    else if (ec !== EC_DABT_LOWER && ec !== EC_IABT_LOWER) signal = 11;
    const elr = frame.regs[32];
    // qemu-aarch64's words (linux-user/signal.c), then the runner's own: where and why.
    this.signalReport = `emu: uncaught target signal ${signal} (${SIGNAL_NAMES[signal]}) - core dumped`;
    this.faultDetail = `emu: pc 0x${elr.toString(16)}, ESR 0x${esr.toString(16)}, FAR 0x${door.mrs(FAR_EL1).toString(16)}`;
    this.status = 128 + signal;
    return EXIT_HALT;
  }

  /**
   * EL0's mrs of an ID register is UNDEFINED on the CPU; Linux (arch/arm64/kernel/cpufeature.c,
   * emulate_mrs) and qemu-aarch64 answer it instead, and so does the shim: the value goes to the
   * target register and the program continues after the instruction. False if the instruction
   * is not such an mrs: the program then dies of SIGILL, as it would there.
   */
  private emulateMrs(frame: TrapFrame): boolean {
    const pc = Number(frame.regs[FRAME_ELR]);
    if (!this.mem.accessible(pc, 4, false)) return false;
    const insn = this.bus.ramView.getUint32(pc, true);
    if (insn >>> 20 !== 0xd53) return false; // MRS with op0 2 or 3
    const value = this.el0IdRegister((insn >>> 5) & 0xffff);
    if (value === null) return false;
    const rt = insn & 31;
    if (rt !== 31) frame.regs[rt] = value;
    frame.regs[FRAME_ELR] += 4n;
    return true;
  }

  /** What EL0 reads from an ID register under Linux and qemu-aarch64, or null (SIGILL). */
  private el0IdRegister(id: number): bigint | null {
    if (id >>> 7 !== sysreg(3, 0, 0, 0, 0) >>> 7) return null; // op0 3, op1 0, CRn 0
    if (id === MIDR_EL1) return this.cpu.readSysreg(MIDR_EL1);
    if (id === MPIDR_EL1) return 0x8000_0000n; // affinity hidden: only the RES1 bit
    if (id === REVIDR_EL1) return 0n; // IMPLEMENTATION DEFINED, reported as 0
    const crm = (id >>> 3) & 15;
    if (crm < 4) return null; // the rest of CRm 0 and the AArch32 registers: not emulated
    const user = USER_ID_REGS.get(id);
    if (user === undefined) return 0n;
    return ((this.cpu.readSysreg(id) ?? 0n) & user.exported) | user.fixed;
  }

  private syscall(nr: number, a0: bigint, a1: bigint, a2: bigint, a3: bigint, _a4: bigint, _a5: bigint): number {
    const n0 = Number(a0);
    const n1 = Number(a1);
    const n2 = Number(a2);
    switch (nr) {
      case 63: // read(fd, buf, count)
        return this.withBuffer(n1, n2, (b) => this.io.read(n0, b), true);
      case 64: // write(fd, buf, count)
        return this.withBuffer(n1, n2, (b) => this.io.write(n0, b), false);
      case 66: {
        // writev(fd, iov, iovcnt)
        let total = 0;
        for (let i = 0; i < n2; i++) {
          if (!this.mem.accessible(n1 + i * 16, 16, false)) return total > 0 ? total : -EFAULT;
          const base = Number(this.bus.read64(n1 + i * 16));
          const len = Number(this.bus.read64(n1 + i * 16 + 8));
          const r = this.withBuffer(base, len, (b) => this.io.write(n0, b), false);
          if (r < 0) return total > 0 ? total : r;
          total += r;
        }
        return total;
      }
      case 93: // exit
      case 94: // exit_group
        this.status = n0 & 0xff;
        return 0;
      case 214: // brk
        return this.sysBrk(n0);
      case 222: // mmap(addr, len, prot, flags, fd, off)
        return this.sysMmap(n0, n1, n2, Number(a3));
      case 215: // munmap(addr, len)
        return this.sysMunmap(n0, n1);
      case 226: // mprotect(addr, len, prot)
        return this.sysMprotect(n0, n1, n2);
      case 233: // madvise
      case 134: // rt_sigaction
      case 135: // rt_sigprocmask
      case 99: // set_robust_list
      case 124: // sched_yield
      case 57: // close
        return 0;
      case 96: // set_tid_address
      case 172: // getpid
      case 178: // gettid
        return 1000;
      case 174: // getuid
      case 175: // geteuid
      case 176: // getgid
      case 177: // getegid
        return 0;
      case 113: // clock_gettime(clock, tp): virtual time, deterministic
        return this.sysClockGettime(n1);
      case 278: // getrandom(buf, len, flags): deterministic
        return this.withBuffer(n0, n1, (b) => {
          for (let i = 0; i < b.length; i++) b[i] = this.nextRandom() & 0xff;
          return b.length;
        }, true);
      case 29: // ioctl: only TCGETS on a terminal would succeed; we have none
        return n0 <= 2 ? -ENOTTY : -EBADF;
      case 80: // fstat(fd, statbuf): a character device for 0–2
        return this.sysFstat(n0, n1);
      case 79: // newfstatat
        return -ENOENT;
      case 56: // openat
      case 78: // readlinkat
        return -ENOENT;
      case 62: // lseek
        return -29; // ESPIPE
      case 261: // prlimit64
        return -EINVAL;
      case 160: // uname
        return this.sysUname(n0);
      default:
        return -ENOSYS;
    }
  }

  private withBuffer(addr: number, len: number, f: (b: Uint8Array) => number, intoGuest: boolean): number {
    if (len === 0) return 0;
    if (!this.mem.accessible(addr, len, intoGuest)) return -EFAULT;
    const view = this.bus.ram.subarray(addr, addr + len);
    const r = f(intoGuest ? view : view.slice());
    return r;
  }

  /** brk: grows the heap with zeroed pages while they are free, shrinks it by unmapping. */
  private sysBrk(want: number): number {
    if (want === 0 || want < this.brkStart) return this.brk;
    const oldEnd = Math.ceil(this.brk / PAGE) * PAGE;
    const newEnd = Math.ceil(want / PAGE) * PAGE;
    if (newEnd > oldEnd) {
      if (newEnd > this.ramSize - STACK_SIZE || !this.mem.isFree(oldEnd, newEnd - oldEnd)) return this.brk;
      this.bus.ram.fill(0, oldEnd, newEnd);
      this.mem.map(oldEnd, newEnd - oldEnd, PROT_READ | PROT_WRITE);
    } else if (newEnd < oldEnd) this.mem.unmap(newEnd, oldEnd - newEnd);
    this.brk = want;
    return this.brk;
  }

  /**
   * mmap of anonymous memory, as Linux places it: MAP_FIXED at exactly `addr` (replacing what was
   * there), else at the hint when that range is free, else the highest free range below the
   * stack, leaving HEAP_GAP above the heap. Fresh pages are zero.
   */
  private sysMmap(addr: number, len: number, prot: number, flags: number): number {
    if ((flags & MAP_ANONYMOUS) === 0) return -ENOSYS; // no files to map
    if (len <= 0 || (flags & MAP_FIXED && addr % PAGE !== 0)) return -EINVAL;
    const size = Math.ceil(len / PAGE) * PAGE;
    let at: number;
    const hint = Math.ceil(addr / PAGE) * PAGE;
    if (flags & MAP_FIXED) {
      if (addr + size > this.ramSize) return -ENOMEM;
      at = addr;
    } else if (addr !== 0 && this.mem.isFree(hint, size)) at = hint;
    else {
      const low = Math.ceil(this.brk / PAGE) * PAGE + HEAP_GAP;
      at = this.mem.findFree(size, low, this.ramSize - STACK_SIZE - PAGE);
      if (at < 0) return -ENOMEM;
    }
    this.bus.ram.fill(0, at, at + size);
    this.mem.map(at, size, prot);
    return at;
  }

  private sysMunmap(addr: number, len: number): number {
    if (addr % PAGE !== 0 || len <= 0) return -EINVAL;
    const end = Math.min(this.ramSize, addr + Math.ceil(len / PAGE) * PAGE);
    if (addr < end) this.mem.unmap(addr, end - addr);
    return 0;
  }

  private sysMprotect(addr: number, len: number, prot: number): number {
    if (addr % PAGE !== 0) return -EINVAL;
    const size = Math.ceil(len / PAGE) * PAGE;
    if (addr + size > this.ramSize) return -ENOMEM;
    return this.mem.protect(addr, size, prot) ? 0 : -ENOMEM;
  }

  private sysClockGettime(tp: number): number {
    if (!this.mem.accessible(tp, 16, true)) return -EFAULT;
    const ticks = this.cpu.now();
    const sec = Math.floor(ticks / 62_500_000);
    const nsec = (ticks % 62_500_000) * 16;
    this.bus.ramView.setBigUint64(tp, BigInt(sec), true);
    this.bus.ramView.setBigUint64(tp + 8, BigInt(nsec), true);
    return 0;
  }

  private sysFstat(fd: number, buf: number): number {
    if (fd > 2) return -EBADF;
    if (!this.mem.accessible(buf, 128, true)) return -EFAULT;
    this.bus.ram.fill(0, buf, buf + 128);
    this.bus.ramView.setUint32(buf + 16, 0o020620, true); // st_mode: S_IFCHR | 0620
    this.bus.ramView.setUint32(buf + 56, 1024, true); // st_blksize
    return 0;
  }

  private sysUname(buf: number): number {
    if (!this.mem.accessible(buf, 390, true)) return -EFAULT;
    const fields = ["Linux", "viperos-emu", "6.1.0", "#1", "aarch64", ""];
    const enc = new TextEncoder();
    this.bus.ram.fill(0, buf, buf + 390);
    for (let i = 0; i < fields.length; i++) this.bus.ram.set(enc.encode(fields[i]), buf + i * 65);
    return 0;
  }

  private nextRandom(): number {
    let x = this.rng;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.rng = x | 0;
    return x >>> 0;
  }
}
