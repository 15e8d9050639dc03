// The book's chapters (chapters/*.mdx) are Starlight's docs collection; the book's wording of
// Starlight's own interface strings (src/content/i18n/en.json) is its i18n collection.
import { i18nLoader } from "@astrojs/starlight/loaders";
import { docsSchema, i18nSchema } from "@astrojs/starlight/schema";
import { glob } from "astro/loaders";
import { defineCollection, z } from "astro:content";

export const collections = {
  docs: defineCollection({
    loader: glob({
      pattern: "**/[^_]*.mdx",
      base: "./chapters",
      generateId: ({ entry }) => entry.replace(/\.mdx$/, "").toLowerCase(),
    }),
    // `appendix: true` marks reference material (lists, tables) that npm run book:stats counts apart.
    schema: docsSchema({ extend: z.object({ appendix: z.boolean().optional() }) }),
  }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
