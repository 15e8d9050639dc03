// chapter: 30-ipv4-icmp
// The page's network (chapter 30's page): two ViperOS machines and the lab host on one switch
// in the worker, a terminal each. alpha pings beta by name and gets replies, beta answers from
// its own terminal, the packet panel lists the echo requests and replies and alpha's ARP cache,
// and Download pcap saves a capture that starts with the pcap magic and that tshark decodes
// with no malformed packet (when tshark is installed).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshot, siteAndBrowser, watchErrors } from "./harness.ts";
import { livePages, terminalBuffer } from "./live-helpers.ts";

const env = siteAndBrowser();

const atPrompt = async (page: Page, i: number): Promise<boolean> => /SYS:> $/.test(`${(await terminalBuffer(page, i)).trimEnd()} `);

describe("two machines on the page's network", () => {
  const path = livePages().find((p) => p.includes("30-ipv4-icmp"));
  it("chapter 30's page has a live machine", () => {
    expect(path).toBeDefined();
  });
  it("alpha pings beta by name, the packet panel lists the echoes and the ARP cache, and Download pcap saves a clean capture", async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const errors = watchErrors(page);
    try {
      await page.goto(`${env.site.url}${path}`, { waitUntil: "load" });
      await page.locator("[data-live-machine]").scrollIntoViewIfNeeded();
      expect(await page.locator("[data-live-machine] .lm-terminal").count()).toBe(2);
      for (const i of [0, 1]) await expect.poll(() => atPrompt(page, i), { timeout: 120_000, interval: 250 }).toBe(true);
      expect(await terminalBuffer(page, 0)).toContain("dhcp: 10.0.2.15/24, gateway 10.0.2.2");
      expect(await terminalBuffer(page, 1)).toContain("dhcp: 10.0.2.16/24, gateway 10.0.2.2");

      const terminals = page.locator("[data-live-machine] .lm-terminal .xterm");
      await terminals.nth(0).click();
      await page.keyboard.type("Ping beta.viper 3");
      await page.keyboard.press("Enter");
      await expect.poll(() => terminalBuffer(page, 0), { timeout: 120_000, interval: 250 }).toContain("--- beta.viper: 3 sent, 3 received, 0% lost");
      expect(await terminalBuffer(page, 0)).toMatch(/64 bytes from beta\.viper: seq=1 time=\d+ ms/);
      await terminals.nth(1).click();
      await page.keyboard.type("Ping alpha.viper 1");
      await page.keyboard.press("Enter");
      await expect.poll(() => terminalBuffer(page, 1), { timeout: 120_000, interval: 250 }).toContain("--- alpha.viper: 1 sent, 1 received, 0% lost");

      const panel = page.locator('[data-live-panel="packets"]');
      await panel.scrollIntoViewIfNeeded();
      const icmp = panel.locator('tr[data-protocol="ICMP"]');
      await expect.poll(() => icmp.count(), { timeout: 60_000, interval: 250 }).toBeGreaterThanOrEqual(8);
      const rows = await icmp.allTextContents();
      expect(rows.some((r) => r.includes("10.0.2.15") && r.includes("Echo (ping) request") && r.includes("seq=3"))).toBe(true);
      expect(rows.some((r) => r.includes("Echo (ping) reply") && r.includes("beta"))).toBe(true);
      expect(await panel.locator('tr[data-protocol="ARP"]').count()).toBeGreaterThan(0);
      await expect.poll(() => panel.locator(".lp-arp").textContent(), { timeout: 30_000 }).toContain("10.0.2.16 → 52:54:00:12:34:57");
      await screenshot(page, "net-packets");

      const downloaded = page.waitForEvent("download");
      await panel.locator('[data-panel-action="pcap"]').click();
      const download = await downloaded;
      expect(download.suggestedFilename()).toBe("viperos-net.pcap");
      const file = (await download.path()) as string;
      const pcap = new Uint8Array(readFileSync(file));
      expect(Array.from(pcap.subarray(0, 4))).toEqual([0xd4, 0xc3, 0xb2, 0xa1]); // 0xa1b2c3d4, little-endian
      expect(pcap.length).toBeGreaterThan(24 + 8 * (16 + 98));
      if (spawnSync("tshark", ["-v"]).error === undefined) {
        const checks = ["-o", "ip.check_checksum:TRUE", "-o", "udp.check_checksum:TRUE"];
        const bad = spawnSync("tshark", ["-n", "-r", file, ...checks, "-Y", "_ws.malformed || _ws.expert.severity == error"], { encoding: "utf8" });
        expect(bad.status).toBe(0);
        expect(bad.stdout.trim()).toBe("");
        const echoes = spawnSync("tshark", ["-n", "-r", file, "-Y", "icmp.type == 0"], { encoding: "utf8" });
        expect(echoes.stdout.trim().split("\n").length).toBeGreaterThanOrEqual(4);
      } else console.warn("net e2e: tshark is not installed, so the pcap was not decoded");
      expect(errors).toEqual([]);
    } catch (e) {
      await screenshot(page, "net-FAILED").catch(() => {});
      throw e;
    } finally {
      await page.close();
    }
  });
});
