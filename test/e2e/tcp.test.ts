// chapter: 34-tcp-sockets
// The TCP panel (chapter 34's page): beta serves its boot filesystem with HttpServe, alpha
// fetches a program from it onto the page's disk, and the panel draws the connection's segments
// and plots the sender's congestion state; then the reader moves the loss slider, fetches again,
// and the diagram shows retransmissions (red arrows) while the file still arrives whole.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { screenshot, siteAndBrowser, watchErrors } from "./harness.ts";
import { livePages, openTwoMachines, terminalBuffer } from "./live-helpers.ts";

const env = siteAndBrowser();

// The page's beta serves the boot archive's vinit, the one in build/user: all of it must arrive.
const VINIT_BYTES = readFileSync(join(import.meta.dirname, "..", "..", "build", "user", "vinit")).length;
const FETCHED = new RegExp(`Fetch: ${VINIT_BYTES} bytes to SYS:t/vinit \\(HTTP 200\\)`, "g");

describe("the TCP panel", () => {
  const path = livePages().find((p) => p.includes("34-tcp-sockets"));
  it("chapter 34's page has a live machine", () => {
    expect(path).toBeDefined();
  });
  it("draws a fetch's segments and the sender's cwnd, and shows retransmissions once the loss slider is moved", async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const errors = watchErrors(page);
    try {
      const type = await openTwoMachines(page, `${env.site.url}${path}`);
      await type(1, "HttpServe SYS: 80");
      await expect.poll(() => terminalBuffer(page, 1), { timeout: 60_000, interval: 250 }).toContain("HttpServe: serving SYS: on port 80");
      await type(0, "Fetch http://beta.viper/vinit TO T:vinit");
      await expect.poll(async () => (await terminalBuffer(page, 0)).match(FETCHED)?.length ?? 0, { timeout: 120_000, interval: 250 }).toBe(1);

      const panel = page.locator('[data-live-panel="tcp"]');
      await panel.scrollIntoViewIfNeeded();
      const body = panel.locator("[data-segments]"); // the panel's body, which says what it drew
      await expect.poll(() => body.getAttribute("data-segments"), { timeout: 30_000, interval: 250 }).toMatch(/^([4-9]\d|\d{3,})$/);
      expect(await panel.locator("g.lp-tcp-segment").count()).toBeGreaterThan(40);
      expect(await panel.locator('g.lp-tcp-segment[data-flags="S"]').count()).toBe(1);
      expect(Number(await body.getAttribute("data-samples"))).toBeGreaterThan(3);
      const cwnd = await panel.locator('polyline[data-series="cwnd"]').getAttribute("points");
      expect((cwnd ?? "").split(" ").length).toBeGreaterThan(3);
      expect(await body.getAttribute("data-retransmissions")).toBe("0");
      await screenshot(page, "tcp-panel");

      // The slider: 10 % of alpha's frames lost, in both directions, from now on.
      const slider = panel.locator('[data-panel-action="loss"]');
      await slider.evaluate((input: HTMLInputElement) => {
        input.value = "10";
        input.dispatchEvent(new Event("input", { bubbles: true }));
      });
      await expect.poll(() => panel.locator("output").textContent()).toBe("10 %");
      await type(0, "Fetch http://beta.viper/vinit TO T:vinit");
      await expect.poll(async () => (await terminalBuffer(page, 0)).match(FETCHED)?.length ?? 0, { timeout: 240_000, interval: 500 }).toBe(2);
      await expect.poll(async () => Number(await body.getAttribute("data-retransmissions")), { timeout: 30_000, interval: 250 }).toBeGreaterThan(0);
      expect(await panel.locator('g.lp-tcp-segment[data-retransmit="yes"]').count()).toBeGreaterThan(0);
      await expect.poll(() => panel.textContent(), { timeout: 30_000, interval: 500 }).toMatch(/[1-9]\d* of \d+ frames lost on it so far/);
      await screenshot(page, "tcp-panel-lossy");
      expect(errors).toEqual([]);
    } catch (e) {
      await screenshot(page, "tcp-FAILED").catch(() => {});
      throw e;
    } finally {
      await page.close();
    }
  });
});
