// chapter: 26b-disk-root
// The shell in the page (chapter 21s's live machine, which boots from the standard disk): a
// reader types `Execute Pipeline`, the disk's script with redirections, a pipeline and If/Else,
// and it runs as written; a program that spins is stopped by Ctrl-C, and the shell answers.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshot, siteAndBrowser, watchErrors } from "./harness.ts";
import { livePages, terminalText } from "./live-helpers.ts";

const env = siteAndBrowser();

/** The terminal's text after the last occurrence of `mark` (the line the test typed). */
async function textAfter(page: Page, mark: string): Promise<string> {
  const text = await terminalText(page);
  const at = text.lastIndexOf(mark);
  return at < 0 ? "" : text.slice(at + mark.length);
}

/** Types a line and waits until what follows it matches `until` and ends at a prompt. */
async function type(page: Page, line: string, until: RegExp): Promise<string> {
  await page.keyboard.type(line);
  await page.keyboard.press("Enter");
  await expect.poll(() => textAfter(page, `SYS:> ${line}`), { timeout: 120_000, interval: 250 }).toMatch(until);
  await expect.poll(async () => /\nSYS:> *$/.test((await textAfter(page, `SYS:> ${line}`)).trimEnd() + " "), { timeout: 120_000, interval: 250 }).toBe(true);
  return textAfter(page, `SYS:> ${line}`);
}

describe("the shell in the page (chapter 21s)", () => {
  const path = livePages().find((p) => p.includes("21s-shell-scripts"));

  it("runs Execute of a script with redirections, a pipeline and If/Else, and Ctrl-C stops a spinning program", async () => {
    expect(path).toBeDefined();
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const errors = watchErrors(page);
    try {
      await page.goto(`${env.site.url}${path}`, { waitUntil: "load" });
      await page.locator("[data-live-machine]").scrollIntoViewIfNeeded();
      // The scenario's own lines end with Why.
      await expect.poll(() => terminalText(page), { timeout: 120_000, interval: 250 }).toMatch(/Last return code[^\n]*\n[\s\S]*SYS:> *$/);
      await page.locator("[data-live-machine] .xterm").click();

      const found = await type(page, "Execute Pipeline", /apple is one of them/);
      expect(found.split("\n").map((l) => l.trimEnd()).filter((l) => l)).toEqual(["       3", "apple", "apple is one of them", "SYS:>"]);
      const missing = await type(page, "Execute Pipeline kiwi", /No kiwi among the fruit/);
      expect(missing).toMatch(/\n {7}3\nRun: process \d+ \(search\) exited with code 5\nNo kiwi among the fruit\n/);
      expect(await type(page, "Type T:sorted", /pear/)).toMatch(/^\s*apple\nfig\npear\n/);

      // Break: the program spins until Ctrl-C; then the shell reports it and answers.
      await page.keyboard.type("/tests/kt_runaway");
      await page.keyboard.press("Enter");
      await expect.poll(async () => (await terminalText(page)).includes("SYS:> /tests/kt_runaway"), { timeout: 60_000, interval: 250 }).toBe(true);
      await page.waitForTimeout(2000); // let it spin a while: no prompt comes back on its own
      expect(await textAfter(page, "SYS:> /tests/kt_runaway")).not.toContain("SYS:>");
      await page.keyboard.press("Control+C");
      await expect.poll(() => textAfter(page, "SYS:> /tests/kt_runaway"), { timeout: 60_000, interval: 250 }).toMatch(/Run: process \d+ \(kt_runaway\) broken by Ctrl-C/);
      expect(await type(page, "Echo still here", /still here/)).toMatch(/^\s*still here\n/);
      await screenshot(page, "shell-execute-and-break");
      expect(errors).toEqual([]);
    } catch (e) {
      await screenshot(page, "shell-FAILED").catch(() => {});
      throw e;
    } finally {
      await page.close();
    }
  });
});
