// Shared pieces of the book's figures: SVG drawn at build time from data (no client JavaScript).
// Lines and text use `currentColor` and fills use CSS classes (src/styles/book.css), so a figure
// follows the light or dark theme; every figure carries a text alternative built from the same
// data as the drawing.

/** Escapes text for SVG/XML. */
export function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Width of `text` in pixels at `size` px, roughly (the figures use a monospace face). */
export function textWidth(text: string, size = 12): number {
  return text.length * size * 0.62;
}

/** `<text>` centred at (x, y). */
export function label(x: number, y: number, text: string, size = 12, cls = ""): string {
  const c = cls === "" ? "" : ` class="${cls}"`;
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${size}" text-anchor="middle" dominant-baseline="middle"${c}>${esc(text)}</text>`;
}

/** A rectangle with a fill class. */
export function rect(x: number, y: number, w: number, h: number, cls: string, rx = 0): string {
  return `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" rx="${rx}" class="${cls}" />`;
}

/** Wraps the body in an <svg> that names itself: a title and a description for screen readers. */
export function svgDocument(width: number, height: number, title: string, description: string, body: string[]): string {
  const id = `fig-${hash(title + description)}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${Math.ceil(width)} ${Math.ceil(height)}" role="img" aria-labelledby="${id}-t ${id}-d" class="book-svg" font-family="ui-monospace, SFMono-Regular, Menlo, monospace" fill="currentColor" stroke="currentColor" stroke-width="0">`,
    `<title id="${id}-t">${esc(title)}</title>`,
    `<desc id="${id}-d">${esc(description)}</desc>`,
    `<defs><marker id="${id}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" /></marker></defs>`,
    ...body.map((b) => b.replaceAll("url(#arrow)", `url(#${id}-arrow)`)),
    "</svg>",
  ].join("\n");
}

/** A short stable hash, so ids differ between figures on one page and never change between builds. */
function hash(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

/** Breaks `text` into lines of at most `max` characters at spaces (a longer word keeps its line). */
export function wrapText(text: string, max = 24): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line !== "" && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** Lines of text centred on (x, y), each `size * 1.2` below the last. */
export function labelLines(x: number, y: number, lines: string[], size: number, cls: string, halo = false): string {
  const top = y - ((lines.length - 1) * size * 1.2) / 2;
  const extra = halo ? ' paint-order="stroke" stroke-width="4" stroke-linejoin="round"' : "";
  const spans = lines.map((l, i) => `<tspan x="${x.toFixed(1)}" y="${(top + i * size * 1.2).toFixed(1)}">${esc(l)}</tspan>`).join("");
  return `<text font-size="${size}" text-anchor="middle" dominant-baseline="middle" class="${cls}"${extra}>${spans}</text>`;
}
