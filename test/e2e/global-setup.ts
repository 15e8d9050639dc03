import { ensureBuilt } from "./harness.ts";

export default function setup(): void {
  ensureBuilt();
}
