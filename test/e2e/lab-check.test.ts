// chapter: 23-consoles
// A lab's checks in the page (src/components/Lab.astro, editor/lab-checks.ts): on chapter 15's
// page, the ipc-recv lab's "Check in the page" reboots the live machine and runs ipctest at its
// shell — GOOD with the book's kernel; after the reader breaks ⟨channel: receive⟩ in the page's
// editor, the same button rebuilds the kernel with the edit and reports BAD with the output.
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshot, siteAndBrowser, watchErrors } from "./harness.ts";

const PAGE = "/15-ipc/";
const LAB = "#lab-ipc-recv";
const CHUNK = 'figure.chunk[data-fence-id="chunk:channel: receive#0"]';
/**
 * ⟨channel: receive⟩ broken on purpose: every receive says the handle is bad. One declaration per
 * line, so the editor's automatic closing brackets are typed over, never left behind.
 */
const BROKEN = [
  "export interface RecvPlan { end: ChannelEnd; message: Message; handles: number[] }",
  "export function channelRecvPeek(caps: HandleTable, h: number, bufSize: number, maxHandles: number): RecvPlan | Status { return Status.INVALID_HANDLE; }",
  "export function channelRecvCommit(caps: HandleTable, plan: RecvPlan): void {}",
].join("\n");

const env = siteAndBrowser();

/** The chunk editor's text replaced with `text`. */
async function retype(page: Page, figure: Locator, text: string): Promise<void> {
  await figure.locator(".cm-content").click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await figure.locator(".cm-content").pressSequentially(text);
}

async function check(page: Page): Promise<string> {
  const lab = page.locator(LAB);
  await lab.locator(".lab-page-check").click();
  await expect.poll(() => lab.locator(".lab-page-report").textContent(), { timeout: 240_000, interval: 500 }).toMatch(/Score: \d+\/\d+/);
  return (await lab.locator(".lab-page-report").textContent()) ?? "";
}

describe("a lab's checks in the page", () => {
  it("reports GOOD with the book's kernel and BAD once the reader breaks the lab's chunk", async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    try {
      await page.goto(`${env.site.url}${PAGE}`, { waitUntil: "load" });
      await page.locator(`${LAB} .lab-page-check`).waitFor();
      const good = await check(page);
      expect(good).toContain("checking the book's kernel");
      expect(good).toMatch(/^GOOD {4}1\/1 {2}ipctest: channels and poll sets from user space$/m);
      expect(good).toContain("Score: 1/1");

      const figure = page.locator(CHUNK);
      await figure.locator(".chunk-edit-open").click();
      // A syntax error first: the checks cannot run, and say so as the grader does.
      await retype(page, figure, `${BROKEN}\nexport const = 1;`);
      const broken = await check(page);
      expect(broken).toContain("The kernel does not build");
      expect(broken).toMatch(/^MISSING 0\/1 {2}ipctest/m);
      await retype(page, figure, BROKEN);
      const bad = await check(page);
      expect(bad).toContain("your 1 changed chunk");
      expect(bad).toMatch(/^BAD {5}0\/1 {2}ipctest/m);
      expect(bad).toContain("ipctest: FAIL");
      expect(bad).toContain("Score: 0/1");
      await screenshot(page, "lab-check-bad");
      await figure.locator('[data-editor-action="reset"]').click();
      expect(errors).toEqual([]);
    } catch (e) {
      await screenshot(page, "lab-check-FAILED").catch(() => {});
      throw e;
    } finally {
      await context.close();
    }
  });
});
