// chapter: 05-boot-hardware
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FdtWriter } from "../../../src/emulator/board/fdt.ts";
import { buildVirtFdt } from "../../../src/emulator/board/virt-fdt.ts";
import { RAM_BASE } from "../../../src/machine/memory-map.ts";
import { allNodes, cells, findNode, parseFdt, stringList } from "../fdt-reader.ts";

const ours = () =>
  parseFdt(
    buildVirtFdt({
      ramBase: RAM_BASE,
      ramSize: 128 << 20,
      bootargs: "console=ttyAMA0",
      rngSeed: new Uint8Array(32).fill(7),
      loadAddress: RAM_BASE,
      initrd: { start: 0x4000_2000, end: 0x4000_2345 },
    }),
  );

/** QEMU 7.2: qemu-system-aarch64 -M virt,gic-version=2,dumpdtb=… -cpu cortex-a72 -m 128M, recompacted by dtc. */
const qemu = () => parseFdt(new Uint8Array(readFileSync(new URL("./qemu-virt-gicv2.dtb", import.meta.url))));

/** QEMU nodes for hardware the board does not model (and so must not describe). */
const NOT_MODELLED = /^\/(psci|pmu|flash@0|platform-bus@c000000|gpio-keys|pl061@9030000|pcie@10000000)(\/|$)|^\/intc@8000000\/v2m@|^\/cpus\/cpu-map/;
/** Properties that differ by design: boot-time choices and host randomness. */
const PER_BOOT = new Set(["bootargs", "rng-seed", "kaslr-seed", "linux,initrd-start", "linux,initrd-end"]);

describe("FDT writer", () => {
  it("writes a version 17 header, a reservation for the blob itself, and balanced nodes", () => {
    const w = new FdtWriter();
    w.beginNode("");
    w.cells("#address-cells", 2);
    w.beginNode("a@1");
    w.strings("compatible", "x,y", "x");
    w.flag("empty");
    w.endNode();
    w.endNode();
    const blob = w.finish([{ address: 0x4800_0000, size: 0x1000 }], 0x4000_0000);
    const fdt = parseFdt(blob);
    expect(fdt.version).toBe(17);
    expect(fdt.lastCompatibleVersion).toBe(16);
    expect(fdt.totalSize).toBe(blob.length);
    expect(fdt.reserved).toEqual([
      { address: 0x4800_0000n, size: 0x1000n },
      { address: 0x4000_0000n, size: 0x1000n },
    ]);
    const a = findNode(fdt.root, "/a@1")!;
    expect(stringList(a.props.get("compatible")!)).toEqual(["x,y", "x"]);
    expect(a.props.get("empty")!.length).toBe(0);
  });
  it("refuses to finish with a node open, or to close a node never opened", () => {
    const w = new FdtWriter();
    expect(() => w.endNode()).toThrow();
    w.beginNode("");
    expect(() => w.finish()).toThrow(/still open/);
  });
});

describe("the virt device tree", () => {
  it("has every node QEMU's virt has, except hardware we do not model", () => {
    const ourPaths = new Set(allNodes(ours().root).map((n) => n.path));
    const expected = allNodes(qemu().root)
      .map((n) => n.path)
      .filter((p) => !NOT_MODELLED.test(p));
    expect([...ourPaths].sort()).toEqual(expected.sort());
  });
  it("gives each node QEMU's properties with QEMU's values", () => {
    const q = qemu();
    for (const node of allNodes(ours().root)) {
      const theirs = findNode(q.root, node.path)!;
      for (const [name, value] of theirs.props) {
        if (PER_BOOT.has(name)) continue;
        expect({ path: node.path, name, value: [...(node.props.get(name) ?? [])] }).toEqual({
          path: node.path,
          name,
          value: [...value],
        });
      }
    }
  });
  it("describes 32 virtio-mmio slots with edge-triggered SPIs 16…47", () => {
    const root = ours().root;
    const slots = root.children.filter((n) => n.name.startsWith("virtio_mmio@"));
    expect(slots.length).toBe(32);
    expect(cells(findNode(root, "/virtio_mmio@a003e00")!.props.get("interrupts")!)).toEqual([0, 47, 1]);
  });
  it("puts the console, the command line and the initrd in /chosen", () => {
    const chosen = findNode(ours().root, "/chosen")!;
    expect(stringList(chosen.props.get("stdout-path")!)).toEqual(["/pl011@9000000"]);
    expect(stringList(chosen.props.get("bootargs")!)).toEqual(["console=ttyAMA0"]);
    expect(cells(chosen.props.get("linux,initrd-start")!)).toEqual([0, 0x4000_2000]);
    expect(cells(chosen.props.get("linux,initrd-end")!)).toEqual([0, 0x4000_2345]);
    expect(chosen.props.get("rng-seed")!.length).toBe(32);
  });
  it("reserves its own pages in the memory reservation map", () => {
    const fdt = ours();
    expect(fdt.reserved).toEqual([{ address: BigInt(RAM_BASE), size: BigInt(Math.ceil(fdt.totalSize / 4096) * 4096) }]);
  });
});
