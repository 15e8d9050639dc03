// Which system the live machine runs: ViperOS on the virt board (createSystem, chapter 17), or
// several on the page's network (`<LiveMachine net>`, net-system.ts). The stub (stub-system.ts)
// is only for working on the page without a kernel: add `?stub` to the page's URL. All are
// imported statically, so the worker is one download; a system built by the page's editor comes
// as a module URL.
import { createSystem } from "../../system/index.ts";
import { createNetSystem } from "./net-system.ts";
import { createStubSystem } from "./stub-system.ts";
import type { LiveSystem, SystemOptions } from "./system.ts";
import { createViperSystem } from "./viperos-system.ts";

export async function loadSystem(options: SystemOptions, systemUrl: string | null = null): Promise<LiveSystem> {
  if (typeof location !== "undefined" && new URLSearchParams(location.search).has("stub")) return createStubSystem(options);
  // The reader's edited kernel (editor/build.ts): the same system, bundled in the page from the edited chapters.
  const make = systemUrl === null ? createSystem : ((await import(/* @vite-ignore */ systemUrl)) as { createSystem: typeof createSystem }).createSystem;
  if (options.scenario.net) return createNetSystem(options, make, options.scenario.net);
  return createViperSystem(options, make);
}
