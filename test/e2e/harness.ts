// Shared e2e harness: a fresh static build in dist/, a tiny static server (node:http) over it,
// and Debian's Chromium driven by playwright-core.
import { execFileSync } from "node:child_process";
import { createReadStream, existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import { type Browser, chromium, type ConsoleMessage, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

export const ROOT = resolve(import.meta.dirname, "../..");
export const DIST = join(ROOT, "dist");
export const RESULTS = join(ROOT, "test-results", "e2e");

const SOURCES = ["chapters", "src/components", "src/styles", "src/system", "src/emulator", "src/kernel", "src/machine", "src/user", "public", "astro.config.mjs", "src/content.config.ts"];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/**
 * Builds the site unless dist/ is newer than every source it is made from.
 * E2E_BUILD=1 always builds; E2E_BUILD=0 never does (use the dist/ there is).
 */
export function ensureBuilt(): void {
  if (process.env.E2E_BUILD === "0" && existsSync(join(DIST, "index.html"))) return;
  const stamp = join(DIST, "index.html");
  const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  const newest = Math.max(...SOURCES.map((p) => newestMtime(join(ROOT, p))));
  if (process.env.E2E_BUILD !== "1" && built > newest) return;
  execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json",
};

/** Serves dir on 127.0.0.1 (any free port), like any static file host: dir/ → dir/index.html. */
export async function serveStatic(dir: string): Promise<{ url: string; close(): Promise<void>; server: Server }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) {
      const notFound = join(dir, "404.html");
      res.writeHead(404, { "content-type": TYPES[".html"] });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
}

/** The site served from dist/ and one Chromium, for the tests of one file: up before them, closed after. */
export function siteAndBrowser(): { browser: Browser; site: Awaited<ReturnType<typeof serveStatic>> } {
  const env = {} as { browser: Browser; site: Awaited<ReturnType<typeof serveStatic>> };
  beforeAll(async () => {
    env.site = await serveStatic(DIST);
    env.browser = await launch();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}

/** Collects console errors and uncaught page errors. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (msg: ConsoleMessage) => {
    if (msg.type() === "error") errors.push(`console: ${msg.text()}`);
  });
  page.on("pageerror", (err) => errors.push(`pageerror: ${err.message}`));
  page.on("response", (res) => {
    if (res.status() >= 400) errors.push(`http ${res.status()}: ${res.url()}`);
  });
  page.on("requestfailed", (req) => {
    const reason = req.failure()?.errorText ?? "";
    // A navigation cancels the previous page's pending requests; that is not a failure.
    if (reason !== "net::ERR_ABORTED") errors.push(`requestfailed: ${req.url()} ${reason}`);
  });
  return errors;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: false });
}

/** Chapter slugs in the built site, in chapters-folder order. */
export function builtChapters(): string[] {
  return readdirSync(join(ROOT, "chapters"))
    .filter((n) => n.endsWith(".mdx") && !n.startsWith("_"))
    .sort()
    .map((n) => n.replace(/\.mdx$/, "").toLowerCase())
    .filter((slug) => existsSync(join(DIST, slug, "index.html")));
}
