// chapter: 23-consoles
// The built book in Chromium: chunks render with their names, a use links to its definition,
// every chapter page loads without console errors.
import { describe, expect, it } from "vitest";
import { builtChapters, screenshot, siteAndBrowser, watchErrors } from "./harness.ts";

const env = siteAndBrowser();

/** Chapter 0 once it exists, else the first chapter. */
function chapterZero(): string {
  const chapters = builtChapters();
  return chapters.find((c) => c.startsWith("00-")) ?? chapters[0];
}

describe("the book site", () => {
  it("renders chapter 0's chunks with their names and links a use to its definition", async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    const slug = chapterZero();
    const response = await page.goto(`${env.site.url}/${slug}/`, { waitUntil: "load" });
    expect(response?.status()).toBe(200);

    const titles = await page.locator("figure.chunk .frame .title").allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title).toMatch(/^⟨.+⟩ \+?≡$/);
    // Every chunk figure has an anchor id and a highlighted code block.
    const figures = page.locator("figure.chunk");
    expect(await figures.count()).toBe(titles.length);
    expect(await page.locator("figure.chunk[id] pre code").count()).toBe(titles.length);
    // Cross-references under named chunks.
    expect(await page.locator("figure.chunk-named figcaption.chunk-xref .chunk-used").count()).toBeGreaterThan(0);
    await screenshot(page, "site-chapter0");

    const use = page.locator("a.chunk-use").first();
    const href = await use.getAttribute("href");
    expect(href).toMatch(/#chunk-/);
    const hash = (href as string).slice((href as string).indexOf("#"));
    await use.click();
    await page.waitForFunction((h) => location.hash === h, hash);
    const target = page.locator(hash);
    await expect.poll(() => target.isVisible()).toBe(true);
    const inView = await target.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.top < window.innerHeight;
    });
    expect(inView).toBe(true);
    await screenshot(page, "site-chapter0-after-use-link");

    // Starlight's conventions are there: search and the theme switch.
    expect(await page.locator("site-search").count()).toBeGreaterThan(0);
    expect(await page.locator("starlight-theme-select").count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("has a landing page and a chapter index that list every chapter, the Playground and the two commands", async () => {
    const chapters = builtChapters();
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    for (const path of ["/", "/chapters/"]) {
      const response = await page.goto(`${env.site.url}${path}`, { waitUntil: "load" });
      expect(response?.status(), path).toBe(200);
      const links = await page.locator("main a[href]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      for (const slug of chapters) expect(links, `${path} links ${slug}`).toContain(`/${slug}/`);
      expect(links).toContain("/playground/");
    }
    await page.goto(`${env.site.url}/`, { waitUntil: "load" });
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toContain("npm install && npm start");
    expect(text).toContain("npm install && npm test");
    // The Playground is in the sidebar's first group, on screen without scrolling.
    const playground = page.locator('nav.sidebar a[href="/playground/"]');
    const box = await playground.boundingBox();
    expect(box && box.y + box.height <= 900).toBe(true);
    await screenshot(page, "site-landing");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("builds a page per chapter, in chapters-folder order in the sidebar, each without console errors", async () => {
    const chapters = builtChapters();
    expect(chapters.length).toBeGreaterThan(0);
    const page = await env.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${env.site.url}/${chapters[0]}/`, { waitUntil: "load" });
    const sidebar = await page.locator("nav.sidebar a[href]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    const order = sidebar.map((p) => p.replace(/^\/|\/$/g, "")).filter((p) => chapters.includes(p));
    expect(order).toEqual(chapters);
    for (const slug of chapters) {
      const response = await page.goto(`${env.site.url}/${slug}/`, { waitUntil: "load" });
      expect(response?.status(), slug).toBe(200);
      expect(await page.locator("h1").first().textContent(), slug).toBeTruthy();
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
