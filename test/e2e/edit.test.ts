// chapter: 23-consoles
// Editing the kernel in the page (src/components/editor): on chapter 10's page the reader opens
// the chunk that defines the boot banner, changes it, runs the edited kernel, and the page's
// machine boots with the new banner; a syntax error and a type error are reported at their chapter lines; the edit
// survives a reload, downloads as a patch that `git apply` takes, and Reset brings the book back.
// Nothing of the editor or the compiler is fetched until the reader asks for it.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ROOT, screenshot, siteAndBrowser, watchErrors } from "./harness.ts";
import { terminalText } from "./live-helpers.ts";

const PAGE = "/10-boot/";
const BANNER = 'figure.chunk[data-fence-id="file:src/kernel/version.ts"]';
const NEW_BANNER = "ViperOS, as edited by a reader";

const env = siteAndBrowser();

/** The editor's text replaced with `text` (CodeMirror: select all, then type over it). */
async function replaceText(page: Page, text: string): Promise<void> {
  await page.locator(`${BANNER} .cm-content`).click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.locator(`${BANNER} .cm-content`).pressSequentially(text);
}

describe("editing the kernel in the page", () => {
  it("changes the boot banner, reports syntax and type errors at their chapter lines, keeps the edit, patches the chapter, resets", async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const fetched: string[] = [];
    page.on("request", (r) => fetched.push(r.url()));
    try {
      await page.goto(`${env.site.url}${PAGE}`, { waitUntil: "load" });
      const figure = page.locator(BANNER);
      await figure.locator(".chunk-edit-open").waitFor();
      // Every kernel chunk has an Edit button; nothing of the editor has been fetched.
      expect(await page.locator("figure.chunk[data-fence-id] .chunk-edit-open").count()).toBeGreaterThan(5);
      expect(fetched.filter((u) => /editor|build|esbuild|codemirror/i.test(u))).toEqual([]);

      await figure.locator(".chunk-edit-open").click();
      await figure.locator(".cm-content").waitFor();
      expect(fetched.filter((u) => /esbuild/i.test(u))).toEqual([]); // the compiler waits for Run
      const book = readFileSync(join(ROOT, "chapters/10-boot.mdx"), "utf8");
      const bodyLine = book.split("\n").indexOf('```ts file="src/kernel/version.ts"') + 2;

      // A syntax error: reported with the chapter's line (the chunk's third line).
      await replaceText(page, 'export const KERNEL_VERSION = "9.9.9";\nexport const KERNEL_BANNER = `x`;\nexport const = 1;');
      await figure.locator('[data-editor-action="run"]').click();
      await expect.poll(() => figure.locator(".chunk-editor-status").textContent(), { timeout: 120_000 }).toContain("does not build");
      expect(await figure.locator(".chunk-editor-status").textContent()).toContain(`chapters/10-boot.mdx:${bodyLine + 2}:`);

      // A type error: TypeScript in the page finds it, at the chapter's line (the chunk's first).
      await replaceText(page, 'export const KERNEL_VERSION: number = "9.9.9";\nexport const KERNEL_BANNER = `x`;');
      await figure.locator('[data-editor-action="types"]').click();
      await expect.poll(() => figure.locator(".chunk-editor-status").textContent(), { timeout: 180_000, interval: 500 }).toMatch(/Type errors|No type errors/);
      const typeReport = (await figure.locator(".chunk-editor-status").textContent()) ?? "";
      expect(typeReport).toContain(`chapters/10-boot.mdx:${bodyLine}:14: TS2322`);
      expect(typeReport.trim().split("\n")).toHaveLength(2); // the heading and the one error: the rest of the book type-checks

      // The banner changed: the machine reboots and prints it.
      await replaceText(page, `export const KERNEL_VERSION = "9.9.9";\nexport const KERNEL_BANNER = \`${NEW_BANNER} v\${KERNEL_VERSION}\`;`);
      await figure.locator('[data-editor-action="run"]').click();
      await expect.poll(() => terminalText(page), { timeout: 120_000, interval: 250 }).toContain(`${NEW_BANNER} v9.9.9`);
      await screenshot(page, "edit-banner");

      // Download my changes: a patch that git apply takes onto the chapter.
      await figure.scrollIntoViewIfNeeded();
      const [download] = await Promise.all([page.waitForEvent("download"), figure.locator('[data-editor-action="download"]').click()]);
      const dir = mkdtempSync(join(tmpdir(), "edit-e2e-"));
      try {
        cpSync(join(ROOT, "chapters/10-boot.mdx"), join(dir, "chapters/10-boot.mdx"));
        writeFileSync(join(dir, "mine.patch"), readFileSync((await download.path()) as string));
        execFileSync("git", ["apply", "mine.patch"], { cwd: dir });
        expect(readFileSync(join(dir, "chapters/10-boot.mdx"), "utf8")).toContain(NEW_BANNER);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }

      // A reload keeps the edit.
      await page.reload({ waitUntil: "load" });
      await expect.poll(() => figure.locator(".chunk-edit-open").textContent()).toBe("Edit (changed)");
      await figure.locator(".chunk-edit-open").click();
      await expect.poll(() => figure.locator(".cm-content").textContent()).toContain(NEW_BANNER);

      // Reset to the book: the book's text, and nothing kept.
      await figure.locator('[data-editor-action="reset"]').click();
      await expect.poll(() => figure.locator(".cm-content").textContent()).toContain("TypeScript kernel at EL1");
      expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("viperos-edit:")))).toEqual([]);
      expect(errors).toEqual([]);
    } catch (e) {
      await screenshot(page, "edit-FAILED").catch(() => {});
      throw e;
    } finally {
      await context.close();
    }
  });
});
