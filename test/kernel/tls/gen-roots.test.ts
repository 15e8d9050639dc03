// chapter: 47-tls-sockets
// npm run gen-roots-der (chapter 47) writes the root store from PEM bundles: every certificate
// chapter 46 parses and that is a CA, as DER one after another; a leaf is left out with its
// reason, and the file splits back (rootStoreSplit) into exactly the CAs given, in order.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rootStoreSplit } from "../../../src/kernel/tls/roots.ts";

const material = (name: string) => join("test", "material", "tls", name);
const pemDer = (file: string) => new Uint8Array(Buffer.from(readFileSync(file, "utf8").replace(/-----[^-]+-----|\s/g, ""), "base64"));

describe("npm run gen-roots-der", () => {
  it("keeps the CAs of the bundles named, in order, leaves a leaf out with its reason, and writes what rootStoreSplit reads", () => {
    const dir = mkdtempSync(join(tmpdir(), "gen-roots-"));
    try {
      const out = join(dir, "roots.der");
      const args = ["--enable-source-maps", "--import", "./tools/node/esbuild-hooks.mjs", "tools/gen-roots-der.ts"];
      const r = spawnSync(process.execPath, [...args, "--out", out, material("ca.pem"), material("good.pem")], { encoding: "utf8" });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/gen-roots-der: 1 roots, \d+ bytes/);
      expect(r.stdout).toContain("left out: linux.vnet: not a CA");
      expect(rootStoreSplit(new Uint8Array(readFileSync(out)))).toEqual([pemDer(material("ca.pem"))]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
