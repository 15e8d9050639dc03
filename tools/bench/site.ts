// npm run bench:site — for headless Chromium on this machine: the time from page load to the
// live machine's `SYS:> ` prompt, and the gzip size of the machine's bundle (worker, emulator +
// kernel + boot fs, and the page-side UI with xterm.js). Prints figures; asserts nothing.
//   npm run bench:site -- [--runs N] [--page /playground/]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { DIST, ensureBuilt, launch, serveStatic } from "../../test/e2e/harness.ts";
import { livePages } from "../../test/e2e/live-helpers.ts";
import { readCommand } from "../lib/args.ts";

const { options } = readCommand({
  name: "bench:site",
  usage: "npm run bench:site -- [--runs N] [--page PATH]",
  summary: `In headless Chromium: the time from page load to the live machine's SYS:> prompt, and the gzip size
of the machine's bundle. Builds the site first if dist/ is missing. Prints figures; asserts nothing.`,
  options: {
    runs: { type: "int", help: "page loads to time", default: 3, min: 1 },
    page: { type: "string", value: "PATH", help: "the page to load (default /playground/, or the first page with a live machine)" },
  },
});

ensureBuilt();
const pages = livePages();
const path = options.page ?? (pages.includes("/playground/") ? "/playground/" : (pages[0] ?? ""));
if (!path) {
  console.error("bench:site: no page with a live machine in dist/");
  process.exit(1);
}
if (!pages.includes(path)) {
  console.error(`bench:site: --page ${path}: no live machine on that page (there is one on ${pages.join(", ")})`);
  process.exit(2);
}
const runs = options.runs;

// Bundle sizes.
const assets = join(DIST, "_astro");
const groups: Record<string, RegExp> = {
  "worker: emulator + kernel + boot fs + loop": /^(machine\.worker|viperos-system)-.*\.js$/,
  "page UI (xterm.js, panels host)": /^ui\..*\.(js|css)$/,
  "loader (LiveMachine script)": /^LiveMachine\.astro.*\.js$/,
};
let totalRaw = 0;
let totalGz = 0;
console.log("machine bundle (dist/_astro):");
for (const [label, re] of Object.entries(groups)) {
  let raw = 0;
  let gz = 0;
  for (const name of readdirSync(assets).filter((n) => re.test(n))) {
    const bytes = readFileSync(join(assets, name));
    raw += statSync(join(assets, name)).size;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  totalRaw += raw;
  totalGz += gz;
  console.log(`  ${label.padEnd(40)} ${(raw / 1024).toFixed(1).padStart(8)} KiB  gzip ${(gz / 1024).toFixed(1).padStart(7)} KiB`);
}
console.log(`  ${"total".padEnd(40)} ${(totalRaw / 1024).toFixed(1).padStart(8)} KiB  gzip ${(totalGz / 1024).toFixed(1).padStart(7)} KiB`);

// Time to prompt.
const site = await serveStatic(DIST);
const browser = await launch();
const times: number[] = [];
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${site.url}${path}`, { waitUntil: "commit" });
    // In a chapter the machine sits mid-page and starts when scrolled to, as a reader would.
    await page.locator("[data-live-machine]").scrollIntoViewIfNeeded();
    const ms = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const check = (): void => {
            // What the reader sees: the DOM renderer's rows (the screen-reader tree lags up to 1 s by design).
            const rows = document.querySelector("[data-live-machine] .xterm-rows");
            if (rows?.textContent?.includes("SYS:>")) resolve(performance.now());
            else requestAnimationFrame(check);
          };
          check();
        }),
    );
    times.push(ms);
    const marks = await page.evaluate(() =>
      performance
        .getEntriesByType("mark")
        .filter((m) => m.name.startsWith("live:"))
        // The worker's marks (worker-*) arrive by message, so order by time, not by arrival.
        .sort((a, b) => a.startTime - b.startTime)
        .map((m) => `${m.name.slice(5)} ${m.startTime.toFixed(0)}${(m as PerformanceMark).detail ? ` ${JSON.stringify((m as PerformanceMark).detail)}` : ""}`)
        .join(", "),
    );
    const nav = await page.evaluate(() => {
      const n = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
      return n ? `DOMContentLoaded ${n.domContentLoadedEventEnd.toFixed(0)}, load ${n.loadEventEnd.toFixed(0)}` : "";
    });
    console.log(`    ${nav}; ${marks}`);
    console.log(`  run ${i + 1}: ${ms.toFixed(0)} ms from navigation to SYS:> ${i === 0 ? "(cold cache)" : "(warm cache)"}`);
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
}
const sorted = [...times].sort((a, b) => a - b);
console.log(`page ${path}: load → SYS:> median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms (goal ≤ 1500 ms), best ${sorted[0].toFixed(0)} ms, ${runs} run(s), headless Chromium`);
