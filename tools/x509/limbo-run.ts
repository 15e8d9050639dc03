// Runs x509-limbo test cases (test/vectors/x509-limbo/) through the book's path validation
// (src/kernel/x509/, chapter 46): which cases apply, the validator's answer for each, and the
// reason. Used by `npm run x509:limbo` and test/kernel/x509/limbo.test.ts.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { X509Error } from "../../src/kernel/x509/errors.ts";
import { trustStore, x509Validate } from "../../src/kernel/x509/path.ts";

export const LIMBO_FILE = join(import.meta.dirname, "../../test/vectors/x509-limbo/limbo-2023-12-02.json");
export const ONLINE_DIR = join(import.meta.dirname, "../../test/vectors/x509-limbo/online-2026-03");
export const KNOWN_FILE = join(import.meta.dirname, "../../test/vectors/x509-limbo/known-mismatches.json");

export interface LimboCase {
  readonly id: string;
  readonly features: readonly string[] | null;
  readonly validation_kind: "SERVER" | "CLIENT";
  readonly trusted_certs: readonly string[];
  readonly untrusted_intermediates: readonly string[];
  readonly peer_certificate: string;
  readonly validation_time: string | null;
  readonly signature_algorithms: readonly string[] | null;
  readonly key_usage: readonly string[] | null;
  readonly extended_key_usage: readonly string[] | null;
  readonly expected_result: "SUCCESS" | "FAILURE";
  readonly expected_peer_name: { readonly kind: string; readonly value: string } | null;
  readonly max_chain_depth: number | null;
}

export interface LimboOutcome {
  readonly id: string;
  readonly category: string;
  readonly expected: "SUCCESS" | "FAILURE";
  /** "skipped" with `reason` saying why, else what the validator answered. */
  readonly got: "SUCCESS" | "FAILURE" | "skipped";
  readonly reason: string;
}

/** Features the book does not implement, with why a case that needs one is skipped. */
export const UNSUPPORTED_FEATURES: Readonly<Record<string, string>> = {
  "pedantic-serial-number": "serial numbers are not checked beyond DER",
  "pedantic-public-suffix-wildcard": "no public suffix list",
  "pedantic-webpki-eku": "the web PKI's stricter extKeyUsage rules (required in a leaf, never critical, absent from roots) are not enforced",
  "rfc5280-incompatible-with-webpki": "the book follows the web PKI where it and RFC 5280 differ",
};

export function limboCases(): LimboCase[] {
  return (JSON.parse(readFileSync(LIMBO_FILE, "utf8")) as { testcases: LimboCase[] }).testcases;
}

/** The 14 real chains of 2026-03 (the current schema, one case per file), as `online-2026-03::<host>`. */
export function limboOnlineCases(): LimboCase[] {
  return readdirSync(ONLINE_DIR)
    .filter((f) => f.endsWith(".limbo.json"))
    .sort()
    .map((f) => {
      const tc = JSON.parse(readFileSync(join(ONLINE_DIR, f), "utf8")) as LimboCase;
      return { ...tc, id: tc.id.replace(/^online::/, "online-2026-03::") };
    });
}

/** A PEM block's DER bytes. */
export function pemToDer(pem: string): Uint8Array {
  const body = pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, "").replace(/\s+/g, "");
  return new Uint8Array(Buffer.from(body, "base64"));
}

/** `rfc5280::nc::excluded-dns-match` → `rfc5280::nc`. */
export const limboCategory = (id: string): string => id.split("::").slice(0, -1).join("::");

/** Why the book cannot run `tc`, or null if it can. */
export function limboSkip(tc: LimboCase): string | null {
  if (tc.validation_kind !== "SERVER") return "client validation";
  for (const f of tc.features ?? []) if (UNSUPPORTED_FEATURES[f]) return `feature ${f}: ${UNSUPPORTED_FEATURES[f]}`;
  if (tc.expected_peer_name === null) return "no peer name";
  // The 2023 schema says null for "no restriction", the current one [].
  if ((tc.signature_algorithms ?? []).length > 0) return "a restricted set of signature algorithms";
  if (tc.key_usage?.some((k) => k !== "digitalSignature")) return "key usages other than digitalSignature";
  if (tc.extended_key_usage?.some((k) => k !== "serverAuth")) return "extended key usages other than serverAuth";
  return null;
}

/** One case: skipped with its reason, or the validator's answer and reason. `now` stands in for a null validation_time. */
export function limboRun(tc: LimboCase, now: number): LimboOutcome {
  const base = { id: tc.id, category: limboCategory(tc.id), expected: tc.expected_result };
  const skip = limboSkip(tc);
  if (skip !== null) return { ...base, got: "skipped", reason: skip };
  const options = {
    time: tc.validation_time === null ? now : Date.parse(tc.validation_time),
    host: tc.expected_peer_name?.value ?? "",
    maxIntermediates: tc.max_chain_depth ?? undefined,
  };
  try {
    const path = x509Validate(pemToDer(tc.peer_certificate), tc.untrusted_intermediates.map(pemToDer), trustStore(tc.trusted_certs.map(pemToDer)), options);
    return { ...base, got: "SUCCESS", reason: `a path of ${path.length} certificates` };
  } catch (e) {
    if (!(e instanceof X509Error)) throw e;
    return { ...base, got: "FAILURE", reason: `${e.alert}: ${e.reason}` };
  }
}
