import { rmSync } from "node:fs";
import { ensureBuilt, RESULTS } from "./harness.ts";

export default function setup(): void {
  rmSync(RESULTS, { recursive: true, force: true }); // screenshots are this run's only
  ensureBuilt();
}
