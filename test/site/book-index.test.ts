// chapter: 00-how-to-read
// The site's chunk index: anchors, first/append definitions, uses across chapters, titles.
import { describe, expect, it } from "vitest";
import { buildIndex, chapterSlug, chunkAnchor, fenceKey, fileAnchor, slugify } from "../../src/components/book/book-index.ts";

const a = `---
title: "Chapter A"
---

\`\`\`ts file="src/kernel/a.ts"
// <<a: part>>
// <<b: helper>>
\`\`\`

\`\`\`ts chunk="a: part"
export const x = 1;
\`\`\`
`;
const b = `---
title: Chapter B
---

\`\`\`ts chunk="b: helper"
export const y = 2;
\`\`\`

\`\`\`ts chunk="b: helper" append
export const z = 3;
\`\`\`
`;

describe("book index", () => {
  const index = buildIndex([
    { chapter: "chapters/01-a.mdx", text: a },
    { chapter: "chapters/02-b.mdx", text: b },
  ]);

  it("names anchors after chunks and files", () => {
    expect(slugify("sched: pick the next task")).toBe("sched-pick-the-next-task");
    expect(chunkAnchor("b: helper")).toBe("chunk-b-helper");
    expect(chunkAnchor("b: helper", 1)).toBe("chunk-b-helper-2");
    expect(fileAnchor("src/kernel/a.ts")).toBe("file-src-kernel-a-ts");
    expect(chapterSlug("/x/chapters/02-b.mdx")).toBe("02-b");
  });

  it("records every definition, the files a chunk reaches and who uses it", () => {
    const first = index.fences.get(fenceKey("02-b", "b: helper", 0));
    const second = index.fences.get(fenceKey("02-b", "b: helper", 1));
    expect(first?.index).toBe(0);
    expect(second?.index).toBe(1);
    expect(second?.anchor).toBe("chunk-b-helper-2");
    expect(first?.definitions.map((d) => d.anchor)).toEqual(["chunk-b-helper", "chunk-b-helper-2"]);
    expect(first?.files).toEqual(["src/kernel/a.ts"]);
    expect(first?.usedIn).toEqual([{ chapter: "01-a", anchor: "file-src-kernel-a-ts", name: "src/kernel/a.ts", kind: "root" }]);
    expect(index.chunks.get("b: helper")).toEqual({ chapter: "02-b", anchor: "chunk-b-helper" });
    expect(index.fences.get(fenceKey("01-a", "src/kernel/a.ts", 0))?.kind).toBe("root");
  });

  it("reads chapter titles from the frontmatter", () => {
    expect(index.titles.get("01-a")).toBe("Chapter A");
    expect(index.titles.get("02-b")).toBe("Chapter B");
  });
});
