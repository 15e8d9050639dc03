// The book's chapters (chapters/*.mdx) are Starlight's docs collection; the book's wording of
// Starlight's own interface strings (src/content/i18n/en.json) is its i18n collection.
import { i18nLoader } from "@astrojs/starlight/loaders";
import { docsSchema, i18nSchema } from "@astrojs/starlight/schema";
import { glob } from "astro/loaders";
import { defineCollection } from "astro:content";

export const collections = {
  docs: defineCollection({
    loader: glob({
      pattern: "**/[^_]*.mdx",
      base: "./chapters",
      generateId: ({ entry }) => entry.replace(/\.mdx$/, "").toLowerCase(),
    }),
    schema: docsSchema(),
  }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
