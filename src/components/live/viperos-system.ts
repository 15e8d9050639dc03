// The real system for the live book: createSystem (src/system, chapter 17) — the virt board
// with ViperOS booted on it — given the boot filesystem (build/user via tools/mkbootfs.ts,
// embedded at build time by the `virtual:viperos-bootfs` Vite plugin in astro.config.mjs). Virtual time never runs
// ahead of the wall clock while the CPU idles, so timers and uptime look right to a reader.
import bootfsBase64, { size as bootfsSize } from "virtual:viperos-bootfs";
import { DRM_FORMAT_XBGR8888, type Framebuffer as RamfbConfig } from "../../emulator/devices/ramfb.ts";
import type { Kernel } from "../../kernel/kernel.ts";
import { CNTFRQ_HZ } from "../../machine/irq.ts";
import { createSystem } from "../../system/index.ts";
import { imageFromArchive } from "./page-disk.ts";
import { type Framebuffer, forwardTracepoints, type LiveSystem, type SystemOptions } from "./system.ts";
import { unpackZeroRuns } from "./zero-runs.ts";
import { wallClockPacer } from "./pacing.ts";

function decodeBase64(text: string): Uint8Array {
  // Native where there is one (Chrome 140+, Firefox 133+, Safari 18.2+): ~1 ms instead of 10–30.
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (native) return native.call(Uint8Array, text);
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The boot archive embedded in the worker, decoded once and shared by every boot. */
let archive: Uint8Array | null = null;
function bootArchive(): Uint8Array {
  archive ??= unpackZeroRuns(decodeBase64(bootfsBase64), bootfsSize);
  return archive;
}

/**
 * A fresh image for the page's disk (`<LiveMachine disk>`): ViperFS holding the programs the
 * machine boots with. The one place that decides what the page's disk holds.
 */
export function makePageDisk(): Uint8Array {
  return imageFromArchive(bootArchive());
}

/**
 * `make` is the book's createSystem, or the same function from a build of the reader's edited
 * chapters; `more` adds options of its own (the page network's machines: bootargs, seed, devices).
 */
export async function createViperSystem(
  { trace, onUart, scenario, mark, disk, eventTime }: SystemOptions,
  make = createSystem,
  more: Omit<Parameters<typeof createSystem>[0] & object, "bootfs" | "disk" | "ramSize" | "trace"> = {},
): Promise<LiveSystem> {
  const t0 = performance.now();
  const initrd = bootArchive();
  const t1 = performance.now();
  const decoder = new TextDecoder();
  const system = make({
    bootfs: initrd,
    disk,
    ramSize: scenario.ramMiB ? scenario.ramMiB * 1024 * 1024 : undefined,
    // Forward every tracepoint, boot's included, into the worker's hub, with its virtual time.
    trace: { names: ["*"], listener: forwardTracepoints(trace, eventTime) },
    ...more,
  });
  const board = system.board;
  mark?.("worker-system", { decodeMs: t1 - t0, boardMs: system.bootStats.hostMs - system.bootStats.kernelMs, kernelMs: system.bootStats.kernelMs });
  const cpu = board.cpu;
  let fbConfig: RamfbConfig | null = board.ramfb.framebuffer;
  board.on("ramfb", (fb) => {
    fbConfig = fb as RamfbConfig;
  });
  // Boot ran inside createSystem: replay what it printed, then follow the UART.
  onUart(system.transcript);
  system.uart.onOutput((bytes) => onUart(decoder.decode(bytes, { stream: true })));

  const paced = wallClockPacer(board, () => performance.now());
  let fb: Framebuffer | null = null;
  let fbSum = -1;

  return {
    kind: "viperos",
    get kernel() {
      return system.kernel;
    },
    cpu,
    run(n) {
      if (n <= 1) {
        const before = cpu.instret;
        board.run(1);
        return Math.max(cpu.instret - before, cpu.halted ? 0 : 1);
      }
      return paced(n);
    },
    stepEntry() {
      const entries = (): number => (system.kernel as Kernel | null)?.stats.entries ?? 0;
      const before = entries();
      // Instruction by instruction while the CPU is busy, so we stop right after the entry…
      for (let i = 0; i < 200_000 && !cpu.halted; i++) {
        if (cpu.idle && !cpu.irqLine) break;
        board.run(1);
        if (entries() !== before) return;
      }
      // …and if it waits (wfi), let time pass until an interrupt brings it into the kernel (≤ 1 s).
      board.runUntil(() => entries() !== before, CNTFRQ_HZ);
    },
    input(data) {
      system.uart.input(new TextEncoder().encode(data));
    },
    key(code, down) {
      // The keyboard came with chapter 24; a book cut before it has a system without `key`.
      (system as { key?: (code: number, down: boolean) => boolean }).key?.(code, down);
    },
    instructions: () => cpu.instret,
    virtualTimeNs: () => Math.round((board.now() * 1e9) / CNTFRQ_HZ),
    halted: () => cpu.halted,
    kernelEntries: () => (system.kernel as Kernel | null)?.stats.entries ?? 0,
    fdtBlob: () => board.fdt,
    counters: () => {
      // translatedBlocks, of them wasmBlocks, and translatorUsable (1/0: JavaScript blocks) — chapter 4t's
      // tier; a page whose CSP forbids eval but allows 'wasm-unsafe-eval' has only WebAssembly blocks.
      type Tier = { translated: number; wasmBlocks?: number; usable: boolean };
      const c = cpu as unknown as { mmu?: { walks?: number }; tx?: Tier | null };
      const tx = c.tx ?? null;
      return {
        tlbWalks: c.mmu?.walks ?? 0,
        translatedBlocks: tx?.translated ?? 0,
        wasmBlocks: tx?.wasmBlocks ?? 0,
        translatorUsable: tx?.usable ? 1 : 0,
      };
    },
    readPhys(pa, length) {
      const off = pa - board.bus.ramBase;
      if (off < 0 || off + length > board.bus.ram.length) return null;
      return board.bus.ram.slice(off, off + length);
    },
    framebuffer() {
      const c = fbConfig as RamfbConfig | null;
      if (c?.bytesPerPixel !== 4) return null;
      const off = c.address - board.bus.ramBase;
      const size = c.stride * c.height;
      if (off < 0 || off + size > board.bus.ram.length) return null;
      const src = board.bus.ram.subarray(off, off + size);
      let sum = c.width * 31 + c.height;
      for (let i = 0; i < size; i += 256) sum = (Math.imul(sum, 33) + src[i] + (src[i + 1] << 8) + (src[i + 2] << 16)) | 0;
      if (fb && sum === fbSum) return fb;
      fbSum = sum;
      const pixels = fb?.pixels.length === c.width * c.height * 4 ? fb.pixels : new Uint8ClampedArray(c.width * c.height * 4);
      const bgr = c.fourcc === DRM_FORMAT_XBGR8888;
      for (let y = 0; y < c.height; y++) {
        for (let x = 0; x < c.width; x++) {
          const s = y * c.stride + x * 4;
          const d = (y * c.width + x) * 4;
          // XRGB8888 little-endian: bytes B, G, R, X.
          pixels[d] = bgr ? src[s] : src[s + 2];
          pixels[d + 1] = src[s + 1];
          pixels[d + 2] = bgr ? src[s + 2] : src[s];
          pixels[d + 3] = 255;
        }
      }
      fb = { width: c.width, height: c.height, pixels, version: (fb?.version ?? 0) + 1 };
      return fb;
    },
  };
}
