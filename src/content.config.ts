// The book's chapters (chapters/*.mdx) are Starlight's docs collection.
import { docsSchema } from "@astrojs/starlight/schema";
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
};
