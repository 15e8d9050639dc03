// Which system the live machine runs.
import { createStubSystem } from "./stub-system.ts";
import type { LiveSystem, SystemOptions } from "./system.ts";

export async function loadSystem(options: SystemOptions): Promise<LiveSystem> {
  return createStubSystem(options);
}
