// Which system the live machine runs: ViperOS on the virt board (createSystem, chapter 17).
// The stub (stub-system.ts) is only for working on the page without a kernel: add `?stub` to
// the page's URL. Both are imported statically, so the worker is one download.
import { createStubSystem } from "./stub-system.ts";
import type { LiveSystem, SystemOptions } from "./system.ts";
import { createViperSystem } from "./viperos-system.ts";

export async function loadSystem(options: SystemOptions): Promise<LiveSystem> {
  if (typeof location !== "undefined" && new URLSearchParams(location.search).has("stub")) return createStubSystem(options);
  return createViperSystem(options);
}
