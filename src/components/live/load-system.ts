// Which system the live machine runs: ViperOS on the virt board. The stub (stub-system.ts) is
// only for working on the page without a kernel: add `?stub` to the page's URL.
import { createStubSystem } from "./stub-system.ts";
import type { LiveSystem, SystemOptions } from "./system.ts";

export async function loadSystem(options: SystemOptions): Promise<LiveSystem> {
  if (typeof location !== "undefined" && new URLSearchParams(location.search).has("stub")) return createStubSystem(options);
  const { createViperSystem } = await import("./viperos-system.ts");
  return createViperSystem(options);
}
