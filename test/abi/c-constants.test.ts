// chapter: 20r-user-abi-reference
// The C header's constants that the kernel also names (chapter 15's POLL_ bits, the channel
// flags, …) are written by hand in chapter 20r: this checks each against the kernel's export of
// the same name, so "match the C header bit for bit" (chapter 15) stays true.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const HEADER = "src/user/include/viperos/syscalls.h";

/** `#define NAME 123u` and `#define NAME 0x80000000u` lines of the header: name → value. */
function headerConstants(): Map<string, number> {
  const out = new Map<string, number>();
  const text = readFileSync(join(root, HEADER), "utf8");
  for (const m of text.matchAll(/^#define\s+([A-Z][A-Z0-9_]*)\s+\(?(-?(?:0x[0-9a-fA-F]+|\d+))[uUlL]*\)?(?:\s|$)/gm))
    out.set(m[1], Number(m[2]));
  return out;
}

function kernelFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? kernelFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

describe("the C header's constants", () => {
  it("equal the kernel's exports of the same name", async () => {
    const header = headerConstants();
    const seen: string[] = [];
    const wrong: string[] = [];
    for (const file of kernelFiles(join(root, "src/kernel"))) {
      const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) {
        const c = header.get(name);
        if (typeof value !== "number" || c === undefined) continue;
        seen.push(name);
        if ((c >>> 0) !== (value >>> 0)) wrong.push(`${name}: header ${c}, ${relative(root, file)} ${value}`);
      }
    }
    expect(wrong).toEqual([]);
    // The POLL_ bits are among those compared: the test is not vacuous.
    expect(seen).toEqual(expect.arrayContaining(["POLL_CHANNEL_READ", "POLL_TIMER", "POLL_HANDLE_CLOSED"]));
  });
});
