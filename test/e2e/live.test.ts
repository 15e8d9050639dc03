// chapter: 23-consoles
// Every page with a live machine: it boots to `SYS:> ` in Chromium, answers a typed `Echo hi`,
// its panels show data, and the console stays clean. Screenshots in test-results/e2e/.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DIST, screenshot, siteAndBrowser, watchErrors } from "./harness.ts";
import { livePages, terminalText } from "./live-helpers.ts";

const PANEL_DATA: Record<string, string> = {
  boot: ".lp-log li",
  scheduler: ".lp-legend span, .lp-table tr + tr",
  caps: ".lp-proc",
  ipc: ".lp-channel, .lp-log li",
  mmu: ".lp-walk table, .lp-log li",
  cpu: ".lp-reg",
  syscalls: ".lp-log li",
  // The machines' DHCP exchange at boot is on the wire before anyone types.
  packets: ".lp-packets tr[data-protocol]",
};

const env = siteAndBrowser();
/** The tallest full-page screenshot taken, in CSS pixels. */
const FULL_SCREENSHOT_MAX_HEIGHT = 16_000;

describe("live pages", () => {
  const pages = livePages();
  it("there is at least one live page", () => {
    expect(pages.length).toBeGreaterThan(0);
  });
  it("reads without JavaScript: the machine's box says what would run, the panels say what they show, no control is shown", async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.site.url}${pages[0]}`, { waitUntil: "load" });
    await expect.poll(() => page.locator("[data-live-machine] .lm-placeholder").textContent()).toContain("live machine");
    for (const panel of await page.locator("[data-live-panel] .lp-body").all()) expect((await panel.textContent())?.length).toBeGreaterThan(20);
    expect(await page.locator("[data-live-machine] button:visible, [data-live-machine] select:visible").count()).toBe(0);
    await context.close();
  });
  it("fits the terminal to its box: every row shown, 80 columns on a desktop page, a phone scrolls inside the terminal", async () => {
    for (const viewport of [
      { width: 1280, height: 1000 },
      { width: 375, height: 800 },
    ]) {
      const page = await env.browser.newPage({ viewport });
      await page.goto(`${env.site.url}/playground/`, { waitUntil: "load" });
      await expect.poll(() => terminalText(page), { timeout: 60_000, interval: 250 }).toContain("SYS:> ");
      const g = await page.evaluate(() => {
        const box = document.querySelector(".lm-terminal") as HTMLElement;
        const screen = (document.querySelector(".xterm-screen") as HTMLElement).getBoundingClientRect();
        const inner = box.getBoundingClientRect();
        const style = getComputedStyle(box);
        return {
          screenTop: screen.top,
          screenBottom: screen.bottom,
          boxTop: inner.top + parseFloat(style.paddingTop),
          boxBottom: inner.top + box.clientHeight - parseFloat(style.paddingBottom),
          screenWidth: screen.width,
          boxWidth: box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
          page: document.documentElement.scrollWidth,
        };
      });
      expect(g.screenTop, `${viewport.width}: top row`).toBeGreaterThanOrEqual(g.boxTop - 0.5);
      expect(g.screenBottom, `${viewport.width}: bottom row`).toBeLessThanOrEqual(g.boxBottom + 0.5);
      expect(g.page, `${viewport.width}: the page does not scroll sideways`).toBeLessThanOrEqual(viewport.width);
      if (viewport.width >= 1000) expect(g.screenWidth).toBeLessThanOrEqual(g.boxWidth + 0.5);
      await screenshot(page, `live-terminal-${viewport.width}`);
      await page.close();
    }
  });
  for (const path of pages) {
    it(`${path} boots to SYS:> , answers Echo, and its panels show data`, async () => {
      const page = await env.browser.newPage({ viewport: { width: 1280, height: 1000 } });
      const errors = watchErrors(page);
      const name = path.replace(/^\/|\/$/g, "").replace(/\//g, "_") || "index";
      try {
        await page.goto(`${env.site.url}${path}`, { waitUntil: "load" });
        const machine = page.locator("[data-live-machine]");
        await machine.scrollIntoViewIfNeeded();
        await expect.poll(() => terminalText(page), { timeout: 60_000, interval: 250 }).toContain("SYS:> ");
        // Let the scenario's own typing finish, then type ours; a program still waiting for a key
        // (capshow holds its handles until one) gets Enter first, and the shell's prompt back.
        await page.waitForFunction(() => document.querySelector("[data-live-machine]")?.getAttribute("data-state") !== "booting");
        // The first machine's terminal (a page with a network has one per machine).
        await page.locator("[data-live-machine] .xterm").first().click();
        if (!/\S*> *$/.test((await terminalText(page)).trimEnd())) {
          await page.keyboard.press("Enter");
          await expect.poll(async () => /\S*> *$/.test((await terminalText(page)).trimEnd()), { timeout: 60_000, interval: 250 }).toBe(true);
        }
        await page.keyboard.type("Echo hi");
        await page.keyboard.press("Enter");
        await expect.poll(async () => (await terminalText(page)).split("\n").some((l) => l.trim() === "hi"), { timeout: 120_000, interval: 250 }).toBe(true);
        for (const panel of await page.locator("[data-live-panel]").all()) {
          const kind = (await panel.getAttribute("data-live-panel")) ?? "";
          const selector = PANEL_DATA[kind] ?? "*";
          await panel.scrollIntoViewIfNeeded();
          await expect.poll(() => panel.locator(selector).count(), { timeout: 60_000, interval: 250, message: `${path} panel ${kind}` }).toBeGreaterThan(0);
        }
        await machine.scrollIntoViewIfNeeded();
        await screenshot(page, `live-${name}`);
        // The whole page, figures included, as one tall viewport up to a height Chromium captures
        // at once (Playwright's fullPage capture of the 50 000-pixel chapters never finishes).
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.setViewportSize({ width: 1280, height: Math.min(height, FULL_SCREENSHOT_MAX_HEIGHT) });
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: join(DIST, "..", "test-results", "e2e", `live-${name}-full.png`) });
        expect(errors).toEqual([]);
      } catch (e) {
        await screenshot(page, `live-${name}-FAILED`).catch(() => {});
        throw e;
      } finally {
        await page.close();
      }
    });
  }
});
