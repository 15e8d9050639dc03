// chapter: 07-devices
import { describe, expect, it } from "vitest";
import { Bus } from "../../../src/emulator/bus/bus.ts";
import { MemoryBlockStore, VirtioBlk } from "../../../src/emulator/devices/virtio/blk.ts";
import { EV_KEY, EV_SYN, VirtioInput } from "../../../src/emulator/devices/virtio/input.ts";
import { type VirtioBackend, VirtioMmio } from "../../../src/emulator/devices/virtio/mmio.ts";
import { VirtioNet } from "../../../src/emulator/devices/virtio/net.ts";
import { VirtioRng } from "../../../src/emulator/devices/virtio/rng.ts";
import { PcapWriter, tap } from "../../../src/emulator/net/pcap.ts";
import type { NetClock } from "../../../src/emulator/net/port.ts";
import { plug, VirtualSwitch } from "../../../src/emulator/net/switch.ts";
import { Wire } from "../../../src/emulator/net/wire.ts";
import * as V from "../../../src/machine/devices/virtio.ts";

const RAM = 0x4000_0000;
const QSIZE = 8;

/** A minimal driver, as the kernel's would be: rings at fixed addresses in RAM. */
class TestDriver {
  readonly bus = new Bus(RAM, 1 << 20);
  irq = false;
  readonly dev: VirtioMmio;
  private next = new Map<number, number>(); // queue → next free descriptor
  private availIdx = new Map<number, number>();
  constructor(backend: VirtioBackend | null) {
    this.dev = new VirtioMmio(this.bus, (l) => (this.irq = l), backend);
  }
  r(off: number): number {
    return this.dev.read(off, 4);
  }
  w(off: number, v: number): void {
    this.dev.write(off, 4, v);
  }
  base(q: number): number {
    return RAM + 0x1000 * (q + 1);
  }
  init(queues: number, acceptVersion1 = true): boolean {
    this.w(V.VIRTIO_MMIO_STATUS, 0);
    this.w(V.VIRTIO_MMIO_STATUS, V.VIRTIO_STATUS_ACKNOWLEDGE | V.VIRTIO_STATUS_DRIVER);
    this.w(V.VIRTIO_MMIO_DRIVER_FEATURES_SEL, 1);
    this.w(V.VIRTIO_MMIO_DRIVER_FEATURES, acceptVersion1 ? V.VIRTIO_F_VERSION_1_WORD1 : 0);
    this.w(V.VIRTIO_MMIO_STATUS, V.VIRTIO_STATUS_ACKNOWLEDGE | V.VIRTIO_STATUS_DRIVER | V.VIRTIO_STATUS_FEATURES_OK);
    if (!(this.r(V.VIRTIO_MMIO_STATUS) & V.VIRTIO_STATUS_FEATURES_OK)) return false;
    for (let q = 0; q < queues; q++) {
      const b = this.base(q);
      this.w(V.VIRTIO_MMIO_QUEUE_SEL, q);
      this.w(V.VIRTIO_MMIO_QUEUE_NUM, QSIZE);
      this.w(V.VIRTIO_MMIO_QUEUE_DESC_LOW, b);
      this.w(V.VIRTIO_MMIO_QUEUE_DRIVER_LOW, b + 0x200);
      this.w(V.VIRTIO_MMIO_QUEUE_DEVICE_LOW, b + 0x400);
      this.w(V.VIRTIO_MMIO_QUEUE_READY, 1);
      this.next.set(q, 0);
      this.availIdx.set(q, 0);
    }
    this.w(V.VIRTIO_MMIO_STATUS, 0xf & ~0);
    return true;
  }
  /** Publishes a chain of (address, length, writable) buffers on queue q; returns its head. */
  submit(q: number, parts: [number, number, boolean][]): number {
    const b = this.base(q);
    const head = this.next.get(q)!;
    parts.forEach(([addr, len, writable], i) => {
      const d = b + 16 * ((head + i) % QSIZE);
      this.bus.write(d, 4, addr);
      this.bus.write(d + 4, 4, 0);
      this.bus.write(d + 8, 4, len);
      const last = i === parts.length - 1;
      this.bus.write(d + 12, 2, (last ? 0 : V.VIRTQ_DESC_F_NEXT) | (writable ? V.VIRTQ_DESC_F_WRITE : 0));
      this.bus.write(d + 14, 2, (head + i + 1) % QSIZE);
    });
    this.next.set(q, (head + parts.length) % QSIZE);
    const idx = this.availIdx.get(q)!;
    this.bus.write(b + 0x200 + 4 + 2 * (idx % QSIZE), 2, head);
    this.bus.write(b + 0x200 + 2, 2, (idx + 1) & 0xffff);
    this.availIdx.set(q, idx + 1);
    return head;
  }
  notify(q: number): void {
    this.w(V.VIRTIO_MMIO_QUEUE_NOTIFY, q);
  }
  usedIdx(q: number): number {
    return this.bus.read(this.base(q) + 0x400 + 2, 2);
  }
  usedElem(q: number, i: number): { id: number; len: number } {
    const e = this.base(q) + 0x400 + 4 + 8 * (i % QSIZE);
    return { id: this.bus.read(e, 4), len: this.bus.read(e + 4, 4) };
  }
  bytes(addr: number, n: number): Uint8Array {
    return this.bus.ram.slice(addr - RAM, addr - RAM + n);
  }
  put(addr: number, data: Uint8Array): void {
    this.bus.ram.set(data, addr - RAM);
  }
}

const manualClock = (): NetClock & { advance(us: number): void } => {
  let now = 0;
  const q: { at: number; fn: () => void }[] = [];
  return {
    nowMicros: () => now,
    after: (us, fn) => q.push({ at: now + us, fn }),
    advance(us: number) {
      now += us;
      q.sort((a, b) => a.at - b.at);
      while (q.length > 0 && q[0].at <= now) q.shift()!.fn();
    },
  };
};

describe("virtio-mmio transport", () => {
  it("identifies itself as a modern device and an empty slot as device 0", () => {
    const empty = new TestDriver(null);
    expect(empty.r(V.VIRTIO_MMIO_MAGIC_VALUE)).toBe(0x74726976);
    expect(empty.r(V.VIRTIO_MMIO_VERSION)).toBe(2);
    expect(empty.r(V.VIRTIO_MMIO_DEVICE_ID)).toBe(0);
    const blk = new TestDriver(new VirtioBlk(new MemoryBlockStore(new Uint8Array(4096))));
    expect(blk.r(V.VIRTIO_MMIO_DEVICE_ID)).toBe(V.VIRTIO_ID_BLOCK);
    blk.w(V.VIRTIO_MMIO_DEVICE_FEATURES_SEL, 1);
    expect(blk.r(V.VIRTIO_MMIO_DEVICE_FEATURES) & V.VIRTIO_F_VERSION_1_WORD1).toBeTruthy();
  });

  it("refuses FEATURES_OK when the driver does not accept VERSION_1", () => {
    const d = new TestDriver(new VirtioRng(1));
    expect(d.init(1, false)).toBe(false);
    expect(d.init(1, true)).toBe(true);
  });

  it("keeps the interrupt line high until every status bit is acknowledged", () => {
    const d = new TestDriver(new VirtioRng(1));
    d.init(1);
    d.submit(0, [[RAM + 0x8000, 16, true]]);
    d.notify(0);
    expect(d.irq).toBe(true);
    expect(d.r(V.VIRTIO_MMIO_INTERRUPT_STATUS)).toBe(V.VIRTIO_INT_USED_RING);
    d.w(V.VIRTIO_MMIO_INTERRUPT_ACK, V.VIRTIO_INT_USED_RING);
    expect(d.irq).toBe(false);
  });

  it("returns a looping chain unused instead of spinning", () => {
    const d = new TestDriver(new VirtioRng(1));
    d.init(1);
    const b = d.base(0);
    // descriptor 0 → 1 → 0 …
    for (const i of [0, 1]) {
      d.bus.write(b + 16 * i, 4, RAM + 0x8000);
      d.bus.write(b + 16 * i + 8, 4, 8);
      d.bus.write(b + 16 * i + 12, 2, V.VIRTQ_DESC_F_NEXT | V.VIRTQ_DESC_F_WRITE);
      d.bus.write(b + 16 * i + 14, 2, 1 - i);
    }
    d.bus.write(b + 0x200 + 4, 2, 0);
    d.bus.write(b + 0x200 + 2, 2, 1);
    d.notify(0);
    expect(d.usedIdx(0)).toBe(1);
    expect(d.usedElem(0, 0)).toEqual({ id: 0, len: 0 });
  });
});

describe("virtio-blk", () => {
  const disk = () => {
    const bytes = new Uint8Array(64 * 512);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7) & 0xff;
    return bytes;
  };
  const header = (type: number, sector: number) => {
    const h = new Uint8Array(16);
    new DataView(h.buffer).setUint32(0, type, true);
    new DataView(h.buffer).setBigUint64(8, BigInt(sector), true);
    return h;
  };

  it("reports its capacity in 512-byte sectors", () => {
    const d = new TestDriver(new VirtioBlk(new MemoryBlockStore(disk())));
    expect(d.dev.read(0x100, 4)).toBe(64);
    expect(d.dev.read(0x104, 4)).toBe(0);
  });

  it("reads a sector into guest memory and writes status OK", () => {
    const d = new TestDriver(new VirtioBlk(new MemoryBlockStore(disk())));
    d.init(1);
    d.put(RAM + 0x8000, header(0, 3));
    d.submit(0, [
      [RAM + 0x8000, 16, false],
      [RAM + 0x9000, 512, true],
      [RAM + 0x8100, 1, true],
    ]);
    d.bus.ram[0x8100] = 0xff;
    d.notify(0);
    expect(d.usedIdx(0)).toBe(1);
    expect(d.usedElem(0, 0).len).toBe(513);
    expect(d.bytes(RAM + 0x8100, 1)[0]).toBe(0);
    expect([...d.bytes(RAM + 0x9000, 4)]).toEqual([3 * 512 * 7, 3 * 512 * 7 + 7, 3 * 512 * 7 + 14, 3 * 512 * 7 + 21].map((v) => v & 0xff));
  });

  it("writes guest data to the disk and refuses requests past its end", () => {
    const store = new MemoryBlockStore(disk());
    const blk = new VirtioBlk(store);
    const writes: number[] = [];
    blk.onWrite = (offset) => writes.push(offset);
    const d = new TestDriver(blk);
    d.init(1);
    d.put(RAM + 0x8000, header(1, 5));
    d.put(RAM + 0x9000, new Uint8Array(512).fill(0xab));
    d.submit(0, [
      [RAM + 0x8000, 16, false],
      [RAM + 0x9000, 512, false],
      [RAM + 0x8100, 1, true],
    ]);
    d.notify(0);
    expect(store.bytes[5 * 512]).toBe(0xab);
    expect(writes).toEqual([5 * 512]);
    d.put(RAM + 0x8200, header(0, 64));
    d.submit(0, [
      [RAM + 0x8200, 16, false],
      [RAM + 0x9000, 512, true],
      [RAM + 0x8300, 1, true],
    ]);
    d.notify(0);
    expect(d.bytes(RAM + 0x8300, 1)[0]).toBe(1); // IOERR
  });

  it("fails a request whose data buffer lies outside RAM, and writes nothing stale to the disk", () => {
    const store = new MemoryBlockStore(disk());
    const sector6 = store.bytes.slice(6 * 512, 7 * 512);
    const blk = new VirtioBlk(store);
    const d = new TestDriver(blk);
    d.init(1);
    // A good write of 0xab to sector 5 leaves 0xab in the device's scratch buffer…
    d.put(RAM + 0x8000, header(1, 5));
    d.put(RAM + 0x9000, new Uint8Array(512).fill(0xab));
    d.submit(0, [
      [RAM + 0x8000, 16, false],
      [RAM + 0x9000, 512, false],
      [RAM + 0x8100, 1, true],
    ]);
    d.notify(0);
    // …then a write to sector 6 whose data descriptor points past the end of RAM.
    d.put(RAM + 0x8200, header(1, 6));
    d.submit(0, [
      [RAM + 0x8200, 16, false],
      [RAM + (1 << 20) - 256, 512, false],
      [RAM + 0x8300, 1, true],
    ]);
    d.notify(0);
    expect(d.bytes(RAM + 0x8300, 1)[0]).toBe(1); // IOERR
    expect(store.bytes.slice(6 * 512, 7 * 512)).toEqual(sector6);
    // A read into a buffer that runs off the end of RAM fails too, saying how much it moved.
    d.put(RAM + 0x8400, header(0, 5));
    d.submit(0, [
      [RAM + 0x8400, 16, false],
      [RAM + (1 << 20) - 256, 512, true],
      [RAM + 0x8500, 1, true],
    ]);
    d.notify(0);
    expect(d.bytes(RAM + 0x8500, 1)[0]).toBe(1);
  });
});

describe("virtio-rng", () => {
  it("gives the same bytes for the same seed and different bytes for another", () => {
    const run = (seed: number) => {
      const d = new TestDriver(new VirtioRng(seed));
      d.init(1);
      d.submit(0, [[RAM + 0x8000, 32, true]]);
      d.notify(0);
      expect(d.usedElem(0, 0).len).toBe(32);
      return [...d.bytes(RAM + 0x8000, 32)];
    };
    expect(run(42)).toEqual(run(42));
    expect(run(42)).not.toEqual(run(43));
  });
});

describe("virtio-net and the virtual network", () => {
  const frame = (dst: number[], src: number[], payload: number) => {
    const f = new Uint8Array(60);
    f.set(dst, 0);
    f.set(src, 6);
    f[12] = 0x08;
    f[14] = payload;
    return f;
  };
  const macA = [2, 0, 0, 0, 0, 0xa];
  const macB = [2, 0, 0, 0, 0, 0xb];

  const nic = (sw: VirtualSwitch, mac: number[]) => {
    const net = new VirtioNet(new Uint8Array(mac), sw.port());
    const d = new TestDriver(net);
    d.init(2);
    return { net, d };
  };
  const transmit = (d: TestDriver, f: Uint8Array) => {
    d.put(RAM + 0x8000, new Uint8Array(12));
    d.put(RAM + 0x8000 + 12, f);
    d.submit(1, [[RAM + 0x8000, 12 + f.length, false]]);
    d.notify(1);
  };

  it("exposes its MAC address and link status in configuration space", () => {
    const { d } = nic(new VirtualSwitch(), macA);
    expect([0, 1, 2, 3, 4, 5].map((i) => d.dev.read(0x100 + i, 1))).toEqual(macA);
    expect(d.dev.read(0x106, 2) & 1).toBe(1);
  });

  it("carries a frame from one NIC to another through the switch, header first", () => {
    const sw = new VirtualSwitch();
    const a = nic(sw, macA);
    const b = nic(sw, macB);
    b.d.submit(0, [[RAM + 0xa000, 1526, true]]);
    b.d.notify(0);
    transmit(a.d, frame(macB, macA, 0x77));
    expect(b.d.usedIdx(0)).toBe(1);
    expect(b.d.usedElem(0, 0).len).toBe(12 + 60);
    expect(b.d.bytes(RAM + 0xa000 + 10, 2)[0]).toBe(1); // num_buffers
    expect(b.d.bytes(RAM + 0xa000 + 12 + 14, 1)[0]).toBe(0x77);
    expect(a.net.stats.txFrames).toBe(1);
  });

  it("holds frames until the driver posts receive buffers", () => {
    const sw = new VirtualSwitch();
    const a = nic(sw, macA);
    const b = nic(sw, macB);
    transmit(a.d, frame(macB, macA, 1));
    expect(b.net.stats.rxFrames).toBe(0);
    b.d.submit(0, [[RAM + 0xa000, 1526, true]]);
    b.d.notify(0);
    expect(b.net.stats.rxFrames).toBe(1);
  });

  it("learns addresses: a unicast frame reaches only its destination once learned", () => {
    const sw = new VirtualSwitch();
    const seen: number[] = [];
    const ports = [0, 1, 2].map((i) => {
      const p = sw.port();
      p.onReceive = () => seen.push(i);
      return p;
    });
    ports[1].send(frame([0xff, 0xff, 0xff, 0xff, 0xff, 0xff], macB, 0)); // B announces itself
    expect(seen.sort()).toEqual([0, 2]);
    seen.length = 0;
    ports[0].send(frame(macB, macA, 0));
    expect(seen).toEqual([1]);
  });

  it("a faulty wire loses, duplicates and delays frames the same way for the same seed", () => {
    const run = (seed: number) => {
      const clock = manualClock();
      const wire = new Wire(clock, { delayMicros: 100, jitterMicros: 500, loss: 0.1, duplicate: 0.05, seed });
      const got: number[] = [];
      wire.far.onReceive = (f) => got.push(f[14]);
      for (let i = 0; i < 200; i++) wire.near.send(frame(macB, macA, i & 0xff));
      clock.advance(10_000);
      return { got, stats: { ...wire.stats } };
    };
    const one = run(7);
    expect(run(7)).toEqual(one);
    expect(one.stats.lost).toBeGreaterThan(0);
    expect(one.stats.duplicated).toBeGreaterThan(0);
    expect(one.got.length).toBe(200 - one.stats.lost + one.stats.duplicated);
    const inOrder = [...one.got].sort((x, y) => x - y);
    expect(one.got).not.toEqual(inOrder); // jitter reorders
  });

  it("a wire's loss rate can change while it runs, without touching the caller's faults", () => {
    const faults = { delayMicros: 0, jitterMicros: 0, loss: 0, duplicate: 0, seed: 3 };
    const wire = new Wire(manualClock(), faults);
    let got = 0;
    wire.far.onReceive = () => got++;
    const send = (n: number) => {
      for (let i = 0; i < n; i++) wire.near.send(frame(macB, macA, i & 0xff));
    };
    send(50);
    wire.setLoss(1);
    send(50);
    expect([got, wire.stats.lost, wire.loss]).toEqual([50, 50, 1]);
    wire.setLoss(0.3);
    send(1000);
    expect(wire.stats.lost - 50).toBeGreaterThan(200);
    expect(wire.stats.lost - 50).toBeLessThan(400);
    wire.setLoss(-2);
    expect([wire.loss, faults.loss]).toEqual([0, 0]);
  });

  it("a tap records both directions in pcap format with virtual timestamps", () => {
    const clock = manualClock();
    const pcap = new PcapWriter();
    const t = tap(clock, pcap);
    const sw = new VirtualSwitch();
    plug(t.outer, sw.port());
    clock.advance(1_500_000);
    t.inner.send(frame(macB, macA, 9));
    const bytes = pcap.bytes();
    const v = new DataView(bytes.buffer);
    expect(v.getUint32(0, true)).toBe(0xa1b2c3d4);
    expect(v.getUint32(20, true)).toBe(1);
    expect(v.getUint32(24, true)).toBe(1); // seconds
    expect(v.getUint32(28, true)).toBe(500_000); // microseconds
    expect(v.getUint32(32, true)).toBe(60);
    expect(bytes.length).toBe(24 + 16 + 60);
  });
});

describe("virtio-input", () => {
  it("names itself and reports a key press as EV_KEY then EV_SYN", () => {
    const input = new VirtioInput();
    const d = new TestDriver(input);
    d.dev.write(0x100, 1, 1); // select = ID_NAME
    const size = d.dev.read(0x102, 1);
    const name = String.fromCharCode(...Array.from({ length: size }, (_, i) => d.dev.read(0x108 + i, 1)));
    expect(name).toBe("ViperOS virtual keyboard");
    d.init(2);
    d.submit(0, [[RAM + 0x8000, 8, true]]);
    d.submit(0, [[RAM + 0x8008, 8, true]]);
    d.notify(0);
    input.key(30, true); // KEY_A
    const ev = new DataView(d.bus.ram.buffer, 0x8000, 16);
    expect([ev.getUint16(0, true), ev.getUint16(2, true), ev.getUint32(4, true)]).toEqual([EV_KEY, 30, 1]);
    expect(ev.getUint16(8, true)).toBe(EV_SYN);
  });
});
