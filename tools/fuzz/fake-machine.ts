// A machine without a CPU, for kernel unit tests and the syscall fuzzer: RAM, a handful of
// device registers, system registers in a map, and the kernel's vector handler called directly
// with crafted trap frames (what the CPU would do on `svc`, an abort or an interrupt).
import { buildVirtFdt } from "../../src/emulator/board/virt-fdt.ts";
import { GICC_IAR, GICD_TYPER } from "../../src/machine/devices/gic.ts";
import { UART_DR, UART_FR, UART_FR_RXFE, UART_FR_TXFE } from "../../src/machine/devices/pl011.ts";
import {
  type AtOp,
  type El1Door,
  EXIT_ERET,
  FRAME_ELR,
  FRAME_LENGTH,
  type KernelExit,
  type TlbiOp,
  type TrapFrame,
  type VectorHandler,
} from "../../src/machine/door.ts";
import {
  EC_DABT_LOWER,
  EC_IABT_LOWER,
  EC_SVC64,
  ESR_IL,
  VEC_CURRENT_SPX_IRQ,
  VEC_LOWER_A64_IRQ,
  VEC_LOWER_A64_SYNC,
} from "../../src/machine/exceptions.ts";
import { CNTFRQ_HZ, IRQ_PTIMER } from "../../src/machine/irq.ts";
import { GICC_BASE, GICD_BASE, PL011_BASE, RAM_BASE } from "../../src/machine/memory-map.ts";
import { CNTFRQ_EL0, CNTPCT_EL0, CPACR_EL1, ESR_EL1, FAR_EL1, ID_AA64MMFR0_EL1 } from "../../src/machine/sysregs.ts";
import type { Kernel, KernelCore } from "../../src/kernel/kernel.ts";
import { kernelMain } from "../../src/kernel/main.ts";
import type { Trace } from "../../src/kernel/trace.ts";
import { uaccessCopyin, uaccessCopyout } from "../../src/kernel/mm/uaccess.ts";
import { cpioArchive, NOP_PROGRAM } from "./programs.ts";

export { cpioArchive, makeElf, NOP_PROGRAM } from "./programs.ts";

/** The El1Door of a machine whose CPU is the test itself. */
export class FakeDoor implements El1Door {
  readonly ram: Uint8Array;
  readonly view: DataView;
  readonly sysregs = new Map<number, bigint>();
  readonly tlbis: { op: TlbiOp; arg: bigint }[] = [];
  readonly frame: TrapFrame = { regs: new BigUint64Array(FRAME_LENGTH) };
  handler: VectorHandler | null = null;
  readonly uartOut: number[] = [];
  readonly uartIn: number[] = [];
  readonly pendingIrqs: number[] = [];
  counter = 0n;

  constructor(ramSize: number) {
    this.ram = new Uint8Array(ramSize);
    this.view = new DataView(this.ram.buffer);
    this.sysregs.set(CNTFRQ_EL0, BigInt(CNTFRQ_HZ));
    this.sysregs.set(ID_AA64MMFR0_EL1, 2n);
  }

  private inRam(pa: number, n: number): number {
    const o = pa - RAM_BASE;
    return o >= 0 && o + n <= this.ram.length ? o : -1;
  }

  private mmioRead(pa: number): number {
    if (pa === GICD_BASE + GICD_TYPER) return 8;
    if (pa === GICC_BASE + GICC_IAR) return this.pendingIrqs.shift() ?? 1023;
    if (pa === PL011_BASE + UART_FR) return UART_FR_TXFE | (this.uartIn.length === 0 ? UART_FR_RXFE : 0);
    if (pa === PL011_BASE + UART_DR) return this.uartIn.shift() ?? 0;
    return 0;
  }

  private mmioWrite(pa: number, value: number): void {
    if (pa === PL011_BASE + UART_DR) this.uartOut.push(value & 0xff);
  }

  read8(pa: number): number {
    const o = this.inRam(pa, 1);
    return o >= 0 ? this.ram[o] : this.mmioRead(pa) & 0xff;
  }
  read16(pa: number): number {
    const o = this.inRam(pa, 2);
    return o >= 0 ? this.view.getUint16(o, true) : this.mmioRead(pa) & 0xffff;
  }
  read32(pa: number): number {
    const o = this.inRam(pa, 4);
    return o >= 0 ? this.view.getUint32(o, true) : this.mmioRead(pa) >>> 0;
  }
  read64(pa: number): bigint {
    const o = this.inRam(pa, 8);
    if (o < 0) throw new Error(`fake door: read64 outside RAM at 0x${pa.toString(16)}`);
    return this.view.getBigUint64(o, true);
  }
  write8(pa: number, value: number): void {
    const o = this.inRam(pa, 1);
    if (o >= 0) this.ram[o] = value;
    else this.mmioWrite(pa, value);
  }
  write16(pa: number, value: number): void {
    const o = this.inRam(pa, 2);
    if (o >= 0) this.view.setUint16(o, value, true);
    else this.mmioWrite(pa, value);
  }
  write32(pa: number, value: number): void {
    const o = this.inRam(pa, 4);
    if (o >= 0) this.view.setUint32(o, value >>> 0, true);
    else this.mmioWrite(pa, value);
  }
  write64(pa: number, value: bigint): void {
    const o = this.inRam(pa, 8);
    if (o < 0) throw new Error(`fake door: write64 outside RAM at 0x${pa.toString(16)}`);
    this.view.setBigUint64(o, value, true);
  }
  readBytes(pa: number, dst: Uint8Array): void {
    const o = this.inRam(pa, dst.length);
    if (o < 0) throw new Error(`fake door: readBytes outside RAM at 0x${pa.toString(16)}`);
    dst.set(this.ram.subarray(o, o + dst.length));
  }
  writeBytes(pa: number, src: Uint8Array): void {
    const o = this.inRam(pa, src.length);
    if (o < 0) throw new Error(`fake door: writeBytes outside RAM at 0x${pa.toString(16)}`);
    this.ram.set(src, o);
  }
  fillBytes(pa: number, length: number, value: number): void {
    const o = this.inRam(pa, length);
    if (o < 0) throw new Error(`fake door: fillBytes outside RAM at 0x${pa.toString(16)}`);
    this.ram.fill(value, o, o + length);
  }
  mrs(reg: number): bigint {
    if (reg === CNTPCT_EL0) return this.counter;
    return this.sysregs.get(reg) ?? 0n;
  }
  msr(reg: number, value: bigint): void {
    this.sysregs.set(reg, value);
  }
  tlbi(op: TlbiOp, arg: bigint): void {
    this.tlbis.push({ op, arg });
  }
  /** q0–q31 as `saveVectors` lays them out; the test writes here what "the task" computed. */
  readonly vectors = new Uint8Array(512);
  /** Moves of the vector registers, for the lazy-FP tests (chapter 13f). */
  vectorSaves = 0;
  vectorLoads = 0;
  private vectorAccess(length: number): void {
    if (length !== this.vectors.length) throw new Error(`fake door: vector move of ${length} bytes`);
    const fpen = Number(((this.sysregs.get(CPACR_EL1) ?? 0n) >> 20n) & 3n);
    if (fpen !== 1 && fpen !== 3) throw new Error(`fake door: FP access at EL1 with FPEN=${fpen}`);
  }
  saveVectors(dst: Uint8Array): void {
    this.vectorAccess(dst.length);
    dst.set(this.vectors);
    this.vectorSaves++;
  }
  loadVectors(src: Uint8Array): void {
    this.vectorAccess(src.length);
    this.vectors.set(src);
    this.vectorLoads++;
  }
  at(_op: AtOp, _va: bigint): void {}
  barrier(_kind: "dsb" | "isb" | "dmb"): void {}
  setVectorHandler(handler: VectorHandler): void {
    this.handler = handler;
  }
  uartText(): string {
    return String.fromCharCode(...this.uartOut);
  }
}

export interface FakeMachineOptions {
  ramSize?: number;
  files?: Record<string, Uint8Array>;
  bootargs?: string;
  trace?: Trace;
}

/** A booted kernel on a fake machine, and the ways a test plays the CPU. */
export class FakeMachine {
  readonly door: FakeDoor;
  readonly k: Kernel;
  lastExit: KernelExit;

  constructor(options: FakeMachineOptions = {}) {
    const ramSize = options.ramSize ?? 64 * 1024 * 1024;
    this.door = new FakeDoor(ramSize);
    const files = options.files ?? { "/vinit": NOP_PROGRAM };
    const initrd = cpioArchive(files);
    const fdtOptions = {
      ramBase: RAM_BASE,
      ramSize,
      bootargs: options.bootargs ?? "",
      rngSeed: new Uint8Array(32),
      loadAddress: RAM_BASE,
      initrd: { start: 0, end: 0 },
    };
    const size = buildVirtFdt(fdtOptions).length;
    const start = RAM_BASE + Math.ceil(size / 4096) * 4096;
    fdtOptions.initrd = { start, end: start + initrd.length };
    const fdt = buildVirtFdt(fdtOptions);
    this.door.ram.set(fdt, 0);
    this.door.ram.set(initrd, start - RAM_BASE);
    let core: KernelCore | null = null;
    this.lastExit = kernelMain(this.door, RAM_BASE, {
      trace: options.trace,
      kernel: (k) => {
        core = k;
      },
    });
    // kernelMain has returned: the object it was handed at the start now has every part.
    this.k = core as unknown as Kernel;
  }

  private enter(offset: number): KernelExit {
    const h = this.door.handler;
    if (h === null) throw new Error("fake machine: no vector handler");
    this.lastExit = h(offset, this.door.frame);
    return this.lastExit;
  }

  /** The task whose registers are in the frame (the one the last exit erets into), or null. */
  running(): ReturnType<Kernel["sched"]["task"]> | null {
    return this.lastExit === EXIT_ERET ? this.k.sched.current : null;
  }

  /** The running task executes `svc #0` with number `nr` and arguments; returns x0–x3 after. */
  syscall(nr: number, ...args: (number | bigint)[]): { x0: bigint; x1: bigint; x2: bigint; x3: bigint; status: number } {
    const regs = this.door.frame.regs;
    regs[8] = BigInt(nr);
    for (let i = 0; i < 6; i++) if (i < args.length) regs[i] = BigInt.asUintN(64, BigInt(args[i]));
    regs[FRAME_ELR] += 4n;
    this.door.sysregs.set(ESR_EL1, BigInt((EC_SVC64 << 26) | ESR_IL));
    const caller = this.k.sched.current;
    this.enter(VEC_LOWER_A64_SYNC);
    const r = caller?.regs ?? regs;
    return { x0: r[0], x1: r[1], x2: r[2], x3: r[3], status: Number(BigInt.asIntN(64, r[0])) };
  }

  /** The running task takes a data (or instruction) abort at `far` with fault status `fsc`. */
  abort(far: bigint, fsc: number, options: { write?: boolean; instruction?: boolean } = {}): KernelExit {
    const ec = options.instruction ? EC_IABT_LOWER : EC_DABT_LOWER;
    const esr = (ec << 26) | ESR_IL | (options.write ? 1 << 6 : 0) | fsc;
    this.door.sysregs.set(ESR_EL1, BigInt(esr));
    this.door.sysregs.set(FAR_EL1, far);
    return this.enter(VEC_LOWER_A64_SYNC);
  }

  /** The running task executes the `svc` at its PC again, with the registers it has (a restart). */
  svcAgain(): { x0: bigint; x1: bigint; x2: bigint; x3: bigint; status: number } {
    const regs = this.door.frame.regs;
    return this.syscall(Number(regs[8]), regs[0], regs[1], regs[2], regs[3], regs[4], regs[5]);
  }

  /** Writes bytes into the running process's memory (as its own stores would). */
  poke(va: number, bytes: Uint8Array): void {
    const space = this.k.sched.current?.proc.aspace;
    if (space === undefined) throw new Error("fake machine: nobody runs");
    if (uaccessCopyout(this.k, space, va, bytes) !== 0) throw new Error(`fake machine: cannot poke 0x${va.toString(16)}`);
  }

  /** Reads bytes from the running process's memory. */
  peek(va: number, len: number): Uint8Array {
    const space = this.k.sched.current?.proc.aspace;
    if (space === undefined) throw new Error("fake machine: nobody runs");
    const r = uaccessCopyin(this.k, space, va, len);
    if (typeof r === "number") throw new Error(`fake machine: cannot peek 0x${va.toString(16)}`);
    return r;
  }

  /** Puts a NUL-terminated string on the running task's stack; returns its address. */
  pokeString(text: string, va = 0x7fff_fffe_f000): number {
    this.poke(va, Uint8Array.from([...text].map((c) => c.charCodeAt(0)).concat([0])));
    return va;
  }

  /** Ticks (at most `maxMs`) until `pred()` holds; returns whether it did. */
  tickUntil(pred: () => boolean, maxMs = 10_000): boolean {
    for (let i = 0; i < maxMs; i++) {
      if (pred()) return true;
      this.tick();
    }
    return pred();
  }

  /** Any synchronous exception with syndrome `esr`. */
  sync(esr: number): KernelExit {
    this.door.sysregs.set(ESR_EL1, BigInt(esr));
    return this.enter(VEC_LOWER_A64_SYNC);
  }

  /** Interrupt `intid` arrives (from EL0 if a task runs, else in the idle wfi). */
  irq(intid: number): KernelExit {
    this.door.pendingIrqs.push(intid);
    return this.enter(this.lastExit === EXIT_ERET ? VEC_LOWER_A64_IRQ : VEC_CURRENT_SPX_IRQ);
  }

  /** `ms` milliseconds pass, one timer interrupt per millisecond. */
  tick(ms = 1): void {
    for (let i = 0; i < ms; i++) {
      this.door.counter += BigInt(CNTFRQ_HZ / 1000);
      this.irq(IRQ_PTIMER);
    }
  }

  /** Bytes typed on the serial line, with the receive interrupt. */
  type(text: string): void {
    for (const c of text) this.door.uartIn.push(c.charCodeAt(0));
    this.irq(this.k.config.uart.intid);
  }
}
