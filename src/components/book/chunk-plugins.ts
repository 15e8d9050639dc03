// Site rendering of literate chunks, fed by the book index (book-index.ts):
//  - an mdast plugin for the Sätteri Markdown processor (Astro 7's default, used by @astrojs/mdx 8)
//    that wraps each file=/chunk= fence in a <figure id=…> titled ⟨name⟩ ≡ / ⟨name⟩ +≡ and adds
//    the "defined in / used in / file" cross-references under it;
//  - an Expressive Code plugin that turns every `// <<name>>` use line into a link to the
//    chunk's definition.
import { fileURLToPath } from "node:url";
import { USE_LINE } from "../../../tools/tangle/graph.ts";
import { parseMeta } from "../../../tools/tangle/parse.ts";
import { chunkId, rootId } from "../editor/sources.ts";
import { type BookIndex, bookIndex, chapterHref, chapterSlug, fenceKey, type FenceRef } from "./book-index.ts";

type Node = { type: string; value?: string; url?: string; lang?: string | null; meta?: string | null; data?: Record<string, unknown>; children?: Node[] };

const text = (value: string): Node => ({ type: "text", value });
const link = (url: string, label: string, className?: string): Node => ({
  type: "link",
  url,
  children: [text(label)],
  ...(className ? { data: { hProperties: { class: className } } } : {}),
});
const span = (className: string, children: Node[]): Node => ({ type: "emphasis", data: { hName: "span", hProperties: { class: className } }, children });

function hrefTo(ref: FenceRef, fromChapter: string): string {
  return ref.chapter === fromChapter ? `#${ref.anchor}` : `${chapterHref(ref.chapter)}#${ref.anchor}`;
}

function chapterLabel(index: BookIndex, slug: string): string {
  return index.titles.get(slug) ?? slug;
}

/** Removes an author's title="…"/frame="…" so ours applies. */
function stripTitle(meta: string): string {
  return meta.replace(/\b(title|frame)=("[^"]*"|'[^']*'|\S+)/g, "").trim();
}

export interface ChunkPluginOptions {
  root: string; // repository root (where chapters/ is)
}

/** A Sätteri mdast plugin factory: one plugin instance per compiled document. */
export function chunkMdastPlugin(options: ChunkPluginOptions) {
  return (ctx: { fileURL: URL | undefined }) => {
    const url = ctx.fileURL;
    if (url?.protocol !== "file:") return null;
    const path = fileURLToPath(url).replace(/\\/g, "/");
    if (!/\/chapters\/.+\.mdx$/.test(path)) return null;
    const chapter = chapterSlug(path);
    const index = bookIndex(options.root);
    const seen = new Map<string, number>();
    return {
      name: "viperos-chunks",
      code(node: Node, vctx: { replaceNode(n: Node, r: Node | Node[]): void }) {
        const meta = parseMeta(node.meta ?? "");
        if (meta.ignore) return;
        const name = meta.file ?? meta.chunk?.trim();
        if (name === undefined) return;
        const k = seen.get(name) ?? 0;
        seen.set(name, k + 1);
        const info = index.fences.get(fenceKey(chapter, name, k));
        const isRoot = meta.file !== undefined;
        const title = `⟨${name}⟩ ${!isRoot && (info ? info.index > 0 : meta.append) ? "+≡" : "≡"}`;
        const newMeta = `${stripTitle(node.meta ?? "")} title="${title.replace(/"/g, "'")}" frame="code"`;
        const code: Node = { type: "code", lang: node.lang, meta: newMeta, value: node.value };
        const xref: Node[] = [];
        if (info) {
          if (info.kind === "chunk" && info.definitions.length > 1) {
            const parts: Node[] = [text("Defined in ")];
            info.definitions.forEach((d, i) => {
              if (i > 0) parts.push(text(", "));
              const label = d.chapter === chapter ? `§${i + 1}` : `§${i + 1} (${chapterLabel(index, d.chapter)})`;
              parts.push(i === info.index ? span("chunk-here", [text(label)]) : link(hrefTo(d, chapter), label));
            });
            parts.push(text(". "));
            xref.push(span("chunk-defined", parts));
          }
          if (info.kind === "chunk") {
            const parts: Node[] = [];
            if (info.usedIn.length === 0) parts.push(text(meta.docOnly ? "Shown for reading; used by no file. " : "Used by no chunk. "));
            else {
              parts.push(text("Used in "));
              info.usedIn.forEach((u, i) => {
                if (i > 0) parts.push(text(", "));
                parts.push(link(hrefTo(u, chapter), `⟨${u.name}⟩`, "chunk-ref"));
                if (u.chapter !== chapter) parts.push(text(` (${chapterLabel(index, u.chapter)})`));
              });
              parts.push(text(". "));
            }
            xref.push(span("chunk-used", parts));
          }
          if (info.files.length > 0) {
            xref.push(span("chunk-file", [text(isRoot ? "File " : info.files.length > 1 ? "Files " : "File "), ...info.files.flatMap((f, i) => [...(i > 0 ? [text(", ")] : []), { type: "inlineCode", value: f }])]));
          }
        }
        const figure: Node = {
          type: "paragraph",
          data: {
            hName: "figure",
            hProperties: {
              class: `chunk ${isRoot ? "chunk-root" : "chunk-named"}`,
              ...(info ? { id: info.anchor } : {}),
              "data-chunk": name,
              // A fence of the kernel can be edited in the page and run on its live machine (editor/).
              ...(info?.files.some((f) => f.startsWith("src/kernel/")) ? { "data-fence-id": isRoot ? rootId(name) : chunkId(name, info.index) } : {}),
            },
          },
          children: [code, ...(xref.length ? [{ type: "paragraph", data: { hName: "figcaption", hProperties: { class: "chunk-xref" } }, children: xref }] : [])],
        };
        vctx.replaceNode(node, figure);
      },
    };
  };
}

interface HastElement {
  type: "element";
  tagName: string;
  properties: Record<string, unknown>;
  children: unknown[];
}

/** An Expressive Code plugin: `// <<name>>` lines become links to the chunk's definition. */
export function chunkLinksEcPlugin(options: ChunkPluginOptions) {
  return {
    name: "viperos-chunk-links",
    hooks: {
      postprocessRenderedLine(context: {
        codeBlock: { parentDocument?: { sourceFilePath?: string } };
        line: { text: string };
        renderData: { lineAst: HastElement };
      }) {
        const m = USE_LINE.exec(context.line.text);
        if (!m) return;
        const name = (m[2] ?? m[3] ?? m[4]).trim();
        const index = bookIndex(options.root);
        const target = index.chunks.get(name);
        if (!target) return;
        const source = context.codeBlock.parentDocument?.sourceFilePath ?? "";
        const from = /chapters\//.test(source.replace(/\\/g, "/")) ? chapterSlug(source) : "";
        const line = context.renderData.lineAst;
        const codeEl = line.children.find(
          (c): c is HastElement => (c as HastElement).type === "element" && String((c as HastElement).properties?.className ?? "").includes("code"),
        );
        const holder = codeEl ?? line;
        // Keep the leading indentation outside the link; wrap the rest (the highlighted comment).
        holder.children = [
          {
            type: "element",
            tagName: "a",
            properties: { href: hrefTo(target, from), className: ["chunk-use"], "data-chunk-use": name },
            children: holder.children,
          },
        ];
      },
    },
  };
}
