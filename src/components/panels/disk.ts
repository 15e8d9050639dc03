// The disk's block map: every 4 KiB block of the page's disk as a cell, coloured by the region the
// superblock says it is in (chapter 26's layout: superblock, bitmap, inode table, data, journal),
// lighting up as the device reads (blue) and writes (orange) it, with counters. What it shows is
// the virtio-blk device's requests, which are the block cache's misses, read-aheads and
// write-backs: the cache's hits never reach the device, so they are not drawn; the counters give
// the kernel cache's hits and misses (read from the worker's kernel object).
import { BLOCK_SIZE } from "../../kernel/block/cache.ts";
import { type Layout, type Super, superRead } from "../../kernel/viperfs/format.ts";
import { type DiskActivity, el, type PanelDefinition } from "./api.ts";

const COLUMNS = 64;
const CELL = 8;
/** How long a block stays lit after a request, in ms. */
const GLOW_MS = 1500;

interface Region {
  name: string;
  colour: string;
  first: number;
  /** One past the last block. */
  end: number;
}

function regions(layout: Layout | null, blocks: number): Region[] {
  if (!layout) return [{ name: "not ViperFS", colour: "#3a4350", first: 0, end: blocks }];
  const data = layout.journalStart;
  return [
    { name: "superblock", colour: "#b08cff", first: 0, end: 1 },
    { name: "bitmap", colour: "#e0c060", first: layout.bitmapStart, end: layout.bitmapStart + layout.bitmapBlocks },
    { name: "inode table", colour: "#5fb3a1", first: layout.inodeStart, end: layout.inodeStart + layout.inodeBlocks },
    { name: "data", colour: "#3b5068", first: layout.dataStart, end: data },
    { name: "journal", colour: "#7a5a6e", first: layout.journalStart, end: layout.journalStart + layout.journalBlocks },
  ];
}

/** The layout in a superblock's bytes, or null when they are not ViperFS's. */
function layoutOf(superblock: Uint8Array | undefined, blocks: number): Super | null {
  if (!superblock || superblock.length < BLOCK_SIZE) return null;
  const sb = superRead(new DataView(superblock.buffer, superblock.byteOffset, BLOCK_SIZE), blocks);
  return typeof sb === "string" ? null : sb;
}

const kib = (n: number): string => (n < 10 * 1024 * 1024 ? `${(n / 1024).toFixed(0)} KiB` : `${(n / 1048576).toFixed(1)} MiB`);

const panel: PanelDefinition = {
  kind: "disk",
  title: "Disk blocks",
  mount(root, host) {
    const canvas = el("canvas", { class: "lp-blockmap", role: "img", "aria-label": "the disk's blocks, coloured by region" });
    const legend = el("p", { class: "lp-legend" });
    const counters = el("p", { class: "lp-muted lp-disk-counts" }, "waiting for the disk…");
    const note = el(
      "p",
      { class: "lp-muted" },
      "Lit blocks are the virtio-blk device's requests — the block cache's misses, read-aheads and write-backs; the cache's hits never reach the device, so they are not drawn (the counters below give the cache's own hits and misses). Blue: read; orange: written.",
    );
    root.append(canvas, legend, counters, note);
    const ctx = canvas.getContext("2d");
    let blocks = 0;
    let map: Region[] = [];
    /** Per block: the time it was last read or written (ms), and which. */
    let litAt = new Float64Array(0);
    let litWrite = new Uint8Array(0);
    let frame = 0;

    const regionOf = (b: number): Region | undefined => map.find((r) => b >= r.first && b < r.end);
    const draw = (): void => {
      frame = 0;
      if (!ctx) return;
      const now = performance.now();
      let glowing = false;
      for (let b = 0; b < blocks; b++) {
        const age = (now - litAt[b]) / GLOW_MS;
        ctx.fillStyle = regionOf(b)?.colour ?? "#1b2430";
        const x = (b % COLUMNS) * CELL;
        const y = Math.floor(b / COLUMNS) * CELL;
        ctx.fillRect(x, y, CELL - 1, CELL - 1);
        if (age < 1) {
          glowing = true;
          ctx.globalAlpha = 1 - age;
          ctx.fillStyle = litWrite[b] ? "#ff9a3c" : "#59c2ff";
          ctx.fillRect(x, y, CELL - 1, CELL - 1);
          ctx.globalAlpha = 1;
        }
      }
      if (glowing) frame = requestAnimationFrame(draw);
    };
    const drawSoon = (): void => {
      if (!frame) frame = requestAnimationFrame(draw);
    };

    const setDisk = (size: number, superblock: Uint8Array | undefined): void => {
      const n = Math.floor(size / BLOCK_SIZE);
      if (n !== blocks) {
        blocks = n;
        litAt = new Float64Array(n).fill(-Infinity);
        litWrite = new Uint8Array(n);
        canvas.width = COLUMNS * CELL;
        canvas.height = Math.ceil(n / COLUMNS) * CELL;
      }
      if (superblock) {
        const layout = layoutOf(superblock, n);
        map = regions(layout, n);
        legend.replaceChildren(
          ...map.map((r) => el("span", {}, el("i", { style: `background:${r.colour}` }), ` ${r.name} (${r.end - r.first})`)),
          el("span", { class: "lp-muted" }, ` · ${n} blocks of 4 KiB${layout ? `, "${layout.label}"` : ""}`),
        );
      }
    };

    host.onDisk((a: DiskActivity) => {
      setDisk(a.size, a.superblock);
      const now = performance.now();
      const r = a.requests;
      for (let i = 0; i + 2 < r.length; i += 3) {
        for (let b = r[i + 1]; b <= r[i + 2] && b < blocks; b++) {
          litAt[b] = now;
          litWrite[b] = r[i];
        }
      }
      const c = a.counts;
      const cache = a.cache ? ` · block cache since boot: ${a.cache.hits} hits, ${a.cache.misses} misses, ${a.cache.evictions} evictions` : "";
      counters.textContent = `${c.reads} reads (${kib(c.bytesRead)}) · ${c.writes} writes (${kib(c.bytesWritten)}) · ${c.flushes} flushes — since this map was opened${cache}`;
      root.dataset.requests = String(c.reads + c.writes + c.flushes);
      drawSoon();
    });

    canvas.addEventListener("mousemove", (e) => {
      const box = canvas.getBoundingClientRect();
      const col = Math.floor(((e.clientX - box.left) / box.width) * COLUMNS);
      const row = Math.floor(((e.clientY - box.top) / box.height) * (canvas.height / CELL));
      const b = row * COLUMNS + col;
      canvas.title = b >= 0 && b < blocks ? `block ${b}: ${regionOf(b)?.name ?? "?"}` : "";
    });
  },
};

export default panel;
