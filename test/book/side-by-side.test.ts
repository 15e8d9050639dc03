// chapter: 95-bibliography
// Issue 17's "hardware and driver side by side": where the board's model of a device and the
// kernel's driver for it live in different chapters, each links to the other's section, and
// both show the device's registers — drawn from the same constants of the contract where a
// figure exists, so the two pictures cannot disagree.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const chapter = (stem: string) => readFileSync(join(root, "chapters", `${stem}.mdx`), "utf8");

interface Pair {
  device: string;
  model: [chapter: string, section: string];
  driver: [chapter: string, section: string];
  /** What each side shows of the registers: a figure's fields (src/components/figures/registers.ts) or a table's row. */
  shows: string | [model: string, driver: string];
}

const PAIRS: Pair[] = [
  { device: "GICv2", model: ["05-boot-hardware", "the-interrupt-controller-gicv2"], driver: ["10-boot", "the-interrupt-controller-gicv2"], shows: "fields={GICC_REGISTERS}" },
  { device: "PL011", model: ["05-boot-hardware", "the-serial-console-pl011"], driver: ["10-boot", "the-console-pl011"], shows: "fields={PL011_REGISTERS}" },
  { device: "PL031", model: ["05-boot-hardware", "the-real-time-clock-pl031"], driver: ["21-shell", "the-clock-behind-date-and-time"], shows: ["| DR   |", "fields={PL031_REGISTERS}"] },
  { device: "fw_cfg", model: ["05-boot-hardware", "firmware-configuration-fw_cfg"], driver: ["23-consoles", "fw_cfg-the-firmware-configuration-device"], shows: "fields={FW_CFG_REGISTERS}" },
  { device: "ramfb", model: ["05-boot-hardware", "a-screen-in-ram-ramfb"], driver: ["23-consoles", "ramfb"], shows: "stride" },
  { device: "virtio-mmio", model: ["07-devices", "the-transport-virtio-mmio-version-2"], driver: ["24-virtio-drivers", "finding-a-device"], shows: "fields={VIRTIO_MMIO_REGISTERS}" },
  { device: "virtio-net", model: ["07-devices", "virtio-net-a-network-card"], driver: ["28-virtio-net", "what-the-device-expects"], shows: "num_buffers" },
];

/** The text of the section with this slug, up to the next heading of the same or a higher level. */
function section(text: string, slug: string): string {
  const lines = text.split("\n");
  const slugOf = (h: string) => h.trim().toLowerCase().replace(/[`*]/g, "").replace(/[^\p{L}\p{N}\s_-]/gu, "").replace(/\s/g, "-");
  const start = lines.findIndex((l) => /^#{2,4} /.test(l) && slugOf(l.replace(/^#+ /, "")) === slug);
  expect(start, `no section #${slug}`).toBeGreaterThanOrEqual(0);
  const level = (/^#+/.exec(lines[start]) as RegExpExecArray)[0].length;
  let end = start + 1;
  while (end < lines.length && !(/^#+ /.test(lines[end]) && (/^#+/.exec(lines[end]) as RegExpExecArray)[0].length <= level)) end++;
  return lines.slice(start, end).join("\n");
}

describe("a device's model and its driver are shown side by side", () => {
  for (const p of PAIRS) {
    it(`${p.device}: ${p.model[0]} and ${p.driver[0]} link to each other and both show the registers`, () => {
      const model = section(chapter(p.model[0]), p.model[1]);
      const driver = section(chapter(p.driver[0]), p.driver[1]);
      expect(model).toContain(`](../${p.driver[0]}/#${p.driver[1]})`);
      expect(driver).toContain(`](../${p.model[0]}/#${p.model[1]})`);
      const [inModel, inDriver] = typeof p.shows === "string" ? [p.shows, p.shows] : p.shows;
      expect(model).toContain(inModel);
      expect(driver).toContain(inDriver);
    });
  }
});
