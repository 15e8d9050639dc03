// Reading Wycheproof vector files (test/vectors/wycheproof/, Apache-2.0, from C2SP/wycheproof):
// every test of every group, with its group's parameters beside it.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export type WycheproofResult = "valid" | "invalid" | "acceptable";

export interface WycheproofTest {
  tcId: number;
  comment: string;
  flags: string[];
  result: WycheproofResult;
  [field: string]: unknown;
}

export interface WycheproofFile<G> {
  numberOfTests: number;
  testGroups: (G & { tests: WycheproofTest[] })[];
}

const dir = join(import.meta.dirname, "../../vectors/wycheproof");

/** The file's tests, each with its group, checked against the file's own count. */
export function wycheproof<G>(name: string): { group: G; test: WycheproofTest }[] {
  const file = JSON.parse(readFileSync(join(dir, name), "utf8")) as WycheproofFile<G>;
  const all = file.testGroups.flatMap((group) => group.tests.map((test) => ({ group: group as G, test })));
  if (all.length !== file.numberOfTests) throw new Error(`${name}: ${all.length} tests, header says ${file.numberOfTests}`);
  return all;
}

/** Bytes from a hex string. */
export function unhex(s: unknown): Uint8Array {
  return new Uint8Array(Buffer.from(String(s), "hex"));
}

export function hex(b: Uint8Array): string {
  return Buffer.from(b).toString("hex");
}

/** Tallies outcomes, so a test can assert the counts of valid/invalid/acceptable vectors it checked. */
export function tally(results: readonly WycheproofResult[]): Record<WycheproofResult, number> {
  const t = { valid: 0, invalid: 0, acceptable: 0 };
  for (const r of results) t[r]++;
  return t;
}
