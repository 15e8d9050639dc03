// The ViperOS Book site: Starlight over chapters/*.mdx, chunks rendered from the tangle index.
import { readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import mdx from "@astrojs/mdx";
import { satteri } from "@astrojs/markdown-satteri";
import starlight from "@astrojs/starlight";
import { defineConfig } from "astro/config";
import { asciiOnlyPlugin } from "./src/components/book/ascii-plugin.ts";
import { bootfsPlugin } from "./src/components/book/bootfs-plugin.ts";
import { chunkLinksEcPlugin, chunkMdastPlugin } from "./src/components/book/chunk-plugins.ts";
import { bookSourcesPlugin } from "./src/components/editor/sources-plugin.ts";

const root = fileURLToPath(new URL(".", import.meta.url));

/** Chapter ids in chapters-folder order (file names sort: 00-, 01-, …). */
function chapterSlugs(dir = "chapters", prefix = "") {
  const out = [];
  for (const name of readdirSync(new URL(`./${dir}/`, import.meta.url)).sort()) {
    const rel = `${dir}/${name}`;
    if (statSync(new URL(`./${rel}`, import.meta.url)).isDirectory()) out.push(...chapterSlugs(rel, `${prefix}${name}/`));
    else if (name.endsWith(".mdx") && !name.startsWith("_")) out.push(`${prefix}${name.replace(/\.mdx$/, "")}`.toLowerCase());
  }
  return out;
}

const chapters = chapterSlugs();

export default defineConfig({
  site: "https://viperos.example/",
  markdown: {
    processor: satteri({ mdastPlugins: [chunkMdastPlugin({ root })] }),
  },
  redirects: {
    // The CPU chapter was split in three; old links land on its first part.
    "/04-cpu/": "/04a-cpu-decode/",
  },
  integrations: [
    starlight({
      title: "The ViperOS Book",
      description: "A capability-based microkernel and the AArch64 machine it runs on, as a literate program.",
      markdown: { processedDirs: ["./chapters/"] },
      sidebar: [
        {
          label: "Start here",
          items: [
            { label: "About the book", link: "/" },
            { label: "Playground: ViperOS running", link: "/playground/" },
            { label: "All chapters", link: "/chapters/" },
          ],
        },
        { label: "Chapters", items: chapters },
      ],
      customCss: ["./src/styles/book.css"],
      expressiveCode: {
        plugins: [chunkLinksEcPlugin({ root })],
        // Languages Shiki does not ship, shown as plain text (device-tree source, linker scripts).
        shiki: { langAlias: { dts: "txt", ld: "txt", cpio: "txt" } },
      },
      pagination: true,
      // src/pages/404.astro instead: Starlight's own 404 route looks for a "404" chapter and warns
      // at every build that there is none.
      disable404Route: true,
    }),
    mdx(),
  ],
  vite: {
    build: {
      rolldownOptions: {
        // Astro marks every MDX page's asset module with a "use astro:head-inject" directive that
        // Rolldown warns it may not keep; Astro reads it before bundling, so nothing is lost
        // (withastro/astro#18087). Every other warning still shows.
        onwarn(warning, warn) {
          if (warning.code === "MODULE_LEVEL_DIRECTIVE" && warning.message.includes("astro:head-inject")) return;
          warn(warning);
        },
      },
    },
    plugins: [bootfsPlugin(root), bookSourcesPlugin(root)],
    worker: { format: "es", plugins: () => [bootfsPlugin(root), bookSourcesPlugin(root), asciiOnlyPlugin()] },
  },
});
