// chapter: 48-tls-server
// The TLS panel (chapter 48's page): beta serves its boot filesystem over HTTPS with the test
// identity, alpha fetches a program from it onto the page's disk, and the panel shows that session
// record by record — every record opened with the key its heading names, the secrets of the key
// schedule with their keys and IVs. No field's hex is wider than its column (a folded field's
// first 96 hex digits once overflowed it).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { screenshot, siteAndBrowser, watchErrors } from "./harness.ts";
import { livePages, openTwoMachines, terminalBuffer } from "./live-helpers.ts";

const env = siteAndBrowser();

const VINIT_BYTES = readFileSync(join(import.meta.dirname, "..", "..", "build", "user", "vinit")).length;

describe("the TLS panel", () => {
  const path = livePages().find((p) => p.includes("48-tls-server"));
  it("chapter 48's page has a live machine", () => {
    expect(path).toBeDefined();
  });
  it("draws the records of a fetch over HTTPS, each opened under the key it names", async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const errors = watchErrors(page);
    try {
      const type = await openTwoMachines(page, `${env.site.url}${path}`);
      await type(1, "HttpServe --tls SYS: 443");
      await expect.poll(() => terminalBuffer(page, 1), { timeout: 60_000, interval: 250 }).toContain("HttpServe: serving SYS: on port 443 over TLS");
      await type(0, "Fetch https://10.0.2.16/vinit TO T:vinit");
      await expect.poll(() => terminalBuffer(page, 0), { timeout: 180_000, interval: 500 }).toContain(`Fetch: ${VINIT_BYTES} bytes to SYS:t/vinit (HTTP 200)`);

      const panel = page.locator('[data-live-panel="tls"]');
      await panel.scrollIntoViewIfNeeded();
      const body = panel.locator("[data-records]");
      await expect.poll(() => body.getAttribute("data-secrets"), { timeout: 30_000, interval: 250 }).toBe("7");
      const records = Number(await body.getAttribute("data-records"));
      expect(records).toBeGreaterThan(8);
      expect(await panel.locator(".lp-tls-error").count()).toBe(0);
      expect(await panel.locator('section.lp-tls-record[data-key="SERVER_HANDSHAKE_TRAFFIC_SECRET"]').count()).toBe(1);
      expect(await panel.locator('section.lp-tls-record[data-key="CLIENT_TRAFFIC_SECRET_0"]').count()).toBeGreaterThan(0);
      await expect.poll(() => panel.textContent()).toMatch(/certificate_verify/);
      const overflowing = await panel.locator(".lp-tls-fields, .lp-tls-secrets").evaluateAll((tables) =>
        tables
          .filter((t) => t.getBoundingClientRect().width > (t.parentElement?.clientWidth ?? 0) + 1 || [...t.querySelectorAll("td")].some((c) => c.scrollWidth > c.clientWidth + 1))
          .map((t) => (t.querySelector("caption")?.textContent ?? "").slice(0, 60)),
      );
      expect(overflowing).toEqual([]);
      await screenshot(page, "tls-panel");
      expect(errors).toEqual([]);
    } catch (e) {
      await screenshot(page, "tls-FAILED").catch(() => {});
      throw e;
    } finally {
      await page.close();
    }
  });
});
