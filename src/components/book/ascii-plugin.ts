// A Vite (Rollup) plugin for the live machine's worker bundle: write every non-ASCII character as
// a \uXXXX escape. One en dash in an error message makes the browser hold the whole 650 KiB script
// as UTF-16 — slower to decode and to parse before the machine can boot. The escape means the same
// thing in a string, template, regular expression, identifier or comment.
const NON_ASCII = /[^\x00-\x7f]/g;

export function asciiOnlyPlugin() {
  return {
    name: "viperos-ascii-only",
    renderChunk(code: string) {
      if (code.search(NON_ASCII) < 0) return null;
      return { code: code.replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`), map: null };
    },
  };
}
