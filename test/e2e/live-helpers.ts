// Helpers for pages with a live machine (used by live.test.ts and tools/bench/site.ts).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { DIST } from "./harness.ts";

/** Site paths ("/13-scheduler/") of built pages that hold a live machine. */
export function livePages(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== "_astro" && name !== "pagefind") walk(path);
      } else if (name === "index.html" && readFileSync(path, "utf8").includes("data-live-machine")) {
        out.push(`/${relative(DIST, dir).replace(/\\/g, "/")}/`.replace(/\/+/g, "/"));
      }
    }
  };
  walk(DIST);
  return out.sort();
}

/** The terminal's text as assistive technology sees it (xterm's screen-reader tree). */
export async function terminalText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const root = document.querySelector("[data-live-machine]");
    const tree = root?.querySelector(".xterm-accessibility-tree") ?? root?.querySelector(".xterm-rows");
    return [...(tree?.children ?? [])].map((row) => (row.textContent ?? "").replace(/\u00a0/g, " ")).join("\n");
  });
}


/**
 * Everything a machine's terminal holds, its scrollback too (a boot log scrolls off the screen):
 * the page network's `machine`-th terminal (`<LiveMachine net>`), the first by default.
 */
export async function terminalBuffer(page: Page, machine = 0): Promise<string> {
  return page.evaluate((index) => {
    type Buffer = { length: number; getLine(n: number): { translateToString(trim: boolean): string } | undefined };
    const handle = (window as unknown as { __liveMachine?: { terminals: { buffer: { active: Buffer } }[] } }).__liveMachine;
    const buffer = handle?.terminals[index]?.buffer.active;
    if (!buffer) return "";
    const lines: string[] = [];
    for (let n = 0; n < buffer.length; n++) lines.push(buffer.getLine(n)?.translateToString(true) ?? "");
    return lines.join("\n");
  }, machine);
}

/**
 * Opens a page whose live machine runs two ViperOS machines (the page network), waits until both
 * terminals show the prompt, and returns a function that types a line into machine `i`'s
 * terminal. Shared by the TCP and TLS panel tests.
 */
export async function openTwoMachines(page: Page, url: string): Promise<(i: number, line: string) => Promise<void>> {
  const atPrompt = async (i: number): Promise<boolean> => /SYS:> $/.test(`${(await terminalBuffer(page, i)).trimEnd()} `);
  await page.goto(url, { waitUntil: "load" });
  await page.locator("[data-live-machine]").scrollIntoViewIfNeeded();
  for (const i of [0, 1]) await expect.poll(() => atPrompt(i), { timeout: 120_000, interval: 250 }).toBe(true);
  const terminals = page.locator("[data-live-machine] .lm-terminal .xterm");
  return async (i, line) => {
    await terminals.nth(i).click();
    await page.keyboard.type(line);
    await page.keyboard.press("Enter");
  };
}
