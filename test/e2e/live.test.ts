// chapter: 23-consoles
// Every page with a live machine: it boots to `SYS:> ` in Chromium, answers a typed `Echo hi`,
// its panels show data, and the console stays clean. Screenshots in test-results/e2e/.
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIST, launch, screenshot, serveStatic, watchErrors } from "./harness.ts";
import { livePages, terminalText } from "./live-helpers.ts";

const PANEL_DATA: Record<string, string> = {
  boot: ".lp-log li",
  scheduler: ".lp-legend span, .lp-table tr + tr",
  caps: ".lp-proc",
  ipc: ".lp-channel, .lp-log li",
  mmu: ".lp-walk table, .lp-log li",
};

let browser: Browser;
let site: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  site = await serveStatic(DIST);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe("live pages", () => {
  const pages = livePages();
  it("there is at least one live page", () => {
    expect(pages.length).toBeGreaterThan(0);
  });
  it("reads without JavaScript: the machine's box says what would run, the panels say what they show", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}${pages[0]}`, { waitUntil: "load" });
    await expect.poll(() => page.locator("[data-live-machine] .lm-placeholder").textContent()).toContain("live machine");
    for (const panel of await page.locator("[data-live-panel] .lp-body").all()) expect((await panel.textContent())?.length).toBeGreaterThan(20);
    await context.close();
  });
  for (const path of pages) {
    it(`${path} boots to SYS:> , answers Echo, and its panels show data`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
      const errors = watchErrors(page);
      const name = path.replace(/^\/|\/$/g, "").replace(/\//g, "_") || "index";
      try {
        await page.goto(`${site.url}${path}`, { waitUntil: "load" });
        const machine = page.locator("[data-live-machine]");
        await machine.scrollIntoViewIfNeeded();
        await expect.poll(() => terminalText(page), { timeout: 60_000, interval: 250 }).toContain("SYS:> ");
        // Let the scenario's own typing finish, then type ours.
        await page.waitForFunction(() => document.querySelector("[data-live-machine]")?.getAttribute("data-state") !== "booting");
        await page.locator("[data-live-machine] .xterm").click();
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
        await page.screenshot({ path: join(DIST, "..", "test-results", "e2e", `live-${name}-full.png`), fullPage: true });
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
