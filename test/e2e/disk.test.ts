// chapter: 26-viperfs
// The page's disk (`<LiveMachine disk>`): Download image saves bytes that fsck clean, and the
// block map appears when its box is opened — and not before (nothing of it loads until then).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BlockCache } from "../../src/kernel/block/cache.ts";
import { RamDisk } from "../../src/kernel/block/ramdisk.ts";
import { runNow } from "../../src/kernel/fs/fs.ts";
import { fsck } from "../../src/kernel/viperfs/fsck.ts";
import { ViperFs } from "../../src/kernel/viperfs/viperfs.ts";
import { DIST, screenshot, siteAndBrowser, watchErrors } from "./harness.ts";
import { livePages, terminalText } from "./live-helpers.ts";

const env = siteAndBrowser();

describe("the page's disk", () => {
  const path = livePages().find((p) => readFileSync(join(DIST, p, "index.html"), "utf8").includes('data-action="disk-download"'));
  it("some page's machine has a disk", () => {
    expect(path).toBeDefined();
  });
  it("Download image gives an fsck-clean ViperFS; the block map loads only when opened, then shows the disk", async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const errors = watchErrors(page);
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "script") scripts.push(r.url());
    });
    try {
      await page.goto(`${env.site.url}${path}`, { waitUntil: "load" });
      await page.locator("[data-live-machine]").scrollIntoViewIfNeeded();
      await expect.poll(() => terminalText(page), { timeout: 60_000, interval: 250 }).toContain("SYS:> ");

      const downloaded = page.waitForEvent("download");
      await page.locator('[data-action="disk-download"]').click();
      const download = await downloaded;
      expect(download.suggestedFilename()).toBe("viperos-disk.img");
      const bytes = new Uint8Array(readFileSync((await download.path()) as string));
      expect(bytes.length).toBe(8 * 1024 * 1024);
      const result = runNow(fsck(new BlockCache(new RamDisk(bytes), 256, () => {}), { repair: false }));
      expect(result.problems.map((p) => p.message)).toEqual([]);
      expect(result.files).toBeGreaterThan(5);

      const loadedBefore = scripts.length;
      await page.waitForTimeout(500);
      expect(await page.locator(".lp-blockmap").count()).toBe(0);
      await page.locator("details.lm-diskmap > summary").click();
      await expect.poll(() => page.locator("details.lm-diskmap .lp-legend").textContent(), { timeout: 30_000 }).toContain("inode table");
      expect(scripts.length, "the block map's code loads when opened").toBeGreaterThan(loadedBefore);
      expect(await page.locator("details.lm-diskmap .lp-blockmap").count()).toBe(1);
      await expect.poll(() => page.locator("details.lm-diskmap .lp-disk-counts").textContent()).toContain("since this map was opened");
      await screenshot(page, "disk-blockmap");
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("what the reader writes in the page is on the downloaded image (the kernel mounted the disk as SYS:)", async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    try {
      await page.goto(`${env.site.url}${path}`, { waitUntil: "load" });
      await page.locator("[data-live-machine]").scrollIntoViewIfNeeded();
      await expect.poll(() => terminalText(page), { timeout: 60_000, interval: 250 }).toContain("SYS:> ");
      await page.waitForFunction(() => document.querySelector("[data-live-machine]")?.getAttribute("data-state") !== "booting");
      await page.locator("[data-live-machine] .xterm").click();
      await page.keyboard.type("Copy README T:from-the-page");
      await page.keyboard.press("Enter");
      await expect.poll(() => terminalText(page), { timeout: 60_000, interval: 250 }).toContain("Copied");
      // The kernel's writeback daemon runs every virtual second, and a page's machine may run
      // slower than the wall clock on a busy host: download until the file is there (or 60 s).
      const image = async (): Promise<Uint8Array> => {
        const downloaded = page.waitForEvent("download");
        await page.locator('[data-action="disk-download"]').click();
        return new Uint8Array(readFileSync((await (await downloaded).path()) as string));
      };
      // Mounted as the kernel would mount it after a crash: on a copy, replaying the journal.
      const recovered = (bytes: Uint8Array): { copy: Uint8Array; found: number } => {
        const copy = bytes.slice();
        const fs = runNow(ViperFs.mount(new BlockCache(new RamDisk(copy), 256, () => {})));
        if (typeof fs === "number") return { copy, found: fs };
        const t = runNow(fs.lookup(fs.rootIno, "t"));
        const found = t < 0 ? t : runNow(fs.lookup(t, "from-the-page"));
        runNow(fs.sync());
        return { copy, found };
      };
      let r = recovered(await image());
      for (let tries = 0; r.found < 0 && tries < 30; tries++) {
        await page.waitForTimeout(2000);
        r = recovered(await image());
      }
      expect(r.found).toBeGreaterThan(0);
      const cache = new BlockCache(new RamDisk(r.copy), 256, () => {});
      expect(runNow(fsck(cache, { repair: false })).problems.map((p) => p.message)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
