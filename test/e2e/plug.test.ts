// chapter: 27-journal
// "Pull the plug" on chapter 27's page: a file written and made stable (the writeback daemon's
// commit ends with a FLUSH, as fsync does) survives the power cut; the reboot says how many
// writes the disk's cache lost, the mount reports the journal's replay (boot log and journal
// panel), and the file's content is there after it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DIST, screenshot, siteAndBrowser, watchErrors } from "./harness.ts";
import { livePages, terminalBuffer, terminalText } from "./live-helpers.ts";

const env = siteAndBrowser();

/** Waits until the shell is back at its prompt with nothing typed after it. */
async function atPrompt(page: Page): Promise<void> {
  await expect.poll(async () => /SYS:> *$/.test((await terminalText(page)).trimEnd() + " "), { timeout: 120_000, interval: 250 }).toBe(true);
}

/** Types a line and waits for `until` in the terminal, then for the prompt. */
async function type(page: Page, line: string, until: string | RegExp): Promise<void> {
  await page.keyboard.type(line);
  await page.keyboard.press("Enter");
  await expect.poll(() => terminalText(page), { timeout: 120_000, interval: 250 }).toMatch(until);
  await atPrompt(page);
}

describe("Pull the plug (chapter 27's page)", () => {
  const path = livePages().find((p) => p.includes("27-journal"));
  it("chapter 27's page has the control", () => {
    expect(path).toBeDefined();
    expect(readFileSync(join(DIST, path as string, "index.html"), "utf8")).toContain('data-action="disk-pull-plug"');
  });
  it("keeps a file the journal committed and flushed, reports the replay after the reboot, and the file reads back", async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const errors = watchErrors(page);
    try {
      await page.goto(`${env.site.url}${path}`, { waitUntil: "load" });
      const machine = page.locator("[data-live-machine]");
      await machine.scrollIntoViewIfNeeded();
      // The scenario's own lines end with a listing of T:j.
      await expect.poll(() => terminalText(page), { timeout: 120_000, interval: 250 }).toContain('Directory "SYS:t/j"');
      await atPrompt(page);
      await page.locator("[data-live-machine] .xterm").click();
      await type(page, "Copy C:hello T:kept", /Copied \d+ bytes to SYS:t\/kept/);
      // Two virtual seconds: the writeback daemon commits the copy and FLUSHes the disk.
      await type(page, "/tests/kt_nap", /> \/tests\/kt_nap/);
      await type(page, "/tests/kt_nap", /> \/tests\/kt_nap[\s\S]*> \/tests\/kt_nap/);

      await page.locator('[data-action="disk-pull-plug"]').click();
      await expect.poll(() => terminalBuffer(page), { timeout: 120_000, interval: 250 }).toMatch(/the plug was pulled: \d+ writes in the disk's cache were lost/);
      await expect.poll(() => terminalBuffer(page), { timeout: 120_000, interval: 250 }).toMatch(/viperfs: vda: journal: replayed [1-9]\d* transactions/);
      await expect.poll(() => terminalText(page), { timeout: 120_000, interval: 250 }).toContain('Directory "SYS:t/j"');
      await atPrompt(page);
      const panel = page.locator('[data-live-panel="journal"] .lp-body');
      await panel.scrollIntoViewIfNeeded();
      await expect.poll(() => panel.getAttribute("data-lines"), { timeout: 60_000, interval: 250 }).toMatch(/mount: the journal replayed [1-9]\d* committed transactions/);
      await machine.scrollIntoViewIfNeeded();
      await page.locator("[data-live-machine] .xterm").click();
      await type(page, "T:kept", "Hello from user space!");
      await screenshot(page, "plug-after-replay");
      expect(errors).toEqual([]);
    } catch (e) {
      await screenshot(page, "plug-FAILED").catch(() => {});
      throw e;
    } finally {
      await page.close();
    }
  });
});
