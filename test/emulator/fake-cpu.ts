// A stand-in CPU for device and board tests: it "retires" instructions by counting them and
// runs a test-supplied step function for each, so a test can script what the guest does.
import type { El1Door } from "../../src/machine/door.ts";
import type { CpuPort, KernelEntry, SysregHook } from "../../src/emulator/cpu/port.ts";

export class FakeCpu implements CpuPort {
  instret = 0;
  private time = 0;
  idle = false;
  halted = false;
  irqLine = false;
  /** PSTATE.I: when false, a raised irqLine calls onIrq between instructions. */
  irqMasked = false;
  readonly sysregHooks = new Map<number, SysregHook>();
  readonly door = {} as El1Door;
  /** Called once per retired instruction with the instruction's index. */
  step: (cpu: FakeCpu) => void = () => {};
  /** Called when an unmasked interrupt is taken (like the kernel's IRQ vector). */
  onIrq: (cpu: FakeCpu) => void = () => {};
  /** How many times an interrupt was taken. */
  irqsTaken = 0;

  run(maxInstructions: number): number {
    let n = 0;
    if (this.halted) return 0;
    if (this.idle) {
      if (!this.irqLine) return 0;
      this.idle = false; // wfi wakes on a pending interrupt
    }
    while (n < maxInstructions && !this.idle && !this.halted) {
      if (this.irqLine && !this.irqMasked) {
        this.irqsTaken++;
        this.onIrq(this);
        if (this.idle || this.halted) break;
      }
      this.instret++;
      this.time++;
      n++;
      this.step(this);
    }
    return n;
  }

  now(): number {
    return this.time;
  }

  advance(ticks: number): void {
    this.time += ticks;
  }

  mrs(id: number): bigint {
    const h = this.sysregHooks.get(id);
    if (!h) throw new Error(`no hook for sysreg ${id}`);
    return h.read();
  }

  msr(id: number, value: bigint): void {
    const h = this.sysregHooks.get(id);
    if (!h) throw new Error(`no hook for sysreg ${id}`);
    h.write(value);
  }

  bootKernel(_entry: KernelEntry, _fdtAddress: number): void {}
}
