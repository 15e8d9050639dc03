// chapter: 26b-disk-root
// A page served with a strict Content Security Policy — `script-src 'self' 'wasm-unsafe-eval'`,
// no 'unsafe-eval', on the page and on the worker's script alike, as a host that sets the header
// on every response does — still runs its live machine: the translating tier's first `new Function`
// is refused, the translator marks its JavaScript back end unusable (chapter 4t, "Turning it off"),
// and every block is interpreted but those the WebAssembly back end makes, which the policy
// allows (the probe must count some). The test boots chapter 21s's machine, runs a script that
// loops (a sort, a search and If/Else over the disk's files), and checks the shell's answers and
// that nothing else failed.
import type { ConsoleMessage } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIST, launch, screenshot, serveStatic } from "./harness.ts";
import { livePages, terminalText } from "./live-helpers.ts";

const CSP = "script-src 'self' 'wasm-unsafe-eval'";
const env = {} as { browser: Awaited<ReturnType<typeof launch>>; site: Awaited<ReturnType<typeof serveStatic>> };

beforeAll(async () => {
  env.site = await serveStatic(DIST);
  // Before the static handler writes its head: the header joins every response.
  env.site.server.prependListener("request", (_req, res) => res.setHeader("content-security-policy", CSP));
  env.browser = await launch();
});
afterAll(async () => {
  await env.browser?.close();
  await env.site?.close();
});

describe("a live machine under a strict Content Security Policy", () => {
  const path = livePages().find((p) => p.includes("21s-shell-scripts"));

  it("boots, runs a looping script with the translator refused, and fails nowhere but in blocked inline scripts", async () => {
    expect(path).toBeDefined();
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const messages: string[] = [];
    page.on("console", (m: ConsoleMessage) => messages.push(`${m.type()}: ${m.text()}`));
    page.on("pageerror", (e) => messages.push(`pageerror: ${e.message}`));
    page.on("response", (r) => {
      if (r.status() >= 400) messages.push(`http ${r.status()}: ${r.url()}`);
    });
    try {
      const res = await page.goto(`${env.site.url}${path}`, { waitUntil: "load" });
      expect(res?.headers()["content-security-policy"]).toBe(CSP);
      await page.locator("[data-live-machine]").scrollIntoViewIfNeeded();
      await expect.poll(() => terminalText(page), { timeout: 120_000, interval: 250 }).toMatch(/Last return code[^\n]*\n[\s\S]*SYS:> *$/);
      await page.locator("[data-live-machine] .xterm").click();
      await page.keyboard.type("Execute Pipeline");
      await page.keyboard.press("Enter");
      const after = async (): Promise<string> => {
        const text = await terminalText(page);
        return text.slice(text.lastIndexOf("SYS:> Execute Pipeline"));
      };
      await expect.poll(after, { timeout: 120_000, interval: 250 }).toMatch(/apple is one of them\s*\nSYS:> *$/);
      await screenshot(page, "csp-shell");
      // The translator tried JavaScript, was refused, and made only WebAssembly blocks since
      // ('wasm-unsafe-eval' allows those): everything else ran interpreted.
      const stats = await page.evaluate(() => {
        type Host = { query(probe: string): Promise<Record<string, number>> };
        return (window as unknown as { __liveMachine: { host: Host } }).__liveMachine.host.query("stats");
      });
      expect(stats.translatorUsable).toBe(0);
      expect(stats.translatedBlocks).toBe(stats.wasmBlocks);
      expect(stats.wasmBlocks).toBeGreaterThan(0);
      expect(stats.instructions).toBeGreaterThan(100_000);
      // Nothing failed but the inline scripts the policy blocks: Starlight's (theme, search key,
      // sidebar, table of contents) and LiveMachine's early start, which client.ts stands in for.
      const inline = /^error: Executing inline script violates/;
      expect(messages.filter((m) => /^(error|warning|pageerror|http)/.test(m) && !inline.test(m))).toEqual([]);
      expect(await terminalText(page)).not.toMatch(/machine:|boot:/);
    } catch (e) {
      await screenshot(page, "csp-FAILED").catch(() => {});
      throw e;
    } finally {
      await page.close();
    }
  });
});
