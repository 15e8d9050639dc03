// chapter: 95-bibliography
// The book's figures (src/components/figures/, drawn as SVG at build time) in Chromium: every
// chapter that is not an appendix has at least one; each is an <svg role="img"> whose title and
// description give it a text alternative; and its text and lines stand out from the page in both
// the light and the dark theme (a contrast ratio of at least 3, WCAG's figure for graphics). A
// screenshot of one figure in each theme is kept in test-results/e2e/.
import { describe, expect, it } from "vitest";
import { builtChapters, screenshot, siteAndBrowser } from "./harness.ts";

const env = siteAndBrowser();

/** WCAG 2 relative luminance of a CSS rgb()/rgba() colour, and the contrast ratio of two. */
function luminance(css: string): number {
  const [r, g, b] = (css.match(/[\d.]+/g) ?? ["0", "0", "0"]).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

describe("the book's figures", () => {
  it("every chapter has one, each with a text alternative, legible in the light and the dark theme", async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    let shot = false;
    for (const slug of builtChapters()) {
      if (/^\d+[a-z]?r-/.test(slug)) continue; // reference appendices hold lists, not figures
      await page.goto(`${env.site.url}/${slug}/`, { waitUntil: "load" });
      const figures = page.locator("figure.book-figure svg.book-svg");
      const count = await figures.count();
      if (count === 0) problems.push(`${slug}: no figure`);
      for (let i = 0; i < count; i++) {
        const alt = await figures.nth(i).evaluate((svg) => ({
          role: svg.getAttribute("role"),
          title: svg.querySelector("title")?.textContent?.trim() ?? "",
          desc: svg.querySelector("desc")?.textContent?.trim() ?? "",
        }));
        if (alt.role !== "img" || alt.title === "" || alt.desc === "") problems.push(`${slug}: figure ${i + 1} has no text alternative`);
      }
      if (count === 0) continue;
      for (const theme of ["light", "dark"]) {
        await page.evaluate((t) => {
          document.documentElement.dataset.theme = t;
        }, theme);
        const colors = await figures.first().evaluate((svg) => {
          const text = svg.querySelector("text") ?? svg;
          const fill = getComputedStyle(text).fill;
          const color = getComputedStyle(svg).color;
          return { fill: fill.startsWith("rgb") ? fill : color, background: getComputedStyle(document.body).backgroundColor };
        });
        const ratio = contrast(colors.fill, colors.background);
        if (ratio < 3) problems.push(`${slug} (${theme}): figure text ${colors.fill} on ${colors.background}, contrast ${ratio.toFixed(2)}`);
        if (!shot && slug.startsWith("13-")) {
          await figures.first().scrollIntoViewIfNeeded();
          await screenshot(page, `figure-13-${theme}`);
        }
      }
      shot ||= slug.startsWith("13-");
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});
