// Which system the live machine runs: ViperOS on the virt board (createSystem, chapter 17).
// The stub (stub-system.ts) is only for working on the page without a kernel: add `?stub` to
// the page's URL. Both are imported statically, so the worker is one download; a system built by
// the page's editor comes as a module URL.
import { createStubSystem } from "./stub-system.ts";
import type { LiveSystem, SystemOptions } from "./system.ts";
import type { createSystem } from "../../system/index.ts";
import { createViperSystem } from "./viperos-system.ts";

export async function loadSystem(options: SystemOptions, systemUrl: string | null = null): Promise<LiveSystem> {
  if (typeof location !== "undefined" && new URLSearchParams(location.search).has("stub")) return createStubSystem(options);
  if (systemUrl === null) return createViperSystem(options);
  // The reader's edited kernel (editor/build.ts): the same system, bundled in the page from the edited chapters.
  const edited = (await import(/* @vite-ignore */ systemUrl)) as { createSystem: typeof createSystem };
  return createViperSystem(options, edited.createSystem);
}
