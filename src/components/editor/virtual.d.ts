declare module "virtual:viperos-book-sources" {
  /** The fences the live machine's system is tangled from (editor/sources-plugin.ts). */
  const sources: import("./sources.ts").BookSources;
  export default sources;
}

declare module "esbuild-wasm/esbuild.wasm?url" {
  /** The URL of esbuild's WebAssembly binary, emitted by Vite as an asset. */
  const url: string;
  export default url;
}

declare module "virtual:viperos-ts-libs" {
  /** TypeScript's ES library declarations (lib.es*.d.ts, lib.decorators*.d.ts), by file name. */
  export const libs: Record<string, string>;
  /** The kernel project's compiler options (tsconfig.base.json with src/kernel/tsconfig.json). */
  export const compilerOptions: Record<string, unknown>;
}
