// npm run gen-roots-der [-- [--out FILE] [--no-system] [PEM...]]
//
// Writes the kernel's root store (chapter 47): the certificates of PEM bundles, each checked with
// chapter 46's parser, as DER certificates one after another — the file the kernel reads from
// SYS:certs/roots.der. By default the bundle is Debian's ca-certificates (when the file exists)
// and the book's test CA (test/material/tls/ca.pem).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { runTool, ToolError } from "./lib/args.ts";

export const SYSTEM_BUNDLE = "/etc/ssl/certs/ca-certificates.crt";
export const TEST_CA = "test/material/tls/ca.pem";
export const ROOTS_OUT = "build/certs/roots.der";

const SPEC = {
  name: "gen-roots-der",
  usage: "npm run gen-roots-der [-- [--out FILE] [--no-system] [PEM...]]",
  summary: `Writes a root store for ViperOS: every certificate of the PEM files (default: ${SYSTEM_BUNDLE} when present, and ${TEST_CA}) that chapter 46's parser reads and that is a CA, as DER certificates one after another. The kernel reads it from SYS:certs/roots.der.`,
  options: {
    out: { type: "string", value: "FILE", default: ROOTS_OUT, help: "where to write the store" },
    "no-system": { type: "flag", help: `leave out ${SYSTEM_BUNDLE} (only the PEM files named, or the test CA)` },
  },
  positionals: [{ name: "PEM", optional: true, rest: true, help: "PEM bundles to read instead of the defaults" }],
} as const;

/** The DER certificates of a PEM text; a block that is not base64 is a ToolError naming the file. */
export function pemCertificates(text: string, file: string): Uint8Array[] {
  const out: Uint8Array[] = [];
  const block = /-----BEGIN CERTIFICATE-----([^-]*)-----END CERTIFICATE-----/g;
  for (let m = block.exec(text); m !== null; m = block.exec(text)) {
    const b64 = m[1].replace(/\s+/g, "");
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) throw new ToolError(`${file}: certificate ${out.length + 1} is not base64`);
    out.push(new Uint8Array(Buffer.from(b64, "base64")));
  }
  if (out.length === 0) throw new ToolError(`${file}: no PEM certificate in it`);
  return out;
}

runTool(SPEC, async ({ options, positionals }) => {
  // Chapter 46's parser, loaded after the command line so that --help works in every state.
  const { certificateParse } = await import("../src/kernel/x509/certificate.ts");
  const files = positionals.length > 0 ? positionals : [TEST_CA];
  if (positionals.length === 0 && !options["no-system"] && existsSync(SYSTEM_BUNDLE)) files.unshift(SYSTEM_BUNDLE);
  const kept: Uint8Array[] = [];
  const dropped: string[] = [];
  for (const file of files) {
    if (!existsSync(file)) throw new ToolError(`${file}: no such file`);
    for (const [i, der] of pemCertificates(readFileSync(file, "latin1"), file).entries()) {
      try {
        const c = certificateParse(der);
        if (c.extensions.basicConstraints?.ca === true) kept.push(der);
        else dropped.push(`${c.subject.commonName ?? "?"}: not a CA`);
      } catch (e) {
        dropped.push(`${file} #${i + 1}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }
  if (kept.length === 0) throw new ToolError("no CA certificate in the input: nothing to write");
  const out = Buffer.concat(kept);
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, out);
  console.log(`gen-roots-der: ${kept.length} roots, ${out.length} bytes, to ${options.out} (from ${files.join(", ")})`);
  for (const why of dropped) console.log(`  left out: ${why}`);
  return 0;
});
