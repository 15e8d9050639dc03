// chapter: 24-virtio-drivers
// virtio-rng and getrandom, the virtio-input keyboard, and devices that break the ring's rules.
import { describe, expect, it } from "vitest";
import { VirtioInput } from "../../../../src/emulator/devices/virtio/input.ts";
import type { VirtioBackend, VirtioMmio } from "../../../../src/emulator/devices/virtio/mmio.ts";
import type { SplitQueue } from "../../../../src/emulator/devices/virtio/queue.ts";
import { VirtioRng } from "../../../../src/emulator/devices/virtio/rng.ts";
import type { BlockRequest } from "../../../../src/kernel/block/device.ts";
import { ENTROPY_SEEDED_BITS, EntropyPool } from "../../../../src/kernel/drivers/entropy.ts";
import {
  KEY_CAPSLOCK,
  KEY_LEFTCTRL,
  KEY_LEFTSHIFT,
  KEYMAP_PLAIN,
  KEYMAP_SHIFT,
  KeyboardState,
} from "../../../../src/kernel/drivers/virtio/input.ts";
import { Status } from "../../../../src/kernel/lib/status.ts";
import { TaskState } from "../../../../src/kernel/sched/task.ts";
import { VIRTIO_ID_BLOCK } from "../../../../src/machine/devices/virtio.ts";
import { createSystem, type ViperSystem } from "../../../../src/system/index.ts";
import { standardBootfs } from "../../../../tools/mkbootfs.ts";

/** An entropy device that keeps the driver's requests until the test releases them. */
class HeldRng implements VirtioBackend {
  readonly inner = new VirtioRng(7);
  readonly deviceId = this.inner.deviceId;
  readonly queueCount = 1;
  readonly queueSizeMax = 64;
  held = true;
  attach(t: VirtioMmio): void {
    this.inner.attach(t);
  }
  features(): number {
    return 0;
  }
  configRead(): number {
    return 0;
  }
  configWrite(): void {}
  reset(): void {}
  notify(queue: number): void {
    if (!this.held) this.inner.notify(queue);
  }
  release(): void {
    this.held = false;
    this.inner.notify(0);
  }
}

function finished(system: ViperSystem): boolean {
  const k = system.kernel;
  return k !== null && [...k.sched.tasks.values()].every((t) => t.state === TaskState.EXITED);
}

describe("the entropy pool", () => {
  it("is seeded only by credited input, and draws the same bytes from the same inputs", () => {
    const a = new EntropyPool();
    const b = new EntropyPool();
    a.mix(new Uint8Array(64).fill(9), 0);
    expect(a.seeded).toBe(false);
    a.mix(new Uint8Array(31).fill(1), 8);
    expect(a.seeded).toBe(false);
    a.mix(new Uint8Array(1), 8);
    expect(a.bits).toBe(ENTROPY_SEEDED_BITS);
    b.mix(new Uint8Array(64).fill(9), 0);
    b.mix(new Uint8Array(31).fill(1), 8);
    b.mix(new Uint8Array(1), 8);
    const [x, y] = [new Uint8Array(40), new Uint8Array(40)];
    a.read(x);
    b.read(y);
    expect(x).toEqual(y);
    a.read(y);
    expect(x).not.toEqual(y); // a second draw is not the first again
  });
});

describe("getrandom", () => {
  it("returns bytes on a booted machine, and refuses unknown flags and bad buffers", () => {
    const system = createSystem({ bootfs: standardBootfs(), bootargs: "init=/tests/kt_getrandom" });
    system.runUntil(() => finished(system));
    expect(system.transcript).toContain(
      [
        "getrandom: without waiting: status 0",
        "getrandom: 64 bytes, status 0",
        "getrandom: a second draw shares 0 of 64 bytes with the first",
        `getrandom: flag 2: status ${Status.INVALID_ARG}`,
        `getrandom: NULL buffer: status ${Status.INVALID_ARG}`,
      ].join("\r\n"),
    );
  });

  it("says WOULD_BLOCK, or waits, until the entropy device has answered", () => {
    const rng = new HeldRng();
    const system = createSystem({ bootfs: standardBootfs(), bootargs: "init=/tests/kt_getrandom", virtio: [rng] });
    const k = system.kernel;
    if (k === null) throw new Error("no kernel");
    system.runUntil(() => k.entropy.waiters.length === 1);
    system.runFor(50);
    expect(system.transcript).toContain(`getrandom: without waiting: status ${Status.WOULD_BLOCK}\r\n`);
    expect(system.transcript).not.toContain("bytes, status");
    expect(k.entropy.seeded).toBe(false);
    rng.release();
    system.runUntil(() => finished(system));
    expect(k.entropy.seeded).toBe(true);
    expect(system.transcript).toContain("getrandom: 64 bytes, status 0\r\n");
  });
});

describe("the keyboard", () => {
  it("maps key codes 0–57 through a US keymap, with Shift, Caps Lock and Ctrl", () => {
    expect(KEYMAP_PLAIN).toHaveLength(58);
    expect(KEYMAP_SHIFT).toHaveLength(58);
    const kb = new KeyboardState();
    const press = (code: number): string => kb.type(code, 1) + kb.type(code, 0);
    expect(press(30) + press(2) + press(28) + press(14)).toBe("a1\r\x7f");
    kb.type(KEY_LEFTSHIFT, 1);
    expect(press(30) + press(2) + press(39)).toBe("A!:");
    kb.type(KEY_LEFTSHIFT, 0);
    press(KEY_CAPSLOCK);
    expect(press(30) + press(2)).toBe("A1");
    kb.type(KEY_LEFTSHIFT, 1);
    expect(press(30)).toBe("a");
    kb.type(KEY_LEFTSHIFT, 0);
    press(KEY_CAPSLOCK);
    kb.type(KEY_LEFTCTRL, 1);
    expect(press(46)).toBe("\x03");
    kb.type(KEY_LEFTCTRL, 0);
    expect(kb.type(30, 2)).toBe("a"); // auto-repeat types again
    expect(press(103) + press(105)).toBe("\x1b[A\x1b[D");
  });

  it("types at the shell: key events become console bytes", () => {
    const system = createSystem({ bootfs: standardBootfs() });
    system.runUntilWaitingForInput();
    const keys = (codes: number[]): void => {
      for (const c of codes) {
        system.key(c, true);
        system.key(c, false);
        system.runFor(1);
      }
    };
    system.key(KEY_LEFTSHIFT, true);
    keys([18]); // E
    system.key(KEY_LEFTSHIFT, false);
    keys([46, 35, 24, 57, 35, 23, 28]); // "cho hi", Enter
    system.runUntilWaitingForInput();
    expect(system.transcript).toContain("SYS:> Echo hi\r\nhi\r\n");
  });

  it("is absent when the machine has no input device: key() says false", () => {
    const system = createSystem({ bootfs: standardBootfs(), virtio: [new VirtioRng(1)] });
    expect(system.key(30, true)).toBe(false);
    expect(system.virtio.some((d) => d instanceof VirtioInput)).toBe(false);
  });
});

/** A disk that serves nothing and answers every request by `misbehave`. */
class OddDisk implements VirtioBackend {
  readonly deviceId = VIRTIO_ID_BLOCK;
  readonly queueCount = 1;
  readonly queueSizeMax = 256;
  private t: VirtioMmio | null = null;
  private readonly misbehave: (q: SplitQueue, head: number) => void;
  constructor(misbehave: (q: SplitQueue, head: number) => void) {
    this.misbehave = misbehave;
  }
  attach(t: VirtioMmio): void {
    this.t = t;
  }
  features(): number {
    return 0;
  }
  configRead(offset: number): number {
    return offset === 0 ? 2048 : 0;
  }
  configWrite(): void {}
  reset(): void {}
  notify(): void {
    const t = this.t;
    if (t === null) return;
    while (t.queues[0].pop()) this.misbehave(t.queues[0], t.queues[0].chain.head);
    t.notifyUsed();
  }
}

describe("a device that breaks the ring's rules", () => {
  const cases: [string, (q: SplitQueue, head: number) => void, RegExp][] = [
    ["moves the used index past what is in flight", (q, head) => { for (let i = 0; i < 300; i++) q.push(head, 1); }, /used index moved by 300 with 1 chains in flight/],
    ["names a descriptor out of range", (q) => q.push(999, 1), /used ring names descriptor 999, which heads no chain in flight/],
    ["claims to have written more than the buffer holds", (q, head) => q.push(head, 1 << 20), /device wrote 1048576 bytes into a chain of 513 writable bytes/],
  ];
  for (const [what, misbehave, message] of cases) {
    it(`is refused with a log line when it ${what}`, () => {
      // root=initrd: the kernel leaves the disk to the test (chapter 26b would mount it as SYS:).
      const system = createSystem({ bootfs: standardBootfs(), bootargs: "root=initrd", virtio: [new OddDisk(misbehave)] });
      system.runUntilWaitingForInput();
      const k = system.kernel;
      const vda = k?.disks[0];
      if (k === null || vda === undefined) throw new Error("no disk");
      const statuses: (Status | null)[] = [];
      const req = (sector: number): BlockRequest => ({
        op: "read",
        sector,
        buffer: new Uint8Array(512),
        done: (s) => statuses.push(s),
      });
      const live = k.heap.live;
      vda.submit(req(1));
      system.runFor(1);
      expect(statuses).toEqual([Status.IO]);
      expect(k.log.lines.at(-1)).toMatch(/^virtio: vda: .*; device disabled$/);
      expect(k.log.lines.at(-1)).toMatch(message);
      expect(k.heap.live).toBe(live);
      expect(k.panicMessage).toBeNull();
      vda.submit(req(2)); // a disabled disk answers at once
      expect(statuses).toEqual([Status.IO, Status.IO]);
      expect(system.runUntilWaitingForInput()).not.toBe("halted");
    });
  }
});
