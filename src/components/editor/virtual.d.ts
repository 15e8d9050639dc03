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
